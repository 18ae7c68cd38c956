/**
 * The view in the browser: one shallow ref that every component reads. When the
 * dataset changes, Vite sends a new `virtual:briefing` and this module swaps the ref,
 * so the open slide re-renders without a reload.
 */

import initial, { notesHtml } from 'virtual:briefing'
import type { BriefingView } from '@briefing/views'
import { type ShallowRef, shallowRef } from 'vue'

function announce(view: BriefingView): void {
  // For the dev-loop benchmark: the moment the new view is applied.
  window.dispatchEvent(new CustomEvent('briefing:view-updated', { detail: view.stamp.fingerprint }))
}

// The ref survives this module's own hot updates (hot.data), so components keep it.
const kept = import.meta.hot?.data.view as ShallowRef<BriefingView> | undefined
const state: ShallowRef<BriefingView> = kept ?? shallowRef(initial)
if (kept && kept.value !== initial) {
  kept.value = initial
  announce(initial)
}

if (import.meta.hot) {
  import.meta.hot.data.view = state
  // Written out in full: Vite finds accepted dependencies by reading `import.meta.hot.accept(`.
  import.meta.hot.accept('virtual:briefing', (mod) => {
    const next = (mod as { default?: BriefingView } | undefined)?.default
    if (next) {
      state.value = next
      announce(next)
    }
  })
}

/**
 * A build's speaker notes as HTML, in deck order (src/data/deckData.ts); undefined in dev,
 * where Slidev's server sends them. Read through this module, which accepts the view's hot
 * updates: a second importer of `virtual:briefing` that does not would turn every dataset
 * save in `pnpm dev` into a full page reload (test/dev.test.ts caught it, issue 17).
 */
export const builtNotesHtml: readonly string[] | undefined = notesHtml

export function useBriefing(): ShallowRef<BriefingView> {
  return state
}

/** The colour of an actor's tags and headings; undefined for both / korea / other / contested. */
export function actorColour(view: BriefingView, key: string): string | undefined {
  return view.actors.find((a) => a.key === key)?.colour
}
