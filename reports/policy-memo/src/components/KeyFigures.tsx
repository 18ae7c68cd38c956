import type { BriefingView, FigureView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
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
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="figures" />
        {firstRow && <CardRow figures={firstRow} />}
      </View>
      {otherRows.map((row) => (
        <CardRow key={row[0]?.id} figures={row} />
      ))}
      <View style={[s.table, { marginTop: 4 }]}>
        <View style={s.tableHead} fixed>
          <MemoText style={[s.th, { width: COLUMNS.value }]}>
            {view.labels.figureTable.value}
          </MemoText>
          <MemoText style={[s.th, { width: COLUMNS.what }]}>
            {view.labels.figureTable.what}
          </MemoText>
          <MemoText style={[s.th, { width: COLUMNS.meta }]}>
            {view.labels.figureTable.meta}
          </MemoText>
        </View>
        {view.figures.map((f, i) => (
          <FigureRow key={f.id} figure={f} last={i === view.figures.length - 1} />
        ))}
      </View>
    </>
  )
}

function CardRow({ figures }: { figures: readonly FigureView[] }) {
  return (
    <View style={s.figureGrid} wrap={false}>
      {figures.map((f) => (
        <View key={f.id} style={s.figureCard}>
          <View style={s.figureCardInner}>
            <MemoText style={s.figureValue}>{f.value}</MemoText>
            <MemoText style={s.figureLabel}>{f.label}</MemoText>
            <MemoText style={s.figureMeta}>
              {f.meta}
              <Citation citation={f.citation} />
            </MemoText>
          </View>
        </View>
      ))}
    </View>
  )
}

function FigureRow({ figure, last }: { figure: FigureView; last: boolean }) {
  return (
    <View style={last ? s.trLast : s.tr} wrap={false}>
      <MemoText style={[s.tdStrong, { width: COLUMNS.value }]}>{figure.value}</MemoText>
      <MemoText style={[s.td, { width: COLUMNS.what }]}>
        <MemoText style={s.runIn}>{figure.label}. </MemoText>
        {figure.measure}
      </MemoText>
      <MemoText style={[s.tdMuted, { width: COLUMNS.meta }]}>
        {figure.meta}
        <Citation citation={figure.citation} />
      </MemoText>
    </View>
  )
}
