/**
 * Which slides are the talk and how the printed deck's outline nests (issue 12, items 6
 * and 8). Pure: slide titles in, numbers out; scripts/printDeck.ts applies them.
 *
 * The contract with the slides (whatever slides.md and src/plan/ make of the storyline):
 * the main track is every slide before the first slide titled as the appendix divider
 * (`view.labels.appendix`, "부록"; all slides when there is none); a slide's talk track
 * is its speaker notes.
 */

export interface SlideHead {
  readonly title: string
}

/** How many slides the main track has: those before the first appendix divider. */
export function mainTrackLength(slides: readonly SlideHead[], appendixTitle: string): number {
  const at = slides.findIndex((s) => s.title.trim() === appendixTitle)
  return at < 0 ? slides.length : at
}

/**
 * The heading level of each slide's title in the PDF, from which Chromium builds the
 * outline (bookmarks): a slide whose title differs from the one before opens a section
 * (level 1; level 2 inside the appendix, under its divider at level 1), and a
 * slide that repeats the title before it (a table or chart continued) nests one deeper,
 * so the outline has one top entry per section rather than one per page.
 */
export function outlineLevels(slides: readonly SlideHead[], appendixTitle: string): number[] {
  const appendix = mainTrackLength(slides, appendixTitle)
  return slides.map((s, i) => {
    if (i === appendix) return 1
    const base = i > appendix ? 2 : 1
    const previous = i > 0 ? slides[i - 1] : undefined
    return previous !== undefined && previous.title === s.title ? base + 1 : base
  })
}
