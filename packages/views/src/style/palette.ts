/**
 * The shared visual constants of both outputs, in one place: the neutral palette and
 * the marks that say who leads. Actor colours come from the dataset (meta.yaml
 * `actors`); these are the colours that are not about an actor.
 *
 * muted is #545454 for both outputs (the deck had #545454, the memo and the chart
 * #5c5c5c): on white it has 7.6:1 (WCAG AAA) and on the band grey #f1f1f1 6.7:1,
 * where #5c5c5c had 6.7:1 and 5.9:1.
 */
export const PALETTE = {
  /** The briefing's accent (headings, numbers, rules): not an actor's colour. */
  accent: '#1f3a5f',
  accentSoft: '#e8edf3',
  ink: '#1a1a1a',
  muted: '#545454',
  grid: '#c8c8c8',
  band: '#f1f1f1',
  /** Fill of the "contested" diamond: hollow, outlined in ink. */
  contested: '#ffffff',
} as const

/** Mark shapes: an actor's (meta.yaml `marker`) and the diamond of "contested". */
export type MarkKind = 'circle' | 'square' | 'triangle' | 'diamond'

/** A mark as plain data: the chart, the tables and the cards draw it the same way. */
export interface Mark {
  readonly kind: MarkKind
  readonly fill: string
  readonly stroke: string
}

export const CONTESTED_MARK: Mark = {
  kind: 'diamond',
  fill: PALETTE.contested,
  stroke: PALETTE.ink,
}

/** The glyph of each mark in running text (the chart's caption): the font has all four. */
export const MARK_GLYPH: Readonly<Record<MarkKind, string>> = {
  circle: '●',
  square: '■',
  triangle: '▲',
  diamond: '◇',
}

/**
 * Line style of an actor's rules (card top bars, pillar bars), by its place in
 * meta.yaml: a second cue beside colour, for black-and-white print.
 */
export const ACTOR_LINES = ['solid', 'double', 'dashed'] as const
export type ActorLine = (typeof ACTOR_LINES)[number]

/**
 * A leader marker beside its words (tables, cards): the mark drawn in a box of
 * `size` units with "radius" r, scaled to the text by each renderer.
 */
export const MARKER_BOX = { size: 20, r: 8.5 } as const
