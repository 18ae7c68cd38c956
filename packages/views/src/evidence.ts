import type { Dataset, SourceKind } from '@briefing/dataset'
import type { SourceNumbers } from './citations.ts'
import type { Messages } from './messages/types.ts'
import type { EvidenceView } from './types.ts'

export type Weigh = (ids: readonly string[]) => EvidenceView

/**
 * The evidence base of a claim, from its source ids alone: which documents read (seeds)
 * support it, directly or only through an outlet or person they cite, and of which kinds.
 * One document is "single-source"; one that is the blog is "blog-only" (the anonymous
 * blog is the weakest of the four); two or more are "multi". Nothing here is typed in
 * the data, so adding a source to a row changes its mark.
 */
export function weigher(
  data: Dataset,
  numbers: SourceNumbers,
  m: Pick<Messages, 'evidence' | 'separator'>,
): Weigh {
  const byId = new Map(data.sources.sources.map((s) => [s.id, s]))
  return (ids) => {
    const seeds = new Map<number, { kind: SourceKind; direct: boolean }>()
    for (const id of ids) {
      const source = byId.get(id)
      const n = numbers.number.get(id)
      if (source === undefined || n === undefined) continue
      const seed = source.via === undefined ? source : byId.get(source.via)
      if (seed === undefined) continue
      const entry = seeds.get(n) ?? { kind: seed.kind, direct: false }
      if (source.via === undefined) entry.direct = true
      seeds.set(n, entry)
    }
    const ordered = [...seeds].sort((a, b) => a[0] - b[0])
    const documents = ordered.length
    const kinds = ordered.map(([, e]) => e.kind)
    const key: EvidenceView['key'] =
      documents >= 2 ? 'multi' : kinds[0] === 'blog' ? 'blog-only' : 'single-source'
    const words = ordered
      .map(([, e]) => `${m.evidence.kind[e.kind]}${e.direct ? '' : m.evidence.secondHand}`)
      .join('·')
    return {
      key,
      label: `${m.evidence.documents(documents)}${m.separator}${words}`,
      mark: key === 'multi' ? '' : m.evidence.mark[key],
      documents,
      numbers: ordered.map(([n]) => n),
      kinds,
      secondHand: ordered.filter(([, e]) => !e.direct).map(([n]) => n),
    }
  }
}
