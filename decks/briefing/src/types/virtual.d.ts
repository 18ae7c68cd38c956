/** The view module served by src/vite/briefingData.ts. */
declare module 'virtual:briefing' {
  import type { BriefingView } from '@briefing/views'

  const view: BriefingView
  export default view
  /** A build's speaker notes as HTML, in deck order (src/data/deckData.ts); undefined in
   * dev, where Slidev's server sends them. */
  export const notesHtml: readonly string[] | undefined
}

/**
 * Modules of Slidev's client (@slidev/client 52.20.1), which the deck's Vite config
 * resolves (Slidev aliases @slidev/client) but which is not a dependency of this package
 * for TypeScript: the slide list and the slide context, as src/titles/SlideTitleText.vue
 * and setup/main.ts use them.
 */
declare module '@slidev/client/logic/slides.ts' {
  import type { ShallowRef } from 'vue'

  /** The part of Slidev's SlideRoute read here (its `meta.slide` is typed loosely upstream). */
  export interface SlideRoute {
    readonly no: number
    readonly meta: {
      readonly slide?: {
        title?: string
        /** The notes the presenter view and notes page show (a build sets it from the data). */
        noteHTML?: string
        readonly frontmatter: Record<string, unknown>
      }
    }
  }
  export const slides: ShallowRef<SlideRoute[]>
}
declare module '@slidev/client/context.ts' {
  import type { ComputedRef } from 'vue'

  export function useSlideContext(): { $page: ComputedRef<number> }
}

/** Slidev's shared presenter state, the part src/presenterTimer.ts writes (state/shared.ts). */
declare module '@slidev/client/state/shared.ts' {
  export const sharedState: {
    timer: {
      status: 'stopped' | 'running' | 'paused'
      startedAt: number
      pausedAt: number
    }
  }
}
