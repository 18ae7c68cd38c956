/**
 * Spans of a prose string that are someone else's words or a title: between “ ” " " ‘ ’
 * ' ' 「 」 『 』. Checks of our own wording (terms, likelihood words) skip them.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
]

export function quotedSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = []
  for (const [open, close] of PAIRS) {
    let from = 0
    for (;;) {
      const start = text.indexOf(open, from)
      if (start < 0) break
      const end = text.indexOf(close, start + 1)
      if (end < 0) break
      spans.push([start, end + 1])
      from = end + 1
    }
  }
  return spans
}

export const insideAny = (spans: ReadonlyArray<readonly [number, number]>, at: number): boolean =>
  spans.some(([a, b]) => at >= a && at < b)
