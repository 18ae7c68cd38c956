import type { BriefingView } from '@briefing/views'
import { pageOf } from './pageOf.ts'
import { type DeckPlan, SLIDE_KINDS, type SlideKind } from './plan.ts'

/**
 * A slide's title as plain text ("요지 (2 / 3)"), from the plan, for Slidev's go-to
 * dialog, overview and presenter view. It never goes into slides.md: Slidev compiles a
 * frontmatter `title` as Markdown into a Vue template (/@slidev/title-renderer.md), so a
 * title from the dataset would run as code (issue 15, class A). Components bind it as
 * text instead (components/SlideTitleText.vue, setup/main.ts).
 */
export function slideTitleText(
  view: BriefingView,
  plan: DeckPlan,
  kind: unknown,
  part: unknown,
): string | undefined {
  if (typeof kind !== 'string' || !(SLIDE_KINDS as readonly string[]).includes(kind))
    return undefined
  const pages = plan[kind as SlideKind] as ReadonlyArray<{
    readonly title?: string
    readonly page?: number
    readonly pages?: number
  }>
  const page = pages[typeof part === 'number' ? part : 0]
  if (!page?.title) return undefined
  return page.page !== undefined && page.pages !== undefined && page.pages > 1
    ? `${page.title} (${pageOf(view, page.page, page.pages)})`
    : page.title
}
