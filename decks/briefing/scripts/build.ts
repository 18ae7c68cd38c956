/**
 * `pnpm build`: the static deck and the slides as briefing.pdf, into dist-next/, which
 * `pnpm build`'s commit step moves over dist/ together with the memo once both built
 * (issue 15, class B; packages/workbench/bin/commitOutputs.mjs).
 *
 *   validate (loadBriefing + slide plan) → the site: `slidev build` (one file, hash
 *   router), or the site kept from the last build when only content changed (issue 17,
 *   scripts/siteCache.ts) → the content written into it (src/data/deckData.ts) → print
 *   the deck PDF and the handout → swap into dist-next/
 *
 * Everything is made in a staging folder next to its target, replaced only when all of it
 * succeeded, so an invalid dataset or a failed step leaves the previous output as it
 * was. Nothing here reaches the network: fonts and favicon are local, and Playwright
 * drives the system Chromium (CHROMIUM_PATH, else /usr/bin/chromium) without
 * downloading one, with its background requests and resolver off (chromiumFlags.ts).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderMessage } from '@briefing/dataset'
import type { BriefingView } from '@briefing/views'
import { replaceDir, STAGED, STAMP, stagingDir } from '@briefing/workbench/outputs'
import { PDFDocument } from 'pdf-lib'
import { withDeckData } from '../src/data/deckData.ts'
import {
  datasetDir,
  HANDOFF_ENV,
  handoffJson,
  loadDeckView,
  problemsText,
} from '../src/data/loadView.ts'
import { CANVAS } from '../src/layout/metrics.ts'
import { type Expanded, expandSlides } from '../src/plan/expand.ts'
import { notesHtml } from '../src/plan/notesHtml.ts'
import { planDeck } from '../src/plan/plan.ts'
import { mainTrackLength } from '../src/print/outline.ts'
import { withPageTitle } from '../src/vite/briefingData.ts'
import { chromiumPath } from './chromium.ts'
import { launchPrinter, printDeck } from './printDeck.ts'
import { copyKeptSite, keepSite, keptSite, siteKey } from './siteCache.ts'
import { deckRoot, slidev } from './slidev.ts'

type SlideNotes = Array<{ no: number; kind: string; part: number; title: string; notes: string }>

/** slides.md expanded for the view, as a build's Slidev receives it: without notes. */
function expandedForBuild(view: BriefingView): Expanded {
  const lines = readFileSync(join(deckRoot, 'slides.md'), 'utf8').split(/\r?\n/)
  return expandSlides(lines, view, planDeck(view), { notesInSlides: false })
}

/** The speaker notes of every slide, as the built deck shows them: for review and for tests. */
export function speakerNotes(view: BriefingView, expanded = expandedForBuild(view)): SlideNotes {
  return expanded.slides.map((s, i) => ({
    no: i + 1,
    kind: s.kind ?? '',
    part: s.part,
    title: s.title ?? '',
    notes: s.notes,
  }))
}

/** Same data, same PDF: dates from the dataset's as-of day, not the clock. */
async function settlePdfMetadata(
  file: string,
  view: BriefingView,
  slides: number | undefined,
): Promise<void> {
  const out = `${file}.tmp-${process.pid}`
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  // A slide wider than the canvas once made Chromium end the print early, silently: 26
  // pages for 35 slides (issue 15, class H). A PDF short of slides is no deck PDF.
  if (slides !== undefined && pdf.getPageCount() !== slides)
    throw new Error(`the deck PDF has ${pdf.getPageCount()} pages for ${slides} slides`)
  const asOf = new Date(`${view.header.asOf.iso}T00:00:00Z`)
  // The document information both PDFs share comes from the views.
  pdf.setTitle(view.document.title)
  pdf.setSubject(view.document.subject)
  pdf.setKeywords([view.document.keywordsText])
  pdf.setAuthor(view.document.author)
  pdf.setCreator('@briefing/deck (Slidev)')
  pdf.setProducer('@briefing/deck')
  pdf.setCreationDate(asOf)
  pdf.setModificationDate(asOf)
  pdf.setLanguage(view.document.language)
  writeFileSync(out, await pdf.save())
  renameSync(out, file)
}

async function main(): Promise<number> {
  const started = performance.now()
  const seconds = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`
  // `pnpm build` writes dist-next/, which its commit step moves over dist/ together with
  // the memo once both built (issue 15, class B; @briefing/workbench/outputs).
  // `--out <dir>` builds elsewhere (the tests build other datasets without touching dist/).
  const outAt = process.argv.indexOf('--out')
  const staged = !(outAt > 0 && process.argv[outAt + 1])
  const dist = staged ? join(deckRoot, STAGED) : resolve(process.argv[outAt + 1] as string)
  const dir = await datasetDir()

  // 1. Validate: the dataset, then whether every slide's content fits.
  const loaded = await loadDeckView(dir)
  if (!loaded.ok) {
    console.error(
      `briefing deck: the dataset is invalid; dist/ was left as it was.\n${await problemsText(loaded)}`,
    )
    return 1
  }
  const view = loaded.view
  const plan = planDeck(view)
  if (plan.problems.length > 0) {
    console.error(
      `briefing deck: content does not fit its slides; dist/ was left as it was.\n${plan.problems.map((p) => renderMessage(p.message)).join('\n')}`,
    )
    return 1
  }
  let chromium: string
  try {
    chromium = chromiumPath()
  } catch (e) {
    console.error(`briefing deck: ${(e as Error).message}`)
    return 1
  }
  console.log(`briefing deck: ${relative(process.cwd(), dir) || '.'} valid · ${view.stamp.text}`)

  // Staged beside the target so the final rename stays on one file system.
  const staging = stagingDir(dist)
  // Ctrl-C (turbo passes it on) or a kill: drop the staging folder, keep dist/ as it was.
  let swapped = false
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal's process group
    // and passed on by tsx), and a second, unhandled SIGINT would kill it mid-cleanup.
    process.on(signal, () => {
      rmSync(staging, { recursive: true, force: true })
      console.error(
        `briefing deck: interrupted (${signal}); ${swapped ? 'the new dist/ was already in place' : 'dist/ was left as it was'}.`,
      )
      process.exit(130)
    })
  }
  // The Slidev processes below take the validated view from here instead of validating again.
  const handoff = join(staging, `view-${process.pid}.json`)
  writeFileSync(handoff, handoffJson(loaded))
  const env = { BRIEFING_DATA: dir, [HANDOFF_ENV]: handoff }
  // Chromium starts while the site is made (printDeck closes it; a failure before printing
  // closes it below).
  const printer = launchPrinter(chromium)
  printer.catch(() => {})
  let printing = false
  try {
    // 2. The static deck, then the PDF printed from it (scripts/printDeck.ts: the steps of
    //    Slidev's own `build --download` exporter in a one-slide viewport on a free port,
    //    rather than `slidev export`, which starts a second Vite server that compiles every
    //    module again: same PDF, about 10 s less; see README, Performance).
    const deck = join(staging, 'deck')
    const pdf = join(deck, 'briefing.pdf')
    const handout = join(deck, 'briefing-handout.pdf')
    const buildStarted = performance.now()
    // The site: Vite only when the slide plan or the code changed (scripts/siteCache.ts).
    const expanded = expandedForBuild(view)
    const key = siteKey(expanded.lines.join('\n'))
    const kept = keptSite(key, process.env.BRIEFING_FULL_BUILD === '1')
    let rebuild = 'why' in kept ? kept.why : undefined
    if ('path' in kept)
      try {
        copyKeptSite(kept.path, deck)
      } catch (e) {
        // Removed by another build meanwhile (it keeps only the last few): build it.
        rmSync(deck, { recursive: true, force: true })
        rebuild = `the kept site could not be read (${(e as Error).message})`
      }
    if (rebuild !== undefined) {
      console.log(`briefing deck: building the site with Vite: ${rebuild}`)
      // One file, hash router (src/vite/singleFile.ts): it opens by double-click from a USB
      // stick, and `pnpm present` serves the same file (scripts/serve.ts maps /presenter/1
      // to /#/presenter/1). 404.html and _redirects are for history-router hosting; here the
      // first would be a second copy of the whole deck.
      await slidev(['build', 'slides.md', '--out', deck, '--router-mode', 'hash'], {
        ...env,
        BRIEFING_SINGLEFILE: '1',
      })
      for (const f of ['404.html', '_redirects']) rmSync(join(deck, f), { force: true })
      keepSite(deck, key)
    }
    // The content: the view and the rendered notes into the page, and its title.
    const notes = speakerNotes(view, expanded)
    const site = join(deck, 'index.html')
    const data = { view, notesHtml: notes.map((n) => notesHtml(n.notes)) }
    writeFileSync(
      site,
      withPageTitle(withDeckData(readFileSync(site, 'utf8'), data), view.header.title),
    )
    // The build's step lines (packages/workbench/bin/buildSteps.mjs) read these two.
    const siteMs = Math.round(performance.now() - buildStarted)
    console.log(
      rebuild === undefined
        ? `briefing deck: site reused, content written in (only the content changed; ${siteMs} ms)`
        : `briefing deck: site built (${siteMs} ms)`,
    )
    const printStarted = performance.now()
    printing = true
    const times = await printDeck(
      deck,
      {
        deckPdf: pdf,
        handoutPdf: handout,
        slides: notes,
        mainTrack: mainTrackLength(notes, view.labels.appendix),
        appendixTitle: view.labels.appendix,
        heading: [view.document.title, view.stamp.text],
        notInHandout: view.talk.slides.flatMap((s) => [
          s.timing,
          ...(s.sourceLine ? [s.sourceLine] : []),
        ]),
        // The build's step lines (packages/workbench/bin/buildSteps.mjs) read this one.
        onDeckPrinted: (ms) => console.log(`briefing deck: deck PDF printed (${ms} ms)`),
      },
      { executablePath: chromium, ...CANVAS },
      printer,
    )

    // 3. The PDFs' metadata from the dataset (each through a temporary file).
    for (const f of [pdf, handout])
      if (!existsSync(f)) throw new Error(`printing the deck did not write ${f}`)
    const settle = async (file: string, pages: number | undefined): Promise<number> => {
      const from = performance.now()
      await settlePdfMetadata(file, view, pages)
      return performance.now() - from
    }
    const deckPdfMs = times.deckMs + (await settle(pdf, notes.length))
    const handoutMs = times.handoutMs + (await settle(handout, undefined))
    // The durations are read by scripts/bench.ts: PDF is the deck PDF (print + metadata),
    // as Slidev's exporter makes it; the handout has no counterpart there.
    const ms = (from: number, to: number): number => Math.round(to - from)
    console.log(
      `briefing deck: static deck and PDF built (${seconds()}; site ${ms(buildStarted, printStarted)} ms, PDF ${Math.round(deckPdfMs)} ms, handout ${Math.round(handoutMs)} ms)`,
    )

    // 4. The speaker notes as data, and the pair both outputs print.
    writeFileSync(join(deck, 'speaker-notes.json'), `${JSON.stringify(notes, null, 2)}\n`)
    writeFileSync(
      join(deck, 'edition.txt'),
      `${view.stamp.editionLabel} ${view.stamp.fingerprint}\n`,
    )
    if (staged)
      writeFileSync(join(deck, STAMP), `${process.env.BRIEFING_DATA_FINGERPRINT ?? 'unknown'}\n`)

    // 5. Swap.
    replaceDir(deck, dist)
    swapped = true
    rmSync(staging, { recursive: true, force: true })
  } catch (e) {
    if (!printing) await printer.then((b) => b.close()).catch(() => {})
    rmSync(staging, { recursive: true, force: true })
    console.error(`briefing deck: ${(e as Error).message}; dist/ was left as it was.`)
    return 1
  }
  console.log(
    `briefing deck: wrote dist/index.html, dist/briefing.pdf and dist/briefing-handout.pdf (${view.stamp.text}) in ${seconds()}`,
  )
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e)
      process.exit(1)
    },
  )
}
