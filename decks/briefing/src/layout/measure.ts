/**
 * How much room a text needs on a slide, estimated without a browser so that Node (the
 * slide generator) and the browser (the components) cut pages at the same places.
 * Widths come from the one table of Pretendard's advances in the views
 * (packages/views/src/style/textWidth.ts), which the chart's labels use too. Lines
 * break only at spaces, as `word-break: keep-all` does for Korean, so the estimate
 * errs on the tall side; the browser test measures the real layout.
 */
import { charEm, textEm } from '@briefing/views/browser'

export { charEm, textEm }

/**
 * Number of lines a text takes in a box `width` px wide at `fontSize` px: greedy
 * wrapping at spaces; a word wider than the box is broken anywhere (overflow-wrap).
 */
export function lineCount(text: string, width: number, fontSize: number): number {
  const usable = width / 1.03 - 2
  const space = charEm(' ') * fontSize
  let lines = 1
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = textEm(word) * fontSize
    if (used > 0 && used + space + w <= usable) {
      used += space + w
      continue
    }
    if (used > 0) {
      lines++
      used = 0
    }
    while (w > usable) {
      lines++
      w -= usable
    }
    used = w
  }
  return text.trim() === '' ? 0 : lines
}

/** Height in px of a text block: its lines times the line height. */
export function blockHeight(
  text: string,
  width: number,
  fontSize: number,
  lineHeight: number,
): number {
  return lineCount(text, width, fontSize) * lineHeight
}
