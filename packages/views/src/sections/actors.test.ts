import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadBriefing } from '../node.ts'

/** The actors of meta.yaml reach every part of the view that names them. */
const root = fileURLToPath(new URL('../../../../', import.meta.url))
const load = (dir: string) => {
  const loaded = loadBriefing(`${root}${dir}`)
  if (!loaded.ok) throw new Error(`${dir} is not valid`)
  return loaded.view
}
/** The chart's column heads, left to right (bold text at the top of the chart). */
const heads = (view: ReturnType<typeof load>) =>
  view.chart.shapes.flatMap((s) =>
    s.kind === 'text' && s.fontWeight === 700 && s.y < 30 ? [s.text] : [],
  )

describe('actors as data', () => {
  it('keeps edition 1 as it was: 미국 우위 / 경합 / 중국 우위, 미중 공통, 양국의 전략', () => {
    const view = load('shared-data')
    expect(heads(view)).toEqual(['미국 우위', '경합', '중국 우위'])
    expect(view.labels.country.both).toBe('미중 공통')
    expect(view.labels.sections.comparison).toBe('미중 역량 비교')
    expect(view.labels.sections.strategies).toBe('양국의 전략')
    expect(view.chart.caption).toMatch(/● 미국 우위, ■ 중국 우위, ◇ 경합\. 점선 빈 표시/)
  })

  it('gives a third actor its column, words, mark and rule style', () => {
    const view = load('tests/fixtures/three-actors')
    expect(heads(view)).toEqual(['미국 우위', '중국 우위', 'EU 우위', '경합'])
    expect(view.labels.country.both).toBe('미·중·EU 공통')
    expect(view.labels.sections.comparison).toBe('미·중·EU 역량 비교')
    expect(view.actors.map((a) => [a.mark.kind, a.line])).toEqual([
      ['circle', 'solid'],
      ['square', 'double'],
      ['triangle', 'dashed'],
    ])
    const row = view.comparison[0]?.rows.find((r) => r.id === 'cmp-rules')
    expect(row?.positions.map((p) => p.actor)).toEqual(['us', 'china', 'eu'])
    expect(row?.leader).toMatchObject({ key: 'eu', label: 'EU 우위', mark: { kind: 'triangle' } })
    expect(view.strategies.map((s) => s.title)).toEqual([
      '미·중·EU의 전략 · 미국',
      '미·중·EU의 전략 · 중국',
      '미·중·EU의 전략 · EU',
    ])
  })
})
