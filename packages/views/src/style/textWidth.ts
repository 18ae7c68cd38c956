/**
 * How wide a text is, estimated without a browser, in em of Pretendard: one table for
 * the chart's labels (views), the deck's page cuts (decks/briefing/src/layout) and
 * anything else that must guess a width. Dependency-free, for the browser too.
 *
 * Measured from the embedded TTFs with fontkit: the widest of regular, semibold and
 * bold, rounded up to 0.01 em (style/textWidth.test.ts checks the table against the
 * fonts). Every Hangul syllable is 0.864 em in all three weights: the chart once
 * counted it as 1.0 em and the deck as 0.88; 0.87 is the measured width. Printable
 * ASCII has its own widths (from 0.21 for ' to 1.0 for W); · ‘ ’ 「 」 are at most 0.39,
 * “ ” 0.49, 『 』 0.46; anything else counts as 1 em, the widest the text uses.
 */

/** Advance widths of U+0020…U+007E, in em, rounded up. */
// biome-ignore format: one row per 16 code points
const ASCII: readonly number[] = [
  0.26, 0.31, 0.38, 0.63, 0.63, 0.96, 0.65, 0.21, 0.39, 0.39, 0.54, 0.66, 0.29, 0.45, 0.29, 0.38,
  0.67, 0.47, 0.62, 0.64, 0.66, 0.63, 0.65, 0.58, 0.65, 0.65, 0.29, 0.29, 0.66, 0.66, 0.66, 0.54,
  0.88, 0.72, 0.64, 0.73, 0.71, 0.59, 0.57, 0.74, 0.72, 0.27, 0.55, 0.67, 0.55, 0.89, 0.72, 0.76,
  0.63, 0.76, 0.64, 0.63, 0.65, 0.71, 0.72, 1.0, 0.69, 0.7, 0.65, 0.39, 0.38, 0.39, 0.47, 0.46,
  0.48, 0.56, 0.62, 0.57, 0.62, 0.58, 0.37, 0.61, 0.6, 0.26, 0.26, 0.56, 0.26, 0.88, 0.6, 0.59,
  0.61, 0.61, 0.39, 0.54, 0.38, 0.6, 0.57, 0.82, 0.56, 0.57, 0.55, 0.39, 0.36, 0.39, 0.66,
]

const NARROW = new Set([...'·‘’「」'])
const QUOTES = new Set([...'“”『』'])

/** Advance width of one character in em. */
export function charEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0
  if (cp >= 0x20 && cp <= 0x7e) return ASCII[cp - 0x20] as number
  if ((cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x3131 && cp <= 0x318e)) return 0.87
  if (NARROW.has(ch)) return 0.4
  if (QUOTES.has(ch)) return 0.5
  return 1.0
}

/** Width of a text in em. */
export function textEm(text: string): number {
  let em = 0
  for (const ch of text) em += charEm(ch)
  return em
}
