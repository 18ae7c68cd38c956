import { MARKER_BOX, type Mark, markShape } from '@briefing/views'
import { Circle, Polygon, Rect, Svg } from '@react-pdf/renderer'

const SIZE = 8

/**
 * The chart's mark at text size (each actor's shape and colour, a hollow diamond for
 * contested), so "who leads" reads by shape in black and white, next to its word.
 * The shape is the views' (markShape), drawn in the same box as the deck's.
 */
export function LeaderMarker({ mark }: { mark: Mark }) {
  const c = MARKER_BOX.size / 2
  const shape = markShape(mark, c, c, MARKER_BOX.r)
  return (
    <Svg width={SIZE} height={SIZE} viewBox={`0 0 ${MARKER_BOX.size} ${MARKER_BOX.size}`}>
      {shape.kind === 'circle' && (
        <Circle
          cx={shape.cx}
          cy={shape.cy}
          r={shape.r}
          fill={shape.fill}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
        />
      )}
      {shape.kind === 'rect' && (
        <Rect
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
          fill={shape.fill}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
        />
      )}
      {shape.kind === 'polygon' && (
        <Polygon
          points={shape.points}
          fill={shape.fill}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
        />
      )}
    </Svg>
  )
}
