import type { BriefingView, ComparisonGroupView, ComparisonRowView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { type StructureElement, structure } from '../tagging.ts'
import { Citation } from './Citation.tsx'
import { LeaderMarker } from './LeaderMarker.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/**
 * Column widths in %; they add up to 100: the actors' columns and the assessment share
 * what the dimension and leader columns leave (24% each with two actors).
 */
const DIMENSION = 15
const LEADER = 13
const shared = (actors: number): string => `${(100 - DIMENSION - LEADER) / (actors + 1)}%`
const COLUMNS = { dimension: `${DIMENSION}%`, leader: `${LEADER}%` } as const

/** Room below a group's title for its column header and at least one row. */
const GROUP_KEEP = 90

/**
 * The US-China comparison: one table per group (title, horizon, takeaway), the column header
 * repeated on every page a table spans (`fixed`), rows never split (`wrap={false}`).
 * Structure: the group title an H3, then a Table (THead of column headers, TBody of rows
 * whose dimension is the row header); the repeated header is an artifact after page one.
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
  const width = shared(view.actors.length)
  const body = structure('TBody')
  return (
    <View style={{ marginBottom: 6 }}>
      <View wrap={false} minPresenceAhead={GROUP_KEEP}>
        <View style={s.tableGroupTitle} tag="H3">
          <MemoText style={s.tag}>{group.horizon.label}</MemoText>
          <MemoText style={s.groupTitle}>{group.title}</MemoText>
        </View>
        <MemoText style={s.takeaway} tag="P">
          {group.takeaway}
        </MemoText>
      </View>
      <View style={s.table} tag="Table">
        <View style={s.tableHead} fixed tag={structure('TR', { parent: structure('THead') })}>
          <MemoText style={[s.th, { width: COLUMNS.dimension }]} tag="TH" scope="Column">
            {t.dimension}
          </MemoText>
          {view.actors.map((a) => (
            <MemoText key={a.key} style={[s.th, { width }]} tag="TH" scope="Column">
              {a.name}
            </MemoText>
          ))}
          <MemoText style={[s.th, { width }]} tag="TH" scope="Column">
            {t.assessment}
          </MemoText>
          <MemoText style={[s.th, { width: COLUMNS.leader }]} tag="TH" scope="Column">
            {t.leader}
          </MemoText>
        </View>
        {group.rows.map((row, i) => (
          <Row
            key={row.id}
            row={row}
            width={width}
            last={i === group.rows.length - 1}
            body={body}
          />
        ))}
      </View>
    </View>
  )
}

function Row({
  row,
  width,
  last,
  body,
}: {
  row: ComparisonRowView
  width: string
  last: boolean
  body: StructureElement
}) {
  return (
    <View style={last ? s.trLast : s.tr} wrap={false} tag={structure('TR', { parent: body })}>
      <MemoText style={[s.tdStrong, { width: COLUMNS.dimension }]} tag="TH" scope="Row">
        {row.dimension}
        {row.evidence.mark !== '' && (
          <MemoText style={s.evidenceMark}>{` ${row.evidence.mark}`}</MemoText>
        )}
      </MemoText>
      {row.positions.map((p) => (
        <MemoText key={p.actor} style={[s.td, { width }]} tag="TD">
          {p.text}
        </MemoText>
      ))}
      <MemoText style={[s.td, { width }]} tag="TD">
        {row.assessment}
        <Citation citation={row.citation} />
      </MemoText>
      <View style={[s.leaderCell, { width: COLUMNS.leader }]} tag="TD">
        <LeaderMarker mark={row.leader.mark} />
        <MemoText style={s.leaderLabel}>{row.leader.label}</MemoText>
      </View>
    </View>
  )
}
