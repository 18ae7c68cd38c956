import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type BriefingView, factItems, pageOf } from '@briefing/views'
import { loadBriefing } from '@briefing/views/node'
import { getMeta } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import { missingStrings } from './support/buildTo.ts'
import { checkAtoms, MIN_HANDLE, type ShownPage } from './support/factAtoms.ts'
import { normalise, type Outputs, readOutputs } from './support/outputs.ts'
import { readPdfPages } from './support/pdfBoxes.ts'
import { root, run, tsx } from './support/run.ts'

/**
 * The product's promise, checked on the built outputs: the memo PDF, and the deck's
 * PDF plus its speaker notes, show every item of the views with the identical
 * formatted string, the same edition and fingerprint, and the same citation numbers.
 */
let view: BriefingView
let out: Outputs
let deckPages: ShownPage[]
let memoPages: ShownPage[]
let handoutPages: ShownPage[]

beforeAll(async () => {
  const loaded = loadBriefing()
  if (!loaded.ok) throw new Error('shared-data is not valid; run pnpm data:check')
  view = loaded.view
  out = await readOutputs(
    join(root, 'reports/policy-memo/dist/policy-memo.pdf'),
    join(root, 'decks/briefing/dist'),
    view,
  )
  const deckDist = join(root, 'decks/briefing/dist')
  const notes = JSON.parse(readFileSync(join(deckDist, 'speaker-notes.json'), 'utf8')) as Array<{
    no: number
    notes: string
  }>
  const slides = await readPdfPages(join(deckDist, 'briefing.pdf'))
  deckPages = slides.text.map((face, i) => ({
    name: `deck slide ${i + 1}`,
    face,
    around: face + normalise(notes.find((n) => n.no === i + 1)?.notes ?? ''),
  }))
  // A handout page is a main-track slide with its talk track below it: both one page.
  const handout = await readPdfPages(join(deckDist, 'briefing-handout.pdf'))
  handoutPages = handout.text.map((face, i) => ({
    name: `handout page ${i + 1}`,
    face,
    around: face,
  }))
  const memo = await readPdfPages(join(root, 'reports/policy-memo/dist/policy-memo.pdf'))
  // A memo item may start at the foot of one page and end on the next: its page and the next.
  memoPages = memo.text.map((face, i) => ({
    name: `memo page ${i + 1}`,
    face,
    around: face + (memo.text[i + 1] ?? ''),
  }))
}, 60_000)

describe('every fact either output shows is the views’ atom, identically', () => {
  it('wherever the deck shows an item, its atoms stand beside it on that slide or in its notes', () => {
    const { shown, missing } = checkAtoms(factItems(view), deckPages)
    expect(missing).toEqual([])
    // Not vacuous: every figure and every key judgment is found on some slide.
    // (A label shorter than MIN_HANDLE is not looked for: see support/factAtoms.ts.)
    const looked = view.figures.filter((f) => normalise(f.label).length >= MIN_HANDLE)
    expect(looked.length).toBeGreaterThan(view.figures.length / 2)
    for (const f of looked) expect(shown.map((s) => s.what)).toContain(`figure ${f.id}`)
    for (const j of view.keyJudgments) {
      expect(shown.map((s) => s.what)).toContain(`key judgment ${j.id}`)
    }
  })

  it('the handout shows the main-track items with the same atoms as the slides', () => {
    const { shown, missing } = checkAtoms(factItems(view), handoutPages)
    expect(missing).toEqual([])
    // Not vacuous: the handout carries the bottom line's key judgments.
    for (const j of view.front.judgments)
      expect(shown.map((s) => s.what)).toContain(`key judgment ${j.id}`)
  })

  it('the memo, the full record, shows every item with its atoms', () => {
    const items = factItems(view)
    const { shown, missing } = checkAtoms(items, memoPages)
    expect(missing).toEqual([])
    const found = new Set(shown.map((s) => s.what))
    const long = items.filter((i) => normalise(i.handle).length >= 8)
    expect(long.filter((i) => !found.has(i.what)).map((i) => i.what)).toEqual([])
  })
})

describe('the memo and the deck show the same facts', () => {
  it('both show every item of the views, in the views’ words', () => {
    expect(missingStrings(view, out)).toEqual([])
  })

  it('read the memo’s body without its running header and footer', () => {
    // Else a paragraph split by a page break would read as missing (see support/pdfBoxes.ts).
    const total = Number(/\/(\d+)$/.exec(out.memo)?.[1] ?? 0)
    expect(total).toBeGreaterThan(1)
    for (let n = 1; n <= total; n++) {
      expect(out.memo).toContain(normalise(pageOf(view.labels.pageOf, n, total)))
      expect(out.memoBody).not.toContain(normalise(pageOf(view.labels.pageOf, n, total)))
    }
  })

  it('show each figure’s value next to its label (a short value alone could match prose)', () => {
    for (const f of view.figures) {
      const pair = normalise(f.value + f.label)
      expect(out.memo, `memo: ${f.id} ${f.value} ${f.label}`).toContain(pair)
      expect(out.deckSlides, `deck: ${f.id} ${f.value} ${f.label}`).toContain(pair)
    }
  })

  it('both print the edition and fingerprint that pnpm data:fingerprint prints', async () => {
    const cli = await run(tsx, ['packages/dataset/src/cli/main.ts', 'fingerprint'])
    const [, edition, fingerprint] =
      /edition (\d+) {2}fingerprint ([0-9a-f]{8})/.exec(cli.stdout) ?? []
    expect(fingerprint).toBe(view.stamp.fingerprint)
    expect(String(view.stamp.edition)).toBe(edition)
    expect(out.memo).toContain(normalise(view.stamp.text))
    expect(out.deckSlides).toContain(normalise(view.stamp.text))
  })

  it('carry the same document information (title, subject, author, keywords) in both PDFs', async () => {
    const infoOf = async (file: string) => {
      const { info } = await getMeta(new Uint8Array(readFileSync(join(root, file))))
      const i = info as Record<string, unknown>
      return { title: i.Title, subject: i.Subject, author: i.Author, keywords: i.Keywords }
    }
    const memo = await infoOf('reports/policy-memo/dist/policy-memo.pdf')
    expect(await infoOf('decks/briefing/dist/briefing.pdf')).toEqual(memo)
    expect(memo).toEqual({
      title: view.document.title,
      subject: view.document.subject,
      author: view.document.author,
      keywords: view.document.keywordsText,
    })
  })

  it('number the sources the same way: [n] in the memo is [n] in the deck', () => {
    for (const s of view.sources) {
      // The endnote's number stands right before its text in both outputs.
      const entry = new RegExp(
        `\\[?${s.number}\\]?\\.?${escapeRegExp(normalise(s.text).slice(0, 24))}`,
      )
      expect(out.memo, `memo endnote [${s.number}] ${s.id}`).toMatch(entry)
      expect(out.deckSlides, `deck source [${s.number}] ${s.id}`).toMatch(entry)
    }
  })

  it('show the same citation numbers next to the same claims', () => {
    for (const j of view.keyJudgments) {
      const claim = normalise(j.statement) + normalise(j.citation.text)
      expect(out.memo.replace(/\d+\/\d+/g, ''), j.id).toContain(normalise(j.statement))
      expect(out.memo, `${j.id} cites ${j.citation.text} in the memo`).toContain(
        normalise(j.citation.text),
      )
      expect(out.deckSlides, `${j.id} cites ${j.citation.text} in the deck`).toContain(
        normalise(j.citation.text),
      )
      expect(claim.length).toBeGreaterThan(0)
    }
  })
})

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
