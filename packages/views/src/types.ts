import type { ChartGeometry } from './chart/geometry.ts'
import type { DateView } from './format/date.ts'
import type { Messages } from './messages/types.ts'
import type { SectionId } from './sections/registry.ts'
import type { ActorLine, Mark } from './style/palette.ts'
import type { TalkView } from './talk/talk.ts'

export type { StripGeometry, StripLabel } from './talk/strips.ts'
export type { TalkEvidence, TalkSlideView, TalkView } from './talk/talk.ts'

export type { SectionId }

/** An outlet or person a document read is cited for (재인용), under that document's number. */
export interface CitationVia {
  readonly number: number
  /** As the document names them: "월스트리트저널(WSJ)", "리스 맥과이어" */
  readonly names: readonly string[]
  /** "재인용" */
  readonly word: string
}

/**
 * The citation of one claim. Numbers are those of the documents read (the four seeds) and
 * nothing else; who a document cites is named beside its number, not numbered:
 * numbers [1, 3], text "[1, 3] (3: 리스 맥과이어 재인용)".
 */
export interface Citation {
  readonly numbers: readonly number[]
  /** What both outputs print after the claim: numbers, then who is cited second-hand. */
  readonly text: string
  /**
   * The numbers alone: "[1, 3]" (a link target, a tight table cell). The views always set
   * this and `via`; they are optional so a renderer's empty placeholder
   * ({ numbers: [], text: '' }) stays a Citation.
   */
  readonly numbersText?: string
  /** Per document number, the outlets and people it is cited for, in number order. */
  readonly via?: readonly CitationVia[]
}

/**
 * How much evidence a row or judgment rests on, computed from its sources (never typed):
 * how many of the documents read support it, of which kinds, first- or second-hand.
 */
export interface EvidenceView {
  /** single-source: one document; blog-only: one document and it is the blog; multi: two or more. */
  readonly key: 'single-source' | 'blog-only' | 'multi'
  /** "자료 1건 · 블로그", "자료 3건 · 연구기관 요약·신문(재인용)·칼럼" */
  readonly label: string
  /** The text mark next to a thin row in both tables ("블로그 1건", "자료 1건"); '' for multi. */
  readonly mark: string
  /** How many documents read support it. */
  readonly documents: number
  /** Their citation numbers. */
  readonly numbers: readonly number[]
  /** Their kinds (source kind keys: blog, news, column, think-tank-summary), in number order. */
  readonly kinds: readonly string[]
  /** Numbers of the documents cited only for an outlet or person they cite (second-hand). */
  readonly secondHand: readonly number[]
}

/** One line of the estimative key. */
export interface ScaleTermView {
  readonly key: string
  /** "가능성 비교적 높음", "신뢰도 보통" */
  readonly label: string
  /** "55~80%" (likelihood only; '' for confidence) */
  readonly range: string
  readonly meaning: string
  /** Whether a key judgment of this briefing uses it. */
  readonly used: boolean
}

/** The likelihood and confidence terms, defined once (memo page 1 or 2, deck appendix). */
export interface ScaleView {
  readonly title: string
  readonly likelihoodHeading: string
  readonly confidenceHeading: string
  readonly likelihood: readonly ScaleTermView[]
  readonly confidence: readonly ScaleTermView[]
  readonly note: string
}

/** One glossary entry (terms.yaml with glossary: true), in our own words. */
export interface GlossaryEntryView {
  readonly id: string
  readonly term: string
  readonly definition: string
}

export interface GlossaryView {
  readonly title: string
  readonly entries: readonly GlossaryEntryView[]
}

/** What the briefing is built from, for the summary and the 자료와 한계 box. */
export interface SourceBaseView {
  /** Documents read (seeds). */
  readonly documents: number
  /** Outlets and people they cite (cited second-hand, never numbered). */
  readonly mentions: number
  /** "4개 자료 기반" */
  readonly text: string
  /** "직접 읽은 공개 자료 4건(…). 이 자료들이 인용한 매체·인물 19곳은 …" */
  readonly detail: string
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
  /** The marking as printed, or '' for 없음 (nothing is printed). */
  readonly marking: string
  /** 자료 기준일 (meta `dataCutoff`, else the as-of date): the newest material used. */
  readonly dataCutoff: DateView
  /** "자료 기준일 2026년 4월 16일 · 발행일 2026년 4월 16일" */
  readonly datesLine: string
}

export interface SectionInfo {
  readonly id: SectionId
  readonly number: number
  readonly title: string
  /** "3. 미중 역량 비교", or in the annex "부록 A. 출처" */
  readonly heading: string
  /** In the annex (부록): sources, glossary, change log (registry ANNEX_IDS). */
  readonly annex: boolean
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
  /** What supports the judgment (its `sources`). */
  readonly citation: Citation
  /** The dissent's own sources, cited beside the dissent. */
  readonly dissentCitation?: Citation
  readonly evidence: EvidenceView
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
  readonly evidence: EvidenceView
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
  /** Who recommends it (a debate position's holder); absent for the older flat list. */
  readonly holder?: string
  readonly title: string
  readonly text: string
  readonly audience: Tagged<string>
  readonly origin: Tagged<'source' | 'analyst'>
  readonly citation: Citation
}

/** One voice in a debate of the sources on what the US should do (주요 논자의 대미 제언). */
export interface DebatePositionView {
  readonly id: string
  /** Its number in the flat \`recommendations\` list (the deck's and the memo's label). */
  readonly number: number
  readonly holder: string
  readonly title: string
  readonly text: string
  /** The holder's stake, "이해관계: …", when the data notes one. */
  readonly interest?: string
  readonly citation: Citation
}

/** One question with its positions side by side, and our note on how they relate. */
export interface DebateTopicView {
  readonly id: string
  readonly number: number
  readonly topic: string
  readonly positions: readonly DebatePositionView[]
  /** 분석 판단 note, as written (it begins with the words 분석 판단). */
  readonly note?: string
  readonly citation: Citation
}

/**
 * 건의 사항 (우리 정부에 대한 제언): our own action, each with lead role, instrument,
 * timing and the indicator that would change the judgment. Origin is always analyst.
 */
export interface ActionView {
  readonly id: string
  readonly number: number
  readonly title: string
  readonly text: string
  readonly lead: string
  readonly instrument: string
  readonly timing: string
  readonly indicator: string
  /** Labelled parts in order, for a compact line: [{label: '주관', value: …}, …] */
  readonly parts: ReadonlyArray<{ readonly label: string; readonly value: string }>
  readonly origin: Tagged<'analyst'>
  readonly citation: Citation
}

/** 자료와 한계: one limit of the evidence. */
export interface LimitView {
  readonly id: string
  readonly text: string
  readonly citation: Citation
}

/** The memo's front page (and the deck's bottom-line/Korea slides): all formatted. */
export interface FrontView {
  /** 한국에 대한 결론: the analysts' one paragraph for Korea, first on page 1 (absent: none). */
  readonly bottomLine?: { readonly text: string; readonly citation: Citation }
  readonly headings: {
    readonly bottomLine: string
    readonly judgments: string
    readonly implications: string
    readonly actions: string
    readonly limits: string
  }
  /** The key judgments with `front: true` (at most four), else the first four. */
  readonly judgments: readonly KeyJudgmentView[]
  /** "검토 자료: 공개 문서 4건(작성 시점 2025년 ~ 2026년 4월 16일)", computed from sources. */
  readonly documentsLine: string
  /** The same as header.datesLine. */
  readonly datesLine: string
  readonly limits: readonly LimitView[]
  /** "핵심 판단의 근거와 이견": where the memo gives every judgment's basis. */
  readonly basisHeading: string
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
  /** Never set since mentions are not numbered (kept for older renderers). */
  readonly viaNumber?: number
  /** The outlets and people this document cites that the briefing cites through it. */
  readonly mentions: readonly MentionView[]
  /** "이 자료가 인용한 매체·인물: 월스트리트저널(WSJ), …, 2025년 7월(추정) / …"; '' when none. */
  readonly mentionsText: string
}

/** An outlet or person a document read cites: its name as the document gives it, no invented title. */
export interface MentionView {
  readonly id: string
  /** "리스 맥과이어 · 전 바이든 행정부 AI 칩 수출 통제 담당, 발언, 2025년(추정)" */
  readonly text: string
}

/** The lines around the change log and on every page, composed once for both outputs. */
export interface EditionLines {
  /** "초판 · 제1판 · 데이터 지문 3fa9c01b": the change log's closing line, memo and deck */
  readonly changeLog: string
  /** "정책분석팀 · 제1판 · 데이터 지문 3fa9c01b": the former running footer (kept for the deck) */
  readonly footer: string
  /** "발행 정책분석팀 · 제1판 · 데이터 지문 3fa9c01b": the colophon line both outputs print once */
  readonly colophon: string
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
  /**
   * The title of the deck's appendix divider: the main track (the talk, the handout) is
   * every slide before the first slide with this title (issue 12).
   */
  readonly appendix: string
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
  /** Flat list: the legacy `recommendations` then every usDebate position (audience us). */
  readonly recommendations: readonly RecommendationView[]
  /** 주요 논자의 대미 제언: the debates, positions side by side. */
  readonly usDebate: readonly DebateTopicView[]
  readonly implications: readonly ImplicationView[]
  /** 건의 사항: our actions for our government. */
  readonly actions: readonly ActionView[]
  readonly front: FrontView
  /** Words for action parts and debate labels. */
  readonly frontLabels: { readonly interest: string; readonly annex: string }
  /** The documents read, numbered; each with the outlets and people it cites. */
  readonly sources: readonly SourceView[]
  /** "4개 자료 기반" and its detail line. */
  readonly sourceBase: SourceBaseView
  /** Heading of the mentions listed under each endnote: "이 자료가 인용한 매체·인물" */
  readonly mentionsHeading: string
  readonly scale: ScaleView
  readonly glossary: GlossaryView
  readonly changes: readonly ChangeView[]
  /** The deck's main track (deck.yaml), its evidence as indexes into the lists above. */
  readonly talk: TalkView
}
