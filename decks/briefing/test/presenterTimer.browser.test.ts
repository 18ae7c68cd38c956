/**
 * The presenter's timer starts with the first slide change (issue 12, item 5): on the
 * built deck's presenter view it shows Slidev's idle "-:--" until ArrowRight, then a
 * running time. Served as `pnpm present` serves it (scripts/serve.ts).
 */

import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.ts'
import { type StaticServer, serveStatic } from '../scripts/serve.ts'
import { startsTimer } from '../src/presenterTimer.ts'
import { builtView, distDir } from './builtDeck.ts'

describe('the presenter timer', () => {
  let server: StaticServer
  let browser: Browser

  beforeAll(async () => {
    await builtView()
    server = await serveStatic(distDir)
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('starts only on a change of slide in the presenter view, and only from stopped', () => {
    const p = (no: string) => ({ name: 'presenter', params: { no } })
    expect(startsTimer(p('1'), p('2'), 'stopped')).toBe(true)
    expect(startsTimer(p('2'), p('1'), 'stopped')).toBe(true)
    expect(startsTimer(p('1'), p('1'), 'stopped')).toBe(false)
    expect(startsTimer(p('1'), p('2'), 'paused')).toBe(false)
    expect(startsTimer(p('1'), p('2'), 'running')).toBe(false)
    expect(
      startsTimer(
        { name: 'play', params: { no: '1' } },
        { name: 'play', params: { no: '2' } },
        'stopped',
      ),
    ).toBe(false)
    // The first navigation into the presenter view (from no route) is the page load.
    expect(startsTimer({ name: undefined, params: {} }, p('1'), 'stopped')).toBe(false)
  })

  it('shows "-:--" on the presenter view until ArrowRight, then counts', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.goto(`${server.url}/presenter/1`, { waitUntil: 'load' })
    await page.waitForURL(/#\/presenter\/1$/)
    // Slidev's TimerInlined.vue: the time in one monospaced block.
    const timer = page.locator('.font-mono.text-3xl').first()
    await timer.waitFor({ state: 'visible' })
    const text = async () => ((await timer.textContent()) ?? '').replace(/\s+/g, '')
    expect(await text()).toBe('-:--')
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(/#\/presenter\/2$/)
    await expect.poll(text).toMatch(/^\d+:\d\d$/)
    await context.close()
  })
})
