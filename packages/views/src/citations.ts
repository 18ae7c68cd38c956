import type { Dataset } from '@briefing/dataset'
import { formatCitation } from './citationText.ts'
import { SECTION_IDS, SECTIONS } from './sections/registry.ts'
import type { Citation } from './types.ts'

/** The data a reader meets citations in, in order: each section's `cites`, in section order. */
const READING_ORDER = SECTION_IDS.flatMap((id) => SECTIONS[id].cites)

/**
 * Citation numbers: sources are numbered in the order a reader first meets them
 * (the memo's and the deck's shared order); sources reached only through another
 * (a seed that is cited via its outlets) follow in sources.yaml order. One numbering
 * for both outputs: [n] in the memo is [n] in the deck.
 */
export function numberSources(data: Dataset): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>()
  const visit = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) {
      if (key === 'sources') {
        for (const id of value)
          if (typeof id === 'string' && !numbers.has(id)) numbers.set(id, numbers.size + 1)
      } else for (const item of value) visit(item)
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k)
    }
  }
  for (const [file, key] of READING_ORDER) {
    const content = data[file] as Readonly<Record<string, unknown>>
    visit(key === undefined ? content : content[key])
  }
  for (const s of data.sources.sources) if (!numbers.has(s.id)) numbers.set(s.id, numbers.size + 1)
  return numbers
}

export type Cite = (ids: readonly string[]) => Citation

/** Turns source ids into "[2, 5]". */
export function citer(numbers: ReadonlyMap<string, number>): Cite {
  return (ids) =>
    formatCitation(ids.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined))
}
