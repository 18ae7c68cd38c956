/**
 * Reads the rendered memo back (text, links, fonts, metadata) and holds it against
 * the view: everything the memo must show is there, as the view formats it. Runs on
 * the shipped dataset and on the minimal fixture; each is rendered once per suite.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BriefingView, pageOf } from '@briefing/views'
import { defaultDataDir, formatProblem, loadBriefing, workspaceRoot } from '@briefing/views/node'
import { extractLinks, extractText, getMeta } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import { pdfObjectsText } from './pdfObjects.ts'
import { countPages, PDF_CREATOR, PDF_PRODUCER, renderMemo } from './render.ts'

const fixtureDir = join(workspaceRoot, 'packages/dataset/fixtures/minimal')

/** Extraction turns wrapped lines into spaces or newlines: compare without any. */
const squash = (text: string) => text.replace(/\s+/g, '')

function loadView(dir: string): BriefingView {
  const loaded = loadBriefing(dir)
  if (!loaded.ok)
    throw new Error(
      `dataset ${dir} is not valid:\n${loaded.problems.map(formatProblem).join('\n')}`,
    )
  return loaded.view
}

/** Every string the view shows, except identifiers and machine dates. */
function viewStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'id' || key === 'iso' ? [] : [value]
  if (Array.isArray(value)) return value.flatMap((v) => viewStrings(v))
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => viewStrings(v, k))
  return []
}

const suites = [
  { name: 'shared-data', dir: defaultDataDir, pages: { min: 8, max: 24 } },
  { name: 'the minimal fixture', dir: fixtureDir, pages: { min: 2, max: 4 } },
] as const

describe.each(suites)('the memo of $name', ({ dir, pages }) => {
  let view: BriefingView
  let pdf: Buffer
  let text: string
  /** The text with whitespace removed, for "appears as one piece" checks. */
  let flat: string

  beforeAll(async () => {
    view = loadView(dir)
    pdf = await renderMemo(view)
    text = (await extractText(new Uint8Array(pdf), { mergePages: true })).text
    flat = squash(text)
  })

  /** The parts appear in the PDF text one after another (whitespace aside). */
  const shows = (...parts: string[]) => {
    const wanted = squash(parts.join(''))
    expect(flat.includes(wanted), `not in the memo: "${wanted}"`).toBe(true)
  }

  it('has a sane number of pages, each with running header and footer', () => {
    const n = countPages(pdf)
    expect(n).toBeGreaterThanOrEqual(pages.min)
    expect(n).toBeLessThanOrEqual(pages.max)
    // The footer is issuer and "n / N" (issue 13: the edition + fingerprint pair on every
    // page meant nothing to a reader; it is printed once, in the colophon).
    for (let page = 1; page <= n; page++)
      shows(view.header.issuer, pageOf(view.labels.pageOf, page, n))
    const headerLines = flat.split(
      squash(`${view.header.runningTitle}${view.header.classification}`),
    )
    expect(headerLines.length - 1).toBe(n)
    expect(
      flat.split(squash(view.stamp.text)).length - 1,
      'the stamp is not on every page',
    ).toBeLessThan(n)
  })

  it('opens with the memo header block: issuer, title, subtitle, rows; marking once', () => {
    // Rows print two to a line (수신 · 발신, 참조 · 일자), the subject on its own.
    for (const row of view.header.rows) shows(row.label, row.value)
    shows(view.header.issuer, view.header.title, view.header.subtitle)
    expect(flat.indexOf(squash(view.header.rows[0]?.value ?? '?'))).toBeLessThan(
      flat.indexOf(squash(view.sections[0]?.heading ?? '?')),
    )
    // The marking is the running header's only (it was printed twice on page 1).
    const block = flat.slice(
      flat.indexOf(squash(view.header.issuer + view.header.title)),
      flat.indexOf(squash(view.sections[0]?.heading ?? '?')),
    )
    expect(block.length).toBeGreaterThan(0)
    if (view.header.classification !== '')
      expect(block).not.toContain(squash(view.header.classification))
    // The data cut-off and issue dates are in 자료와 한계 on page 1; the edition and
    // fingerprint in the colophon, which closes the memo.
    shows(view.front.datesLine)
    expect(flat.lastIndexOf(squash(view.editionLines.colophon))).toBeGreaterThan(
      flat.lastIndexOf(squash(view.sections.at(-1)?.heading ?? '?')),
    )
  })

  it('prints every section heading, in the order of the view', () => {
    let at = -1
    for (const section of view.sections) {
      const next = flat.indexOf(squash(section.heading), at + 1)
      expect(next, section.heading).toBeGreaterThan(at)
      at = next
    }
  })

  it('shows every key judgment with its estimative line, basis, dissent and citation', () => {
    // Page 1 gives the front judgments (≤ 4); "핵심 판단의 근거와 이견" then gives every
    // judgment again with its citation, estimate, basis and dissent.
    for (const j of view.front.judgments)
      shows(String(j.number), j.statement, j.citation.text, j.estimate)
    shows(view.front.basisHeading)
    for (const j of view.keyJudgments) {
      shows(String(j.number), j.statement, j.citation.text, j.estimate)
      shows(view.labels.basis, j.basis)
      if (j.dissent) shows(view.labels.dissent, j.dissent)
    }
  })

  it('shows every comparison row whole: dimension, US, China, assessment, citation, leader', () => {
    for (const group of view.comparison) {
      shows(group.horizon.label, group.title, group.takeaway)
      for (const row of group.rows)
        shows(
          row.dimension,
          row.evidence.mark,
          ...row.positions.map((p) => p.text),
          row.assessment,
          row.citation.text,
          row.leader.label,
        )
    }
  })

  it('shows both strategies and every pillar', () => {
    for (const strategy of view.strategies) {
      shows(strategy.country.label, strategy.overview)
      strategy.pillars.forEach((p, i) => {
        shows(String(i + 1), p.title, '.', p.summary, p.citation.text)
      })
    }
  })

  it('shows every figure once, in the one table: value, label, measure', () => {
    // No cards (issue 13: cards and the table repeated the same figures).
    for (const f of view.figures) {
      shows(f.value, f.label, '.', f.measure)
      expect(flat.split(squash(f.value + f.label)).length - 1, f.id).toBe(1)
    }
  })

  it('draws the leadership chart with its labels and caption', () => {
    for (const shape of view.chart.shapes) if (shape.kind === 'text') shows(shape.text)
    shows(view.chart.caption)
  })

  it('lists every timeline event in date order with its date, title and detail', () => {
    let at = -1
    for (const e of view.timeline) {
      const next = flat.indexOf(
        squash(`${e.date.text}${e.country.label}${e.title}${e.detail}${e.citation.text}`),
        at + 1,
      )
      expect(next, e.title).toBeGreaterThan(at)
      at = next
      // How an inferred date was read sits in the annex, with the sources (Endnotes.tsx).
      if (e.dateBasis) shows(e.date.text, e.title, e.dateBasis)
    }
  })

  it('shows every quote with its attribution', () => {
    for (const q of view.quotes) shows(`“${q.text}”`, q.byline, q.citation.text)
  })

  it('shows the outlook by horizon and every position of every disagreement', () => {
    for (const h of view.outlook.horizons) {
      shows(h.label, h.summary, h.citation.text)
      for (const p of h.positions) shows(view.labels.country[p.actor] ?? p.actor, p.text)
    }
    for (const d of view.outlook.disagreements) {
      shows(d.topic)
      for (const p of d.positions) shows(p.holder, ':', p.view, p.citation.text)
      if (d.note) shows(d.note)
    }
  })

  it('shows the debate attributed, and our implications and actions marked 분석 판단', () => {
    // 주요 논자의 대미 제언: each voice with its holder, the holder's stake, our note. No
    // origin label per position: every one is the source's own, named by its holder.
    for (const t of view.usDebate) {
      shows(`${t.number}. ${t.topic}`)
      for (const p of t.positions) {
        shows(`${p.number}.`, `${p.holder}: ${p.title}. `, p.text, p.citation.text)
        if (p.interest) shows(p.interest)
      }
      if (t.note) shows(t.note)
    }
    // The optional flat list (empty in edition 1), with origin and audience.
    const debated = new Set(view.usDebate.flatMap((t) => t.positions.map((p) => p.id)))
    for (const r of view.recommendations.filter((x) => !debated.has(x.id)))
      shows(`${r.number}.`, r.title, r.origin.label, r.audience.label, r.text, r.citation.text)
    // The key judgments are our estimates: their block heading carries the mark too.
    shows(view.front.headings.judgments, view.labels.origin.analyst)
    // 우리에게 주는 함의 on page 1: the block heading carries the 분석 판단 mark once.
    shows(view.front.headings.implications, view.labels.origin.analyst)
    // Page 1 cites by number alone; the 재인용 names are in the endnotes (Citation numbersOnly).
    for (const r of view.implications) {
      shows(`${r.number}.`, r.title, r.text, r.citation.numbersText ?? r.citation.text)
    }
    // 건의 사항 on page 1 with the mark; section 2 gives each with its reason and parts.
    shows(view.front.headings.actions, view.labels.origin.analyst)
    for (const a of view.actions) {
      shows(`${a.number}.`, a.title, a.origin.label, a.text, a.citation.text)
      for (const p of a.parts) shows(p.label, p.value)
    }
  })

  it('numbers every source as the view does, with its URL as a live link', async () => {
    for (const source of view.sources) shows(`[${source.number}]`, source.text, source.url ?? '')
    const { links } = await extractLinks(new Uint8Array(pdf))
    const urls = view.sources.flatMap((x) => (x.url ? [x.url] : []))
    expect(links.sort()).toEqual([...new Set(urls)].sort())
  })

  it('prints 용어 해설 in the annex, each term beside its definition; nothing without terms', () => {
    const section = view.sections.find((x) => x.id === 'glossary')
    if (view.glossary.entries.length === 0) {
      // The minimal fixture: no heading, no bookmark, no letter (the views leave it out).
      expect(section).toBeUndefined()
      expect(flat).not.toContain(squash(view.labels.sections.glossary))
      return
    }
    expect(section?.annex).toBe(true)
    const at = flat.lastIndexOf(squash(section?.heading ?? '?'))
    expect(at).toBeGreaterThan(flat.lastIndexOf(squash(`[${view.sources.at(-1)?.number}]`)))
    for (const g of view.glossary.entries) {
      shows(g.term, g.definition)
      expect(flat.indexOf(squash(g.term + g.definition), at), g.id).toBeGreaterThan(at)
    }
  })

  it('ends with the change log annex', () => {
    for (const c of view.changes) shows(c.edition, c.date.text, c.summary)
    expect(flat.lastIndexOf(squash(view.sections.at(-1)?.heading ?? '?'))).toBeGreaterThan(
      flat.lastIndexOf(squash(`[${view.sources.at(-1)?.number}]`)),
    )
  })

  it('never draws a hyphen the view does not have (no hyphenation, no broken "GPU의")', () => {
    const source = squash(viewStrings(view).join('\n'))
    const hyphens = [...flat.matchAll(/.-./g)].map((m) => m[0])
    for (const h of hyphens) expect(source, `stray hyphen in "${h}"`).toContain(h)
  })

  it('embeds and subsets every font, Pretendard only (no Helvetica fallback)', () => {
    const raw = pdfObjectsText(pdf)
    const baseFonts = [...raw.matchAll(/\/BaseFont \/([^\s/>]+)/g)].map((m) => m[1])
    expect(baseFonts.length).toBeGreaterThanOrEqual(2)
    for (const name of baseFonts)
      expect(name).toMatch(/^[A-Z]{6}\+Pretendard-(Regular|SemiBold|Bold)$/)
    const descriptors = raw.match(/\/Type \/FontDescriptor/g)?.length ?? 0
    expect(raw.match(/\/FontFile2 /g)?.length).toBe(descriptors)
  })

  it.runIf(existsSync('/usr/bin/pdffonts'))(
    'passes pdffonts: emb yes, sub yes for every font',
    () => {
      const tmp = mkdtempSync(join(tmpdir(), 'memo-fonts-'))
      try {
        const file = join(tmp, 'memo.pdf')
        writeFileSync(file, pdf)
        const rows = execFileSync('/usr/bin/pdffonts', [file], { encoding: 'utf8' })
          .trim()
          .split('\n')
          .slice(2)
        expect(rows.length).toBeGreaterThan(0)
        for (const row of rows) {
          expect(row).toMatch(/Pretendard/)
          expect(row).toMatch(/\byes\s+yes\s+yes\b/)
        }
      } finally {
        rmSync(tmp, { recursive: true, force: true })
      }
    },
  )

  it('renders the same view to the same bytes again (no clock, no random ID)', async () => {
    const again = await renderMemo(view)
    expect(Buffer.compare(again, pdf)).toBe(0)
  })

  it('carries metadata from the view: title, author, subject, keywords, language, as-of dates', async () => {
    const { info } = await getMeta(new Uint8Array(pdf))
    expect(info.Title).toBe(`${view.header.title}: ${view.header.subtitle}`)
    expect(info.Author).toBe(view.header.issuer)
    expect(info.Subject).toBe(view.header.subjectLine)
    expect(info.Keywords).toBe(view.header.keywords.join(', '))
    expect(info.Creator).toBe(PDF_CREATOR)
    expect(info.Producer).toBe(PDF_PRODUCER)
    const asOf = `D:${view.header.asOf.iso.replaceAll('-', '')}000000Z`
    expect(info.CreationDate).toBe(asOf)
    expect(info.ModDate).toBe(asOf)
    expect(pdfObjectsText(pdf)).toContain(`/Lang (${view.language})`)
  })
})
