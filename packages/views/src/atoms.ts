import type { Citation } from './types.ts'

/**
 * The consistency promise, as data: every fact either output shows is a fact atom made
 * once here, in the views, and reads identically wherever it is shown. The deck and the
 * memo make different arguments over the same facts (a headline, a talk track, a page
 * of analysis are each output's own words), so the proof is not "both show the same
 * strings" but: wherever an output shows an item (its handle: a figure's label, an
 * event's title, a judgment's statement), the item's atoms stand beside it in the views'
 * exact form, and the memo, the full record, shows every item with its atoms.
 */
export type AtomKind =
  /** A figure's value with unit and qualifier: "최대 2년". */
  | 'value'
  /** A date at its precision, "(추정)" included: "2025년 7월(추정)". */
  | 'date'
  /** Who: an actor, a speaker, whose figure it is. */
  | 'name'
  /** Likelihood and confidence words of a judgment. */
  | 'estimate'
  /** The citation numbers of a claim: "[2, 5]". */
  | 'citation'
  /** The evidence base of a claim: "자료 1건 · 블로그". */
  | 'evidence'
  /** Edition and data fingerprint. */
  | 'stamp'

export interface FactAtom {
  readonly kind: AtomKind
  readonly text: string
}

export interface FactItem {
  /** For a failure message: "figure fig-us-lead-years". */
  readonly what: string
  /** The string whose presence on a page says the item is shown there. */
  readonly handle: string
  readonly atoms: readonly FactAtom[]
}

export const atom = (kind: AtomKind, text: string | undefined): FactAtom[] =>
  text === undefined || text.trim() === '' ? [] : [{ kind, text }]

/**
 * A claim's citation numbers as an atom (none when it cites nothing). The 재인용 names
 * after them are the same claim's, but page 1 of the memo prints the numbers alone.
 */
export const cited = (c: Citation): FactAtom[] => atom('citation', c.numbersText ?? c.text)
