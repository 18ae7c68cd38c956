import type { Citation as CitationView } from '@briefing/views'
import { Link } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { structure } from '../tagging.ts'
import { MemoText } from './MemoText.tsx'

const NBSP = '\u00a0'

/**
 * " [2, 5]" inline after a claim; the numbers are the endnotes' (and the deck's).
 * No-break spaces keep "[8, 19]" in one piece, on the line of the claim's last word.
 * Each number links to its own endnote (issue 13): the view's text is cut at its digits,
 * nothing is re-formatted, and the n-th digit run is the n-th of `citation.numbers`.
 * In the tagged PDF the whole is one Reference inside its paragraph, each number a Link
 * in it owning its annotation (patches/@react-pdf__render@4.7.0.patch, react-pdf #3179).
 */
export function Citation({
  citation,
  numbersOnly = false,
}: {
  citation: CitationView
  /**
   * Page 1 prints the numbers alone: the 재인용 names would double a judgment's length
   * for a reader who wants the bottom line; the same claim on the basis pages, and the
   * endnotes, name them.
   */
  numbersOnly?: boolean
}) {
  if (citation.text === '' || citation.numbers.length === 0) return null
  // Only "[8, 19]" stays in one piece and is the Reference; the 재인용 names after it
  // break like text (and hold digits that are not citation numbers).
  const numbers = citation.numbersText ?? citation.text
  const tail = numbersOnly ? '' : citation.text.slice(numbers.length)
  const reference = structure('Reference')
  let next = 0
  const pieces = `${NBSP}${numbers.replaceAll(' ', NBSP)}`.split(/(\d+)/).filter((p) => p !== '')
  const linked = (
    <MemoText style={tail === '' ? s.citation : undefined} tag={reference}>
      {pieces.map((piece, i) => {
        if (!/^\d+$/.test(piece)) return piece
        const n = citation.numbers[next++] ?? Number(piece)
        return (
          // The tag goes on the Text inside the Link: React-PDF wraps a Link's bare string
          // in an untagged Text of its own (layout resolveLinkSubstitution).
          <Link key={`${i}:${piece}`} src={`#${noteDestination(n)}`} style={s.citationLink}>
            <MemoText tag={structure('Link', { parent: reference })}>{piece}</MemoText>
          </Link>
        )
      })}
    </MemoText>
  )
  if (tail === '') return linked
  return (
    <MemoText style={s.citation}>
      {linked}
      {tail}
    </MemoText>
  )
}

/** The named destination of endnote n: citations link to it. */
export const noteDestination = (n: number) => `note-${n}`
