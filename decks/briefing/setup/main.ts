/**
 * Slidev's client app setup, for two things:
 * - titles from the dataset reach Slidev as text, never through slides.md (issue 15,
 *   class A; see src/plan/slideTitle.ts): each slide route's title (the overview, the
 *   go-to dialog's search, the presenter's notes print) and the page title in the tab;
 * - in a build, each slide's speaker notes from the page's data asset (issue 17;
 *   src/data/deckData.ts): the site Vite compiles holds none, so a content edit need not
 *   recompile it. Slidev's presenter view and notes page read `meta.slide.noteHTML`;
 * - the page's language, and the presenter timer started by the first slide change
 *   (src/presenterTimer.ts, issue 12);
 * - in `pnpm dev`, the panel that shows an invalid dataset save in Korean
 *   (src/vite/problemsOverlay.ts; it does nothing in a build, where there is no hot-reload
 *   channel). Slidev serves its index.html without Vite's transformIndexHtml, so a plugin
 *   cannot inject the script there.
 */

import { slides } from '@slidev/client/logic/slides.ts'
import { sharedState } from '@slidev/client/state/shared.ts'
import { defineAppSetup } from '@slidev/types'
import { watchEffect } from 'vue'
import { planDeck } from '../src/plan/plan.ts'
import { slideTitleText } from '../src/plan/slideTitle.ts'
import { startTimerOnFirstSlideChange } from '../src/presenterTimer.ts'
import { builtNotesHtml, useBriefing } from '../src/view.ts'
import '../src/vite/problemsOverlay.ts'

/** The head unhead's Vue plugin puts on the app (@unhead/vue 3, `$head`). */
interface Head {
  push(input: { title: string }, options?: { tagPriority?: 'critical' }): unknown
}

export default defineAppSetup(({ app, router }) => {
  const view = useBriefing()
  // Before the app mounts, so before Slidev's useSlideInfo takes `meta.slide` (a build
  // reads it once: @slidev/client 52.20.1, composables/useSlideInfo.ts).
  if (builtNotesHtml)
    for (const route of slides.value) {
      if (route.meta.slide) route.meta.slide.noteHTML = builtNotesHtml[route.no - 1] ?? ''
    }
  // The page's language from the dataset (Slidev writes <html lang="en">): screen readers
  // and Chromium's tagged PDF (/Lang in briefing.pdf and the handout) take it from here.
  watchEffect(() => {
    document.documentElement.lang = view.value.document.language
  })
  startTimerOnFirstSlideChange(router, () => sharedState.timer)
  watchEffect(() => {
    const plan = planDeck(view.value)
    for (const route of slides.value) {
      const slide = route.meta.slide
      if (!slide) continue
      const title = slideTitleText(view.value, plan, slide.frontmatter.plan, slide.frontmatter.part)
      if (title !== undefined) slide.title = title
    }
  })
  // Above Slidev's own entry (its `slidesTitle`, a constant here) on every page.
  const head = app.config.globalProperties.$head as Head | undefined
  head?.push({ title: view.value.header.title }, { tagPriority: 'critical' })
})
