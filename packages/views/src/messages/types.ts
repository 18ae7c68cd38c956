import type { Confidence, Horizon, Likelihood, SourceKind } from '@briefing/dataset'
import type { SectionId } from '../sections/registry.ts'

/** What a message about the actors as a whole gets: their names and their joined short names. */
export interface ActorWords {
  readonly names: readonly string[]
  /** "미중", "미·중·EU": the short names joined as this language joins them. */
  readonly together: string
}

/**
 * Every word the outputs show that is not content: headings, labels, scale words.
 * One file per language; an English edition adds messages/en.ts and sets
 * meta.language: en, without touching the views or the renderers.
 */
export interface Messages {
  readonly locale: string
  /** Section titles; a title that names the actors is made from them. */
  readonly sections: Readonly<
    Record<SectionId | 'disagreements', string | ((actors: ActorWords) => string)>
  >
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
    readonly assessment: string
    readonly leader: string
  }
  /** The short names of the actors joined: "미중" */
  readonly together: (shorts: readonly string[]) => string
  /** Words for what is not one actor: every actor ("미중 공통"), Korea, a third party. */
  readonly country: {
    readonly both: (actors: ActorWords) => string
    readonly korea: string
    readonly other: string
  }
  /** "미국 우위" */
  readonly leads: (name: string) => string
  readonly contested: string
  /** Between the parts of a composed line: "Jensen Huang · 2025년 7월" */
  readonly separator: string
  /** Before the speaker of a quotation: "— " */
  readonly bylineDash: string
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
  /** The deck's talk: divider, agenda, closing and speaker-note words. */
  readonly talk: {
    readonly appendix: string
    readonly appendixNote: string
    readonly agenda: string
    readonly questions: string
    /** "{minutes}분 · 누적 {total}분 / {target}분" */
    readonly timing: string
    readonly source: string
    readonly analyst: string
  }
  readonly editionLabel: (edition: number) => string
  readonly asOfLabel: (date: string) => string
  readonly previousEdition: (edition: number, date: string) => string
  readonly firstEdition: string
  readonly chartTitle: string
  /** The chart's caption around its legend ("● 미국 우위, ■ 중국 우위, ◇ 경합"). */
  readonly chartCaption: (legend: string) => string
  /** Between the legend's entries: ", " */
  readonly listSeparator: string
  /** The chart's alternative text in the tagged memo PDF (chart/altText.ts). */
  readonly chartAlt: {
    /** "현재 · 기술 수준: 6개 분야 중 미국 우위 4개(…), 경합 2개(…)" */
    readonly group: (label: string, rows: number, counts: string) => string
    /** "미국 우위 4개(반도체, 모델)" */
    readonly count: (leads: string, count: number, dimensions: string) => string
    /** "단일 출처에 근거한 분야: 반도체" */
    readonly singleSource: (dimensions: string) => string
  }
  readonly seasons: Readonly<Record<'spring' | 'summer' | 'autumn' | 'winter', string>>
  readonly date: {
    readonly day: (y: number, m: number, d: number) => string
    readonly month: (y: number, m: number) => string
    readonly season: (y: number, season: string) => string
    readonly year: (y: number) => string
  }
}
