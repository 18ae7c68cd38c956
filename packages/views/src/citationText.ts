import type { Citation, CitationVia } from './types.ts'

/**
 * The one citation format of both outputs. Numbers are those of the documents read
 * (sorted, duplicates dropped); an outlet or person a document cites is named after the
 * numbers with the word for "cited in" (재인용), never numbered itself:
 * "[3] (WSJ 재인용)", "[1, 3] (3: 업계 관계자들·리스 맥과이어 재인용)".
 */
export function formatCitation(
  numbers: readonly number[],
  via: readonly CitationVia[] = [],
): Citation {
  const list = [...new Set([...numbers, ...via.map((v) => v.number)])].sort((a, b) => a - b)
  const numbersText = list.length === 0 ? '' : `[${list.join(', ')}]`
  const merged = mergeVia(via)
  const tail = merged.map((v) =>
    list.length === 1
      ? `${v.names.join('·')} ${v.word}`
      : `${v.number}: ${v.names.join('·')} ${v.word}`,
  )
  return {
    numbers: list,
    numbersText,
    text: tail.length === 0 ? numbersText : `${numbersText} (${tail.join('; ')})`,
    via: merged,
  }
}

/** The citations of several claims together, e.g. for a slide footer or a table. */
export function unionCitation(citations: readonly Citation[]): Citation {
  return formatCitation(
    citations.flatMap((c) => c.numbers),
    citations.flatMap((c) => c.via ?? []),
  )
}

/** One entry per document number, names in first-met order without repeats. */
function mergeVia(via: readonly CitationVia[]): CitationVia[] {
  const byNumber = new Map<number, { names: string[]; word: string }>()
  for (const v of via) {
    const entry = byNumber.get(v.number) ?? { names: [], word: v.word }
    for (const n of v.names) if (!entry.names.includes(n)) entry.names.push(n)
    byNumber.set(v.number, entry)
  }
  return [...byNumber]
    .sort((a, b) => a[0] - b[0])
    .map(([number, e]) => ({ number, names: e.names, word: e.word }))
}
