/**
 * Where the system Chromium is: $CHROMIUM_PATH, else Debian's /usr/bin/chromium (and the
 * usual Chrome/Chromium names on Linux and macOS). Playwright never downloads its own.
 */
import { existsSync } from 'node:fs'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.CHROMIUM_PATH?.trim()
  if (chosen) {
    if (!existsSync(chosen))
      throw new Error(
        `CHROMIUM_PATH=${chosen} does not exist; point CHROMIUM_PATH at a Chromium or Chrome executable`,
      )
    return chosen
  }
  const found = CANDIDATES.find((p) => existsSync(p))
  if (!found)
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium/Chrome executable ' +
        '(macOS: CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome").',
    )
  return found
}

// The launch flags live with the rest of the offline flags (issue 15, class F).
export { CHROMIUM_ARGS } from './chromiumFlags.ts'
