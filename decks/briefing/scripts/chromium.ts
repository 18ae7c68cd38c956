/**
 * Where the system Chromium is: one lookup for the whole workspace
 * (packages/workbench/bin/chromium.mjs: CHROMIUM_PATH, then Chrome/Chromium/Edge in the
 * usual places of Linux, macOS and Windows, then PATH). Playwright never downloads its own.
 */
import { chromiumMissingMessage, findChromium } from '@briefing/workbench/chromium'

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const found = findChromium({ env })
  if (!found) throw new Error(chromiumMissingMessage(process.platform, env))
  return found
}

// The launch flags live with the rest of the offline flags (issue 15, class F).
export { CHROMIUM_ARGS } from './chromiumFlags.ts'
