import type { SectionName } from '@briefing/dataset'
import { atom, cited, type FactAtom } from '../atoms.ts'
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
  // Korea first (issue 13): the bottom line for Korea on page 1 (summary), then our
  // actions in full (implications), then the analysis, then the annex.
  'summary',
  'implications',
  'background',
  'comparison',
  'strategies',
  // After the strategies (text that flows over pages), so the chart, kept whole, does not
  // leave half a page empty behind the comparison tables.
  'chart',
  'figures',
  'timeline',
  'outlook',
  'recommendations',
  // The annex (ANNEX_IDS) closes the memo, in this order.
  'quotes',
  'sources',
  'glossary',
  'changes',
] as const

export type SectionId = (typeof SECTION_IDS)[number]

/**
 * The sections of the annex (부록), after the body: the memo prints them after a 부록
 * divider with headings "부록 A. …". A section with nothing to show (see `isEmpty`) is
 * left out of the briefing, so its letter goes to the next one.
 */
// The quotations are the speakers' own words, kept for reference: the analysis cites and
// paraphrases them where they matter, so the full set reads best as an annex (issue 13:
// at most 12 pages before it).
export const ANNEX_IDS: ReadonlySet<SectionId> = new Set<SectionId>([
  'quotes',
  'sources',
  'glossary',
  'changes',
])

/**
 * Adds one string both outputs show; `deck: 'notes'` when the deck says it in the notes
 * only; `'memoOnly'` when only the memo prints it (shownIn.ts MEMO_ONLY gives each reason).
 */
export type AddShown = (
  what: string,
  text: string | undefined,
  deck?: 'slide' | 'notes' | 'memoOnly',
) => void

/**
 * Adds one fact item: what shows that the item is on a page (`handle`: its label,
 * title or statement, in the views' words) and its fact atoms, the strings that must
 * stand beside it identically wherever it is shown (see facts.ts).
 */
export type AddFact = (what: string, handle: string, atoms: readonly FactAtom[]) => void

export interface SectionSpec {
  /**
   * Where in the dataset this section's citations come from, as [file, top-level key]
   * (the key omitted: the whole file). Sources are numbered in the order a reader
   * first meets them, which is the order of SECTION_IDS and then of these lists.
   */
  readonly cites: ReadonlyArray<readonly [SectionName, string?]>
  /** Every string the section shows, which both outputs must print. */
  readonly shows: (view: BriefingView, add: AddShown) => void
  /** The section's fact items and their atoms (values, dates, names, estimates, citations). */
  readonly facts: (view: BriefingView, add: AddFact) => void
}

/**
 * The one rule for an empty section: a section whose spec shows no string and lists no
 * fact item for this view (a dataset without glossary terms has no 용어 해설) is left out
 * of `view.sections`. Both outputs and every list derived from the sections (headings,
 * bookmarks, reading order, the annex and its letters, the deck's appendix) follow
 * `view.sections`, so it drops out of all of them at once.
 */
export function isEmpty(id: SectionId, view: BriefingView): boolean {
  let shown = 0
  const spec = SECTIONS[id]
  spec.shows(view, (_what, text) => {
    if (text !== undefined && text.trim() !== '') shown++
  })
  spec.facts(view, () => {
    shown++
  })
  return shown === 0
}

export const SECTIONS: Readonly<Record<SectionId, SectionSpec>> = {
  summary: {
    cites: [
      ['recommendations', 'bottomLine'],
      ['judgments'],
      ['recommendations', 'implications'],
      ['recommendations', 'actions'],
      ['recommendations', 'limits'],
    ],
    shows: (view, add) => {
      add('stamp', view.stamp.text)
      add('title', view.header.title)
      if (view.header.marking !== '') add('classification', view.header.marking)
      add('bottom line', view.front.bottomLine?.text, 'memoOnly')
      for (const r of view.implications) {
        add(`implication ${r.id} title`, r.title)
        add(`implication ${r.id} text`, r.text, 'memoOnly')
      }
      // Actions in full on the deck's appendix slide (우리 정부에 대한 제언), parts included;
      // 자료와 한계: memo only (shownIn.ts MEMO_ONLY, issue 13).
      for (const a of view.actions) {
        add(`action ${a.id} title`, a.title)
        for (const p of a.parts) add(`action ${a.id} ${p.label}`, p.value)
      }
      add('front documents line', view.front.documentsLine, 'memoOnly')
      add('front dates line', view.front.datesLine, 'memoOnly')
      for (const l of view.front.limits) add(`limit ${l.id}`, l.text, 'memoOnly')
      for (const j of view.keyJudgments) {
        add(`key judgment ${j.id} statement`, j.statement)
        add(`key judgment ${j.id} estimate`, j.estimate)
        add(`key judgment ${j.id} citation`, j.citation.text)
        add(`key judgment ${j.id} basis`, j.basis, 'notes')
        add(`key judgment ${j.id} dissent`, j.dissent, 'notes')
        add(`key judgment ${j.id} dissent citation`, j.dissentCitation?.text, 'notes')
      }
      // 추정 표현의 뜻: the memo after the judgments' basis, the deck's appendix after the
      // judgments (its scale slide). Every word, band and meaning, in both.
      const k = view.scale
      add('scale title', k.title)
      add('scale note', k.note)
      add('scale likelihood heading', k.likelihoodHeading)
      add('scale confidence heading', k.confidenceHeading)
      for (const t of [...k.likelihood, ...k.confidence]) {
        add(`scale ${t.key} label`, t.label)
        add(`scale ${t.key} range`, t.range)
        add(`scale ${t.key} meaning`, t.meaning)
      }
    },
    facts: (view, add) => {
      add('stamp', view.stamp.editionLabel, atom('stamp', view.stamp.text))
      for (const j of view.keyJudgments) {
        add(`key judgment ${j.id}`, j.statement, [
          ...atom('estimate', j.likelihood.label),
          ...atom('estimate', j.confidence.label),
          ...cited(j.citation),
        ])
      }
      // A word of the key stands beside its meaning (and a likelihood beside its band).
      for (const t of [...view.scale.likelihood, ...view.scale.confidence]) {
        add(`scale ${t.key}`, t.meaning, [
          ...atom('estimate', t.label),
          ...atom('estimate', t.range),
        ])
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
    facts: (view, add) => {
      for (const c of view.background) add(`context ${c.id}`, c.heading, cited(c.citation))
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
    facts: (view, add) => {
      for (const g of view.comparison) {
        for (const r of g.rows) {
          // The row's first cell is its handle: a dimension ("수익성") is too short to
          // tell a table row from a headline that names the field.
          add(`comparison row ${r.id}`, r.positions[0]?.text ?? r.dimension, [
            ...atom('name', r.leader.label),
            ...atom('evidence', r.evidence.mark),
            ...cited(r.citation),
          ])
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
    facts: (view, add) => {
      for (const s of view.strategies) {
        // The summary, not the title: a pillar's short title ("데이터센터 등 인프라 확충") also
        // occurs in an event's detail, which is not the pillar being shown.
        for (const p of s.pillars) add(`pillar ${p.id}`, p.summary, cited(p.citation))
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
    facts: (view, add) => {
      for (const f of view.figures) {
        add(`figure ${f.id}`, f.label, [
          ...atom('value', f.value),
          ...atom('name', f.meta),
          ...cited(f.citation),
        ])
      }
    },
  },
  chart: {
    cites: [],
    shows: (view, add) => {
      add('chart caption', view.chart.caption, 'memoOnly')
    },
    facts: () => {},
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
    facts: (view, add) => {
      for (const e of view.timeline) {
        add(`event ${e.id}`, e.title, [...atom('date', e.date.text), ...cited(e.citation)])
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
    facts: (view, add) => {
      for (const q of view.quotes) {
        // With its quotation marks: prose that quotes the same words is not the quotation.
        add(`quote ${q.id}`, `“${q.text}”`, [...atom('name', q.byline), ...cited(q.citation)])
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
    facts: (view, add) => {
      for (const h of view.outlook.horizons) add(`horizon ${h.id}`, h.summary, cited(h.citation))
      for (const d of view.outlook.disagreements) {
        for (const [i, p] of d.positions.entries()) {
          add(`disagreement ${d.id} position ${i}`, p.view, [
            ...atom('name', p.holder),
            ...cited(p.citation),
          ])
        }
      }
    },
  },
  recommendations: {
    cites: [
      ['recommendations', 'recommendations'],
      ['recommendations', 'usDebate'],
    ],
    shows: (view, add) => {
      for (const r of view.recommendations) {
        add(`recommendation ${r.id} title`, r.title)
        add(`recommendation ${r.id} text`, r.text)
      }
    },
    facts: (view, add) => {
      for (const t of view.usDebate) {
        for (const p of t.positions) {
          add(`debate position ${p.id}`, p.text, [...atom('name', p.holder), ...cited(p.citation)])
        }
      }
    },
  },
  implications: {
    cites: [
      ['recommendations', 'implications'],
      ['recommendations', 'actions'],
    ],
    shows: (view, add) => {
      for (const r of view.implications) {
        add(`implication ${r.id} title`, r.title)
        add(`implication ${r.id} origin`, r.origin.label)
      }
      for (const a of view.actions) add(`action ${a.id} text`, a.text)
    },
    facts: (view, add) => {
      for (const r of view.implications) {
        add(`implication ${r.id}`, r.text, [...atom('name', r.origin.label), ...cited(r.citation)])
      }
      for (const a of view.actions) add(`action ${a.id}`, a.text, cited(a.citation))
    },
  },
  sources: {
    cites: [],
    shows: (view, add) => {
      for (const s of view.sources) add(`source [${s.number}] ${s.id}`, s.text)
    },
    facts: () => {},
  },
  glossary: {
    cites: [],
    shows: (view, add) => {
      for (const g of view.glossary.entries) {
        add(`glossary ${g.id} term`, g.term)
        add(`glossary ${g.id} definition`, g.definition)
      }
    },
    facts: (view, add) => {
      // The definition is the handle; its term must stand beside it, as the views spell it.
      for (const g of view.glossary.entries)
        add(`glossary ${g.id}`, g.definition, atom('name', g.term))
    },
  },
  changes: {
    cites: [],
    shows: (view, add) => {
      for (const c of view.changes) add(`change ${c.edition}`, c.summary)
    },
    facts: (view, add) => {
      for (const c of view.changes) add(`change ${c.edition}`, c.summary, atom('date', c.date.text))
    },
  },
}
