import { DATE_PATTERN, startOf } from '@briefing/dataset'
import type { Messages } from '../messages/types.ts'

export type DatePrecision = 'day' | 'month' | 'season' | 'year'

export interface DateView {
  /** As shown, at its precision, e.g. "2025년 11월 10일", "2024년 봄 (추정)". */
  readonly text: string
  /** Earliest day it can mean, YYYY-MM-DD: for sorting and machine use. */
  readonly iso: string
  readonly precision: DatePrecision
  readonly inferred: boolean
}

export function formatDate(value: string, m: Messages, inferred = false): DateView {
  const match = DATE_PATTERN.exec(value)
  if (!match) throw new Error(`not a dataset date: ${value}`)
  const [, y, mo, d, season] = match
  const year = Number(y)
  let text: string
  let precision: DatePrecision
  if (d !== undefined) {
    text = m.date.day(year, Number(mo), Number(d))
    precision = 'day'
  } else if (mo !== undefined) {
    text = m.date.month(year, Number(mo))
    precision = 'month'
  } else if (season !== undefined) {
    text = m.date.season(year, m.seasons[season as keyof Messages['seasons']])
    precision = 'season'
  } else {
    text = m.date.year(year)
    precision = 'year'
  }
  return {
    text: inferred ? `${text}(${m.inferred})` : text,
    iso: startOf(value),
    precision,
    inferred,
  }
}
