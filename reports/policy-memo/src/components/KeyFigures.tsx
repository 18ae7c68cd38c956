import type { BriefingView, FigureView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { type StructureElement, structure } from '../tagging.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

const CARDS_PER_ROW = 3
const COLUMNS = { value: '17%', what: '58%', meta: '25%' } as const

/**
 * Key figures: cards for the key figures, then every figure in a compact table
 * (value, what it measures, who says so and when). Values are the view's strings.
 */
export function KeyFigures({ view }: { view: BriefingView }) {
  const rows: FigureView[][] = []
  for (let i = 0; i < view.keyFigures.length; i += CARDS_PER_ROW)
    rows.push(view.keyFigures.slice(i, i + CARDS_PER_ROW))
  const [firstRow, ...otherRows] = rows
  const body = structure('TBody')
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="figures" />
        {firstRow && <CardRow figures={firstRow} />}
      </View>
      {otherRows.map((row) => (
        <CardRow key={row[0]?.id} figures={row} />
      ))}
      <View style={[s.table, { marginTop: 4 }]} tag="Table">
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
        {view.figures.map((f, i) => (
          <FigureRow key={f.id} figure={f} last={i === view.figures.length - 1} body={body} />
        ))}
      </View>
    </>
  )
}

function CardRow({ figures }: { figures: readonly FigureView[] }) {
  return (
    <View style={s.figureGrid} wrap={false}>
      {figures.map((f) => (
        <View key={f.id} style={s.figureCard} tag="Div">
          <View style={s.figureCardInner}>
            <MemoText style={s.figureValue} tag="P">
              {f.value}
            </MemoText>
            <MemoText style={s.figureLabel} tag="P">
              {f.label}
            </MemoText>
            <MemoText style={s.figureMeta} tag="P">
              {f.meta}
              <Citation citation={f.citation} />
            </MemoText>
          </View>
        </View>
      ))}
    </View>
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
