import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadBriefing } from './node.ts'
import type { BriefingView } from './types.ts'

const dirs = {
  minimal: fileURLToPath(new URL('../../dataset/fixtures/minimal', import.meta.url)),
  shipped: fileURLToPath(new URL('../../../shared-data', import.meta.url)),
}

function view(dir: string): BriefingView {
  const r = loadBriefing(dir)
  if (!r.ok)
    throw new Error(r.problems.map((p) => `${p.file}:${p.line} ${p.path} ${p.message}`).join('\n'))
  return r.view
}

describe.each(Object.entries(dirs))('views of the %s dataset', (_, dir) => {
  const v = view(dir)

  it('numbers every source once, 1..N, in endnote order', () => {
    expect(v.sources.map((s) => s.number)).toEqual(v.sources.map((_, i) => i + 1))
    expect(new Set(v.sources.map((s) => s.id)).size).toBe(v.sources.length)
  })

  it('cites only numbers that exist, and every claim cites something', () => {
    const max = v.sources.length
    const citations = [
      ...v.keyJudgments.map((x) => x.citation),
      ...v.background.map((x) => x.citation),
      ...v.comparison.flatMap((g) => g.rows.map((r) => r.citation)),
      ...v.strategies.flatMap((s) => s.pillars.map((p) => p.citation)),
      ...v.figures.map((x) => x.citation),
      ...v.timeline.map((x) => x.citation),
      ...v.quotes.map((x) => x.citation),
      ...v.recommendations.map((x) => x.citation),
      ...v.implications.map((x) => x.citation),
    ]
    for (const c of citations) {
      expect(c.numbers.length).toBeGreaterThan(0)
      for (const n of c.numbers) expect(n >= 1 && n <= max).toBe(true)
      expect(c.numbersText).toBe(`[${c.numbers.join(', ')}]`)
      // The text is the numbers, then any outlets or people cited through them (재인용).
      expect(c.text.startsWith(c.numbersText as string)).toBe(true)
    }
  })

  it('numbers sources in the order a reader first meets them', () => {
    const firstSeen: number[] = []
    // Page 1 opens with the bottom line for Korea, then the key judgments (each cites
    // its support; its dissent, cited apart, comes below it), then the background.
    const all = [
      ...(v.front.bottomLine?.citation.numbers ?? []),
      ...v.keyJudgments.flatMap((j) => [
        ...j.citation.numbers,
        ...(j.dissentCitation?.numbers ?? []),
      ]),
      ...v.background.flatMap((x) => x.citation.numbers),
    ]
    for (const n of all) if (!firstSeen.includes(n)) firstSeen.push(n)
    // So the first new number met is always the next one.
    firstSeen.forEach((n, i) => {
      expect(n).toBeLessThanOrEqual(i + 1)
    })
  })

  it('orders the timeline by date', () => {
    const isos = v.timeline.map((e) => e.date.iso)
    expect(isos).toEqual([...isos].sort())
  })

  it('shows likelihood and confidence together in one estimate line', () => {
    for (const j of v.keyJudgments) {
      expect(j.estimate).toContain(j.likelihood.label)
      expect(j.estimate).toContain(j.likelihood.range)
      expect(j.estimate).toContain(j.confidence.label)
    }
  })

  it('keeps the chart inside its box and describes every comparison row', () => {
    const rows = v.comparison.flatMap((g) => g.rows)
    expect(v.chart.description).toHaveLength(rows.length)
    for (const s of v.chart.shapes) {
      const [x, y] =
        s.kind === 'circle'
          ? [s.cx, s.cy]
          : s.kind === 'line'
            ? [s.x2, s.y2]
            : s.kind === 'polygon'
              ? [0, 0]
              : [s.x, s.y]
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThanOrEqual(v.chart.width)
      expect(y).toBeGreaterThanOrEqual(0)
      expect(y).toBeLessThanOrEqual(v.chart.height)
    }
  })

  it('is plain JSON (the deck receives it through a Vite module)', () => {
    expect(JSON.parse(JSON.stringify(v))).toEqual(v)
  })

  it('prints edition and fingerprint together', () => {
    expect(v.stamp.text).toContain(v.stamp.editionLabel)
    expect(v.stamp.text).toContain(v.stamp.fingerprint)
  })
})

describe('formatting in the views', () => {
  const v = view(dirs.minimal)
  it('formats dates at their precision in Korean', () => {
    expect(v.header.asOf.text).toBe('2025년 11월 22일')
    expect(v.timeline[0]?.date.text).toBe('2025년 11월 22일')
  })
  it('formats figures with their unit', () => {
    expect(v.figures[0]?.value).toBe('23쪽')
  })
  it('uses the ICD 203 bands with words that do not overstate them', () => {
    // 55~80% is "비교적 높음": plain "높음" reads as above 80% to many Korean readers (#13).
    expect(v.keyJudgments[0]?.estimate).toBe('가능성 비교적 높음(55~80%) · 신뢰도 보통')
  })
})

describe('the glossary (용어 해설) and the one rule for an empty section', () => {
  it('lists every glossary term of the shipped data in the annex, between sources and change log', () => {
    const v = view(dirs.shipped)
    expect(v.glossary.entries.length).toBeGreaterThan(0)
    for (const g of v.glossary.entries) {
      expect(g.term.trim()).not.toBe('')
      expect(g.definition.trim()).not.toBe('')
      // Prose references are resolved like every other prose field.
      expect(g.definition).not.toMatch(/\{[a-z]+-/)
    }
    const annex = v.sections.filter((s) => s.annex).map((s) => s.id)
    expect(annex).toEqual(['quotes', 'sources', 'glossary', 'changes'])
    expect(v.sections.find((s) => s.id === 'glossary')?.heading).toBe('부록 C. 용어 해설')
    expect(v.sections.find((s) => s.id === 'changes')?.heading).toBe('부록 D. 개정 이력')
  })

  it('leaves a section with nothing to show out of the sections (minimal fixture: no terms)', () => {
    const v = view(dirs.minimal)
    expect(v.glossary.entries).toEqual([])
    expect(v.sections.map((s) => s.id)).not.toContain('glossary')
    // The next annex section takes its letter: no gap in A, B, C.
    expect(v.sections.filter((s) => s.annex).map((s) => s.heading)).toEqual([
      '부록 A. 주요 발언',
      '부록 B. 출처',
      '부록 C. 개정 이력',
    ])
  })
})
