import type { BriefingView, SourceView } from '@briefing/views'
import { Link, View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { Citation, noteDestination } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/**
 * Sources: numbered endnotes, the same numbers the text and the deck cite. A URL is a
 * live link, and breaks after / ? & = # _ - without a hyphen (lineBreaking.ts).
 * Structure: each endnote a Note (number and text), its URL a Link inside it.
 */
export function Endnotes({ view }: { view: BriefingView }) {
  const [first, ...rest] = view.sources
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="sources" />
        {first && <Endnote source={first} />}
      </View>
      {rest.map((source) => (
        <Endnote key={source.id} source={source} />
      ))}
      <DateBases view={view} />
    </>
  )
}

/**
 * How each inferred date of the timeline was worked out from a source's relative words
 * ("지난달", "사흘 뒤"): an account of the sources' dates, so it sits with the sources. In
 * the timeline these paragraphs were longer than the events they qualified (issue 13's
 * cold read); the timeline keeps "(추정)" on each such date.
 */
function DateBases({ view }: { view: BriefingView }) {
  const dated = view.timeline.filter((e) => e.dateBasis)
  if (dated.length === 0) return null
  return (
    <>
      <MemoText style={s.subHeading} tag="H3" minPresenceAhead={40}>
        {view.labels.dateBasis}
      </MemoText>
      {dated.map((e) => (
        <View key={e.id} style={s.dateBasisItem} wrap={false} tag="P">
          <MemoText style={s.dateBasisEvent}>{e.date.text}</MemoText>
          <MemoText style={s.endnoteText}>
            <MemoText style={s.runIn}>{e.title} </MemoText>
            {e.dateBasis}
            <Citation citation={e.citation} />
          </MemoText>
        </View>
      ))}
    </>
  )
}

function Endnote({ source }: { source: SourceView }) {
  return (
    <View style={s.endnote} wrap={false} tag="Note" id={noteDestination(source.number)}>
      <MemoText style={s.endnoteNumber}>[{source.number}]</MemoText>
      <View style={s.endnoteBody}>
        <MemoText style={s.endnoteText}>{source.text}</MemoText>
        {source.mentionsText !== '' && (
          <MemoText style={s.endnoteMentions}>{source.mentionsText}</MemoText>
        )}
        {source.url && (
          <Link src={source.url} style={s.url} tag="Link">
            <MemoText style={s.url}>{source.url}</MemoText>
          </Link>
        )}
      </View>
    </View>
  )
}
