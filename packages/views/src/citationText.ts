import type { Citation } from './types.ts'

/** "[2, 5]": numbers sorted, duplicates dropped. The one citation format of both outputs. */
export function formatCitation(numbers: readonly number[]): Citation {
  const list = [...new Set(numbers)].sort((a, b) => a - b)
  return { numbers: list, text: list.length === 0 ? '' : `[${list.join(', ')}]` }
}

/** The citations of several claims together, e.g. for a slide footer or a table. */
export function unionCitation(citations: readonly Citation[]): Citation {
  return formatCitation(citations.flatMap((c) => c.numbers))
}
