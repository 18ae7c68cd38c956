/**
 * The handout page (issue 12, item 6; slidevjs/slidev #595 asks for it, PRs #1072, #1421,
 * #2278 were never merged): the print page of the built deck rearranged in place, so the
 * slides stay vector text, into A4 half pages, each one main-track slide with its talk
 * track (its speaker notes) below. Runs in the browser through Playwright's
 * `page.evaluate` (scripts/printDeck.ts), so it is one self-contained function: no
 * imports, no helpers outside it. Every string arrives as data and is set as
 * textContent, never as HTML.
 */

export interface HandoutEntry {
  readonly title: string
  /** The talk track as lines of text (a list item begins with "· "). */
  readonly notes: readonly string[]
}

export interface HandoutInput {
  readonly entries: readonly HandoutEntry[]
  /** Lines above the first slide (the document title, the edition stamp). */
  readonly heading: readonly string[]
}

export function layoutHandout(input: HandoutInput): number {
  // Slide width on the page: a half page of A4 (271 mm usable) holds the slide and notes.
  const slideMm = 150
  const slides = Array.from(document.querySelectorAll<HTMLElement>('.print-slide-container'))
  const root = document.createElement('main')
  root.id = 'briefing-handout'
  input.heading.forEach((line, i) => {
    const el = document.createElement(i === 0 ? 'h1' : 'p')
    el.className = i === 0 ? 'handout-title' : 'handout-stamp'
    el.textContent = line
    root.append(el)
  })
  input.entries.forEach((entry, i) => {
    const slide = slides[i]
    if (!slide) return
    const item = document.createElement('section')
    item.className = 'handout-entry'
    const frame = document.createElement('div')
    frame.className = 'handout-slide'
    // The slide's own title is the entry's heading; headings in the slide one below.
    for (const h of slide.querySelectorAll('h1, h2, h3, h4, h5, h6'))
      h.setAttribute('aria-level', '3')
    const title =
      slide.querySelector('[data-slide-title]') ?? slide.querySelector('h1, h2, h3, h4, h5, h6')
    title?.setAttribute('role', 'heading')
    title?.setAttribute('aria-level', '2')
    const px = (slideMm * 96) / 25.4
    slide.style.zoom = String(px / slide.offsetWidth)
    frame.append(slide)
    const notes = document.createElement('div')
    notes.className = 'handout-notes'
    for (const line of entry.notes) {
      const p = document.createElement('p')
      p.textContent = line
      notes.append(p)
    }
    item.append(frame, notes)
    root.append(item)
  })
  const style = document.createElement('style')
  // Slidev's print page sets its own @page (the slide canvas) and a page break after
  // every slide; the rules below come later and win.
  style.textContent = `
    @page { size: A4 portrait; margin: 12mm 14mm 14mm; }
    .handout-slide .print-slide-container { break-after: auto !important;
      break-before: auto !important; page-break-after: auto !important; }
    html, html.print, body, html.print body { width: auto !important; height: auto !important;
      min-height: 0 !important; overflow: visible !important; background: #fff !important; }
    #app { display: none !important; }
    #briefing-handout { font-family: Pretendard, sans-serif; color: #1a1a1a; width: 182mm; }
    .handout-title { font-size: 15pt; font-weight: 700; margin: 0 0 1mm; }
    .handout-stamp { font-size: 8.5pt; color: #545454; margin: 0 0 4mm; }
    .handout-entry { break-inside: avoid; min-height: 128mm; margin: 0 0 4mm; }
    .handout-slide { width: ${slideMm}mm; height: ${(slideMm * 9) / 16}mm; overflow: hidden;
      border: 0.3mm solid #c8c8c8; break-inside: avoid; }
    .handout-notes { margin-top: 4mm; font-size: 10pt; line-height: 1.5; word-break: keep-all; }
    .handout-notes p { margin: 0 0 1.2mm; break-inside: avoid; }
  `
  document.head.append(style)
  document.body.append(root)
  return root.querySelectorAll('.handout-entry').length
}
