import type { Confidence, Horizon, Leader, Likelihood, SourceKind } from '@briefing/dataset'

/**
 * Every word the outputs show that is not content: headings, labels, scale words.
 * One file per language; an English edition adds messages/en.ts and sets
 * meta.language: en, without touching the views or the renderers.
 */
export interface Messages {
  readonly locale: string
  readonly sections: {
    readonly summary: string
    readonly background: string
    readonly comparison: string
    readonly strategies: string
    readonly figures: string
    readonly chart: string
    readonly timeline: string
    readonly quotes: string
    readonly outlook: string
    readonly disagreements: string
    readonly recommendations: string
    readonly implications: string
    readonly sources: string
    readonly changes: string
  }
  readonly header: {
    readonly to: string
    readonly from: string
    readonly cc: string
    readonly date: string
    readonly subject: string
    readonly edition: string
    readonly fingerprint: string
  }
  readonly table: {
    readonly dimension: string
    readonly us: string
    readonly china: string
    readonly assessment: string
    readonly leader: string
  }
  readonly country: Readonly<Record<'us' | 'china' | 'both' | 'korea' | 'other', string>>
  readonly leader: Readonly<Record<Leader, string>>
  readonly horizon: Readonly<Record<Horizon, string>>
  readonly likelihood: Readonly<
    Record<Likelihood, { readonly word: string; readonly range: string }>
  >
  readonly likelihoodLabel: string
  readonly confidence: Readonly<Record<Confidence, string>>
  readonly confidenceLabel: string
  readonly origin: { readonly source: string; readonly analyst: string }
  readonly sourceKind: Readonly<Record<SourceKind, string>>
  readonly inferred: string
  readonly planned: string
  readonly via: string
  readonly originalTitle: string
  readonly basis: string
  /** Label of the note explaining how an inferred date was worked out. */
  readonly dateBasis: string
  /** Word after a year number when a figure is a year with no unit of its own. */
  readonly yearUnit: string
  readonly figureTable: {
    readonly figure: string
    readonly value: string
    readonly measure: string
    /** Who says so, when, and the citation */
    readonly meta: string
  }
  readonly dissent: string
  /** Page footer template with {page} and {total}, filled by the memo per page. */
  readonly pageOf: string
  readonly editionLabel: (edition: number) => string
  readonly asOfLabel: (date: string) => string
  readonly previousEdition: (edition: number, date: string) => string
  readonly firstEdition: string
  readonly chartTitle: string
  readonly chartCaption: string
  readonly seasons: Readonly<Record<'spring' | 'summer' | 'autumn' | 'winter', string>>
  readonly date: {
    readonly day: (y: number, m: number, d: number) => string
    readonly month: (y: number, m: number) => string
    readonly season: (y: number, season: string) => string
    readonly year: (y: number) => string
  }
}
