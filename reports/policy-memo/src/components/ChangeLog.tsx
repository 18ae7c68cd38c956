import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { structure } from '../tagging.ts'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

const COLUMNS = { edition: '14%', date: '22%', summary: '64%' } as const

/** Annex, the change log: the previous edition and what changed in each edition. */
export function ChangeLog({ view }: { view: BriefingView }) {
  // A table of row headers (the edition): it has no column header row.
  const body = structure('TBody')
  return (
    <>
      <SectionHeading view={view} id="changes" />
      <MemoText style={s.annexNote} tag="P">
        {view.editionLines.changeLog}
      </MemoText>
      <View style={s.table} tag="Table">
        {view.changes.map((c, i) => (
          <View
            key={`${c.edition}-${c.date.iso}`}
            style={i === view.changes.length - 1 ? s.trLast : s.tr}
            wrap={false}
            tag={structure('TR', { parent: body })}
          >
            <MemoText style={[s.tdStrong, { width: COLUMNS.edition }]} tag="TH" scope="Row">
              {c.edition}
            </MemoText>
            <MemoText style={[s.td, { width: COLUMNS.date }]} tag="TD">
              {c.date.text}
            </MemoText>
            <MemoText style={[s.td, { width: COLUMNS.summary }]} tag="TD">
              {c.summary}
            </MemoText>
          </View>
        ))}
      </View>
    </>
  )
}
