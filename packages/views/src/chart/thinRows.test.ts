import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadBriefing } from '../node.ts'

describe('the chart draws thin rows differently', () => {
  const r = loadBriefing(fileURLToPath(new URL('../../../../shared-data', import.meta.url)))
  if (!r.ok) throw new Error('shipped dataset does not load')
  const { chart, comparison } = r.view
  const rows = comparison.flatMap((g) => g.rows)
  // Counted from the citations, not from the evidence key the chart reads.
  const thin = rows.filter((row) => row.citation.numbers.length === 1).length

  it('one hollow dashed marker per row on one document, plus the legend sample', () => {
    const dashedMarks = chart.shapes.filter(
      (s) => s.kind !== 'line' && s.kind !== 'text' && s.dash !== undefined,
    )
    expect(thin).toBeGreaterThan(0)
    expect(dashedMarks).toHaveLength(thin + 1)
    for (const s of dashedMarks)
      if (s.kind !== 'line' && s.kind !== 'text') expect(s.fill).toBe('#ffffff')
  })

  it('the alt text names the rows that rest on the blog alone', () => {
    expect(chart.alt).toContain('블로그 1건에만 근거한 분야: 첨단기업 수익성, 공급망, 산업 수익성.')
  })
})
