/**
 * How much room a text needs on a slide, estimated without a browser so that Node (the
 * slide generator) and the browser (the components) cut pages at the same places.
 *
 * Advance widths are Pretendard's, read with fontkit from the static TTFs (bold where
 * bold is wider) and rounded up: Hangul 0.864 em, digits 0.617, Latin lower-case 0.540
 * (widest 0.88), upper-case 0.672 (widest 1.0), space 0.25. Lines break only at spaces,
 * as `word-break: keep-all` does for Korean, so the estimate errs on the tall side; the
 * browser test measures the real layout.
 */

const NARROW = new Set([...'.,:;\'"()[]{}·‘’“”!|/「」『』'])

/** Advance width of one character in em. */
export function charEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0
  if (ch === ' ') return 0.26
  if (NARROW.has(ch)) return 0.4
  if (cp >= 0x1100 && cp <= 0xffdc) return 0.88
  if (ch >= '0' && ch <= '9') return 0.63
  if (ch >= 'a' && ch <= 'z') return ch === 'm' || ch === 'w' ? 0.9 : 0.56
  if (ch >= 'A' && ch <= 'Z') return ch === 'M' || ch === 'W' ? 1.0 : 0.72
  if (ch === '-' || ch === '~') return 0.66
  return 0.95
}

/** Width of a text in em. */
export function textEm(text: string): number {
  let em = 0
  for (const ch of text) em += charEm(ch)
  return em
}

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
