/**
 * Layout constants of the deck, in px on the 1280×720 canvas. The components draw with
 * these numbers (as CSS variables) and the slide plan estimates heights with the same
 * numbers, so a page is cut where it would overflow. Change a size here, not in a .vue file.
 */

export const CANVAS = { width: 1280, height: 720 } as const

export const FRAME = {
  padX: 48,
  markingHeight: 40,
  titleTop: 10,
  titleFont: 30,
  titleLine: 40,
  ruleTop: 10,
  ruleHeight: 3,
  ruleBottom: 16,
  footerHeight: 44,
  bodyBottom: 8,
  /** What the estimate keeps free at the bottom of every page, for its own error. */
  slack: 10,
} as const

export const BODY_WIDTH = CANVAS.width - 2 * FRAME.padX

/** Height left for the body under a title of `titleLines` lines. */
export function bodyHeight(titleLines: number): number {
  const f = FRAME
  return (
    CANVAS.height -
    f.markingHeight -
    f.titleTop -
    titleLines * f.titleLine -
    f.ruleTop -
    f.ruleHeight -
    f.ruleBottom -
    f.bodyBottom -
    f.footerHeight -
    f.slack
  )
}

/** The body text sizes: nothing a reader must read is below 18 px. */
export const TEXT = {
  body: { font: 19, line: 26 },
  lead: { font: 20, line: 28 },
  strong: { font: 22, line: 30 },
} as const

/** A table cell: text sizes and padding on each side. */
export const TABLE = {
  font: 19,
  line: 26,
  padX: 10,
  padY: 8,
  headFont: 19,
  headHeight: 42,
  border: 1,
} as const

export const JUDGMENTS = {
  badge: 44,
  gap: 18,
  padY: 12,
  statement: TEXT.strong,
  metaGap: 6,
  meta: TEXT.body,
} as const

/**
 * Comparison table columns: dimension, one per actor, assessment, leader; the actors
 * and the assessment share what the dimension and leader columns leave (290 px each
 * with two actors).
 */
export const COMPARISON = {
  dimension: 170,
  leader: 144,
  columns(actors: number): number[] {
    const shared = (BODY_WIDTH - this.dimension - this.leader) / (actors + 1)
    return [this.dimension, ...Array.from({ length: actors + 1 }, () => shared), this.leader]
  },
} as const

export const TIMELINE = {
  dateWidth: 220,
  railWidth: 40,
  padY: 8,
  date: TEXT.body,
  title: TEXT.lead,
  detail: TEXT.body,
  titleGap: 2,
} as const

/** Outlook table columns: horizon, summary, one per actor (322 px each with two). */
export const HORIZONS = {
  label: 160,
  summary: 380,
  columns(actors: number): number[] {
    const each = (BODY_WIDTH - this.label - this.summary) / actors
    return [this.label, this.summary, ...Array.from({ length: actors }, () => each)]
  },
} as const

export const DISAGREEMENTS = {
  topic: TEXT.strong,
  topicBottom: 8,
  holderWidth: 250,
  position: TEXT.body,
  positionPadY: 6,
  note: TEXT.body,
  noteTop: 6,
  blockGap: 20,
} as const

export const RECOMMENDATIONS = {
  badge: 44,
  gap: 18,
  padY: 11,
  title: TEXT.strong,
  tags: TEXT.body,
  tagsGap: 4,
  text: { font: 19, line: 27 },
  textGap: 4,
  /** An action's labelled parts (주관, 수단, 시기, 판단 변경 지표): appendix size, 14 pt. */
  part: { font: 19, line: 26 },
} as const

export const SOURCES = { numberWidth: 58, padY: 5, text: TEXT.body } as const

export const BACKGROUND = {
  heading: { font: 21, line: 30 },
  text: TEXT.body,
  padY: 10,
  textGap: 4,
} as const

/** The indent includes the 5 px country bar on the left. */
export const PILLARS = {
  title: TEXT.lead,
  summary: TEXT.body,
  padY: 9,
  textGap: 2,
  indent: 23,
} as const

/** Full figures table, as the memo's: value; figure · meaning; who · when · whose with citations. */
export const FIGURE_TABLE = { columns: [170, 654, 360] } as const

export const QUOTES = {
  text: TEXT.lead,
  meta: TEXT.body,
  padY: 11,
  metaGap: 4,
  indent: 28,
} as const

/**
 * 추정 표현의 뜻 (the estimative key): a row per term, label · band · meaning, under its
 * scale's heading; the key's note above. All at reading size (19 px and up).
 */
export const SCALE = {
  columns: [300, 140, 744],
  text: TEXT.body,
  heading: { font: 21, line: 30 },
  headingGap: 4,
  note: TEXT.body,
  noteGap: 10,
  padX: 10,
  padY: 6,
} as const

/** 용어 해설 (glossary) table: term, definition (one line of our own words). */
export const GLOSSARY = { columns: [300, 884] } as const

/** Change log table: edition, date, summary. */
export const CHANGES = { columns: [150, 240, 794] } as const

/** The CSS variables a component sets from a group of numbers, as `--name: 12px`. */
export function cssVars(
  prefix: string,
  values: Readonly<Record<string, number>>,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(values)) out[`--${prefix}-${k}`] = `${v}px`
  return out
}

/** `grid-template-columns` for fixed column widths. */
export function gridColumns(widths: readonly number[]): string {
  return widths.map((w) => `${w}px`).join(' ')
}

/** CSS variables of a text style: `--<name>-font` and `--<name>-line`. */
export function textVars(
  name: string,
  t: { readonly font: number; readonly line: number },
): Record<string, string> {
  return { [`--${name}-font`]: `${t.font}px`, [`--${name}-line`]: `${t.line}px` }
}

/**
 * The main track (the talk): read from the back of a room. 18 pt on a 960 pt slide is
 * 24 px on this 1280 px canvas, the smallest text outside the running header and
 * footer; the headline is 34 px (two lines at most, deck.yaml's check and the plan).
 */
export const TALK = {
  minFont: 24,
  headline: { font: 34, line: 44 },
  text: { font: 24, line: 32 },
  strong: { font: 28, line: 36 },
  figure: { font: 60, line: 68 },
  quote: { font: 38, line: 52 },
  /** The comparison chart's height at most: the body under a two-line headline. */
  chartHeight: 470,
  maxWords: 40,
} as const

/** The appendix: 14 pt on a 960 pt slide is 18.7 px; reading text is 19 px and up. */
export const APPENDIX = { minFont: 18.7 } as const
