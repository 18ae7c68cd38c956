import type { BriefingView } from './types.ts'

/**
 * Where the deck shows a string: on the slide, or only in the speaker notes (its short
 * form: a slide has no room for the basis of a judgment or the detail of an event).
 * The memo shows every string in full. This list is the one place that says so; the
 * consistency tests read both outputs back against it.
 */
export type DeckPlacement = 'slide' | 'notes'

export interface ShownString {
  /** What it is, for a test failure message: "key judgment kj-x statement". */
  readonly what: string
  readonly text: string
  readonly deck: DeckPlacement
}

/** Fields the deck shows only in its speaker notes, with the reason. */
export const DECK_SHORT_FORM = {
  'keyJudgment.basis': 'the slide shows statement and estimate; the basis is said aloud',
  'keyJudgment.dissent': 'the slide shows statement and estimate; the dissent is said aloud',
  'figure.measure': 'cards show value and label; what it measures is in the notes',
  'timeline.detail': 'the timeline shows date and title; the detail is in the notes',
  'timeline.dateBasis': 'how a date was inferred is in the notes',
} as const

export function stringsBothShow(view: BriefingView): ShownString[] {
  const out: ShownString[] = []
  const add = (what: string, text: string | undefined, deck: DeckPlacement = 'slide') => {
    if (text !== undefined && text.trim() !== '') out.push({ what, text, deck })
  }
  add('stamp', view.stamp.text)
  add('title', view.header.title)
  add('classification', view.header.classification)
  for (const j of view.keyJudgments) {
    add(`key judgment ${j.id} statement`, j.statement)
    add(`key judgment ${j.id} estimate`, j.estimate)
    add(`key judgment ${j.id} citation`, j.citation.text)
    add(`key judgment ${j.id} basis`, j.basis, 'notes')
    add(`key judgment ${j.id} dissent`, j.dissent, 'notes')
  }
  for (const c of view.background) {
    add(`context ${c.id} heading`, c.heading)
    add(`context ${c.id} text`, c.text)
  }
  for (const g of view.comparison) {
    add(`comparison group ${g.id} takeaway`, g.takeaway)
    for (const r of g.rows) {
      for (const field of ['dimension', 'us', 'china', 'assessment'] as const)
        add(`comparison row ${r.id} ${field}`, r[field])
      add(`comparison row ${r.id} leader`, r.leader.label)
    }
  }
  for (const s of view.strategies) {
    for (const p of s.pillars) {
      add(`pillar ${p.id} title`, p.title)
      add(`pillar ${p.id} summary`, p.summary)
    }
  }
  for (const f of view.figures) {
    add(`figure ${f.id} value`, f.value)
    add(`figure ${f.id} label`, f.label)
    add(`figure ${f.id} measure`, f.measure, 'notes')
  }
  for (const e of view.timeline) {
    add(`event ${e.id} date`, e.date.text)
    add(`event ${e.id} title`, e.title)
    add(`event ${e.id} detail`, e.detail, 'notes')
    add(`event ${e.id} date basis`, e.dateBasis, 'notes')
  }
  for (const q of view.quotes) {
    add(`quote ${q.id} text`, q.text)
    add(`quote ${q.id} speaker`, q.speaker)
  }
  for (const h of view.outlook.horizons) {
    add(`horizon ${h.id} label`, h.label)
    add(`horizon ${h.id} summary`, h.summary)
  }
  for (const d of view.outlook.disagreements) {
    add(`disagreement ${d.id} topic`, d.topic)
    for (const [i, p] of d.positions.entries()) {
      add(`disagreement ${d.id} position ${i} holder`, p.holder)
      add(`disagreement ${d.id} position ${i} view`, p.view)
    }
  }
  for (const r of view.recommendations) {
    add(`recommendation ${r.id} title`, r.title)
    add(`recommendation ${r.id} text`, r.text)
    add(`recommendation ${r.id} origin`, r.origin.label)
  }
  for (const r of view.implications) {
    add(`implication ${r.id} title`, r.title)
    add(`implication ${r.id} text`, r.text)
    add(`implication ${r.id} origin`, r.origin.label)
  }
  for (const s of view.sources) add(`source [${s.number}] ${s.id}`, s.text)
  for (const c of view.changes) add(`change ${c.edition}`, c.summary)
  return out
}
