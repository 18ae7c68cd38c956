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
  /** A main-track slide (`[data-main-track]`): held to the talk's rules. */
  readonly mainTrack: boolean
  /** Eojeol (whitespace-separated tokens) of visible text, running header and footer excepted. */
  readonly words: number
  /** The smallest text on the slide in canvas px, running header and footer excepted. */
  readonly minText: number
}

/**
 * Smallest text, in px on the 1280 px canvas (= pt × 4/3 on a 960 pt slide): the main
 * track 18 pt, the appendix 14 pt (issue 12). The running header, footer and colophon
 * (`[data-small-ok]`) are exempt.
 */
export const MIN_TEXT_PX = { main: 24, appendix: (14 * 4) / 3 } as const
/** At most this many eojeol of visible text on a main-track slide (issue 12). */
export const MAX_MAIN_WORDS = 40

/**
 * Runs in the page: what is wrong with slide `no` as laid out. Self-contained (Playwright
 * sends the function's source), so the limits come in as an argument.
 */
export function inspectSlide([no, limits]: [number, typeof MIN_TEXT_PX]): SlideReport {
  const slide = document.querySelector(`.slidev-page-${no}`) as HTMLElement | null
  if (!slide)
    return {
      no,
      outside: ['slide not found'],
      overflowing: [],
      small: [],
      title: '',
      mainTrack: false,
      words: 0,
      minText: 0,
    }
  const box = slide.getBoundingClientRect()
  // Slidev scales the 1280 px canvas to the window: sizes are reported on the canvas.
  const scale = box.width / 1280
  const mainTrack = slide.querySelector('[data-main-track]') !== null
  const least = mainTrack ? limits.main : limits.appendix
  const name = (el: Element): string =>
    `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`
  // The frame's content box: inside its side padding (the margins of the slide).
  const frame = slide.querySelector('[data-frame]') as HTMLElement | null
  const content = (() => {
    if (!frame) return { left: box.left, right: box.right }
    const r = frame.getBoundingClientRect()
    const cs = getComputedStyle(frame)
    return {
      left: r.left + Number.parseFloat(cs.paddingLeft) * scale,
      right: r.right - Number.parseFloat(cs.paddingRight) * scale,
    }
  })()
  const outside: string[] = []
  const small: string[] = []
  let minText = Number.POSITIVE_INFINITY
  const ownText = (el: Element): boolean =>
    Array.from(el.childNodes).some(
      (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
    )
  const visible = (el: Element): boolean => {
    const cs = getComputedStyle(el)
    return cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0
  }
  const measureText = (el: Element, canvasPx: number): void => {
    if (el.closest('[data-small-ok]') || !visible(el)) return
    minText = Math.min(minText, canvasPx)
    if (canvasPx < least - 0.01) small.push(`${name(el)} at ${canvasPx.toFixed(1)}px`)
  }
  for (const el of Array.from(slide.querySelectorAll('*'))) {
    // Inside an <svg> the viewBox clips on purpose; the <svg> element itself is checked,
    // and its text by the size it is drawn at (font size in user units × the SVG's scale).
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') {
      if (ownText(el) && el instanceof SVGGraphicsElement) {
        const ctm = el.getScreenCTM()
        const drawn = ctm ? Math.hypot(ctm.a, ctm.b) : 1
        measureText(el, (Number.parseFloat(getComputedStyle(el).fontSize) * drawn) / scale)
      }
      continue
    }
    const r = el.getBoundingClientRect()
    if (r.width === 0 && r.height === 0) continue
    if (
      r.left < box.left - 1 ||
      r.top < box.top - 1 ||
      r.right > box.right + 1 ||
      r.bottom > box.bottom + 1
    )
      outside.push(name(el))
    // Past the slide's side margins: a long unbroken word, or a row of cards squashed
    // until the last passes the margin (issue 12).
    else if (
      el !== frame &&
      frame?.contains(el) &&
      (r.right > content.right + 1 || r.left < content.left - 1)
    )
      outside.push(
        `${name(el)} past the side margin by ${Math.round(Math.max(r.right - content.right, content.left - r.left) / scale)}px`,
      )
    // Wider than its own box: a long unbroken word runs out sideways (issue 15, class H),
    // which the box itself, and the check above, do not show.
    const e = el as HTMLElement
    if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
      outside.push(`${name(el)} wider than its box by ${e.scrollWidth - e.clientWidth}px`)
    if (ownText(el)) measureText(el, Number.parseFloat(getComputedStyle(el).fontSize))
  }
  // Words a person reads: every visible text node outside the running header and footer.
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
  const texts: string[] = []
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement
    if (!parent || parent.closest('[data-small-ok]') || !visible(parent)) continue
    if (parent.getClientRects().length === 0) continue
    texts.push(n.textContent ?? '')
  }
  // Eojeol, so a separator standing alone ("·", "—") is not a word a person reads.
  const words = texts
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length
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
  return {
    no,
    outside,
    overflowing,
    small,
    title,
    mainTrack,
    words,
    minText: Number.isFinite(minText) ? minText : 0,
  }
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
    reports.push(
      await page.evaluate(inspectSlide, [no, MIN_TEXT_PX] as [number, typeof MIN_TEXT_PX]),
    )
    if (screenshots)
      await page.screenshot({ path: join(screenshots, `slide-${String(no).padStart(2, '0')}.png`) })
  }
  return reports
}

/** The reports that found something wrong (sizes, overflow; the word count is the talk's). */
export function badSlides(reports: readonly SlideReport[]): SlideReport[] {
  return reports.filter((r) => r.outside.length + r.overflowing.length + r.small.length > 0)
}

/** Main-track slides with more than MAX_MAIN_WORDS eojeol, as "slide n: w words". */
export function wordyMainSlides(reports: readonly SlideReport[]): string[] {
  return reports
    .filter((r) => r.mainTrack && r.words > MAX_MAIN_WORDS)
    .map((r) => `slide ${r.no}: ${r.words} words`)
}
