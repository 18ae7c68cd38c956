import type { SectionName } from '@briefing/dataset'
import type { BriefingView } from '../types.ts'

/**
 * The section registry: every section of the briefing, in the order both outputs
 * show it (the memo's chapters, the deck's acts). The rest derives from here:
 *   - the section titles: messages/<lang>.ts `sections` must have one per id (type error);
 *   - citation numbers: the data a reader meets in each section, in this order (`cites`);
 *   - the consistency proof: the strings each section shows in both outputs (`shows`);
 *   - the deck: decks/briefing/src/plan/slides.ts says which slide kinds show each id
 *     (a Record over SectionId: a section without slides is a type error there);
 *   - the memo: reports/policy-memo/src/components/Memo.tsx has one part per id (same).
 * See the package README ("Adding a section") for the files a new section touches.
 */
export const SECTION_IDS = [
  'summary',
  'background',
  'comparison',
  'strategies',
  'figures',
  'chart',
  'timeline',
  'quotes',
  'outlook',
  'recommendations',
  'implications',
  'sources',
  'changes',
] as const

export type SectionId = (typeof SECTION_IDS)[number]

/** Adds one string both outputs show; `deck: 'notes'` when the deck says it in the notes only. */
export type AddShown = (what: string, text: string | undefined, deck?: 'slide' | 'notes') => void

export interface SectionSpec {
  /**
   * Where in the dataset this section's citations come from, as [file, top-level key]
   * (the key omitted: the whole file). Sources are numbered in the order a reader
   * first meets them, which is the order of SECTION_IDS and then of these lists.
   */
  readonly cites: ReadonlyArray<readonly [SectionName, string?]>
  /** Every string the section shows, which both outputs must print. */
  readonly shows: (view: BriefingView, add: AddShown) => void
}

export const SECTIONS: Readonly<Record<SectionId, SectionSpec>> = {
  summary: {
    cites: [['judgments']],
    shows: (view, add) => {
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
    },
  },
  background: {
    cites: [['background']],
    shows: (view, add) => {
      for (const c of view.background) {
        add(`context ${c.id} heading`, c.heading)
        add(`context ${c.id} text`, c.text)
      }
    },
  },
  comparison: {
    cites: [['comparison']],
    shows: (view, add) => {
      for (const g of view.comparison) {
        add(`comparison group ${g.id} takeaway`, g.takeaway)
        for (const r of g.rows) {
          add(`comparison row ${r.id} dimension`, r.dimension)
          for (const p of r.positions) add(`comparison row ${r.id} ${p.actor}`, p.text)
          add(`comparison row ${r.id} assessment`, r.assessment)
          add(`comparison row ${r.id} leader`, r.leader.label)
        }
      }
    },
  },
  strategies: {
    cites: [['strategies']],
    shows: (view, add) => {
      for (const s of view.strategies) {
        add(`strategy ${s.country.key} name`, s.country.label)
        for (const p of s.pillars) {
          add(`pillar ${p.id} title`, p.title)
          add(`pillar ${p.id} summary`, p.summary)
        }
      }
    },
  },
  figures: {
    cites: [['figures']],
    shows: (view, add) => {
      for (const f of view.figures) {
        add(`figure ${f.id} value`, f.value)
        add(`figure ${f.id} label`, f.label)
        add(`figure ${f.id} measure`, f.measure)
        add(`figure ${f.id} meta line`, f.meta)
      }
    },
  },
  chart: {
    cites: [],
    shows: (view, add) => {
      add('chart caption', view.chart.caption, 'notes')
    },
  },
  timeline: {
    cites: [['timeline']],
    shows: (view, add) => {
      for (const e of view.timeline) {
        add(`event ${e.id} date`, e.date.text)
        add(`event ${e.id} title`, e.title)
        add(`event ${e.id} detail`, e.detail)
        add(`event ${e.id} date basis`, e.dateBasis, 'notes')
      }
    },
  },
  quotes: {
    cites: [['quotes']],
    shows: (view, add) => {
      for (const q of view.quotes) {
        add(`quote ${q.id} text`, q.text)
        add(`quote ${q.id} byline`, q.byline)
      }
    },
  },
  outlook: {
    cites: [['outlook']],
    shows: (view, add) => {
      for (const h of view.outlook.horizons) {
        add(`horizon ${h.id} label`, h.label)
        add(`horizon ${h.id} summary`, h.summary)
        for (const p of h.positions) add(`horizon ${h.id} ${p.actor}`, p.text)
      }
      for (const d of view.outlook.disagreements) {
        add(`disagreement ${d.id} topic`, d.topic)
        for (const [i, p] of d.positions.entries()) {
          add(`disagreement ${d.id} position ${i} holder`, p.holder)
          add(`disagreement ${d.id} position ${i} view`, p.view)
        }
      }
    },
  },
  recommendations: {
    cites: [['recommendations', 'recommendations']],
    shows: (view, add) => {
      for (const r of view.recommendations) {
        add(`recommendation ${r.id} title`, r.title)
        add(`recommendation ${r.id} text`, r.text)
        add(`recommendation ${r.id} origin`, r.origin.label)
      }
    },
  },
  implications: {
    cites: [['recommendations', 'implications']],
    shows: (view, add) => {
      for (const r of view.implications) {
        add(`implication ${r.id} title`, r.title)
        add(`implication ${r.id} text`, r.text)
        add(`implication ${r.id} origin`, r.origin.label)
      }
    },
  },
  sources: {
    cites: [],
    shows: (view, add) => {
      for (const s of view.sources) add(`source [${s.number}] ${s.id}`, s.text)
    },
  },
  changes: {
    cites: [],
    shows: (view, add) => {
      for (const c of view.changes) add(`change ${c.edition}`, c.summary)
    },
  },
}
