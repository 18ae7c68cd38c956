/**
 * How prose refers to a fact instead of retyping it, as an analyst writes it in YAML:
 *
 *   "미 정부 당국자는 {fig-us-lead-years} 앞선다고 봄"   → the figure's one standard form
 *   "{ev-deepseek-r1} 공개된 R1"                        → the event's date
 *   "{=3년}"                                            → these words exactly, not a fact
 *
 * Braces around an id are a reference; "{=…}" marks a genuine coincidence (words that
 * look like a figure but are not one) so the retype check lets them be. Any other brace
 * is ordinary text: `{{ x }}`, `${x}`, `{a: b}`; only an id-like word in single braces
 * that is no valid id (`{Fig-X}`) is reported. Pure: no dataset needed to split a string.
 */
export type ProsePiece =
  | { readonly kind: 'text'; readonly text: string; readonly start: number }
  | {
      readonly kind: 'literal'
      readonly text: string
      readonly start: number
      readonly end: number
    }
  | { readonly kind: 'ref'; readonly id: string; readonly start: number; readonly end: number }
  /** Looks like a reference but is not a valid id: `{Fig-x}`, `{fig_x}`. */
  | { readonly kind: 'bad-ref'; readonly raw: string; readonly start: number; readonly end: number }

// Not inside `{{ … }}` (template syntax) or `${…}`: those are ordinary text.
const TOKEN = /(?<![{$])\{(?:=([^{}\n]{1,80})|([^\s{}]{1,80}))\}(?!\})/g
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** What looks like an attempt at an id (`{Fig-X}`, `{fig_x}`); `{a:b}` and the like are text. */
const ID_LIKE = /^[\w-]+$/

export function splitProse(text: string): ProsePiece[] {
  const pieces: ProsePiece[] = []
  let last = 0
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index
    const end = start + m[0].length
    const [, literal, id] = m
    if (literal === undefined && id !== undefined && !ID_LIKE.test(id)) continue
    if (start > last) pieces.push({ kind: 'text', text: text.slice(last, start), start: last })
    if (literal !== undefined) pieces.push({ kind: 'literal', text: literal, start, end })
    else if (id !== undefined && ID.test(id)) pieces.push({ kind: 'ref', id, start, end })
    else pieces.push({ kind: 'bad-ref', raw: m[0], start, end })
    last = end
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last), start: last })
  return pieces
}

/** Every reference in a string, in order (for "where is this figure used"). */
export function referencesIn(text: string): string[] {
  return splitProse(text).flatMap((p) => (p.kind === 'ref' ? [p.id] : []))
}
