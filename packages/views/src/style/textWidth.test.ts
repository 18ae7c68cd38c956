import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { advanceEm } from '@briefing/fonts'
import { describe, expect, it } from 'vitest'
import { charEm } from './textWidth.ts'

/**
 * The width table against Pretendard itself: for every character the shipped dataset
 * and the fixtures use, the table is at least the widest embedded weight's advance (so
 * a page cut or a chart label never underestimates) and at most 0.02 em more for Hangul and ASCII (so the
 * estimate stays close enough to lay out by).
 */
const root = fileURLToPath(new URL('../../../../', import.meta.url))
const dirs = ['shared-data', 'tests/fixtures/three-actors', 'packages/dataset/fixtures/minimal']

function datasetChars(): string[] {
  const chars = new Set<string>()
  for (const dir of dirs)
    for (const name of readdirSync(`${root}${dir}`).filter((n) => n.endsWith('.yaml')))
      for (const ch of readFileSync(`${root}${dir}/${name}`, 'utf8'))
        if (ch >= ' ' && ch !== '\u007f') chars.add(ch)
  return [...chars]
}

describe('the text-width table', () => {
  const advance = advanceEm()
  const chars = datasetChars()

  it('covers a real alphabet', () => {
    expect(chars.length).toBeGreaterThan(300)
  })

  it('is never narrower than Pretendard', () => {
    const under = chars.filter((ch) => charEm(ch) < advance(ch) - 1e-9)
    expect(under.map((ch) => `${ch} table ${charEm(ch)} < font ${advance(ch).toFixed(3)}`)).toEqual(
      [],
    )
  })

  it('is at most 0.02 em wider than Pretendard for Hangul and ASCII', () => {
    const common = chars.filter((ch) => /[가-힣\u0020-\u007e]/.test(ch))
    const over = common.filter((ch) => charEm(ch) - advance(ch) > 0.02)
    expect(over.map((ch) => `${ch} table ${charEm(ch)} font ${advance(ch).toFixed(3)}`)).toEqual([])
  })
})
