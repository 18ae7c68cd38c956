import type { ChartGeometry } from './chart/geometry.ts'
import type { DateView } from './format/date.ts'
import type { Messages } from './messages/types.ts'
import type { SectionId } from './sections/registry.ts'
import type { ActorLine, Mark } from './style/palette.ts'
import type { TalkView } from './talk/talk.ts'

export type { StripGeometry, StripLabel } from './talk/strips.ts'
export type { TalkEvidence, TalkSlideView, TalkView } from './talk/talk.ts'

export type { SectionId }

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
  /** "미중 AI 패권 경쟁 · 최첨단 …": the memo's running header */
  readonly runningTitle: string
  /** "2026년 4월 16일 기준 · 초판": under the memo's header block */
  readonly asOfLine: string
}

export interface SectionInfo {
  readonly id: SectionId
  readonly number: number
  readonly title: string
  /** "3. 미중 역량 비교" */
  readonly heading: string
}

/** One actor of the briefing (meta.yaml `actors`), with what both outputs draw for it. */
export interface ActorView {
  readonly key: string
  readonly name: string
  readonly short: string
  /** "미국 우위" */
  readonly leads: string
  readonly mark: Mark
  /** The colour of its headings and rules (the mark's fill). */
  readonly colour: string
  readonly line: ActorLine
}

/** What one actor's column of a row says. */
export interface ActorTextView {
  readonly actor: string
  readonly text: string
}

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
  /** One text per actor, in meta.yaml order. */
  readonly positions: readonly ActorTextView[]
  readonly assessment: string
  /** An actor's key or "contested", its words ("미국 우위") and its mark. */
  readonly leader: Tagged<string> & { readonly mark: Mark }
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
  readonly country: Tagged<string> & { readonly actor: ActorView }
  /** "양국의 전략 · 미국": the heading of this actor's pillars in the deck's backup */
  readonly title: string
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
  /** The actor the figure is about, when it is one actor's (not "both"). */
  readonly actor?: string
  /** "Jensen Huang · 2025년 7월 · 미국": who says so, when, whose; both outputs print it. */
  readonly meta: string
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
  /** "젠슨 황, 엔비디아 CEO" */
  readonly attribution: string
  /** The line under the quotation, both outputs: "— 젠슨 황, 엔비디아 CEO · 2025년 11월 5일" */
  readonly byline: string
  readonly citation: Citation
}

export interface HorizonView {
  readonly id: string
  readonly label: string
  readonly summary: string
  readonly positions: readonly ActorTextView[]
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

/** The lines around the change log and on every page, composed once for both outputs. */
export interface EditionLines {
  /** "초판 · 제1판 · 데이터 지문 3fa9c01b": the change log's closing line, memo and deck */
  readonly changeLog: string
  /** "정책분석팀 · 제1판 · 데이터 지문 3fa9c01b": the memo's running footer */
  readonly footer: string
}

export interface ChangeView {
  readonly edition: string
  readonly date: DateView
  readonly summary: string
}

/** The PDF document information both PDFs carry (title, subject, author, keywords). */
export interface DocumentInfo {
  readonly title: string
  readonly subject: string
  readonly author: string
  readonly keywords: readonly string[]
  /** The keywords as one string, as both PDFs store them */
  readonly keywordsText: string
  readonly language: string
}

/** The words that are not content, as plain strings (the view is JSON-safe). */
export type Labels = Pick<
  Messages,
  | 'header'
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
  | 'pageOf'
  | 'separator'
> & {
  readonly sections: Readonly<Record<SectionId | 'disagreements', string>>
  readonly table: {
    readonly dimension: string
    readonly assessment: string
    readonly leader: string
  }
  /** Actor ids and both / korea / other → "미국", "미중 공통", … */
  readonly country: Readonly<Record<string, string>>
  /** Actor ids and contested → "미국 우위", "경합" */
  readonly leader: Readonly<Record<string, string>>
  /** The figure table's column heads: "값", "수치 · 의미", "주체 · 시점 · 출처" */
  readonly figureTable: { readonly value: string; readonly what: string; readonly meta: string }
}

/**
 * Everything the deck and the memo show, formatted, in order. Plain JSON: the deck
 * receives it through a Vite module, the memo in-process.
 */
export interface BriefingView {
  readonly language: string
  readonly labels: Labels
  readonly stamp: Stamp
  readonly header: HeaderView
  readonly editionLines: EditionLines
  readonly document: DocumentInfo
  readonly actors: readonly ActorView[]
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
  /** The deck's main track (deck.yaml), its evidence as indexes into the lists above. */
  readonly talk: TalkView
}
