import type { BriefingView, ComparisonGroupView, ComparisonRowView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { Citation } from './Citation.tsx'
import { LeaderMarker } from './LeaderMarker.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/** Column widths; they add up to 100%. */
const COLUMNS = {
  dimension: '15%',
  us: '24%',
  china: '24%',
  assessment: '24%',
  leader: '13%',
} as const

/** Room below a group's title for its column header and at least one row. */
const GROUP_KEEP = 90

/**
 * The US-China comparison: one table per group (title, horizon, takeaway), the column header
 * repeated on every page a table spans (`fixed`), rows never split (`wrap={false}`).
 */
export function ComparisonTable({ view }: { view: BriefingView }) {
  return (
    <>
      <SectionHeading view={view} id="comparison" />
      {view.comparison.map((group) => (
        <Group key={group.id} group={group} view={view} />
      ))}
    </>
  )
}

function Group({ group, view }: { group: ComparisonGroupView; view: BriefingView }) {
  const t = view.labels.table
  return (
    <View style={{ marginBottom: 6 }}>
      <View wrap={false} minPresenceAhead={GROUP_KEEP}>
        <View style={s.tableGroupTitle}>
          <MemoText style={s.tag}>{group.horizon.label}</MemoText>
          <MemoText style={s.groupTitle}>{group.title}</MemoText>
        </View>
        <MemoText style={s.takeaway}>{group.takeaway}</MemoText>
      </View>
      <View style={s.table}>
        <View style={s.tableHead} fixed>
          <MemoText style={[s.th, { width: COLUMNS.dimension }]}>{t.dimension}</MemoText>
          <MemoText style={[s.th, { width: COLUMNS.us }]}>{t.us}</MemoText>
          <MemoText style={[s.th, { width: COLUMNS.china }]}>{t.china}</MemoText>
          <MemoText style={[s.th, { width: COLUMNS.assessment }]}>{t.assessment}</MemoText>
          <MemoText style={[s.th, { width: COLUMNS.leader }]}>{t.leader}</MemoText>
        </View>
        {group.rows.map((row, i) => (
          <Row key={row.id} row={row} last={i === group.rows.length - 1} />
        ))}
      </View>
    </View>
  )
}

function Row({ row, last }: { row: ComparisonRowView; last: boolean }) {
  return (
    <View style={last ? s.trLast : s.tr} wrap={false}>
      <MemoText style={[s.tdStrong, { width: COLUMNS.dimension }]}>{row.dimension}</MemoText>
      <MemoText style={[s.td, { width: COLUMNS.us }]}>{row.us}</MemoText>
      <MemoText style={[s.td, { width: COLUMNS.china }]}>{row.china}</MemoText>
      <MemoText style={[s.td, { width: COLUMNS.assessment }]}>
        {row.assessment}
        <Citation citation={row.citation} />
      </MemoText>
      <View style={[s.leaderCell, { width: COLUMNS.leader }]}>
        <LeaderMarker leader={row.leader.key} />
        <MemoText style={s.leaderLabel}>{row.leader.label}</MemoText>
      </View>
    </View>
  )
}
