import type { ChartGeometry } from './chart/geometry.ts'
import type { DateView } from './format/date.ts'
import type { Messages } from './messages/types.ts'

/** Citation numbers of one claim, e.g. numbers [2, 5] shown as "[2, 5]". */
export interface Citation {
  readonly numbers: readonly number[]
  readonly text: string
}

/** A labelled value with its stable key, so renderers can pick a shape or pattern. */
export interface Tagged<K extends string> {
  readonly key: K
  readonly label: string
}

export interface Stamp {
  readonly edition: number
  readonly editionLabel: string
  readonly fingerprint: string
  /** "제1판 · 데이터 지문 3fa9c01b": the pair both outputs print. */
  readonly text: string
}

export interface HeaderView {
  readonly title: string
  readonly subtitle: string
  readonly classification: string
  readonly asOf: DateView
  readonly asOfText: string
  /** 수신 / 발신 / 참조 / 일자 / 제목 rows in order. */
  readonly rows: ReadonlyArray<{ readonly label: string; readonly value: string }>
  readonly issuer: string
  readonly subjectLine: string
  readonly keywords: readonly string[]
  readonly previousEdition: string
}

export interface SectionInfo {
  readonly id: SectionId
  readonly number: number
  readonly title: string
  /** "3. 미중 역량 비교" */
  readonly heading: string
}

export type SectionId =
  | 'summary'
  | 'background'
  | 'comparison'
  | 'strategies'
  | 'figures'
  | 'chart'
  | 'timeline'
  | 'quotes'
  | 'outlook'
  | 'recommendations'
  | 'implications'
  | 'sources'
  | 'changes'

export interface KeyJudgmentView {
  readonly id: string
  readonly number: number
  readonly statement: string
  readonly likelihood: Tagged<string> & { readonly range: string }
  readonly confidence: Tagged<string>
  /** "가능성 높음(55~80%) · 신뢰도 보통": the estimative line both outputs show. */
  readonly estimate: string
  readonly basis: string
  readonly dissent?: string
  readonly citation: Citation
}

export interface ContextView {
  readonly id: string
  readonly heading: string
  readonly text: string
  readonly citation: Citation
}

export interface ComparisonRowView {
  readonly id: string
  readonly dimension: string
  readonly us: string
  readonly china: string
  readonly assessment: string
  readonly leader: Tagged<'us' | 'china' | 'contested'>
  readonly citation: Citation
}

export interface ComparisonGroupView {
  readonly id: string
  readonly title: string
  readonly takeaway: string
  readonly horizon: Tagged<string>
  readonly rows: readonly ComparisonRowView[]
  /** Union of the rows' citations, for a slide footer. */
  readonly citation: Citation
}

export interface PillarView {
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly citation: Citation
}

export interface StrategyView {
  readonly country: Tagged<'us' | 'china'>
  readonly overview: string
  readonly pillars: readonly PillarView[]
  readonly citation: Citation
}

export interface FigureView {
  readonly id: string
  /** "최대 2년" */
  readonly value: string
  readonly label: string
  readonly measure: string
  readonly attribution?: string
  readonly date?: DateView
  readonly country?: string
  readonly key: boolean
  readonly citation: Citation
}

export interface TimelineEntryView {
  readonly id: string
  readonly date: DateView
  readonly title: string
  readonly detail: string
  readonly country: Tagged<string>
  readonly planned: boolean
  readonly dateBasis?: string
  readonly citation: Citation
}

export interface QuoteView {
  readonly id: string
  readonly text: string
  readonly speaker: string
  readonly role?: string
  readonly context: string
  readonly date?: DateView
  /** "— 젠슨 황, 엔비디아 CEO" */
  readonly attribution: string
  readonly citation: Citation
}

export interface HorizonView {
  readonly id: string
  readonly label: string
  readonly summary: string
  readonly us: string
  readonly china: string
  readonly citation: Citation
}

export interface DisagreementView {
  readonly id: string
  readonly topic: string
  readonly positions: ReadonlyArray<{
    readonly holder: string
    readonly view: string
    readonly citation: Citation
  }>
  readonly note?: string
}

export interface RecommendationView {
  readonly id: string
  readonly number: number
  readonly title: string
  readonly text: string
  readonly audience: Tagged<string>
  readonly origin: Tagged<'source' | 'analyst'>
  readonly citation: Citation
}

export interface ImplicationView {
  readonly id: string
  readonly number: number
  readonly title: string
  readonly text: string
  readonly origin: Tagged<'source' | 'analyst'>
  readonly citation: Citation
}

export interface SourceView {
  readonly number: number
  readonly id: string
  /** The whole endnote text, without the number. */
  readonly text: string
  readonly url?: string
  readonly kind: string
  readonly viaNumber?: number
}

export interface ChangeView {
  readonly edition: string
  readonly date: DateView
  readonly summary: string
}

/** The words that are not content, as plain strings (the view is JSON-safe). */
export type Labels = Pick<
  Messages,
  | 'sections'
  | 'header'
  | 'table'
  | 'country'
  | 'leader'
  | 'horizon'
  | 'likelihoodLabel'
  | 'confidenceLabel'
  | 'origin'
  | 'inferred'
  | 'planned'
  | 'via'
  | 'originalTitle'
  | 'basis'
  | 'dissent'
  | 'dateBasis'
  | 'figureTable'
  | 'pageOf'
>

/**
 * Everything the deck and the memo show, formatted, in order. Plain JSON: the deck
 * receives it through a Vite module, the memo in-process.
 */
export interface BriefingView {
  readonly language: string
  readonly labels: Labels
  readonly stamp: Stamp
  readonly header: HeaderView
  readonly sections: readonly SectionInfo[]
  readonly keyJudgments: readonly KeyJudgmentView[]
  readonly background: readonly ContextView[]
  readonly comparison: readonly ComparisonGroupView[]
  readonly strategies: readonly StrategyView[]
  readonly figures: readonly FigureView[]
  readonly keyFigures: readonly FigureView[]
  readonly chart: ChartGeometry
  readonly timeline: readonly TimelineEntryView[]
  readonly quotes: readonly QuoteView[]
  readonly outlook: {
    readonly horizons: readonly HorizonView[]
    readonly disagreements: readonly DisagreementView[]
  }
  readonly recommendations: readonly RecommendationView[]
  readonly implications: readonly ImplicationView[]
  readonly sources: readonly SourceView[]
  readonly changes: readonly ChangeView[]
}
