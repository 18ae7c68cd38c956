import type { Figure, Qualifier } from '@briefing/dataset'

/** Qualifiers written before the number ("최대 2년") rather than after ("10년 이상"). */
const PREFIX: ReadonlySet<Qualifier> = new Set(['약', '최대', '최소'])
/** Suffix qualifiers that attach without a space ("2028년까지"). */
const ATTACHED: ReadonlySet<Qualifier> = new Set(['까지', '만에'])

/**
 * A number as Korean readers expect it: grouped digits up to 9,999, then 만/억/조
 * ("100만"), years without grouping, ranges with "~".
 */
export function formatNumber(value: number, locale: string, isYear = false): string {
  if (isYear) return String(value)
  if (Math.abs(value) >= 10_000) {
    return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(
      value,
    )
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)
}

/** "최대 2년", "10년 이상", "100만 개", "2025~2030년", "2028년까지". */
export function formatFigureValue(
  figure: Pick<Figure, 'value' | 'unit'> &
    Partial<Pick<Figure, 'valueTo' | 'qualifier' | 'isYear'>>,
  locale: string,
  yearUnit = '',
): string {
  const a = formatNumber(figure.value, locale, figure.isYear)
  const number =
    figure.valueTo === undefined ? a : `${a}~${formatNumber(figure.valueTo, locale, figure.isYear)}`
  // A compact number ends in a Hangul unit (만, 억): Korean spacing puts the counter apart.
  // A year with no unit of its own takes the language's year word ("2028년").
  const unitWord = figure.unit === '' && figure.isYear ? yearUnit : figure.unit
  const unit = unitWord === '' ? '' : /[만억조]$/.test(number) ? ` ${unitWord}` : unitWord
  const core = `${number}${unit}`
  const q = figure.qualifier
  if (q === undefined) return core
  if (PREFIX.has(q)) return `${q} ${core}`
  return ATTACHED.has(q) ? `${core}${q}` : `${core} ${q}`
}
