import { describe, expect, it } from 'vitest'
import { ko } from '../messages/ko.ts'
import { formatDate } from './date.ts'

describe('formatDate', () => {
  it.each([
    ['2025-11-10', '2025년 11월 10일', 'day', '2025-11-10'],
    ['2025-07', '2025년 7월', 'month', '2025-07-01'],
    ['2024-spring', '2024년 봄', 'season', '2024-03-01'],
    ['2028', '2028년', 'year', '2028-01-01'],
  ])('%s → %s', (input, text, precision, iso) => {
    expect(formatDate(input, ko)).toEqual({ text, precision, iso, inferred: false })
  })
  it('marks inferred dates', () => {
    expect(formatDate('2024-spring', ko, true).text).toBe('2024년 봄(추정)')
  })
})
