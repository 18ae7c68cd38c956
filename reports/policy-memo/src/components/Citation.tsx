import type { Citation as CitationView } from '@briefing/views'
import { s } from '../styles.ts'
import { MemoText } from './MemoText.tsx'

const NBSP = '\u00a0'

/**
 * " [2, 5]" inline after a claim; the numbers are the endnotes' (and the deck's).
 * No-break spaces keep "[8, 19]" in one piece, on the line of the claim's last word.
 * In the tagged PDF it is a Reference inside its paragraph (a screen reader may skip it).
 */
export function Citation({ citation }: { citation: CitationView }) {
  if (citation.text === '') return null
  // Only "[8, 19]" stays in one piece and is the Reference; the 재인용 names after it
  // break like text.
  const numbers = citation.numbersText ?? citation.text
  const tail = citation.text.slice(numbers.length)
  if (tail === '')
    return (
      <MemoText
        style={s.citation}
        tag="Reference"
      >{`${NBSP}${numbers.replaceAll(' ', NBSP)}`}</MemoText>
    )
  return (
    <MemoText style={s.citation}>
      <MemoText tag="Reference">{`${NBSP}${numbers.replaceAll(' ', NBSP)}`}</MemoText>
      {tail}
    </MemoText>
  )
}
