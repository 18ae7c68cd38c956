import type { BriefingView } from '@briefing/views'
import { pageOf as pageText } from '@briefing/views/browser'

/** "2 / 3" from the view's own template (labels.pageOf), as the memo numbers its pages. */
export function pageOf(view: BriefingView, page: number, total: number): string {
  return pageText(view.labels.pageOf, page, total)
}
