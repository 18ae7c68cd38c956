import type { Labels } from './types.ts'

/**
 * "3 / 12" from the labels' template: the memo fills it on every page, the deck on a
 * section's continued slides. Dependency-free, so the deck's browser code may use it.
 */
export function pageOf(template: string, page: number, total: number): string {
  return template.replace('{page}', String(page)).replace('{total}', String(total))
}

/** "3. 미중 역량 비교 · 2 / 3": a section heading on one of its several slides. */
export function headingWithPage(
  labels: Pick<Labels, 'pageOf' | 'separator'>,
  heading: string,
  page: number,
  total: number,
): string {
  return `${heading}${labels.separator}${pageOf(labels.pageOf, page, total)}`
}

/**
 * "3. 미중 역량 비교": a section's number and title. The memo numbers its chapters; the
 * deck's appendix numbers the sections it shows, in order, so its headers never skip.
 */
export function sectionHeading(number: number, title: string): string {
  return `${number}. ${title}`
}
