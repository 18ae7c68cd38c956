import type { BriefingView, SourceView } from '@briefing/views'
import { Link, View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { noteDestination } from './Citation.tsx'
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
