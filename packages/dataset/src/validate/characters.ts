import { msg } from '../messages/catalogue.ts'
import type { DataPath, PendingProblem } from '../problem.ts'
import { strings } from './walk.ts'

/** Answers whether every embedded font has a glyph for a code point. */
export type GlyphCoverage = (codePoint: number) => boolean

/** Longest string an analyst can mean to write in one field. */
export const MAX_TEXT_LENGTH = 4000

/**
 * Character-level checks over every string in one section: control characters,
 * absurd lengths, and characters the embedded fonts cannot draw. React-PDF would
 * silently fall back to a non-embedded Helvetica and print garbage for the latter.
 */
export function characterProblems(
  section: string,
  value: unknown,
  covers: GlyphCoverage | undefined,
  fontName: string,
): PendingProblem[] {
  const problems: PendingProblem[] = []
  for (const { text, path } of strings(value)) {
    if (text.length > MAX_TEXT_LENGTH) {
      problems.push({
        section,
        path,
        message: msg('text.tooLong', { length: text.length, max: MAX_TEXT_LENGTH }),
      })
      continue
    }
    problems.push(...charsIn(section, text, path, covers, fontName))
  }
  return problems
}

function charsIn(
  section: string,
  text: string,
  path: DataPath,
  covers: GlyphCoverage | undefined,
  fontName: string,
): PendingProblem[] {
  const seen = new Set<number>()
  const out: PendingProblem[] = []
  let index = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number
    index++
    if (seen.has(cp)) continue
    seen.add(cp)
    if (isForbiddenControl(cp)) {
      out.push({
        section,
        path,
        message: msg('char.control', { codePoint: codePoint(cp), index }),
      })
    } else if (covers && !isLayoutWhitespace(cp) && !covers(cp)) {
      out.push({
        section,
        path,
        message: msg('char.notInFont', {
          char: ch,
          codePoint: codePoint(cp),
          index,
          font: fontName,
        }),
      })
    }
  }
  return out
}

/** Newlines come from multi-line YAML scalars and are fine; other C0/C1 controls are not. */
function isForbiddenControl(cp: number): boolean {
  if (cp === 0x0a) return false
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  )
}

function isLayoutWhitespace(cp: number): boolean {
  return cp === 0x0a || cp === 0x20
}

export function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
}
