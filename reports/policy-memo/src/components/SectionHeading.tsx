import type { BriefingView, SectionId } from '@briefing/views'
import { s } from '../styles.ts'
import { MemoText } from './MemoText.tsx'

/** Room a heading wants below it on its page, so it is never stranded at the bottom. */
export const KEEP_WITH_NEXT = 110
/** A table heading wants its column header and a few rows below it. */
export const KEEP_WITH_TABLE = 200

/** A numbered section heading, from the view's section list; an H2 under the title's H1. */
export function SectionHeading({
  view,
  id,
  compact,
  ahead = KEEP_WITH_NEXT,
}: {
  view: BriefingView
  id: SectionId
  /** The front page's tighter heading. */
  compact?: boolean
  /** Room to keep below it on its page (default KEEP_WITH_NEXT). */
  ahead?: number
}) {
  const section = view.sections.find((x) => x.id === id)
  if (!section) return null
  return (
    <MemoText
      style={compact ? s.sectionHeadingCompact : s.sectionHeading}
      minPresenceAhead={ahead}
      bookmark={{ title: section.heading, fit: true }}
      tag="H2"
    >
      {section.heading}
    </MemoText>
  )
}
