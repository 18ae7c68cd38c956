import type { ChartGeometry, Shape } from '@briefing/views'

/** A horizontal band of the chart, in chart units: [top, bottom). */
export interface Band {
  readonly top: number
  readonly bottom: number
}

/** The parts of the leadership chart that a slide can show: header, one block per group, legend. */
export interface ChartParts {
  readonly header: Band
  /** One block per comparison group, each with its row boundaries for splitting. */
  readonly groups: ReadonlyArray<Band & { readonly rows: readonly Band[] }>
  readonly legend: Band
}

const isFullWidthRect = (s: Shape, width: number): boolean =>
  s.kind === 'rect' && s.x === 0 && s.width === width
const isRowLine = (s: Shape, width: number): s is Extract<Shape, { kind: 'line' }> =>
  s.kind === 'line' && s.x1 === 0 && s.x2 === width && s.y1 === s.y2

/**
 * Finds the header, the group blocks and the legend in the chart geometry: a group
 * starts at a full-width band, a row ends at a full-width horizontal rule. The views
 * give the shapes only, so the deck reads the bands back from them to cut the chart
 * over slides (see README, "Problems found": the geometry could carry its bands).
 */
export function chartParts(chart: ChartGeometry): ChartParts {
  const bands = chart.shapes
    .flatMap((s) =>
      s.kind === 'rect' && isFullWidthRect(s, chart.width)
        ? [{ top: s.y, bottom: s.y + s.height }]
        : [],
    )
    .sort((a, b) => a.top - b.top)
  const rowBottoms = [
    ...new Set(chart.shapes.flatMap((s) => (isRowLine(s, chart.width) ? [s.y1] : []))),
  ].sort((a, b) => a - b)
  const gridTop = bands[0]?.top ?? 0
  const gridBottom = Math.max(gridTop, ...rowBottoms)
  const groups = bands.map((band, i) => {
    const bottom = bands[i + 1]?.top ?? gridBottom
    const inside = rowBottoms.filter((y) => y > band.top && y <= bottom)
    const rows = inside.map((y, j) => ({
      top: j === 0 ? band.bottom : (inside[j - 1] as number),
      bottom: y,
    }))
    return { top: band.top, bottom, rows }
  })
  return {
    header: { top: 0, bottom: gridTop },
    groups,
    legend: { top: gridBottom, bottom: chart.height },
  }
}

/** The shapes that intersect a band (the SVG viewBox clips the rest). */
export function shapesIn(chart: ChartGeometry, band: Band): Shape[] {
  return chart.shapes.filter((s) => {
    const [top, bottom] = extent(s)
    return bottom > band.top && top < band.bottom
  })
}

function extent(s: Shape): [number, number] {
  switch (s.kind) {
    case 'rect':
      return [s.y, s.y + s.height]
    case 'line':
      return [Math.min(s.y1, s.y2), Math.max(s.y1, s.y2)]
    case 'circle':
      return [s.cy - s.r, s.cy + s.r]
    case 'polygon': {
      const ys = s.points.split(/\s+/).map((p) => Number(p.split(',')[1]))
      return [Math.min(...ys), Math.max(...ys)]
    }
    case 'text':
      return [s.y - s.fontSize, s.y + s.fontSize * 0.3]
  }
}
