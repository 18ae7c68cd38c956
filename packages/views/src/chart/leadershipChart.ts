import type { Messages } from '../messages/types.ts'
import type { ComparisonGroupView } from '../types.ts'
import { CHART_COLOURS } from './colours.ts'
import { type ChartGeometry, estimateEm, type Shape } from './geometry.ts'

/** Layout constants of the chart, in chart units. */
const W = 720
const LABEL_W = 270
const COL_W = (W - LABEL_W) / 3
const HEAD_H = 34
const GROUP_H = 28
const ROW_H = 26
const LEGEND_H = 34
const FONT = 12
const MIN_FONT = 9
/** Line advance of a label wrapped at MIN_FONT, and the padding around its lines. */
const WRAP_LINE = 11
const WRAP_PAD = 8

const COLUMN_OF = { us: 0, contested: 1, china: 2 } as const

/**
 * Who leads on each compared dimension, grouped by horizon (current, medium-long
 * term): one row per dimension, a marker in the 미국 우위 / 경합 / 중국 우위 column.
 * Shape carries the meaning (circle, square, diamond), so it survives a B/W print.
 */
export function leadershipChart(
  groups: readonly ComparisonGroupView[],
  m: Messages,
): ChartGeometry {
  const shapes: Shape[] = []
  const description: string[] = []
  const colX = (i: number) => LABEL_W + COL_W * i + COL_W / 2
  const order = ['us', 'contested', 'china'] as const

  order.forEach((key, i) => {
    shapes.push(text(colX(i), HEAD_H - 12, m.leader[key], FONT, 700, 'middle', CHART_COLOURS.ink))
  })
  let y = HEAD_H
  const gridTop = y
  for (const group of groups) {
    // "현재 · 현재 기술 수준" says the horizon twice: keep the title alone when it starts with it.
    const groupLabel: string = group.title.startsWith(group.horizon.label)
      ? group.title
      : `${group.horizon.label} · ${group.title}`
    const groupText = label(groupLabel, W - 16, GROUP_H)
    shapes.push({
      kind: 'rect',
      x: 0,
      y,
      width: W,
      height: groupText.height,
      fill: CHART_COLOURS.band,
    })
    shapes.push(...labelShapes(groupText, y, 700))
    y += groupText.height
    for (const row of group.rows) {
      const rowText = label(row.dimension, LABEL_W - 16, ROW_H)
      const cy = y + rowText.height / 2
      shapes.push(...labelShapes(rowText, y, 400))
      shapes.push(marker(row.leader.key, colX(COLUMN_OF[row.leader.key]), cy))
      shapes.push({
        kind: 'line',
        x1: 0,
        y1: y + rowText.height,
        x2: W,
        y2: y + rowText.height,
        stroke: CHART_COLOURS.grid,
        strokeWidth: 0.5,
      })
      description.push(`${group.horizon.label} ${row.dimension}: ${row.leader.label}`)
      y += rowText.height
    }
  }
  for (let i = 1; i < 3; i++) {
    const x = LABEL_W + COL_W * i
    shapes.push({
      kind: 'line',
      x1: x,
      y1: gridTop,
      x2: x,
      y2: y,
      stroke: CHART_COLOURS.grid,
      strokeWidth: 0.75,
      dash: '3 3',
    })
  }
  shapes.push({
    kind: 'line',
    x1: LABEL_W,
    y1: gridTop,
    x2: LABEL_W,
    y2: y,
    stroke: CHART_COLOURS.muted,
    strokeWidth: 0.75,
  })

  // Legend: the same shapes with their words.
  const ly = y + LEGEND_H / 2 + 4
  order.forEach((key, i) => {
    const x = LABEL_W + COL_W * i + 16
    shapes.push(marker(key, x, ly - 4))
    shapes.push(text(x + 14, ly, m.leader[key], FONT - 1, 400, 'start', CHART_COLOURS.muted))
  })
  return {
    width: W,
    height: y + LEGEND_H,
    title: m.chartTitle,
    caption: m.chartCaption,
    description,
    shapes,
  }
}

function marker(key: 'us' | 'china' | 'contested', cx: number, cy: number): Shape {
  const r = 7
  switch (key) {
    case 'us':
      return {
        kind: 'circle',
        cx,
        cy,
        r,
        fill: CHART_COLOURS.us,
        stroke: CHART_COLOURS.us,
        strokeWidth: 1,
      }
    case 'china':
      return {
        kind: 'rect',
        x: cx - r + 0.5,
        y: cy - r + 0.5,
        width: 2 * r - 1,
        height: 2 * r - 1,
        fill: CHART_COLOURS.china,
        stroke: CHART_COLOURS.china,
        strokeWidth: 1,
      }
    case 'contested':
      return {
        kind: 'polygon',
        points: `${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`,
        fill: CHART_COLOURS.contested,
        stroke: CHART_COLOURS.ink,
        strokeWidth: 1.5,
      }
  }
}

function text(
  x: number,
  y: number,
  value: string,
  fontSize: number,
  fontWeight: 400 | 700,
  anchor: 'start' | 'middle' | 'end',
  fill: string,
): Shape {
  return { kind: 'text', x, y, text: value, fontSize, fontWeight, anchor, fill }
}

/** Largest font size (down to MIN_FONT) at which a label fits its width. */
function fit(label: string, width: number, size: number): number {
  const em = estimateEm(label)
  return Math.max(MIN_FONT, Math.min(size, Math.floor((width / em) * 10) / 10))
}

interface Label {
  readonly lines: readonly string[]
  readonly fontSize: number
  /** Height of the band or row that holds it. */
  readonly height: number
}

/**
 * A label in a band `width` wide: one line at the largest size that fits (down to
 * MIN_FONT) in a band of the usual `height`; a label too long even at MIN_FONT wraps at
 * spaces onto more lines and its band grows, so no label runs into the columns beside it.
 */
function label(value: string, width: number, height: number): Label {
  const fontSize = fit(value, width, FONT)
  if (estimateEm(value) * fontSize <= width) return { lines: [value], fontSize, height }
  const lines = wrap(value, width / MIN_FONT)
  return {
    lines,
    fontSize: MIN_FONT,
    height: Math.max(height, lines.length * WRAP_LINE + 2 * WRAP_PAD),
  }
}

/** The text shapes of a label whose band starts at `top`, its lines centred in the band. */
function labelShapes(l: Label, top: number, weight: 400 | 700): Shape[] {
  if (l.lines.length === 1)
    return [
      text(
        8,
        top + l.height / 2 + 4,
        l.lines[0] as string,
        l.fontSize,
        weight,
        'start',
        CHART_COLOURS.ink,
      ),
    ]
  const first = top + (l.height - l.lines.length * WRAP_LINE) / 2
  return l.lines.map((line, i) =>
    text(
      8,
      first + i * WRAP_LINE + WRAP_LINE / 2 + 3,
      line,
      l.fontSize,
      weight,
      'start',
      CHART_COLOURS.ink,
    ),
  )
}

/** Greedy line breaking at spaces within `widthEm`; a word wider than a line is cut. */
function wrap(value: string, widthEm: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of value.trim().split(/\s+/)) {
    const joined = line ? `${line} ${word}` : word
    if (estimateEm(joined) <= widthEm) {
      line = joined
      continue
    }
    if (line) lines.push(line)
    line = ''
    let rest = word
    while (estimateEm(rest) > widthEm) {
      let cut = rest.length - 1
      while (cut > 1 && estimateEm(rest.slice(0, cut)) > widthEm) cut--
      lines.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    line = rest
  }
  if (line) lines.push(line)
  return lines
}
