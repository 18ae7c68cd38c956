/**
 * The memo is a tagged PDF (issue 14): reads the structure tree back with pdfjs (unpdf),
 * from the rendered bytes, and holds it against the view. Nothing is mocked: the
 * marked-content operators in each page's content stream are matched to the structure
 * tree's content ids, as a screen reader does.
 */
import { join } from 'node:path'
import { type BriefingView, pageOf } from '@briefing/views'
import { defaultDataDir, formatProblem, loadBriefing, workspaceRoot } from '@briefing/views/node'
import { getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import { pdfObjects, pdfObjectsText } from './pdfObjects.ts'
import { renderMemo } from './render.ts'

const fixtureDir = join(workspaceRoot, 'packages/dataset/fixtures/minimal')
const squash = (text: string) => text.replace(/\s+/g, '')

/** A node of pdfjs' per-page structure tree (page.getStructTree()). */
interface StructNode {
  readonly role?: string
  readonly alt?: string
  readonly children?: readonly (StructNode | { readonly type: 'content'; readonly id: string })[]
}
type StructChild = NonNullable<StructNode['children']>[number]
const isContent = (c: StructChild): c is { type: 'content'; id: string } =>
  'type' in c && c.type === 'content'

/** One structure element as read in logical order, with the text of its own content. */
interface Element {
  readonly role: string
  readonly alt?: string
  /** Roles from the root down to this element. */
  readonly path: readonly string[]
  readonly text: string
  /** Its text with its descendants' (a Reference with the Link of each number), in order. */
  readonly all: string
}

interface PageRead {
  /** Elements in the order of the page's structure tree (pre-order). */
  readonly elements: readonly Element[]
  /** Visible text in no structure element and no artifact. */
  readonly untagged: readonly string[]
  /** Text inside artifacts. */
  readonly artifacts: string
}

interface TextItem {
  readonly str?: string
  readonly type?: string
  readonly id?: string | null
  readonly tag?: string
}

async function readPages(pdf: Buffer): Promise<PageRead[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf))
  const pages: PageRead[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const tree = (await page.getStructTree()) as StructNode | null
    const content = await page.getTextContent({ includeMarkedContent: true })
    // Text per marked-content id, and what is outside any id or artifact.
    const byId = new Map<string, string>()
    const untagged: string[] = []
    let artifacts = ''
    const open: Array<{ id: string | null; artifact: boolean }> = []
    for (const item of content.items as TextItem[]) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
        open.push({ id: item.id ?? null, artifact: item.tag === 'Artifact' })
        continue
      }
      if (item.type === 'endMarkedContent') {
        open.pop()
        continue
      }
      const str = item.str ?? ''
      if (str.trim() === '') continue
      if (open.some((m) => m.artifact)) {
        artifacts += str
        continue
      }
      const id = open.findLast((m) => m.id !== null)?.id
      if (id) byId.set(id, (byId.get(id) ?? '') + str)
      else untagged.push(str)
    }
    const elements: Element[] = []
    const claimed = new Set<string>()
    const allText = (node: StructNode): string =>
      (node.children ?? [])
        .map((c) => (isContent(c) ? (byId.get(c.id) ?? '') : allText(c as StructNode)))
        .join('')
    const walk = (node: StructNode, path: readonly string[]) => {
      // pdfjs names the StructTreeRoot "Root": not an element of ours.
      const element = node.role !== undefined && node.role !== 'Root'
      const here = element ? [...path, node.role as string] : path
      let text = ''
      for (const child of node.children ?? []) {
        if (isContent(child)) {
          claimed.add(child.id)
          text += byId.get(child.id) ?? ''
        }
      }
      if (element)
        elements.push({
          role: node.role as string,
          alt: node.alt,
          path: here,
          text,
          all: allText(node),
        })
      for (const child of node.children ?? [])
        if (!isContent(child)) walk(child as StructNode, here)
    }
    if (tree) walk(tree, [])
    // Marked content whose id no structure element claims is as good as untagged.
    for (const [id, text] of byId) if (!claimed.has(id)) untagged.push(text)
    pages.push({ elements, untagged, artifacts })
  }
  return pages
}

/** What a reader must meet, in the order the memo gives it: the view's own order. */
function readingOrder(view: BriefingView): string[] {
  const order: string[] = [view.header.title]
  const parts: Record<string, () => string[]> = {
    summary: () => [
      ...view.front.judgments.map((j) => j.statement),
      ...view.implications.map((r) => r.title),
      ...view.actions.map((a) => a.title),
      view.front.headings.limits,
      ...view.keyJudgments.map((j) => j.statement),
    ],
    background: () => view.background.map((c) => c.text),
    comparison: () => view.comparison.flatMap((g) => [g.title, ...g.rows.map((r) => r.dimension)]),
    strategies: () =>
      view.strategies.flatMap((s) => [s.country.label, ...s.pillars.map((p) => p.title)]),
    figures: () => view.figures.map((f) => f.measure),
    chart: () => [view.chart.caption],
    timeline: () => view.timeline.map((e) => e.title),
    quotes: () => view.quotes.map((q) => q.text),
    outlook: () => [
      ...view.outlook.horizons.map((h) => h.label),
      ...view.outlook.disagreements.map((d) => d.topic),
    ],
    recommendations: () =>
      view.usDebate.flatMap((d) => [d.topic, ...d.positions.map((p) => p.title)]),
    implications: () => view.actions.map((a) => a.title),
    sources: () => view.sources.map((s) => s.text),
    glossary: () => view.glossary.entries.flatMap((g) => [g.term, g.definition]),
    changes: () => view.changes.map((c) => c.summary),
  }
  for (const section of view.sections) {
    order.push(section.heading)
    order.push(...(parts[section.id]?.() ?? []))
  }
  return order
}

const suites = [
  { name: 'shared-data', dir: defaultDataDir },
  { name: 'the minimal fixture', dir: fixtureDir },
] as const

describe.each(suites)('the tagged memo of $name', ({ dir }) => {
  let view: BriefingView
  let pdf: Buffer
  let pages: PageRead[]
  /** Every element of the document, page after page, in structure order. */
  let elements: Element[]

  beforeAll(async () => {
    const loaded = loadBriefing(dir)
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'))
    view = loaded.view
    pdf = await renderMemo(view)
    pages = await readPages(pdf)
    elements = pages.flatMap((p) => p.elements)
  })

  it('is marked as tagged, in Korean, showing its title', () => {
    const raw = pdfObjectsText(pdf)
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/)
    expect(raw).toMatch(/\/Marked true/)
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/)
    expect(raw).toContain(`/Lang (${view.document.language})`)
    expect(raw).toMatch(/\/DisplayDocTitle true/)
  })

  it('packs its dictionaries into compressed object streams (issue 14: size)', () => {
    // patches/pdfkit@0.20.1.patch: at the top level only streams remain (page content,
    // fonts, the object streams and the xref stream); the structure tree is packed.
    const top = pdfObjects(pdf).filter((o) => !o.packed)
    const packed = pdfObjects(pdf).filter((o) => o.packed)
    for (const o of top) expect(o.text, `object ${o.id}`).toMatch(/\/Length \d+/)
    expect(packed.some((o) => /\/Type \/StructTreeRoot\b/.test(o.text))).toBe(true)
    expect(pdfObjectsText(pdf)).toMatch(/\/Type \/XRef\b/)
    // Every object once: the xref stream's /Size counts them all, plus object 0.
    const ids = pdfObjects(pdf).map((o) => o.id)
    expect(new Set(ids).size).toBe(ids.length)
    const size = Number(/\/Size (\d+)/.exec(pdfObjectsText(pdf))?.[1])
    expect(size).toBe(ids.length + 1)
  })

  it('has every visible text in a structure element or an artifact', () => {
    pages.forEach((page, i) => {
      expect(page.untagged, `untagged text on page ${i + 1}`).toEqual([])
    })
  })

  it('has the running header, footer and page number as artifacts, not content', () => {
    const content = squash(elements.map((e) => e.text).join(''))
    pages.forEach((page, i) => {
      const number = squash(pageOf(view.labels.pageOf, i + 1, pages.length))
      expect(squash(page.artifacts), `page ${i + 1}`).toContain(number)
      expect(squash(page.artifacts)).toContain(squash(view.header.issuer))
    })
    expect(content).not.toContain(squash(pageOf(view.labels.pageOf, 1, pages.length)))
    // The stamp is content once, in the colophon (issue 13), not a per-page artifact.
    expect(content).toContain(squash(view.editionLines.colophon))
  })

  it('has the title as the one H1 and the section headings as H2, in order', () => {
    expect(elements.filter((e) => e.role === 'H1').map((e) => e.text)).toEqual([view.header.title])
    expect(elements.filter((e) => e.role === 'H2').map((e) => squash(e.text))).toEqual(
      view.sections.map((s) => squash(s.heading)),
    )
    // Every element hangs under the one Document element.
    for (const e of elements) expect(e.path[0]).toBe('Document')
  })

  it('has header cells in every table, each with a scope', () => {
    // Elements are in pre-order: a table's descendants are the elements right after it
    // with a longer path.
    const tables = elements.flatMap((e, i) => (e.role === 'Table' ? [i] : []))
    expect(tables.length).toBeGreaterThan(0)
    for (const at of tables) {
      const depth = (elements[at] as Element).path.length
      const end = elements.findIndex((e, j) => j > at && e.path.length <= depth)
      const inside = elements.slice(at + 1, end < 0 ? undefined : end)
      expect(
        inside.some((e) => e.role === 'TH'),
        `table ${at}: ${inside
          .map((e) => `${e.role}:${e.text.slice(0, 12)}`)
          .join(' ')
          .slice(0, 300)}`,
      ).toBe(true)
    }
    // pdfjs does not report attributes: the TH dictionaries are plain objects in the file.
    const headerCells = pdfObjectsText(pdf)
      .split('endobj')
      .filter((o) => /\/S \/TH\b/.test(o))
    expect(headerCells.length).toBeGreaterThan(0)
    for (const cell of headerCells) expect(cell).toMatch(/\/Scope \/(Row|Column)\b/)
  })

  it('has each glossary term as a row header (TH) and its definition as a cell (TD)', () => {
    const cells = (role: string) =>
      elements.filter((e) => e.role === role).map((e) => squash(e.all))
    const th = cells('TH')
    const td = cells('TD')
    for (const g of view.glossary.entries) {
      expect(th, g.id).toContain(squash(g.term))
      expect(td, g.id).toContain(squash(g.definition))
    }
  })

  it('has the chart as a Figure with the views’ alternative text', () => {
    const figures = elements.filter((e) => e.role === 'Figure')
    expect(figures.map((f) => f.alt)).toEqual([view.chart.alt])
    expect(view.chart.alt.trim()).not.toBe('')
    for (const group of view.comparison)
      for (const row of group.rows) expect(view.chart.alt).toContain(row.dimension)
  })

  it('has numbered judgments and recommendations as lists of Lbl + LBody', () => {
    const items = elements.filter((e) => e.role === 'LI')
    const labels = elements.filter((e) => e.role === 'Lbl').map((e) => e.text.trim())
    expect(items.length).toBeGreaterThanOrEqual(
      view.keyJudgments.length + view.recommendations.length,
    )
    for (const j of view.keyJudgments) expect(labels).toContain(String(j.number))
    for (const a of view.actions) expect(labels).toContain(`${a.number}.`)
    for (const r of view.recommendations) expect(labels).toContain(`${r.number}.`)
  })

  it('has each endnote as a Note and each URL as a Link', () => {
    const notes = elements.filter((e) => e.role === 'Note').map((e) => squash(e.text))
    expect(notes).toHaveLength(view.sources.length)
    // URLs are the Links outside a Reference (a citation's numbers are Links inside one).
    const links = elements
      .filter((e) => e.role === 'Link' && !e.path.includes('Reference'))
      .map((e) => squash(e.text))
    expect(links).toEqual(view.sources.flatMap((s) => (s.url ? [squash(s.url)] : [])))
    // Each Link owns its annotation (OBJR), on the page of its text.
    const linkElements = pdfObjectsText(pdf)
      .split('endobj')
      .filter((o) => /\/S \/Link\b/.test(o))
    const numberLinks = elements.filter((e) => e.role === 'Link' && e.path.includes('Reference'))
    expect(linkElements.length).toBeGreaterThanOrEqual(links.length + numberLinks.length)
    for (const o of linkElements) {
      const objrPage = /\/Type \/OBJR\s*\/Obj \d+ 0 R\s*\/Pg (\d+) 0 R/.exec(o)?.[1]
      const ownPage = /\/K \[[^\]]*\]\s*\/Pg (\d+) 0 R/.exec(o)?.[1]
      expect(objrPage, o).toBeDefined()
      expect(objrPage).toBe(ownPage)
    }
  })

  it('has each inline citation as a Reference inside its paragraph or cell', () => {
    // pdfjs lists, in a page's tree, the element kids of its elements even when their
    // content is on another page, without that content: those copies have no text here.
    const references = elements.filter((e) => e.role === 'Reference' && e.all !== '')
    const cited = [
      ...view.front.judgments.map((j) => j.citation),
      ...view.background.map((c) => c.citation),
      ...view.comparison.flatMap((g) => g.rows.map((r) => r.citation)),
      ...view.recommendations.map((r) => r.citation),
    ].filter((c) => c.text !== '')
    expect(references.length).toBeGreaterThanOrEqual(cited.length)
    for (const r of references) {
      expect(squash(r.all)).toMatch(/^\[\d+(,\d+)*\]$/)
      // The brackets and commas are the Reference's own text; each number is a Link in it.
      expect(squash(r.text)).toMatch(/^\[,*\]$/)
      expect(['P', 'TD', 'LBody']).toContain(r.path.at(-2))
    }
    const numberLinks = elements.filter((e) => e.role === 'Link' && e.path.at(-2) === 'Reference')
    for (const l of numberLinks) expect(squash(l.text)).toMatch(/^\d+$/)
    // As many number Links as numbers in the References read (a Reference whose page
    // copy lacks its content is not read: see above).
    const numbers = references.flatMap((r) => squash(r.all).match(/\d+/g) ?? [])
    expect(numberLinks.length).toBeGreaterThanOrEqual(numbers.length)
    // In reading order, the bottom line's and then the front page's judgments' citations
    // come first, as the view numbers them (the Reference holds the numbers; the 재인용
    // names follow as text).
    const front = [
      ...(view.front.bottomLine ? [view.front.bottomLine.citation] : []),
      ...view.front.judgments.map((j) => j.citation),
    ]
    const first = references.slice(0, front.length).map((r) => squash(r.all))
    expect(first).toEqual(front.map((c) => squash(c.numbersText ?? c.text)))
  })

  it('reads, in structure order, in the views’ reading order', () => {
    // The chart's drawn labels are inside the Figure: a reader gets its alt text instead.
    const read = squash(
      elements
        .filter((e) => !e.path.includes('Figure'))
        .map((e) => e.text)
        .join(''),
    )
    let at = 0
    for (const wanted of readingOrder(view)) {
      const found = read.indexOf(squash(wanted), at)
      expect(found, `"${wanted}" after position ${at}`).toBeGreaterThanOrEqual(0)
      at = found + squash(wanted).length
    }
  })
})
