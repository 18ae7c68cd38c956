import type { FactAtom, FactItem } from '@briefing/views'
import { normalise } from './outputs.ts'

/**
 * The fact-atom proof over read-back text. A page (a slide with its speaker notes, a
 * memo page) shows an item when its handle is on it; it must then carry each of the
 * item's atoms exactly as the views wrote them. Handles shorter than this are not
 * looked for: a two-syllable row name ("반도체") also occurs in a headline, which is not
 * the row being shown.
 */
export const MIN_HANDLE = 8

export interface ShownPage {
  /** "deck slide 12", "memo page 3" */
  readonly name: string
  /** Where the handle is looked for (the slide's face, normalised). */
  readonly face: string
  /** Where the atoms may stand: the face, plus the slide's notes for the deck. */
  readonly around: string
}

export interface AtomCheck {
  /** Item × page pairs checked: the proof is vacuous when this is 0. */
  readonly shown: ReadonlyArray<{ readonly what: string; readonly page: string }>
  /** "deck slide 12 shows figure fig-x but not its value "최대 2년"" */
  readonly missing: readonly string[]
}

export function checkAtoms(items: readonly FactItem[], pages: readonly ShownPage[]): AtomCheck {
  const shown: { what: string; page: string }[] = []
  const missing: string[] = []
  for (const item of items) {
    const handle = normalise(item.handle)
    if (handle.length < MIN_HANDLE) continue
    for (const page of pages) {
      if (!page.face.includes(handle)) continue
      shown.push({ what: item.what, page: page.name })
      for (const a of item.atoms) {
        if (!shows(page.around, a)) {
          missing.push(`${page.name} shows ${item.what} but not its ${a.kind} "${a.text}"`)
        }
      }
    }
  }
  return { shown, missing }
}

/**
 * Whether a page shows an atom. A citation's numbers may stand in a union beside the
 * item (a slide's footer cites "[1, 2, 3, 4]" for the judgments it shows): every number
 * of the atom in one bracket on the page; the 재인용 names after the numbers are the
 * same claim's and are not required. Every other atom appears exactly.
 */
function shows(around: string, a: FactAtom): boolean {
  const text = normalise(a.text)
  if (around.includes(text)) return true
  if (a.kind !== 'citation') return false
  const wanted = text.match(/\d+/g) ?? []
  for (const m of around.matchAll(/\[([\d,]+)\]/g)) {
    const have = new Set((m[1] ?? '').split(','))
    if (wanted.every((n) => have.has(n))) return true
  }
  return false
}
