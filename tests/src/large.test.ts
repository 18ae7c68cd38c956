/**
 * Issue #6, "Size and overflow": a valid but large dataset (every prose field three times
 * as long, 30 comparison rows, 60 timeline events, 40 sources), made from the shipped one
 * on every run. Both outputs are built from it into scratch folders with the scripts
 * `pnpm build` runs, and read back: the memo paginates cleanly (every string there, text
 * inside the margins and clear of other text, table headers repeated on every page a
 * table continues onto); the deck splits onto more slides, each passing the deck's own
 * browser overflow check in Chromium, and shows every string on a slide or in its notes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type BriefingView, pageOf, stringsBothShow } from '@briefing/views'
import { loadBriefing } from '@briefing/views/node'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, chromiumPath } from '../../decks/briefing/scripts/chromium.ts'
import { serveStatic } from '../../decks/briefing/scripts/serve.ts'
import { type DeckPlan, planDeck } from '../../decks/briefing/src/plan/plan.ts'
import { badSlides, inspectSlides } from '../../decks/briefing/test/slideCheck.ts'
import { page as margins } from '../../reports/policy-memo/src/styles.ts'
import { chartLabelOverflow } from './large/chartLabels.ts'
import {
  LARGE,
  LENGTH_LIMITS,
  NOT_PROSE,
  readDataset,
  UNTRIPLED,
  writeLargeDataset,
} from './large/makeLargeDataset.ts'
import { deckNotes, normalise, pdfText } from './support/outputs.ts'
import {
  bodyText,
  type Chrome,
  headerGaps,
  intoChrome,
  outsideFrame,
  overlaps,
  type PdfPages,
  readPdfPages,
  type TableRun,
} from './support/pdfBoxes.ts'
import { root, run, tsx } from './support/run.ts'

/**
 * Scratch folder for the dataset and both builds, removed afterwards; with
 * BRIEFING_LARGE_KEEP=<dir> they are kept there instead, with a screenshot of every
 * slide in <dir>/slides, for a person to look at.
 */
const keep = process.env.BRIEFING_LARGE_KEEP?.trim()
const work = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'briefing-large-'))
mkdirSync(work, { recursive: true })
afterAll(() => {
  if (!keep) rmSync(work, { recursive: true, force: true })
})

const shippedDir = join(root, 'shared-data')
const dataDir = join(work, 'data')
writeLargeDataset(shippedDir, dataDir)

function viewOf(dir: string): BriefingView {
  const loaded = loadBriefing(dir)
  if (!loaded.ok)
    throw new Error(`dataset at ${dir} is invalid; run BRIEFING_DATA=${dir} pnpm data:check`)
  return loaded.view
}

/** Builds the memo of a dataset into `out` with the memo's own build script. */
async function buildMemo(dir: string, out: string): Promise<void> {
  const memo = await run(
    tsx,
    ['reports/policy-memo/src/cli/build.ts', '--out', out],
    { BRIEFING_DATA: dir },
    180_000,
  )
  if (memo.code !== 0) throw new Error(`memo build failed:\n${memo.stderr}${memo.stdout}`)
}

const slideCount = (plan: DeckPlan): number =>
  Object.entries(plan).reduce(
    (n, [k, v]) => (k === 'problems' ? n : n + (v as unknown[]).length),
    0,
  )

describe('the large dataset', () => {
  it('passes pnpm data:check', async () => {
    const check = await run(tsx, ['packages/dataset/src/cli/main.ts', 'check'], {
      BRIEFING_DATA: dataDir,
    })
    expect(check.stderr, 'data:check problems').not.toMatch(/\S+:\d+:\d+ {2}/)
    expect(check.code).toBe(0)
    expect(check.stdout).toContain(`출처 ${LARGE.sources}개, 비교 행 ${LARGE.comparisonRows}개`)
    expect(check.stdout).toContain(`사건 ${LARGE.timelineEvents}개`)
  })

  it('triples every prose field of the shipped dataset', () => {
    const shipped = readDataset(shippedDir)
    const large = readDataset(dataDir)
    const short: string[] = []
    let compared = 0
    const walk = (a: unknown, b: unknown, path: string, key: string): void => {
      if (typeof a === 'string') {
        if (NOT_PROSE.has(key) || key === 'sources' || key === 'support') return
        compared++
        const limit = LENGTH_LIMITS[`${path.split('.')[0]}.${key}`]
        const wanted = Math.min(
          LARGE.textFactor * a.trim().length,
          limit ?? Number.POSITIVE_INFINITY,
        )
        if (typeof b !== 'string' || b.length < wanted)
          short.push(`${path}: ${String(b).length} < ${wanted}`)
      } else if (Array.isArray(a)) {
        for (const [i, v] of a.entries())
          walk(v, (b as unknown[] | undefined)?.[i], `${path}.${i}`, key)
      } else if (a !== null && typeof a === 'object') {
        for (const [k, v] of Object.entries(a))
          walk(v, (b as Record<string, unknown> | undefined)?.[k], `${path}.${k}`, k)
      }
    }
    for (const section of Object.keys(shipped) as Array<keyof typeof shipped>)
      if (!UNTRIPLED.has(section)) walk(shipped[section], large[section], section, '')
    expect(compared).toBeGreaterThan(300)
    expect(short).toEqual([])
  })
})

describe('the memo of the large dataset', () => {
  const largePdf = join(work, 'large-memo.pdf')
  const shippedPdf = join(work, 'shipped-memo.pdf')
  let view: BriefingView
  let pdf: PdfPages

  beforeAll(async () => {
    view = viewOf(dataDir)
    await buildMemo(dataDir, largePdf)
    await buildMemo(shippedDir, shippedPdf)
    pdf = await readPdfPages(largePdf)
  }, 360_000)

  /** The running header's marking and the footer's page numbers, to tell them from the body. */
  const chrome = (): Chrome => ({
    marking: view.header.classification,
    pageNumber: (n) => pageOf(view.labels.pageOf, n, pdf.pages.length),
  })

  it('shows every string both outputs must show', () => {
    // Read over page breaks as a reader does: a paragraph split by a break is whole.
    const text = bodyText(pdf, chrome())
    const missing = stringsBothShow(view)
      .filter((s) => !text.includes(normalise(s.text)))
      .map((s) => `${s.what}: ${s.text.slice(0, 60)}`)
    expect(missing).toEqual([])
  })

  it('runs to more pages than the memo of the shipped dataset', async () => {
    const shipped = await readPdfPages(shippedPdf)
    expect(pdf.pages.length).toBeGreaterThan(shipped.pages.length)
  })

  it('keeps all text inside the margins, clear of other text and of the running header and footer', () => {
    // Side margins hold everything; the running header and footer sit in the top and
    // bottom margins, no nearer the edge than the chrome inset (styles.ts).
    expect(outsideFrame(pdf, margins.marginX, margins.chromeInset)).toEqual([])
    expect(overlaps(pdf)).toEqual([])
    expect(intoChrome(pdf, chrome(), 8)).toEqual([])
  })

  it('repeats each table’s column header on every page the table continues onto', () => {
    const t = view.labels.table
    const f = view.labels.figureTable
    const tables: TableRun[] = [
      ...view.comparison.map((g) => ({
        name: `comparison table ${g.id}`,
        header: `${t.dimension}${view.actors.map((a) => a.name).join('')}${t.assessment}${t.leader}`,
        rows: g.rows.map(
          (r) =>
            `${r.dimension}${r.evidence.mark}${r.positions.map((p) => p.text).join('')}${r.assessment}${r.citation.text}${r.leader.label}`,
        ),
      })),
      {
        name: 'figures table',
        header: `${f.value}${f.what}${f.meta}`,
        rows: view.figures.map((x) => `${x.value}${x.label}. ${x.measure}`),
      },
    ]
    // Some table must actually run over a page break, or this proves nothing.
    const spans = tables.map(
      (table) =>
        pdf.text.filter((page) => table.rows.some((r) => page.includes(normalise(r)))).length,
    )
    expect(Math.max(...spans)).toBeGreaterThan(1)
    expect(headerGaps(pdf, tables)).toEqual([])
  })
})

describe('the deck of the large dataset', () => {
  const deckDir = join(work, 'deck')
  let view: BriefingView
  let notes: Array<{ no: number; kind: string; notes: string }> = []

  beforeAll(async () => {
    view = viewOf(dataDir)
    // Deck builds wait for each other (Slidev's fixed export port), hence the long limit.
    const deck = await run(
      tsx,
      ['decks/briefing/scripts/build.ts', '--out', deckDir],
      { BRIEFING_DATA: dataDir },
      540_000,
    )
    if (deck.code !== 0)
      throw new Error(`deck build of the large dataset failed:\n${deck.stderr}${deck.stdout}`)
    notes = JSON.parse(readFileSync(join(deckDir, 'speaker-notes.json'), 'utf8')) as typeof notes
  }, 600_000)

  it('splits onto more slides than the deck of the shipped dataset, with nothing refused', () => {
    const plan = planDeck(view)
    expect(plan.problems).toEqual([])
    expect(notes).toHaveLength(slideCount(plan))
    expect(notes.length).toBeGreaterThan(slideCount(planDeck(viewOf(shippedDir))))
  })

  it('shows every string on a slide, or in the notes where the deck keeps its short form', async () => {
    const slides = normalise(await pdfText(join(deckDir, 'briefing.pdf')))
    const said = normalise(deckNotes(deckDir))
    const missing = stringsBothShow(view)
      .filter((s) => s.deck !== 'memoOnly')
      .filter((s) => !(s.deck === 'slide' ? slides : said).includes(normalise(s.text)))
      .map((s) => `${s.deck} lacks ${s.what}: ${s.text.slice(0, 60)}`)
    expect(missing).toEqual([])
  })

  it('passes the deck’s browser overflow check on every slide, and keeps chart labels in their column', async () => {
    const server = await serveStatic(deckDir)
    let browser: Browser | undefined
    try {
      browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
      const context = await browser.newContext({
        viewport: { width: 1280, height: 720 },
        deviceScaleFactor: 1,
      })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`)
      })
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`))
      const shots = keep ? join(work, 'slides') : undefined
      if (shots) mkdirSync(shots, { recursive: true })
      const reports = await inspectSlides(page, server.url, notes.length, shots)
      expect(reports).toHaveLength(notes.length)
      expect(badSlides(reports)).toEqual([])
      for (const r of reports.slice(1)) expect(r.title, `slide ${r.no} has a title`).not.toBe('')

      // The chart is the comparison talk slide's picture (the appendix has the tables).
      const talkNotes = notes.filter((n) => n.kind === 'talk')
      const chartSlides = talkNotes
        .filter((_, i) => view.talk.slides[i]?.evidence.kind === 'comparison')
        .map((n) => n.no)
      // The large talk shows figures where the shipped one draws its chart: a group with
      // every label tripled cannot be drawn at 24 px, which the plan refuses
      // (makeLargeDataset.ts talkWithoutChart). The loop below then checks nothing here; the
      // chart's labels at large sizes are the memo's (its chart draws every group).
      expect(chartSlides).toEqual([])
      const crossing: string[] = []
      for (const no of chartSlides) {
        await page.goto(`${server.url}/${no}`, { waitUntil: 'load' })
        await page.locator(`.slidev-page-${no} svg.chart`).first().waitFor()
        await page.evaluate(() => document.fonts.ready.then(() => undefined))
        crossing.push(...(await page.evaluate(chartLabelOverflow, no)))
      }
      expect(crossing).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await browser?.close()
      await server.close()
    }
  }, 300_000)
})
