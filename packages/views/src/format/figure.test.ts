import { describe, expect, it } from 'vitest'
import { formatFigureValue, formatNumber } from './figure.ts'

const ko = 'ko-KR'
describe('formatFigureValue', () => {
  it.each([
    [{ value: 23, unit: '쪽' }, '23쪽'],
    [{ value: 2, unit: '년', qualifier: '최대' as const }, '최대 2년'],
    [{ value: 10, unit: '년', qualifier: '이상' as const }, '10년 이상'],
    [{ value: 10, unit: '년', qualifier: '더' as const }, '10년 더'],
    [{ value: 1_000_000, unit: '개', qualifier: '최대' as const }, '최대 100만 개'],
    [{ value: 2028, unit: '년', isYear: true, qualifier: '까지' as const }, '2028년까지'],
    [{ value: 2025, valueTo: 2030, unit: '년', isYear: true }, '2025~2030년'],
    [{ value: 9, unit: '개월', qualifier: '뒤' as const }, '9개월 뒤'],
    [{ value: 7, unit: 'nm' }, '7nm'],
    [{ value: 1234, unit: '' }, '1,234'],
  ])('%o → %s', (figure, expected) => {
    expect(formatFigureValue(figure, ko)).toBe(expected)
  })

  it('gives a year without a unit the year word', () => {
    expect(
      formatFigureValue({ value: 2028, unit: '', isYear: true, qualifier: '까지' }, ko, '년'),
    ).toBe('2028년까지')
    expect(
      formatFigureValue({ value: 2030, unit: '', isYear: true, qualifier: '이후' }, ko, '년'),
    ).toBe('2030년 이후')
  })

  it('groups digits below 10,000 and uses 만/억 above', () => {
    expect(formatNumber(9999, ko)).toBe('9,999')
    expect(formatNumber(25_000, ko)).toBe('2.5만')
    expect(formatNumber(300_000_000, ko)).toBe('3억')
    expect(formatNumber(2030, ko, true)).toBe('2030')
  })
})
