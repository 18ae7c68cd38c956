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
 *
 * The same browser then prints the handout (issue 12, item 6; src/print/handout.ts) from
 * the same print page. Both PDFs are tagged, with an outline from the slide titles
 * (item 8; src/print/outline.ts), and carry `/Lang` from the page (setup/main.ts).
 * The deck is a single-file build with Slidev's hash router (scripts/build.ts), so the
 * print page is `/?print=true#/print`: Slidev reads `print` from location.search.
 */
import { type Browser, chromium, type Page } from 'playwright-core'
import { DATA_ELEMENT_ID } from '../src/data/deckData.ts'
import { type HandoutEntry, layoutHandout } from '../src/print/handout.ts'
import { outlineLevels, type SlideHead } from '../src/print/outline.ts'
import { OFFLINE_FLAGS } from './chromiumFlags.ts'
import { serveStatic } from './serve.ts'

export interface PrintOptions {
  readonly executablePath: string
  /** The slide canvas in CSS px (src/layout/metrics.ts CANVAS). */
  readonly width: number
  readonly height: number
  readonly timeout?: number
}

/** What to print: the deck, and the handout of its main track. */
export interface PrintJob {
  readonly deckPdf: string
  readonly handoutPdf: string
  /** Every slide's title, in order (scripts/build.ts speakerNotes). */
  readonly slides: readonly SlideHead[]
  /** How many slides from the start are the main track (src/print/outline.ts). */
  readonly mainTrack: number
  /** The appendix divider's title (view.labels.appendix), for the outline's nesting. */
  readonly appendixTitle: string
  /** The handout's heading lines (title, edition stamp), from the views, as text. */
  readonly heading: readonly string[]
  /** Note lines the handout leaves out: each main-track slide's timing line (the briefer's
   * alone; the presenter view shows it) and its source line (the slide above it in the
   * handout prints the same line in its footer). From the views. */
  readonly notInHandout: readonly string[]
  /** Called when the deck PDF is written, before the handout (the build's step line). */
  readonly onDeckPrinted?: (ms: number) => void
}

/** How long each PDF took, for the build's log line that scripts/bench.ts reads. */
export interface PrintTimes {
  readonly deckMs: number
  readonly handoutMs: number
}

/**
 * The printing browser, launched as Slidev's exporter launches it, so the same fonts and
 * text rendering (Playwright adds --no-sandbox itself), plus only the flags that keep it
 * off the network (scripts/chromiumFlags.ts; none of them changes rendering). The build
 * starts it before it makes the site, so Chromium's start (about 0.4 s) overlaps that work
 * (issue 17); printDeck closes it.
 */
export function launchPrinter(executablePath: string, timeout = 120_000): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...OFFLINE_FLAGS], timeout })
}

export async function printDeck(
  deckDir: string,
  job: PrintJob,
  o: PrintOptions,
  launched: Promise<Browser> = launchPrinter(o.executablePath, o.timeout),
): Promise<PrintTimes> {
  const timeout = o.timeout ?? 120_000
  const started = performance.now()
  let handoutMs = 0
  const server = await serveStatic(deckDir)
  let browser: Browser
  try {
    browser = await launched
  } catch (e) {
    await server.close()
    throw e
  }
  try {
    // Device scale 2 as Slidev's exporter uses (its `scale` default), for the same layout.
    const context = await browser.newContext({
      viewport: { width: o.width, height: o.height },
      deviceScaleFactor: 2,
    })
    const page = await context.newPage()
    await page.goto(`${server.url}/?print=true#/print`, { waitUntil: 'networkidle', timeout })
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
    // Each slide's title a heading at its outline level (Chromium's outline is built from
    // the headings of the tagged PDF); headings inside a slide one level below its title.
    const levels = outlineLevels(job.slides, job.appendixTitle)
    const headed = await page.evaluate((levels) => {
      const slides = document.querySelectorAll('.print-slide-container')
      let n = 0
      slides.forEach((slide, i) => {
        const level = levels[i] ?? 1
        for (const h of slide.querySelectorAll('h1, h2, h3, h4, h5, h6'))
          h.setAttribute('aria-level', String(Math.min(6, level + 1)))
        // The frame's title; a slide without one (the cover) by its first heading.
        const title =
          slide.querySelector('[data-slide-title]') ?? slide.querySelector('h1, h2, h3, h4, h5, h6')
        if (title) {
          title.setAttribute('role', 'heading')
          title.setAttribute('aria-level', String(level))
          n++
        }
      })
      return { slides: slides.length, titles: n }
    }, levels)
    if (headed.slides !== job.slides.length)
      throw new Error(`the print page has ${headed.slides} slides for ${job.slides.length}`)
    await page.pdf({
      path: job.deckPdf,
      width: o.width,
      height: o.height,
      margin: { left: 0, top: 0, right: 0, bottom: 0 },
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    })

    job.onDeckPrinted?.(Math.round(performance.now() - started - handoutMs))

    // The handout: the main-track slides, each with its talk track, on A4.
    const handoutStarted = performance.now()
    const notes = await readNotes(page)
    const notInHandout = new Set(job.notInHandout)
    const entries: HandoutEntry[] = job.slides.slice(0, job.mainTrack).map((s, i) => ({
      title: s.title,
      notes: (notes.get(i + 1) ?? []).filter((line) => !notInHandout.has(line)),
    }))
    const laid = await page.evaluate(layoutHandout, { entries, heading: [...job.heading] })
    if (laid !== entries.length)
      throw new Error(`the handout has ${laid} slides for a main track of ${entries.length}`)
    await page.pdf({
      path: job.handoutPdf,
      format: 'A4',
      landscape: false,
      margin: { left: '14mm', top: '12mm', right: '14mm', bottom: '14mm' },
      printBackground: true,
      // The handout's own @page (src/print/handout.ts) over the slide canvas's.
      preferCSSPageSize: true,
      // A footer of page numbers only: Chromium's default header would print the clock.
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;font-size:8px;text-align:center;color:#545454"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      tagged: true,
      outline: true,
    })
    handoutMs = performance.now() - handoutStarted
  } finally {
    await browser.close()
    await server.close()
  }
  const total = performance.now() - started
  return { deckMs: Math.round(total - handoutMs), handoutMs: Math.round(handoutMs) }
}

/**
 * Each slide's notes as lines of text, by slide number: the notes HTML the presenter view
 * and notes page show (setup/main.ts sets it from the page's data asset, issue 17;
 * src/data/deckData.ts), read in the print page that is open anyway rather than from
 * Slidev's notes page loaded as a second page (0.5–1 s). Parsed in a <template>, which runs
 * nothing; a list item becomes a line starting with "· "; every line is read with textContent.
 */
async function readNotes(page: Page): Promise<Map<number, string[]>> {
  const found = await page.evaluate((id) => {
    const text = document.getElementById(id)?.textContent ?? ''
    const html = (JSON.parse(text) as { notesHtml: string[] }).notesHtml
    return html.map((h) => {
      const note = document.createElement('template')
      note.innerHTML = h
      const lines: string[] = []
      // No named function in here: tsx compiles this file with esbuild's keepNames, which
      // wraps a named inner function in a `__name` helper the page does not have.
      for (const el of note.content.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, pre')) {
        const item = el.parentElement?.closest('li')
        if (item) continue
        const line = (el.textContent ?? '').trim()
        lines.push(el.tagName === 'LI' ? `· ${line}` : line)
      }
      return lines.filter((l) => l !== '')
    })
  }, DATA_ELEMENT_ID)
  return new Map(found.map((lines, i) => [i + 1, lines]))
}
