/**
 * Measures the dev loop: a dataset file is saved → the open slide shows the new value
 * (hot update, no reload). Opens a slide of a running dev server in Chromium whose first
 * `[data-item] .value` is the first key figure (the figure table's first slide), rewrites
 * that figure's value in figures.yaml, and times until the shown value changes; then writes the file back. Used by bench.ts and test/dev.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts'

export interface HmrResult {
  /** Save → new value in the DOM, per round, in ms. */
  readonly ms: number[]
  /** Whether the page reloaded (a full reload is not a hot update). */
  readonly reloaded: boolean
  readonly consoleErrors: string[]
}

/** The first `value: <number>` under the first `key: true` figure, as [offset, value]. */
function firstKeyFigureValue(yaml: string): { start: number; end: number; value: number } {
  const blocks = yaml.split(/\n(?=\s*- id: )/)
  let offset = 0
  for (const block of blocks) {
    if (/\n\s*key: true\b/.test(block)) {
      const m = /\n(\s*value: )(\d+)/.exec(block)
      if (m && m.index !== undefined) {
        const start = offset + m.index + 1 + (m[1] as string).length
        return { start, end: start + (m[2] as string).length, value: Number(m[2]) }
      }
    }
    offset += block.length + 1
  }
  throw new Error('figures.yaml has no key figure with a plain numeric value')
}

export async function measureHmr(
  baseUrl: string,
  dataDir: string,
  slideNo: number,
  rounds = 5,
): Promise<HmrResult> {
  const file = join(dataDir, 'figures.yaml')
  const original = readFileSync(file, 'utf8')
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  const consoleErrors: string[] = []
  const ms: number[] = []
  let reloaded = false
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text())
    })
    await page.goto(`${baseUrl}/${slideNo}`, { waitUntil: 'load' })
    const card = page.locator(`.slidev-page-${slideNo} [data-item] .value`).first()
    await card.waitFor({ state: 'visible', timeout: 60_000 })
    await page.evaluate(() => {
      ;(window as unknown as { __briefingMark: boolean }).__briefingMark = true
    })
    // Let the dev server finish its start-up work (it transforms the other slides in the background).
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(2_000)
    const { start, end, value } = firstKeyFigureValue(original)
    // Round 0 warms up the path (first re-plan loads the views in Slidev's loader); not counted.
    for (let round = 0; round <= rounds; round++) {
      const next = String(value + (round + 1) * 7)
      const before = ((await card.textContent()) ?? '').trim()
      const changed = page.waitForFunction(
        ([sel, old]) => {
          const el = document.querySelector(sel as string)
          return el !== null && (el.textContent ?? '').trim() !== old
        },
        [`.slidev-page-${slideNo} [data-item] .value`, before],
        { timeout: 10_000, polling: 'raf' },
      )
      const t0 = Date.now()
      writeFileSync(file, original.slice(0, start) + next + original.slice(end))
      await changed
      if (round > 0) ms.push(Date.now() - t0)
      const shown = (await card.textContent()) ?? ''
      if (!shown.includes(next)) throw new Error(`slide shows "${shown}", expected ${next}`)
      await page.waitForTimeout(400)
    }
    reloaded = !(await page.evaluate(
      () => (window as unknown as { __briefingMark?: boolean }).__briefingMark === true,
    ))
  } finally {
    writeFileSync(file, original)
    await browser.close()
  }
  return { ms, reloaded, consoleErrors }
}
