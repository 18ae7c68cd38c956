import type { BriefingView, FigureView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { type StructureElement, structure } from '../tagging.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { KEEP_WITH_TABLE, SectionHeading } from './SectionHeading.tsx'

const COLUMNS = { value: '17%', what: '58%', meta: '25%' } as const

/**
 * Key figures: every figure once (issue 13: cards and a table repeated the same
 * figures), in one compact table (value, what it measures, who says so and when).
 * Values are the view's strings.
 */
export function KeyFigures({ view }: { view: BriefingView }) {
  const body = structure('TBody')
  const head = (
    <View style={s.tableHead} fixed tag={structure('TR', { parent: structure('THead') })}>
      <MemoText style={[s.th, { width: COLUMNS.value }]} tag="TH" scope="Column">
        {view.labels.figureTable.value}
      </MemoText>
      <MemoText style={[s.th, { width: COLUMNS.what }]} tag="TH" scope="Column">
        {view.labels.figureTable.what}
      </MemoText>
      <MemoText style={[s.th, { width: COLUMNS.meta }]} tag="TH" scope="Column">
        {view.labels.figureTable.meta}
      </MemoText>
    </View>
  )
  // The heading keeps room for the table's first rows below it (minPresenceAhead).
  return (
    <>
      {/* From the top of a page, where 11 rows fit whole (a table split over pages lost its
          header cells on the second page in the structure tree). Not kept whole by force: a
          longer table (large test) would squeeze the page's header and footer into the
          margins; it splits, repeating its header. */}
      <View break />
      <SectionHeading view={view} id="figures" ahead={KEEP_WITH_TABLE} />
      <View style={s.table} tag="Table">
        {head}
        {view.figures.map((f, i) => (
          <FigureRow key={f.id} figure={f} last={i === view.figures.length - 1} body={body} />
        ))}
      </View>
    </>
  )
}

function FigureRow({
  figure,
  last,
  body,
}: {
  figure: FigureView
  last: boolean
  body: StructureElement
}) {
  return (
    <View style={last ? s.trLast : s.tr} wrap={false} tag={structure('TR', { parent: body })}>
      <MemoText style={[s.tdStrong, { width: COLUMNS.value }]} tag="TD">
        {figure.value}
      </MemoText>
      <MemoText style={[s.td, { width: COLUMNS.what }]} tag="TD">
        <MemoText style={s.runIn}>{figure.label}. </MemoText>
        {figure.measure}
      </MemoText>
      <MemoText style={[s.tdMuted, { width: COLUMNS.meta }]} tag="TD">
        {figure.meta}
        <Citation citation={figure.citation} />
      </MemoText>
    </View>
  )
}
