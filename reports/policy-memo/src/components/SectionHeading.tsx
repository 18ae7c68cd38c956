import type { BriefingView, SectionId } from '@briefing/views'
import { s } from '../styles.ts'
import { MemoText } from './MemoText.tsx'

/** Room a heading wants below it on its page, so it is never stranded at the bottom. */
export const KEEP_WITH_NEXT = 110

/** A numbered section heading, from the view's section list; an H2 under the title's H1. */
export function SectionHeading({
  view,
  id,
  compact,
}: {
  view: BriefingView
  id: SectionId
  /** The front page's tighter heading. */
  compact?: boolean
}) {
  const section = view.sections.find((x) => x.id === id)
  if (!section) return null
  return (
    <MemoText
      style={compact ? s.sectionHeadingCompact : s.sectionHeading}
      minPresenceAhead={KEEP_WITH_NEXT}
      bookmark={{ title: section.heading, fit: true }}
      tag="H2"
    >
      {section.heading}
    </MemoText>
  )
}
