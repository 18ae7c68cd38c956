/**
 * Chart geometry as plain data: computed once here, drawn by a thin Vue wrapper in
 * the deck and a thin React-PDF wrapper in the memo, so both draw the same picture.
 * Coordinates are in the chart's own units (viewBox 0 0 width height).
 */
export type Shape =
  | {
      readonly kind: 'rect'
      readonly x: number
      readonly y: number
      readonly width: number
      readonly height: number
      readonly fill: string
      readonly stroke?: string
      readonly strokeWidth?: number
      /** A dashed outline ("2 1.5"): a marker drawn for a row that rests on one document. */
      readonly dash?: string
    }
  | {
      readonly kind: 'line'
      readonly x1: number
      readonly y1: number
      readonly x2: number
      readonly y2: number
      readonly stroke: string
      readonly strokeWidth: number
      readonly dash?: string
    }
  | {
      readonly kind: 'circle'
      readonly cx: number
      readonly cy: number
      readonly r: number
      readonly fill: string
      readonly stroke: string
      readonly strokeWidth: number
      readonly dash?: string
    }
  | {
      readonly kind: 'polygon'
      /** "x,y x,y …" as SVG wants it */
      readonly points: string
      readonly fill: string
      readonly stroke: string
      readonly strokeWidth: number
      readonly dash?: string
    }
  | {
      readonly kind: 'text'
      readonly x: number
      readonly y: number
      readonly text: string
      readonly fontSize: number
      readonly fontWeight: 400 | 700
      readonly anchor: 'start' | 'middle' | 'end'
      readonly fill: string
    }

export interface ChartGeometry {
  readonly width: number
  readonly height: number
  readonly title: string
  readonly caption: string
  /** Text alternative: one line per row, for screen readers and text extraction. */
  readonly description: readonly string[]
  /** The chart's alternative text (tagged memo PDF): per group, who leads how many rows. */
  readonly alt: string
  readonly shapes: readonly Shape[]
}

/** Advance width of a label in em of Pretendard: the one width table (style/textWidth.ts). */
export { textEm as estimateEm } from '../style/textWidth.ts'
