/**
 * What the briefing shows, formatted once for both outputs:
 *   validated Dataset → buildBriefing() → BriefingView → deck (Vue) and memo (React-PDF).
 * Renderers read only BriefingView; they never format a number or a date themselves.
 */

export type { AtomKind, FactAtom, FactItem } from './atoms.ts'
export { buildBriefing, SECTION_ORDER } from './briefing.ts'
export { type ChartGeometry, estimateEm, type Shape } from './chart/geometry.ts'
export { leadershipChart } from './chart/leadershipChart.ts'
export { markShape } from './chart/marks.ts'
export { formatCitation, unionCitation } from './citationText.ts'
export { factItems } from './facts.ts'
export { type DateView, formatDate } from './format/date.ts'
export { formatFigureValue, formatNumber } from './format/figure.ts'
export { type Messages, messagesFor } from './messages/index.ts'
export { headingWithPage, pageOf, sectionHeading } from './pageText.ts'
export { SECTION_IDS, SECTIONS, type SectionSpec } from './sections/registry.ts'
export {
  DECK_SHORT_FORM,
  type DeckPlacement,
  MEMO_ONLY,
  type ShownString,
  stringsBothShow,
} from './shownIn.ts'
export {
  ACTOR_LINES,
  type ActorLine,
  CONTESTED_MARK,
  MARK_GLYPH,
  MARKER_BOX,
  type Mark,
  type MarkKind,
  PALETTE,
} from './style/palette.ts'
export { TALK_CHART_FONT } from './talk/talk.ts'
export type * from './types.ts'
