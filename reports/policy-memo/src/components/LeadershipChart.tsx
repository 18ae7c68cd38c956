import { FONT_FAMILY } from '@briefing/fonts'
import type { BriefingView, Shape } from '@briefing/views'
import { Circle, Line, Polygon, Rect, Svg, Text as SvgText, View } from '@react-pdf/renderer'
import { page, s } from '../styles.ts'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/** A4 width minus the side margins: the chart spans the text column at most. */
const COLUMN_WIDTH = 595.28 - 2 * page.marginX
/** A page less the room for the chart's heading, caption and a running header that wraps. */
const PAGE_CHART_HEIGHT = 841.89 - page.marginTop - page.marginBottom - 110

/**
 * Who leads where: draws the shared chart geometry (the deck draws the same shapes).
 * Svg text takes its font from `style`: as a plain attribute React-PDF ignores
 * fontFamily and falls back to Helvetica, which has no Hangul. In the tagged PDF the
 * drawing is a Figure whose alternate text is the views' summary of the same data.
 */
export function LeadershipChart({ view }: { view: BriefingView }) {
  const { chart } = view
  // The full column width, so the smallest label prints at 8 pt (issue 13); only a chart
  // taller than a page shrinks.
  const scale = Math.min(COLUMN_WIDTH / chart.width, PAGE_CHART_HEIGHT / chart.height)
  const width = chart.width * scale
  const height = chart.height * scale
  return (
    <View wrap={false} style={s.chartBlock}>
      <SectionHeading view={view} id="chart" />
      <Svg
        width={width}
        height={height}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        tag="Figure"
        alt={chart.alt}
      >
        {chart.shapes.map((shape, i) => (
          // Shapes have no identity of their own: their place in the list is the drawing order.
          <ShapeOf key={i} shape={shape} />
        ))}
      </Svg>
      <MemoText style={s.caption} tag="P">
        {chart.caption}
      </MemoText>
    </View>
  )
}

function ShapeOf({ shape }: { shape: Shape }) {
  switch (shape.kind) {
    case 'rect':
      return (
        <Rect
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
          fill={shape.fill}
          {...(shape.stroke ? { stroke: shape.stroke, strokeWidth: shape.strokeWidth ?? 1 } : {})}
          {...(shape.dash ? { strokeDasharray: shape.dash } : {})}
        />
      )
    case 'line':
      return (
        <Line
          x1={shape.x1}
          y1={shape.y1}
          x2={shape.x2}
          y2={shape.y2}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
          {...(shape.dash ? { strokeDasharray: shape.dash } : {})}
        />
      )
    case 'circle':
      return (
        <Circle
          cx={shape.cx}
          cy={shape.cy}
          r={shape.r}
          fill={shape.fill}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
          {...(shape.dash ? { strokeDasharray: shape.dash } : {})}
        />
      )
    case 'polygon':
      return (
        <Polygon
          points={shape.points}
          fill={shape.fill}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
          {...(shape.dash ? { strokeDasharray: shape.dash } : {})}
        />
      )
    case 'text':
      return (
        <SvgText
          x={shape.x}
          y={shape.y}
          textAnchor={shape.anchor}
          fill={shape.fill}
          style={{
            fontFamily: FONT_FAMILY,
            fontSize: shape.fontSize,
            fontWeight: shape.fontWeight,
          }}
        >
          {shape.text}
        </SvgText>
      )
  }
}
