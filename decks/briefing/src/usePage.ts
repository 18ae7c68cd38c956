import { type ComputedRef, computed } from 'vue'
import { type DeckPlan, planDeck, type SlideKind } from './plan/plan.ts'
import { useBriefing } from './view.ts'

/**
 * What slide `part` of a kind shows, from the same plan that made the slides. Undefined
 * for a moment after a dataset save removed that page, until Slidev drops the slide.
 */
export function usePage<K extends SlideKind>(
  kind: K,
  part: () => number | undefined,
): ComputedRef<DeckPlan[K][number] | undefined> {
  const view = useBriefing()
  return computed(() => {
    const pages = planDeck(view.value)[kind] as DeckPlan[K]
    return pages[part() ?? 0] as DeckPlan[K][number] | undefined
  })
}
