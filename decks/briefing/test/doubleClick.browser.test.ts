/**
 * The double-click deck (issue 12, item 7): dist/index.html opened as a file, with no
 * server, as from a USB stick. Slide 1 shows its text, ArrowRight goes to slide 2, and
 * no request leaves file:// (a Vite build with module scripts and /assets/ paths showed a
 * blank page here). Screenshots at 1280 × 720 and 640 × 360 go to test-output/.
 */

import { mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BriefingView } from '@briefing/views'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.ts'
import { builtView, distDir, outputDir, squash } from './builtDeck.ts'

describe('dist/index.html opened by double-click (file://, no server)', () => {
  let view: BriefingView
  let browser: Browser
  const file = pathToFileURL(join(distDir, 'index.html')).href

  beforeAll(async () => {
    view = await builtView()
    mkdirSync(outputDir, { recursive: true })
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const [width, height] of [
    [1280, 720],
    [640, 360],
  ] as const)
    it(`shows slide 1, moves to slide 2 with ArrowRight, asks nothing of the network (${width} × ${height})`, async () => {
      const context = await browser.newContext({ viewport: { width, height } })
      const requests: string[] = []
      const errors: string[] = []
      context.on('request', (r) => requests.push(r.url()))
      const page = await context.newPage()
      page.on('pageerror', (e) => errors.push(e.message))
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      await page.goto(file, { waitUntil: 'load' })
      const first = page.locator('[data-slidev-no="1"]')
      await first.waitFor({ state: 'visible' })
      await expect
        .poll(async () => squash((await first.textContent()) ?? ''))
        .toContain(squash(view.header.title))
      await page.screenshot({ path: join(outputDir, `double-click-1-${width}x${height}.png`) })

      await page.keyboard.press('ArrowRight')
      await page.waitForURL(/#\/2$/)
      const second = page.locator('[data-slidev-no="2"]')
      await second.waitFor({ state: 'visible' })
      await expect
        .poll(async () => ((await second.textContent()) ?? '').trim().length)
        .toBeGreaterThan(0)
      await page.screenshot({ path: join(outputDir, `double-click-2-${width}x${height}.png`) })

      // The page's own file and the favicon beside it; data: URLs are inside the file.
      const outside = requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))
      expect(outside).toEqual([])
      expect(errors).toEqual([])
      await context.close()
    })

  it('is one file: no script or stylesheet beside it', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const loaded: string[] = []
    page.on('requestfinished', (r) => loaded.push(r.url()))
    await page.goto(file, { waitUntil: 'load' })
    await page.locator('[data-slidev-no="1"]').waitFor({ state: 'visible' })
    expect(loaded.filter((u) => /\.(m?js|css|woff2?)(\?|$)/.test(u))).toEqual([])
    expect(statSync(join(distDir, 'index.html')).size).toBeGreaterThan(0)
    await context.close()
  })
})
