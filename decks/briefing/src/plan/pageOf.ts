import type { BriefingView } from '@briefing/views'
import { pageOf as pageText } from '@briefing/views/browser'

/** "2 / 3" from the view's own template (labels.pageOf), as the memo numbers its pages. */
export function pageOf(view: BriefingView, page: number, total: number): string {
  return pageText(view.labels.pageOf, page, total)
}

/**
 * The footer's slide counter, as an audience reads it: on the main track "n / 12" (the
 * talk's own count, from the storyline in the view), in the appendix its own count after
 * the divider ("부록 3 / 30"), not the whole deck's "n / 43". `no` is the slide's 1-based
 * number in the deck, `total` the deck's slide count; the divider follows the main track.
 */
export function footerCounter(view: BriefingView, no: number, total: number): string {
  const main = view.talk.slides.length
  if (no <= main) return pageOf(view, no, main)
  const appendixNo = no - main - 1
  const appendixTotal = total - main - 1
  if (appendixNo < 1 || appendixTotal < 1) return ''
  return `${view.labels.appendix} ${pageOf(view, appendixNo, appendixTotal)}`
}
