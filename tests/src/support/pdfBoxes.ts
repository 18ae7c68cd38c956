/**
 * Where text sits on the pages of a PDF, as pdf.js reads it (the same reader the text
 * checks use), and the page checks of the large-dataset test on top of it: text inside
 * the page's frame, no two pieces of text on top of each other, nothing across the
 * running header's or footer's rule, and a table's column header on every page it spans.
 */
import { readFileSync } from 'node:fs'
import { getDocumentProxy } from 'unpdf'
import { normalise } from './outputs.ts'

/** One piece of text on a page, in points from the page's top-left corner. */
export interface TextBox {
  readonly page: number
  readonly text: string
  readonly left: number
  readonly right: number
  /** Top and bottom of the glyphs' body (baseline − 0.8 em … baseline + 0.2 em). */
  readonly top: number
  readonly bottom: number
  readonly baseline: number
  readonly size: number
}

export interface PdfPages {
  readonly width: number
  readonly height: number
  /** Text boxes per page, in content-stream order (pages[0] is page 1). */
  readonly pages: readonly (readonly TextBox[])[]
  /** Each page's text as pdf.js joins it, normalised as the text checks compare. */
  readonly text: readonly string[]
}

/** pdf.js's text item: the fields used here (unpdf re-exports pdf.js without this type). */
interface TextItem {
  readonly str: string
  readonly transform: readonly number[]
  readonly width: number
}

export async function readPdfPages(path: string): Promise<PdfPages> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)))
  const pages: TextBox[][] = []
  const text: string[] = []
  let width = 0
  let height = 0
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const [x0, y0, x1, y1] = page.view as [number, number, number, number]
    width = x1 - x0
    height = y1 - y0
    const content = await page.getTextContent()
    const boxes: TextBox[] = []
    for (const item of content.items as unknown as TextItem[]) {
      if (typeof item.str !== 'string' || item.str.trim() === '') continue
      const [a, b, , , e, f] = item.transform as [number, number, number, number, number, number]
      const size = Math.hypot(a, b)
      const baseline = height - f
      boxes.push({
        page: n,
        text: item.str,
        left: e,
        right: e + item.width,
        top: baseline - 0.8 * size,
        bottom: baseline + 0.2 * size,
        baseline,
        size,
      })
    }
    pages.push(boxes)
    text.push(normalise(boxes.map((b) => b.text).join('')))
  }
  return { width, height, pages, text }
}

const describe = (b: TextBox): string =>
  `page ${b.page} "${b.text.slice(0, 30)}" at x ${b.left.toFixed(1)}–${b.right.toFixed(1)}, y ${b.top.toFixed(1)}–${b.bottom.toFixed(1)}`

/** Text outside the frame: `side` from the left and right edges, `inset` from top and bottom. */
export function outsideFrame(pdf: PdfPages, side: number, inset: number, slack = 0.5): string[] {
  return pdf.pages
    .flat()
    .flatMap((b) =>
      b.left < side - slack ||
      b.right > pdf.width - side + slack ||
      b.top < inset - slack ||
      b.bottom > pdf.height - inset + slack
        ? [describe(b)]
        : [],
    )
}

/**
 * Pairs of text pieces drawn over each other: more than `slack` points of overlap both
 * ways, measured on the glyphs' core (baseline − 0.7 em … baseline + 0.1 em) so that two
 * lines set close together do not count.
 */
export function overlaps(pdf: PdfPages, slack = 0.5): string[] {
  const out: string[] = []
  for (const boxes of pdf.pages) {
    const core = boxes.map((b) => ({
      b,
      top: b.baseline - 0.7 * b.size,
      bottom: b.baseline + 0.1 * b.size,
    }))
    for (let i = 0; i < core.length; i++) {
      const p = core[i] as (typeof core)[number]
      for (let j = i + 1; j < core.length; j++) {
        const q = core[j] as (typeof core)[number]
        const across = Math.min(p.b.right, q.b.right) - Math.max(p.b.left, q.b.left)
        const down = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top)
        if (across > slack && down > slack) out.push(`${describe(p.b)} overlaps ${describe(q.b)}`)
      }
    }
  }
  return out
}

/** How the running header and footer are found on a page (see `chromeOf`). */
export interface Chrome {
  /** The handling marking printed in the running header. */
  readonly marking: string
  /** The page number as the footer prints it on page `n`. */
  readonly pageNumber: (n: number) => string
}

/**
 * The running header and footer of page `n` (1-based): the header is the text above the
 * bottom of its marking's text (the marking box is aligned to the header's last line);
 * the footer is the text from the page number's top down. Undefined when either is missing.
 */
function chromeOf(
  boxes: readonly TextBox[],
  n: number,
  chrome: Chrome,
): { header: TextBox[]; footer: TextBox[] } | undefined {
  const mark = boxes
    .filter((b) => b.text.trim() === chrome.marking)
    .sort((a, b) => a.top - b.top)[0]
  const number = boxes.find((b) => b.text.trim() === chrome.pageNumber(n))
  if (!mark || !number) return undefined
  return {
    header: boxes.filter((b) => b.top < mark.bottom),
    footer: boxes.filter((b) => b.bottom > number.top),
  }
}

/**
 * Body text that comes within `gap` points of the running header or footer (or past it).
 * Between them and the body lie a rule and a margin.
 */
export function intoChrome(pdf: PdfPages, chrome: Chrome, gap: number): string[] {
  const out: string[] = []
  pdf.pages.forEach((boxes, i) => {
    const found = chromeOf(boxes, i + 1, chrome)
    if (!found) {
      out.push(`page ${i + 1}: no running header marking or page number found`)
      return
    }
    const headerBottom = Math.max(...found.header.map((b) => b.bottom))
    const footerTop = Math.min(...found.footer.map((b) => b.top))
    for (const b of boxes) {
      if (found.header.includes(b) || found.footer.includes(b)) continue
      if (b.top < headerBottom + gap)
        out.push(`${describe(b)} is within ${gap} pt of the running header`)
      if (b.bottom > footerTop - gap)
        out.push(`${describe(b)} is within ${gap} pt of the running footer`)
    }
  })
  return out
}

/**
 * The text of the body as a reader follows it over page breaks: every page without its
 * running header and footer, joined and normalised. (The text of the whole PDF has the
 * footer and the next header in the middle of any paragraph a page break splits.)
 */
export function bodyText(pdf: PdfPages, chrome: Chrome): string {
  return normalise(
    pdf.pages
      .map((boxes, i) => {
        const found = chromeOf(boxes, i + 1, chrome)
        const skip = new Set([...(found?.header ?? []), ...(found?.footer ?? [])])
        return boxes
          .filter((b) => !skip.has(b))
          .map((b) => b.text)
          .join('')
      })
      .join(''),
  )
}

export interface TableRun {
  readonly name: string
  /** The column header's text, in reading order. */
  readonly header: string
  /** Each row's text in reading order (rows are never split over pages). */
  readonly rows: readonly string[]
}

/**
 * For tables that may run over pages: the pages that show rows of a table without its
 * column header right above them (after whatever rows come before on that page), and
 * the rows that are on no page whole.
 */
export function headerGaps(pdf: PdfPages, tables: readonly TableRun[]): string[] {
  const problems: string[] = []
  const found = tables.map(() => new Set<number>())
  pdf.text.forEach((page, i) => {
    const at = tables.flatMap((t, ti) =>
      t.rows.flatMap((r, k) => {
        const row = normalise(r)
        const index = page.indexOf(row)
        return index >= 0 ? [{ ti, k, index, end: index + row.length }] : []
      }),
    )
    tables.forEach((t, ti) => {
      const mine = at.filter((a) => a.ti === ti)
      if (mine.length === 0) return
      for (const a of mine) found[ti]?.add(a.k)
      const first = Math.min(...mine.map((a) => a.index))
      const before = Math.max(0, ...at.filter((a) => a.end <= first).map((a) => a.end))
      const headerAt = page.lastIndexOf(normalise(t.header), first)
      if (headerAt < before)
        problems.push(`page ${i + 1}: ${t.name} continues without its column header`)
    })
  })
  tables.forEach((t, ti) => {
    t.rows.forEach((_, k) => {
      if (!found[ti]?.has(k)) problems.push(`${t.name}: row ${k + 1} is on no page whole`)
    })
  })
  return problems
}
