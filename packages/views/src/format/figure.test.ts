import { describe, expect, it } from 'vitest'
import { formatFigureValue, formatNumber, formatRange } from './figure.ts'

const ko = 'ko-KR'
describe('formatFigureValue', () => {
  it.each([
    [{ value: 23, unit: '쪽' }, '23쪽'],
    [{ value: 2, unit: '년', qualifier: '최대' as const }, '최대 2년'],
    [{ value: 10, unit: '년', qualifier: '이상' as const }, '10년 이상'],
    [{ value: 10, unit: '년', qualifier: '은 더' as const }, '10년은 더'],
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

// Issue 15, class I. Expected values worked out by hand: 12,000 = 1.2만 and 12,400 =
// 1.24만 (÷ 10,000); 0.004 and 1e-6 = 0.000001 written out; 2 significant digits.
describe('ranges read as ranges, small numbers as themselves', () => {
  it('shows a range whose ends round alike with the digits that tell them apart', () => {
    expect(formatFigureValue({ value: 12_000, valueTo: 12_400, unit: '쪽' }, ko)).toBe(
      '1.2만~1.24만 쪽',
    )
    expect(formatRange(12_000, 12_001, ko)).toBe('1.2만~1.2001만')
    expect(formatRange(1.001, 1.004, ko)).toBe('1.001~1.004')
    // 10,000,001 ÷ 10,000 = 1000.0001: four fraction digits (one plus three more).
    expect(formatRange(10_000_000, 10_000_001, ko)).toBe('1000만~1000.0001만')
    // 100,000,001 ÷ 1억 = 1.00000001 needs eight, more than four more: written in full.
    expect(formatRange(100_000_000, 100_000_001, ko)).toBe('100,000,000~100,000,001')
    // Ranges that read apart already are unchanged.
    expect(formatRange(2025, 2030, ko, true)).toBe('2025~2030')
    expect(formatRange(12_000, 25_000, ko)).toBe('1.2만~2.5만')
  })

  it('never prints 0 for a number that is not 0', () => {
    expect(formatNumber(0.004, ko)).toBe('0.004')
    expect(formatNumber(0.000001, ko)).toBe('0.000001')
    expect(formatNumber(0.0123, ko)).toBe('0.01')
    expect(formatNumber(-0.0004, ko)).toBe('-0.0004')
    expect(formatNumber(0.00456, ko)).toBe('0.0046')
    expect(formatNumber(0, ko)).toBe('0')
    expect(formatFigureValue({ value: 0.004, unit: '%' }, ko)).toBe('0.004%')
  })
})
