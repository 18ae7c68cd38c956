import { describe, expect, it } from 'vitest'
import { retypePattern } from './facts.ts'
import { referencesIn, splitProse } from './syntax.ts'

describe('prose reference syntax', () => {
  it('splits text, references and literal marks with their offsets', () => {
    const text = '당국자는 {fig-us-lead-years}로 보나 {=3년}은 우연'
    expect(splitProse(text)).toEqual([
      { kind: 'text', text: '당국자는 ', start: 0 },
      { kind: 'ref', id: 'fig-us-lead-years', start: 5, end: 24 },
      { kind: 'text', text: '로 보나 ', start: 24 },
      { kind: 'literal', text: '3년', start: 29, end: 34 },
      { kind: 'text', text: '은 우연', start: 34 },
    ])
    expect(text.slice(5, 24)).toBe('{fig-us-lead-years}')
  })

  it('treats braces with spaces as ordinary text, and a non-id in braces as a bad reference', () => {
    expect(referencesIn('{{ constructor }} 와 { 괄호 }')).toEqual([])
    expect(splitProse('{Fig-X}').map((p) => p.kind)).toEqual(['bad-ref'])
    // Template and code syntax that hostile or pasted text may hold stays text.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text ${x} is the case
    for (const text of ['{{x}}', '${x}', 'body{display:none}', '{a: b}'])
      expect(referencesIn(text), text).toEqual([])
    expect(splitProse('{{x}}').map((p) => p.kind)).toEqual(['text'])
    expect(splitProse('{fig_x}').map((p) => p.kind)).toEqual(['bad-ref'])
  })
})

describe('what counts as a retyped figure', () => {
  const find = (figure: Parameters<typeof retypePattern>[0], text: string) => {
    const pattern = retypePattern(figure)
    return pattern ? [...text.matchAll(pattern)].map((m) => m[0]) : []
  }

  it('the number with its unit, with or without a space, in every spelling', () => {
    const chips = { value: 1_000_000, unit: '개' }
    expect(find(chips, '최대 100만 개 칩, 1000000개, 1,000,000 개')).toEqual([
      '100만 개',
      '1000000개',
      '1,000,000 개',
    ])
    expect(find({ value: 13, unit: '개 조항' }, '13개 조항 계획, 13개조항')).toEqual([
      '13개 조항',
      '13개조항',
    ])
  })

  it('not part of a larger number, and not another unit', () => {
    const lead = { value: 2, unit: '년' }
    expect(find(lead, '12년, 2.2년, 2024년, 2개월, 2 년')).toEqual(['2 년'])
  })

  it("the figure's own qualifier is taken with it, so one reference replaces it all", () => {
    expect(find({ value: 2, unit: '년', qualifier: '최대' }, '최대 2년으로, 최대2년, 2년')).toEqual(
      ['최대 2년', '최대2년', '2년'],
    )
    expect(find({ value: 10, unit: '년', qualifier: '이상' }, '10년 이상 걸림')).toEqual([
      '10년 이상',
    ])
    expect(find({ value: 2028, unit: '', isYear: true, qualifier: '까지' }, '2028년까지')).toEqual([
      '2028년까지',
    ])
  })

  it('a year figure is the year with 년; a range only as a whole range', () => {
    expect(find({ value: 2028, unit: '', isYear: true }, '2028년까지, 2028')).toEqual(['2028년'])
    const horizon = { value: 2025, valueTo: 2030, unit: '', isYear: true }
    expect(find(horizon, '2025~2030년, 2025년~2030년, 2025년, 2030년')).toEqual([
      '2025~2030년',
      '2025년~2030년',
    ])
  })
})
