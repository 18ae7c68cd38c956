import type { Messages } from '../messages/types.ts'
import { CONTESTED_MARK, MARK_GLYPH, type Mark, PALETTE } from '../style/palette.ts'
import type { ActorView, ComparisonGroupView } from '../types.ts'
import { type ChartAltGroup, type ChartAltRow, chartAltText } from './altText.ts'
import { type ChartGeometry, estimateEm, type Shape } from './geometry.ts'
import { dashed, markShape, thinMark } from './marks.ts'

/** Layout constants of the chart, in chart units. */
const W = 720
const LABEL_W = 270
const HEAD = 34
const GROUP = 28
const ROW = 26
const LEGEND = 34
// At the memo's scale (the text column over W, about 0.67) the smallest label, MIN_FONT,
// prints at 8 pt, the least a chart label may be (issue 13: 9 units printed at 6 pt).
const FONT = 13
const MIN_FONT = 12
/** Line advance of a label wrapped at MIN_FONT, and the padding around its lines. */
const WRAP_LINE = 14
const WRAP_PAD = 8

interface Column {
  readonly key: string
  readonly label: string
  readonly mark: Mark
}

/**
 * The chart's columns: with two actors "contested" stands between them (미국 우위 / 경합
 * / 중국 우위), with three it comes last.
 */
function columnsOf(actors: readonly ActorView[], m: Messages): Column[] {
  const cols = actors.map((a) => ({ key: a.key, label: a.leads, mark: a.mark }))
  const contested = { key: 'contested', label: m.contested, mark: CONTESTED_MARK }
  return cols.length === 2
    ? [cols[0] as Column, contested, cols[1] as Column]
    : [...cols, contested]
}

/**
 * Who leads on each compared dimension, grouped by horizon (current, medium-long
 * term): one row per dimension, a marker in the column of who leads (or 경합).
 * Shape carries the meaning (each actor's marker, a hollow diamond for contested),
 * so it survives a B/W print. `font` (default 12 units) sets the type size, and with it
 * every height and mark, in the same 720-unit width: the talk draws one group at 15 so
 * its labels are 24 px on a slide (issue 12), the memo and the appendix at 12.
 */
export function leadershipChart(
  groups: readonly ComparisonGroupView[],
  actors: readonly ActorView[],
  m: Messages,
  font: number = FONT,
): ChartGeometry {
  const k = font / FONT
  const HEAD_H = HEAD * k
  const GROUP_H = GROUP * k
  const ROW_H = ROW * k
  const LEGEND_H = LEGEND * k
  const MARK_R = MARK * k
  const size: Sizes = { font, min: MIN_FONT * k, line: WRAP_LINE * k, pad: WRAP_PAD * k, k }
  const shapes: Shape[] = []
  const description: string[] = []
  const drawn: ChartAltGroup[] = []
  const columns = columnsOf(actors, m)
  const COL_W = (W - LABEL_W) / columns.length
  const colX = (i: number) => LABEL_W + COL_W * i + COL_W / 2
  const columnOf = (key: string) =>
    Math.max(
      0,
      columns.findIndex((c) => c.key === key),
    )

  columns.forEach((col, i) => {
    shapes.push(text(colX(i), HEAD_H - 12 * k, col.label, font, 700, 'middle', PALETTE.ink))
  })
  let y = HEAD_H
  const gridTop = y
  for (const group of groups) {
    // "현재 · 현재 기술 수준" says the horizon twice: keep the title alone when it starts with it.
    const groupLabel: string = group.title.startsWith(group.horizon.label)
      ? group.title
      : `${group.horizon.label} · ${group.title}`
    const groupText = label(groupLabel, W - 16, GROUP_H, size)
    shapes.push({
      kind: 'rect',
      x: 0,
      y,
      width: W,
      height: groupText.height,
      fill: PALETTE.band,
    })
    shapes.push(...labelShapes(groupText, y, 700, size))
    y += groupText.height
    // What the alt text says is what is drawn: the same label, rows and columns.
    const drawnRows: ChartAltRow[] = []
    drawn.push({ label: groupLabel, rows: drawnRows })
    for (const row of group.rows) {
      drawnRows.push({
        dimension: row.dimension,
        leader: (columns[columnOf(row.leader.key)] as Column).key,
        evidence: row.evidence.key,
      })
      const rowText = label(row.dimension, LABEL_W - 16, ROW_H, size)
      const cy = y + rowText.height / 2
      shapes.push(...labelShapes(rowText, y, 400, size))
      // A row resting on one document (or the blog alone) is drawn hollow with a dashed
      // outline, so the chart does not weigh it like a row several documents support.
      const thin = row.evidence.key !== 'multi'
      const mark = markShape(
        thin ? thinMark(row.leader.mark) : row.leader.mark,
        colX(columnOf(row.leader.key)),
        cy,
        MARK_R,
      )
      shapes.push(thin ? dashed(mark) : mark)
      shapes.push({
        kind: 'line',
        x1: 0,
        y1: y + rowText.height,
        x2: W,
        y2: y + rowText.height,
        stroke: PALETTE.grid,
        strokeWidth: 0.5,
      })
      description.push(
        `${group.horizon.label} ${row.dimension}: ${row.leader.label}${m.separator}${row.evidence.label}`,
      )
      y += rowText.height
    }
  }
  for (let i = 1; i < columns.length; i++) {
    const x = LABEL_W + COL_W * i
    shapes.push({
      kind: 'line',
      x1: x,
      y1: gridTop,
      x2: x,
      y2: y,
      stroke: PALETTE.grid,
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
    stroke: PALETTE.muted,
    strokeWidth: 0.75,
  })

  // Legend: the same shapes with their words.
  const ly = y + LEGEND_H / 2 + 4 * k
  columns.forEach((col, i) => {
    const x = LABEL_W + COL_W * i + 16 * k
    shapes.push(markShape(col.mark, x, ly - 4 * k, MARK_R))
    shapes.push(text(x + 14 * k, ly, col.label, MIN_FONT * k, 400, 'start', PALETTE.muted))
  })
  // Under the labels, on the same line: the dashed hollow marker of a thin row, with its
  // words (shrunk to fit the label column, as a row label is).
  // Only where a thin row is drawn: a legend for a mark the chart does not show (the
  // talk's one-group chart) says nothing.
  const anyThin = groups.some((g) => g.rows.some((r) => r.evidence.key !== 'multi'))
  const thinSample = columns[0]?.mark ?? CONTESTED_MARK
  if (anyThin) shapes.push(dashed(markShape(thinMark(thinSample), 16 * k, ly - 4 * k, MARK_R)))
  const thinText = m.evidence.legend
  if (anyThin)
    shapes.push(
      text(
        30 * k,
        ly,
        thinText,
        Math.min(font - k, fit(thinText, LABEL_W - 40 * k, font - k, MIN_FONT * k)),
        400,
        'start',
        PALETTE.muted,
      ),
    )
  // The caption names the actors first and "contested" last, whatever the column order.
  const legend = [
    ...columns.filter((c) => c.key !== 'contested'),
    ...columns.filter((c) => c.key === 'contested'),
  ]
    .map((c) => `${MARK_GLYPH[c.mark.kind]} ${c.label}`)
    .join(m.listSeparator)
  return {
    width: W,
    height: y + LEGEND_H,
    title: m.chartTitle,
    caption: anyThin ? `${m.chartCaption(legend)}. ${m.evidence.legend}` : m.chartCaption(legend),
    description,
    alt: chartAltText(m.chartTitle, drawn, columns, m),
    shapes,
  }
}

/** Marker size in the chart, in chart units (at the default type size). */
const MARK = 7

/** Type sizes and the line advance of wrapped labels, at the chart's type size. */
interface Sizes {
  readonly font: number
  readonly min: number
  readonly line: number
  readonly pad: number
  readonly k: number
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

/** Largest font size (down to `min`) at which a label fits its width. */
function fit(label: string, width: number, size: number, min: number): number {
  const em = estimateEm(label)
  return Math.max(min, Math.min(size, Math.floor((width / em) * 10) / 10))
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
function label(value: string, width: number, height: number, z: Sizes): Label {
  const fontSize = fit(value, width, z.font, z.min)
  if (estimateEm(value) * fontSize <= width) return { lines: [value], fontSize, height }
  const lines = wrap(value, width / z.min)
  return {
    lines,
    fontSize: z.min,
    height: Math.max(height, lines.length * z.line + 2 * z.pad),
  }
}

/** The text shapes of a label whose band starts at `top`, its lines centred in the band. */
function labelShapes(l: Label, top: number, weight: 400 | 700, z: Sizes): Shape[] {
  if (l.lines.length === 1)
    return [
      text(
        8,
        top + l.height / 2 + 4 * z.k,
        l.lines[0] as string,
        l.fontSize,
        weight,
        'start',
        PALETTE.ink,
      ),
    ]
  const first = top + (l.height - l.lines.length * z.line) / 2
  return l.lines.map((line, i) =>
    text(
      8,
      first + i * z.line + z.line / 2 + 3 * z.k,
      line,
      l.fontSize,
      weight,
      'start',
      PALETTE.ink,
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
