/**
 * The overflow check of a built deck, shared by the deck's browser test (dist/) and the
 * large-dataset test in tests/ (a scratch build): every slide walked in a real Chromium
 * with the keyboard, as a presenter would, each one inspected where it is laid out.
 */
import { join } from 'node:path'
import type { Page } from 'playwright-core'

export interface SlideReport {
  readonly no: number
  readonly outside: string[]
  readonly overflowing: string[]
  readonly small: string[]
  readonly title: string
}

/** Runs in the page: what is wrong with slide `no` as laid out. */
export function inspectSlide(no: number): SlideReport {
  const slide = document.querySelector(`.slidev-page-${no}`) as HTMLElement | null
  if (!slide) return { no, outside: ['slide not found'], overflowing: [], small: [], title: '' }
  const box = slide.getBoundingClientRect()
  const name = (el: Element): string =>
    `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`
  const outside: string[] = []
  const small: string[] = []
  for (const el of Array.from(slide.querySelectorAll('*'))) {
    // Inside an <svg> the viewBox clips on purpose; the <svg> element itself is checked.
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue
    const r = el.getBoundingClientRect()
    if (r.width === 0 && r.height === 0) continue
    if (
      r.left < box.left - 1 ||
      r.top < box.top - 1 ||
      r.right > box.right + 1 ||
      r.bottom > box.bottom + 1
    )
      outside.push(name(el))
    // Wider than its own box: a long unbroken word runs out sideways (issue 15, class H),
    // which the box itself, and the check above, do not show.
    const e = el as HTMLElement
    if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
      outside.push(`${name(el)} wider than its box by ${e.scrollWidth - e.clientWidth}px`)
    const hasText = Array.from(el.childNodes).some(
      (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
    )
    if (hasText && !el.closest('[data-small-ok]')) {
      const size = Number.parseFloat(getComputedStyle(el).fontSize)
      if (size < 17.5) small.push(`${name(el)} at ${size}px`)
    }
  }
  const overflowing: string[] = []
  for (const fit of Array.from(slide.querySelectorAll('[data-fit]'))) {
    const f = fit as HTMLElement
    if (f.scrollHeight > f.clientHeight + 1)
      overflowing.push(`${name(f)} by ${f.scrollHeight - f.clientHeight}px`)
    const bottom = f.getBoundingClientRect().bottom
    for (const child of Array.from(f.querySelectorAll('*')))
      if (!child.closest('svg') || child.tagName.toLowerCase() === 'svg')
        if (child.getBoundingClientRect().bottom > bottom + 1) overflowing.push(name(child))
  }
  if (slide.querySelector('[data-overflow]')) overflowing.push('SlideFrame reported an overflow')
  const title = slide.querySelector('[data-slide-title]')?.textContent?.trim() ?? ''
  return { no, outside, overflowing, small, title }
}

/**
 * Opens slide 1 of the deck served at `baseUrl` and steps through `count` slides with
 * the arrow key, inspecting each after fonts have settled; a screenshot of each goes to
 * `screenshots` when given (slide-01.png, …).
 */
export async function inspectSlides(
  page: Page,
  baseUrl: string,
  count: number,
  screenshots?: string,
): Promise<SlideReport[]> {
  const reports: SlideReport[] = []
  await page.goto(`${baseUrl}/1`, { waitUntil: 'load' })
  for (let no = 1; no <= count; no++) {
    if (no > 1) await page.keyboard.press('ArrowRight')
    await page.waitForURL(new RegExp(`/${no}(\\?.*)?$`))
    await page.locator(`.slidev-page-${no}`).waitFor({ state: 'visible' })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    // Let the frame's own fit check run after fonts settle.
    await page.waitForTimeout(60)
    reports.push(await page.evaluate(inspectSlide, no))
    if (screenshots)
      await page.screenshot({ path: join(screenshots, `slide-${String(no).padStart(2, '0')}.png`) })
  }
  return reports
}

/** The reports that found something wrong. */
export function badSlides(reports: readonly SlideReport[]): SlideReport[] {
  return reports.filter((r) => r.outside.length + r.overflowing.length + r.small.length > 0)
}
