import { CHART_COLOURS } from '@briefing/views'
import { Circle, Polygon, Rect, Svg } from '@react-pdf/renderer'

export type LeaderKey = 'us' | 'china' | 'contested'

const SIZE = 8

/**
 * The chart's marker shapes at text size (● US, ■ China, ◇ contested), so "who
 * leads" reads by shape in black and white, next to its word.
 */
export function LeaderMarker({ leader }: { leader: LeaderKey }) {
  const c = SIZE / 2
  return (
    <Svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`}>
      {leader === 'us' && <Circle cx={c} cy={c} r={c - 0.5} fill={CHART_COLOURS.us} />}
      {leader === 'china' && (
        <Rect x={0.5} y={0.5} width={SIZE - 1} height={SIZE - 1} fill={CHART_COLOURS.china} />
      )}
      {leader === 'contested' && (
        <Polygon
          points={`${c},0.6 ${SIZE - 0.6},${c} ${c},${SIZE - 0.6} 0.6,${c}`}
          fill={CHART_COLOURS.contested}
          stroke={CHART_COLOURS.ink}
          strokeWidth={1}
        />
      )}
    </Svg>
  )
}
