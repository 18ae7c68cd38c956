import type { Citation as CitationView } from '@briefing/views'
import { Link } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { MemoText } from './MemoText.tsx'

const NBSP = '\u00a0'

/**
 * " [2, 5]" inline after a claim; the numbers are the endnotes' (and the deck's).
 * No-break spaces keep "[8, 19]" in one piece, on the line of the claim's last word.
 * In the tagged PDF it is a Reference inside its paragraph (a screen reader may skip it).
 */
export function Citation({ citation }: { citation: CitationView }) {
  const [first] = citation.numbers
  if (citation.text === '' || first === undefined) return null
  // The whole "[2, 5]" links to its first endnote (issue 13): an inline Link in the text
  // run, to the destination the endnote declares (Endnotes: id note-N).
  return (
    <Link src={`#${noteDestination(first)}`} style={s.citationLink}>
      <MemoText style={s.citation} tag="Reference">
        {`${NBSP}${citation.text.replaceAll(' ', NBSP)}`}
      </MemoText>
    </Link>
  )
}

/** The named destination of endnote n: citations link to it. */
export const noteDestination = (n: number) => `note-${n}`
