/**
 * What the tests of the built deck share: where dist/ is, the view it must have been
 * built from, and the list of strings the deck must show (the views' formatted strings).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BriefingView } from '@briefing/views'
import { loadDeckView, problemsText } from '../src/data/loadView.ts'

export const deckRoot = join(import.meta.dirname, '..')
export const distDir = join(deckRoot, 'dist')
export const outputDir = join(deckRoot, 'test-output')

export interface NoteEntry {
  readonly no: number
  readonly kind: string
  readonly part: number
  readonly title: string
  readonly notes: string
}

/** The view of the dataset the tests run against; dist/ must have been built from it. */
export async function builtView(): Promise<BriefingView> {
  for (const f of ['index.html', 'briefing.pdf', 'edition.txt', 'speaker-notes.json'])
    if (!existsSync(join(distDir, f)))
      throw new Error(`dist/${f} is missing: run \`pnpm build\` in decks/briefing first`)
  const loaded = await loadDeckView()
  if (!loaded.ok)
    throw new Error(`the dataset in ${loaded.dir} is invalid:\n${await problemsText(loaded)}`)
  const built = readFileSync(join(distDir, 'edition.txt'), 'utf8').trim()
  const now = `${loaded.view.stamp.editionLabel} ${loaded.view.stamp.fingerprint}`
  if (built !== now)
    throw new Error(
      `dist/ was built from another dataset (${built}, now ${now} in ${loaded.dir}): run \`pnpm build\` again`,
    )
  return loaded.view
}

export function speakerNotesJson(): NoteEntry[] {
  return JSON.parse(readFileSync(join(distDir, 'speaker-notes.json'), 'utf8')) as NoteEntry[]
}

/** Whitespace-insensitive form for comparing with extracted text (lines wrap anywhere). */
export const squash = (s: string): string => s.replace(/\s+/g, '')

export interface Expected {
  readonly what: string
  readonly text: string
}

/** Every view item the deck shows, as the views format it. */
export function expectedItems(view: BriefingView): Expected[] {
  const out: Expected[] = []
  const add = (what: string, ...texts: Array<string | undefined>) => {
    for (const text of texts) if (text !== undefined && text.trim() !== '') out.push({ what, text })
  }
  const h = view.header
  // The talk's cover: the briefing's title, its briefer and occasion, the marking and the
  // stamp; its line under the title is the talk's first headline, not the memo's subtitle.
  add('title slide', h.title, h.asOfText, h.classification, view.stamp.text)
  add('title slide', view.talk.briefer, view.talk.occasion)
  for (const s of view.talk.slides) add(`talk slide ${s.id}`, s.headline)
  add('appendix divider', view.talk.words.appendix)
  for (const j of view.keyJudgments)
    add(`judgment ${j.id}`, j.statement, j.estimate, j.citation.text)
  for (const g of view.comparison) {
    add(`group ${g.id}`, g.takeaway)
    for (const r of g.rows)
      add(
        `row ${r.id}`,
        r.dimension,
        ...r.positions.map((p) => p.text),
        `${r.assessment} ${r.citation.text}`,
        r.leader.label,
      )
  }
  for (const s of view.strategies) {
    add(`strategy ${s.country.key}`, s.country.label, s.overview)
    for (const p of s.pillars) add(`pillar ${p.id}`, p.title, `${p.summary} ${p.citation.text}`)
  }
  // The appendix's figure table: value; label and what it measures; who, when, whose, citations.
  for (const f of view.figures)
    add(
      `figure ${f.id}`,
      f.value,
      `${f.label}. ${f.measure}`,
      f.meta ? `${f.meta} ${f.citation.text}` : f.citation.text,
    )
  // The chart is the comparison's picture on the main track: its column heads and rows.
  for (const s of view.talk.slides)
    if (s.evidence.kind === 'comparison')
      for (const t of s.evidence.chart.shapes)
        if (t.kind === 'text') add(`chart of ${s.id}`, t.text)
  for (const e of view.timeline)
    add(`event ${e.id}`, e.date.text, e.title, `${e.detail} ${e.citation.text}`, e.country.label)
  for (const hz of view.outlook.horizons)
    add(
      `horizon ${hz.id}`,
      hz.label,
      `${hz.summary} ${hz.citation.text}`,
      ...hz.positions.map((p) => p.text),
    )
  for (const d of view.outlook.disagreements) {
    add(`disagreement ${d.id}`, d.topic, d.note)
    for (const p of d.positions)
      add(`position of ${p.holder}`, p.holder, `${p.view} ${p.citation.text}`)
  }
  for (const r of view.recommendations)
    add(
      `recommendation ${r.id}`,
      r.title,
      `${r.text} ${r.citation.text}`,
      r.audience.label,
      r.origin.label,
    )
  for (const a of view.actions)
    add(`action ${a.id}`, a.title, `${a.text} ${a.citation.text}`, a.origin.label)
  for (const s of view.sources) add(`source [${s.number}]`, `[${s.number}] ${s.text}`, s.url)
  for (const c of view.background)
    add(`background ${c.id}`, c.heading, `${c.text} ${c.citation.text}`)
  for (const q of view.quotes)
    add(`quote ${q.id}`, `“${q.text}”`, q.attribution, `${q.context} ${q.citation.text}`)
  for (const c of view.changes) add(`change ${c.edition}`, c.edition, c.date.text, c.summary)
  return out
}
