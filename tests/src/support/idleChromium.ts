/**
 * Starts Chromium as the deck's print does (Playwright, the system Chromium) with the
 * flags given on the command line, opens a blank page and idles until killed: for the
 * offline test to trace what Chromium does on its own (tests/src/offline.test.ts).
 */
import { chromium } from 'playwright-core'
import { chromiumPath } from '../../../decks/briefing/scripts/chromium.ts'

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: process.argv.slice(2),
})
const page = await browser.newPage()
await page.goto('about:blank')
console.log('ready')
await new Promise(() => {})
