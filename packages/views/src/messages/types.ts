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
  /** The memo's front page (issue 13): its block headings and the action's labels. */
  readonly front: {
    /** The heading of the bottom line for Korea, first on page 1. */
    readonly bottomLine: string
    readonly judgments: string
    readonly implications: string
    readonly actions: string
    readonly limits: string
    readonly lead: string
    readonly instrument: string
    readonly timing: string
    readonly indicator: string
    readonly interest: string
    /** "검토 자료 공개 문서 4건 · 작성 시점 2025년 ~ 2026년 4월 16일" */
    readonly documents: (count: number, from: string, to: string) => string
    /** "자료 기준일 2026년 4월 16일 · 발행일 2026년 4월 16일" */
    readonly dates: (cutoff: string, issued: string) => string
    /** The heading of the judgments' basis and dissent after the front page. */
    readonly basisHeading: string
  }
  /** The annex: its divider heading, and an annex section's heading ("부록 A. 출처"). */
  readonly annex: {
    readonly title: string
    /** letter: "A", "B", … (the views letter the annex sections in order). */
    readonly heading: (letter: string, title: string) => string
  }
  /** "발행 정책분석팀 · 제1판 · 데이터 지문 3fa9c01b": both outputs' colophon line. */
  readonly colophon: (issuer: string, stamp: string) => string
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
    /** The bottom line's notes: the key judgments no main-track slide shows, and where ({where}). */
    readonly notOnTalk: string
    /** Above the closing slide's ask: the first decision requested. */
    readonly firstAsk: string
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
    /** "자료 1건에만 근거한 분야: 반도체" */
    readonly singleSource: (dimensions: string) => string
    /** "블로그 1건에만 근거한 분야: 수익성" */
    readonly blogOnly: (dimensions: string) => string
  }
  /** The estimative key: what each likelihood word and confidence level means. */
  readonly scale: {
    readonly title: string
    readonly likelihoodHeading: string
    readonly confidenceHeading: string
    readonly likelihoodMeaning: Readonly<Record<Likelihood, string>>
    readonly confidenceMeaning: Readonly<Record<Confidence, string>>
    /** One line under the key: likelihood and confidence are separate judgments. */
    readonly note: string
  }
  /** The evidence base of a row or judgment, computed from its sources. */
  readonly evidence: {
    /** "자료 2건" */
    readonly documents: (count: number) => string
    /** The kind of a document read, short: "블로그", "신문", "칼럼", "연구기관 요약" */
    readonly kind: Readonly<Record<SourceKind, string>>
    /** After a kind reached only through an outlet or person it cites: "(재인용)" */
    readonly secondHand: string
    /** The text mark next to a thin row in the tables; '' for a well-sourced one */
    readonly mark: { readonly 'single-source': string; readonly 'blog-only': string }
    /** The chart legend's entry for thin rows */
    readonly legend: string
    /** "(2025년 기준, 블로그)": a blog's snapshot labelled with its date */
    readonly snapshot: (date: string, kind: string) => string
    /** "4개 자료 기반" */
    readonly basedOn: (count: number) => string
    /** "직접 읽은 자료 4건(…), 이 자료들이 인용한 매체·인물 19곳(재인용)" */
    readonly summary: (documents: number, kinds: string, mentions: number) => string
    /** Endnote heading of the outlets and people a document cites */
    readonly mentionsHeading: string
    /** Between two mentions in an endnote: " / " */
    readonly mentionSeparator: string
  }
  readonly seasons: Readonly<Record<'spring' | 'summer' | 'autumn' | 'winter', string>>
  readonly date: {
    readonly day: (y: number, m: number, d: number) => string
    readonly month: (y: number, m: number) => string
    readonly season: (y: number, season: string) => string
    readonly year: (y: number) => string
  }
}
