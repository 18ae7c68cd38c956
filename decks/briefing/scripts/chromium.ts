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

/** Flags for a quiet, offline headless Chromium (no background requests to Google services). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
  '--font-render-hinting=none',
]
