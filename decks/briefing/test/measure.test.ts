import { describe, expect, it } from 'vitest'
import { lineCount, textEm } from '../src/layout/measure.ts'
import { paginate } from '../src/plan/paginate.ts'

describe('text measure', () => {
  it('counts Hangul wider than Latin and breaks only at spaces (keep-all)', () => {
    expect(textEm('가나다')).toBeGreaterThan(textEm('abc'))
    // 20 Hangul syllables without a space cannot wrap before the box forces it.
    expect(lineCount('가'.repeat(20), 18 * 30, 18)).toBe(1)
    expect(lineCount('가'.repeat(40), 18 * 30, 18)).toBe(2)
    expect(lineCount('가나다 라마바 사아자', 18 * 3.5, 18)).toBe(3)
    expect(lineCount('', 100, 18)).toBe(0)
  })
})

describe('paginate', () => {
  it('uses the fewest pages and spreads items evenly', () => {
    expect(paginate([100, 100, 100, 100, 100, 100], 500).pages).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ])
    expect(paginate([100, 100], 500).pages).toEqual([[0, 1]])
  })
  it('reports an item taller than a page instead of hiding it', () => {
    const r = paginate([100, 900, 100], 500)
    expect(r.tooTall).toEqual([1])
    expect(r.pages.flat()).toEqual([0, 1, 2])
  })
  it('spreads over at least the pages asked for', () => {
    expect(paginate([10, 10, 10, 10], 500, 2).pages).toEqual([
      [0, 1],
      [2, 3],
    ])
  })
})
