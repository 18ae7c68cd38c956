import { SECTION_IDS, SECTIONS } from './sections/registry.ts'
import type { BriefingView } from './types.ts'

/**
 * Where the deck shows a string: on the slide, or only in the speaker notes (its short
 * form: a slide has no room for the basis of a judgment or the detail of an event).
 * The memo shows every string in full. The section registry (sections/registry.ts)
 * lists the strings of each section; the consistency tests read both outputs back
 * against them.
 */
export type DeckPlacement = 'slide' | 'notes' | 'memoOnly'

export interface ShownString {
  /** What it is, for a test failure message: "key judgment kj-x statement". */
  readonly what: string
  readonly text: string
  readonly deck: DeckPlacement
}

/** Fields the deck shows only in its speaker notes, with the reason. */
export const DECK_SHORT_FORM = {
  'keyJudgment.basis': 'slides show statement and estimate; the basis is in the appendix notes',
  'keyJudgment.dissent': 'slides show statement and estimate; the dissent is in the appendix notes',
  'keyJudgment.dissentCitation': "the dissent's own sources, beside it in the appendix notes",
  'timeline.dateBasis': 'how a date was inferred is in the appendix notes',
} as const

/**
 * Strings only the memo prints for now, with the reason. The consistency proof checks
 * them in the memo and not in the deck; the deck's Korea slide (being rebuilt for issue
 * 12/13 on another branch) is to show them, and the integrator then drops these.
 */
export const MEMO_ONLY = {
  'implication.text':
    "the memo's page 1; the deck's Korea slide shows the implications' titles and its talk track says the rest in the briefer's words",
  'front.bottomLine':
    "한국에 대한 결론 opens the memo's page 1; the deck's title and closing slides make the same point in the talk's own words",
  'chart.caption':
    "the whole chart is the memo's; the talk draws one group and its notes give that chart's own caption",
  'front.documentsLine': "자료와 한계 box on the memo's page 1; no deck slide yet",
  'front.datesLine': "자료 기준일 · 발행일 in the memo's 자료와 한계 box; no deck slide yet",
  'limit.text': "자료와 한계 on the memo's page 1; no deck slide yet",
} as const

/** Every string both outputs show, section by section as the registry lists them. */
export function stringsBothShow(view: BriefingView): ShownString[] {
  const out: ShownString[] = []
  const add = (what: string, text: string | undefined, deck: DeckPlacement = 'slide') => {
    if (text !== undefined && text.trim() !== '') out.push({ what, text, deck })
  }
  for (const id of SECTION_IDS) SECTIONS[id].shows(view, add)
  return out
}
