import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { structure } from '../tagging.ts'
import { MemoText } from './MemoText.tsx'
import { KEEP_WITH_TABLE, SectionHeading } from './SectionHeading.tsx'

const COLUMNS = { term: '24%', definition: '76%' } as const

/**
 * Annex, 용어 해설 (issue 13): each glossary term with its one-line definition, as the
 * views give them. A table of row headers (the term, TH with Scope Row) and the
 * definition (TD), like the change log; no column header row. At body size (10 pt):
 * a definition is read as a sentence, not looked up like a table cell. A dataset without glossary
 * terms has no such section in the view, so Memo.tsx never renders this.
 */
export function Glossary({ view }: { view: BriefingView }) {
  const body = structure('TBody')
  const { entries } = view.glossary
  return (
    <>
      <SectionHeading view={view} id="glossary" ahead={KEEP_WITH_TABLE} />
      <View style={s.table} tag="Table">
        {entries.map((g, i) => (
          <View
            key={g.id}
            style={i === entries.length - 1 ? s.trLast : s.tr}
            wrap={false}
            tag={structure('TR', { parent: body })}
          >
            <MemoText style={[s.glossaryTerm, { width: COLUMNS.term }]} tag="TH" scope="Row">
              {g.term}
            </MemoText>
            <MemoText style={[s.glossaryDefinition, { width: COLUMNS.definition }]} tag="TD">
              {g.definition}
            </MemoText>
          </View>
        ))}
      </View>
    </>
  )
}
