/**
 * Where React-PDF may break a word: a hyphenation callback that never hyphenates.
 *
 * React-PDF's line breaker (textkit 7, pinned with @react-pdf/renderer 4.9.0) asks the
 * callback for the pieces of each space-separated word. A break between two non-empty
 * pieces is a "penalty" and draws a hyphen; an empty piece ('') becomes a zero-width
 * "glue", a break point without a hyphen. So:
 *   - Korean words (eojeol) and ordinary Latin words come back whole;
 *   - URLs get '' after / ? & = # _ - so they wrap inside their box;
 *   - an over-long token (no space in a line's width) gets '' at its natural joints
 *     (·, /, -, …) and, where that is not enough, between characters.
 * Every <Text> also sets hyphenationPenalty={HYPHENATION_PENALTY}: textkit splits a word
 * where the script changes (Latin letters followed by a Hangul particle) and would
 * otherwise break there
 * with a hyphen. This leans on textkit internals; the tests read the text back.
 */
import { estimateEm } from '@briefing/views'

/** textkit's "infinity": a penalty this high forbids the break. */
export const HYPHENATION_PENALTY = 10000

/** Longest token, in em, kept whole in body text (about a third of a column). */
export const LONG_TOKEN_EM = 12

const URL_JOINTS = /(?<=[/?&=#_-])(?!\/)/
const TOKEN_JOINTS = /(?<=[·/\\_\-–—,:;)\]>])/
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i

export type WordBreaker = (word: string) => string[]

/** A callback for React-PDF: pieces of `word`, '' marking a break without hyphen. */
export function breakerFor(longTokenEm: number = LONG_TOKEN_EM): WordBreaker {
  return (word) => {
    if (word === '') return []
    if (URL_LIKE.test(word)) return joinPieces(splitLong(word.split(URL_JOINTS), longTokenEm))
    if (estimateEm(word) <= longTokenEm) return [word]
    return joinPieces(splitLong(word.split(TOKEN_JOINTS), longTokenEm))
  }
}

/** Default breaker, registered with Font.registerHyphenationCallback. */
export const breakWord: WordBreaker = breakerFor()

/** Pieces still longer than the limit may break between any two characters. */
function splitLong(pieces: readonly string[], longTokenEm: number): string[] {
  return pieces
    .flatMap((piece) => (estimateEm(piece) <= longTokenEm ? [piece] : [...piece]))
    .filter((p) => p !== '')
}

/** ['a', 'b'] → ['a', '', 'b']: empty pieces are break points without a hyphen. */
function joinPieces(pieces: readonly string[]): string[] {
  const out: string[] = []
  pieces.forEach((p, i) => {
    if (i > 0) out.push('')
    out.push(p)
  })
  return out
}
