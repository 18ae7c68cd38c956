import type { BriefingView } from '@briefing/views'

/** "2 / 3" from the view's own template (labels.pageOf), as the memo numbers its pages. */
export function pageOf(view: BriefingView, page: number, total: number): string {
  return view.labels.pageOf.replace('{page}', String(page)).replace('{total}', String(total))
}
