import type { Dataset } from '@briefing/dataset'
import { formatCitation } from './citationText.ts'
import { SECTION_IDS, SECTIONS } from './sections/registry.ts'
import type { Citation, CitationVia } from './types.ts'

/** The data a reader meets citations in, in order: each section's `cites`, in section order. */
const READING_ORDER = SECTION_IDS.flatMap((id) => SECTIONS[id].cites)

/**
 * How every source id is cited. Only the documents read (the seeds) are numbered, in
 * the order a reader first meets them or anything they cite (the memo's and the deck's
 * shared order); an outlet or person a seed cites takes its seed's number and is named
 * beside it (재인용). A seed never cited follows in sources.yaml order. One numbering
 * for both outputs: [n] in the memo is [n] in the deck.
 */
export interface SourceNumbers {
  /** Every source id → the number it is cited under (a mention: its seed's). */
  readonly number: ReadonlyMap<string, number>
  /** A mention's id → the name the seed gives it ("월스트리트저널(WSJ)"). */
  readonly mention: ReadonlyMap<string, string>
}

export function numberSources(data: Dataset): SourceNumbers {
  const seedOf = new Map(data.sources.sources.map((s) => [s.id, s.via ?? s.id]))
  const seeds = new Map<string, number>()
  const meet = (id: string) => {
    const seed = seedOf.get(id)
    if (seed !== undefined && !seeds.has(seed)) seeds.set(seed, seeds.size + 1)
  }
  const visit = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) {
      if (key === 'sources') {
        for (const id of value) if (typeof id === 'string') meet(id)
      } else for (const item of value) visit(item)
    } else if (value !== null && typeof value === 'object') {
      // An item's own sources before those of its parts: a reader meets a judgment's
      // citation beside its statement, then its dissent's below it.
      const entries = Object.entries(value)
      for (const [k, v] of entries) if (k === 'sources') visit(v, k)
      for (const [k, v] of entries) if (k !== 'sources') visit(v, k)
    }
  }
  for (const [file, key] of READING_ORDER) {
    const content = data[file] as Readonly<Record<string, unknown>>
    visit(key === undefined ? content : content[key])
  }
  for (const s of data.sources.sources) if (s.seed) meet(s.id)
  const number = new Map<string, number>()
  const mention = new Map<string, string>()
  for (const s of data.sources.sources) {
    const n = seeds.get(s.via ?? s.id)
    if (n !== undefined) number.set(s.id, n)
    if (s.via !== undefined) mention.set(s.id, s.name ?? s.title ?? s.id)
  }
  return { number, mention }
}

export type Cite = (ids: readonly string[]) => Citation

/** Turns source ids into "[2, 5]", or "[3] (WSJ 재인용)" when a mention is among them. */
export function citer(numbers: SourceNumbers, viaWord: string): Cite {
  return (ids) => {
    const direct: number[] = []
    const via: CitationVia[] = []
    for (const id of ids) {
      const n = numbers.number.get(id)
      if (n === undefined) continue
      const name = numbers.mention.get(id)
      if (name === undefined) direct.push(n)
      else via.push({ number: n, names: [name], word: viaWord })
    }
    return formatCitation(direct, via)
  }
}
