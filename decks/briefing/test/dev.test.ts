/**
 * The dev loop (`pnpm dev`) in a real Chromium: saving a dataset file updates the open
 * slide by hot reload (no page reload); an invalid save shows every problem in the
 * terminal and in the browser (in Korean, in the deck's Hangul font), and the next valid
 * save clears it. Runs the
 * dev server on a copy of the dataset, so shared-data/ is never written.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { speakerNotes } from '../scripts/build.ts'
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.ts'
import { type DevServer, startDevServer } from '../scripts/devServer.ts'
import { measureHmr } from '../scripts/hmrProbe.ts'
import { datasetDir, loadDeckView } from '../src/data/loadView.ts'

describe('pnpm dev', () => {
  const data = join(mkdtempSync(join(tmpdir(), 'briefing-deck-dev-')), 'data')
  let server: DevServer
  // The figure table's first slide: its first row is the first key figure, which the probe edits.
  let figureSlide = 0

  beforeAll(async () => {
    cpSync(await datasetDir(), data, { recursive: true })
    const loaded = await loadDeckView(data)
    if (!loaded.ok) throw new Error('the dataset must be valid for the dev test')
    figureSlide =
      speakerNotes(loaded.view).find((s) => s.kind === 'figureTable' && s.part === 0)?.no ?? 0
    if (figureSlide === 0) throw new Error('the deck has no figure table')
    server = await startDevServer(data, 3700 + (process.pid % 200))
  })
  afterAll(() => {
    server?.stop()
    rmSync(join(data, '..'), { recursive: true, force: true })
  })

  it('hot-updates the open slide when a dataset file is saved', async () => {
    const result = await measureHmr(server.url, data, figureSlide, 3)
    expect(result.ms).toHaveLength(3)
    expect(result.reloaded).toBe(false)
    expect(result.consoleErrors).toEqual([])
    console.info(`dataset save → slide updated: ${result.ms.join(', ')} ms`)
  })

  it('shows an invalid save in the terminal and the overlay, and recovers on the next valid save', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
    const file = join(data, 'figures.yaml')
    const original = readFileSync(file, 'utf8')
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      await page.goto(`${server.url}/${figureSlide}`, { waitUntil: 'load' })
      await page.locator(`.slidev-page-${figureSlide} [data-item]`).first().waitFor()
      writeFileSync(file, original.replace(/\n(\s*)value: /, '\n$1bogus: 1\n$1value: '))
      const overlay = () =>
        page.evaluate(() => document.getElementById('briefing-problems')?.textContent ?? null)
      await expect
        .poll(overlay, { timeout: 10_000 })
        .toMatch(/figures\.yaml:\d+:\d+ {2}fig-[a-z0-9-]+ › bogus {2}알 수 없는 필드 "bogus"/)
      expect(await overlay()).not.toMatch(/vite\.config/)
      // Drawn in the deck's Hangul font, loaded by the page (not a fallback).
      const font = await page.evaluate(() => {
        const el = document.getElementById('briefing-problems')
        return {
          family: el ? getComputedStyle(el).fontFamily : '',
          loaded: document.fonts.check('17px Pretendard', '데이터'),
        }
      })
      expect(font.family).toMatch(/^Pretendard/)
      expect(font.loaded).toBe(true)
      expect(await page.locator('vite-error-overlay').count()).toBe(0)
      expect(server.output()).toMatch(
        /데이터에 문제가 \d+건[\s\S]*figures\.yaml:\d+:\d+ {2}fig-[a-z0-9-]+ › bogus/,
      )
      // The slide still shows the last valid view underneath.
      expect(await page.locator(`.slidev-page-${figureSlide} [data-item]`).count()).toBeGreaterThan(
        0,
      )
      writeFileSync(file, original)
      await expect.poll(overlay, { timeout: 10_000 }).toBeNull()
    } finally {
      writeFileSync(file, original)
      await browser.close()
    }
  })
})
