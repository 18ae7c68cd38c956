/**
 * The talk's pictures as plain geometry (like ../chart): a range strip (where each
 * source puts a value, shortest first) and a timeline strip (events along a time axis).
 * The deck draws them with a thin Vue wrapper; the memo can draw the same data. Units
 * are the strip's own (viewBox 0 0 width height); marks carry shape as well as colour.
 */
import type { Shape } from '../chart/geometry.ts'
import { markShape } from '../chart/marks.ts'
import type { Mark } from '../style/palette.ts'

export interface StripLabel {
  readonly x: number
  readonly y: number
  readonly text: string
  readonly anchor: 'start' | 'middle' | 'end'
  readonly weight: 400 | 700
  readonly size: 'value' | 'caption'
}

export interface StripGeometry {
  readonly width: number
  readonly height: number
  readonly shapes: readonly Shape[]
  readonly labels: readonly StripLabel[]
}

const INK = '#1a1a1a'
const SOURCE_MARKS: readonly Mark[] = (['circle', 'square', 'triangle', 'diamond'] as const).map(
  (kind) => ({ kind, fill: '#ffffff', stroke: INK }),
)
const RULE = '#8a8f98'

/**
 * Stops in order along one axis, evenly spaced (the sources give no common unit: "몇 개월",
 * "최대 2년", "10년은 더" measure different things, so the strip orders, it does not scale).
 * Each stop: a mark of its own shape, its value above and who says it below.
 */
export function rangeStrip(
  stops: ReadonlyArray<{ readonly value: string; readonly holder: string }>,
  width = 1100,
): StripGeometry {
  const height = 190
  const axisY = 92
  const pad = width / (2 * Math.max(1, stops.length))
  const step = stops.length > 1 ? (width - 2 * pad) / (stops.length - 1) : 0
  const shapes: Shape[] = [
    { kind: 'line', x1: 8, y1: axisY, x2: width - 24, y2: axisY, stroke: INK, strokeWidth: 3 },
    // An arrow head: the axis runs from shorter to longer.
    {
      kind: 'polygon',
      points: `${width - 24},${axisY - 10} ${width - 4},${axisY} ${width - 24},${axisY + 10}`,
      fill: INK,
      stroke: INK,
      strokeWidth: 1,
    },
  ]
  const labels: StripLabel[] = []
  stops.forEach((s, i) => {
    const x = pad + i * step
    // Sources, not actors: ink marks of different shapes, so no stop reads as 미국 or 중국.
    shapes.push(markShape(SOURCE_MARKS[i % SOURCE_MARKS.length] as Mark, x, axisY, 14))
    labels.push({ x, y: axisY - 34, text: s.value, anchor: 'middle', weight: 700, size: 'value' })
    labels.push({
      x,
      y: axisY + 50,
      text: s.holder,
      anchor: 'middle',
      weight: 400,
      size: 'caption',
    })
  })
  return { width, height, shapes, labels }
}

/**
 * Events on a time axis by their earliest day (DateView.iso); events on the same day
 * or too close alternate above and below the axis so their labels never collide.
 */
export function timelineStrip(
  events: ReadonlyArray<{
    readonly iso: string
    readonly date: string
    readonly title: string
    readonly mark: Mark
  }>,
  width = 1100,
): StripGeometry {
  const height = 300
  const axisY = 150
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000
  const days = events.map((e) => day(e.iso))
  const first = Math.min(...days)
  const last = Math.max(...days)
  const pad = 150
  const span = last - first
  // Evenly spaced when the span is zero or the dates crowd: order is what the eye needs.
  const xs = events.map((_, i) =>
    span === 0 || events.length < 2
      ? pad + (i * (width - 2 * pad)) / Math.max(1, events.length - 1)
      : pad + (((days[i] as number) - first) / span) * (width - 2 * pad),
  )
  // Labels are about 300 units wide: when two events crowd (the same month), the strip
  // orders them evenly instead of scaling, so no label or mark hides another.
  const crowded = xs.some((x, i) => i > 0 && x - (xs[i - 1] as number) < 300)
  if (crowded)
    xs.forEach((_, i) => {
      xs[i] = pad + (i * (width - 2 * pad)) / Math.max(1, events.length - 1)
    })
  const shapes: Shape[] = [
    { kind: 'line', x1: 20, y1: axisY, x2: width - 20, y2: axisY, stroke: RULE, strokeWidth: 3 },
  ]
  const labels: StripLabel[] = []
  events.forEach((e, i) => {
    const x = xs[i] as number
    const up = i % 2 === 0
    const tick = up ? axisY - 22 : axisY + 22
    shapes.push({ kind: 'line', x1: x, y1: axisY, x2: x, y2: tick, stroke: RULE, strokeWidth: 2 })
    shapes.push(markShape(e.mark, x, axisY, 12))
    const y = up ? axisY - 110 : axisY + 50
    labels.push({ x, y, text: e.date, anchor: 'middle', weight: 700, size: 'caption' })
    labels.push({ x, y: y + 32, text: e.title, anchor: 'middle', weight: 400, size: 'caption' })
  })
  return { width, height, shapes, labels }
}

/**
 * The estimative scale as a bar of seven steps with the judgment's step filled and
 * marked by a triangle (readable in grey print); labels are the view's words.
 */
export function likelihoodScale(step: number, steps = 7, width = 420): StripGeometry {
  const height = 36
  const w = width / steps
  const shapes: Shape[] = []
  for (let i = 0; i < steps; i++)
    shapes.push({
      kind: 'rect',
      x: i * w + 1,
      y: 12,
      width: w - 2,
      height: 16,
      fill: i === step ? INK : i < step ? '#b9bec7' : '#eceef1',
      stroke: INK,
      strokeWidth: 1,
    })
  const cx = step * w + w / 2
  shapes.push({
    kind: 'polygon',
    points: `${cx - 8},0 ${cx + 8},0 ${cx},10`,
    fill: INK,
    stroke: INK,
    strokeWidth: 1,
  })
  return { width, height, shapes, labels: [] }
}
