import type { Mark } from '../style/palette.ts'
import type { Shape } from './geometry.ts'

/** The dash of a thin row's marker outline, in chart units. */
export const THIN_DASH = '2.5 1.5'

/**
 * The same mark hollow with a dashed outline: how the chart draws a row that rests on
 * one document (or the blog alone). Shape and outline carry it, not colour.
 */
export function thinMark(mark: Mark): Mark {
  return { ...mark, fill: '#ffffff' }
}

/** A mark's shape with a dashed outline (a thin row's marker). */
export function dashed(shape: Shape): Shape {
  return shape.kind === 'line' || shape.kind === 'text'
    ? shape
    : { ...shape, dash: THIN_DASH, strokeWidth: 1.5 }
}

/**
 * A mark centred at (cx, cy) with "radius" r, as one shape: the chart draws it at its
 * size, and the deck's and the memo's leader markers draw the same shape at text size.
 * The square and the diamond are sized so that all four look equally heavy.
 */
export function markShape(mark: Mark, cx: number, cy: number, r: number): Shape {
  const strokeWidth = mark.kind === 'diamond' ? 1.5 : 1
  switch (mark.kind) {
    case 'circle':
      return { kind: 'circle', cx, cy, r, fill: mark.fill, stroke: mark.stroke, strokeWidth }
    case 'square':
      return {
        kind: 'rect',
        x: cx - r + 0.5,
        y: cy - r + 0.5,
        width: 2 * r - 1,
        height: 2 * r - 1,
        fill: mark.fill,
        stroke: mark.stroke,
        strokeWidth,
      }
    case 'triangle': {
      const h = r * 1.1
      return {
        kind: 'polygon',
        points: `${cx},${cy - h} ${cx + h},${cy + h * 0.8} ${cx - h},${cy + h * 0.8}`,
        fill: mark.fill,
        stroke: mark.stroke,
        strokeWidth,
      }
    }
    case 'diamond':
      return {
        kind: 'polygon',
        points: `${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`,
        fill: mark.fill,
        stroke: mark.stroke,
        strokeWidth,
      }
  }
}
