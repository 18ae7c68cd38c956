import type { Citation } from '@briefing/views'

/**
 * The citations of everything on one slide, for its footer: the numbers of all items,
 * sorted, without duplicates, written as the views write one claim's ("[2, 5]").
 * (The views do not export their citer; see the deck README, "Problems found".)
 */
export function unionCitation(citations: readonly Citation[]): Citation {
  const numbers = [...new Set(citations.flatMap((c) => c.numbers))].sort((a, b) => a - b)
  return { numbers, text: numbers.length === 0 ? '' : `[${numbers.join(', ')}]` }
}
