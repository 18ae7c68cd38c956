/**
 * The deck's PDF, printed from the static deck just built by the system Chromium. The same
 * steps as Slidev's own exporter behind `slidev build --download` (@slidev/cli 52.20.1,
 * export.ts: one print page of all slides, its waits, one `page.pdf`), without three costs
 * of that exporter (issue #7; Playwright's API log and repeated prints of the same page):
 *
 * - It opens the print page in a viewport as tall as all slides together (1280 × 24 480 px
 *   for 34 slides, at device scale 2): 1.5–2 s to open the page and about 0.4 s more to
 *   print than a one-slide viewport, with the same PDF (pdftoppm renders of the two are
 *   pixel-identical). The print covers the whole document whatever the viewport's height.
 * - It serves the deck on the fixed port 12445, so two deck builds on one machine at once
 *   collided (the second printed the first's slides) and had to queue behind a
 *   machine-wide lock. Here the server takes any free port on 127.0.0.1.
 * - It loads and saves the PDF once more with pdf-lib for metadata that scripts/build.ts
 *   sets anyway.
 */
import { chromium } from 'playwright-core'
import { OFFLINE_FLAGS } from './chromiumFlags.ts'
import { serveStatic } from './serve.ts'

export interface PrintOptions {
  readonly executablePath: string
  /** The slide canvas in CSS px (src/layout/metrics.ts CANVAS). */
  readonly width: number
  readonly height: number
  readonly timeout?: number
}

export async function printDeck(deckDir: string, pdfPath: string, o: PrintOptions): Promise<void> {
  const timeout = o.timeout ?? 120_000
  const server = await serveStatic(deckDir)
  // Launched as Slidev's exporter launches it, so the same fonts and text rendering
  // (Playwright adds --no-sandbox itself), plus only the flags that keep it off the
  // network (scripts/chromiumFlags.ts; none of them changes rendering).
  const browser = await chromium.launch({
    executablePath: o.executablePath,
    args: [...OFFLINE_FLAGS],
    timeout,
  })
  try {
    // Device scale 2 as Slidev's exporter uses (its `scale` default), for the same layout.
    const context = await browser.newContext({
      viewport: { width: o.width, height: o.height },
      deviceScaleFactor: 2,
    })
    const page = await context.newPage()
    await page.goto(`${server.url}/print?print=true`, { waitUntil: 'networkidle', timeout })
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' })
    const body = page.locator('body')
    await body.waitFor({ timeout })
    // Slidev's waits (export.ts `go`): every slide loaded, every [data-waitfor] target shown,
    // every frame loaded; then its hidden helper containers out of the flow, or the print
    // gets a blank page after the last slide.
    const loading = body.locator('.slidev-slide-loading')
    for (let i = (await loading.count()) - 1; i >= 0; i--)
      await loading.nth(i).waitFor({ state: 'detached', timeout })
    const waits = body.locator('[data-waitfor]')
    for (let i = 0; i < (await waits.count()); i++) {
      const target = await waits.nth(i).getAttribute('data-waitfor')
      if (target) await waits.nth(i).locator(target).waitFor({ state: 'visible', timeout })
    }
    await Promise.all(page.frames().map((f) => f.waitForLoadState('load', { timeout })))
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>(
        '#mermaid-rendering-container, .monaco-aria-container',
      ))
        el.style.display = 'none'
    })
    await page.pdf({
      path: pdfPath,
      width: o.width,
      height: o.height,
      margin: { left: 0, top: 0, right: 0, bottom: 0 },
      printBackground: true,
      preferCSSPageSize: true,
    })
  } finally {
    await browser.close()
    await server.close()
  }
}
