import type { Figure, Qualifier } from '@briefing/dataset'

/** Qualifiers written before the number ("최대 2년") rather than after ("10년 이상"). */
const PREFIX: ReadonlySet<Qualifier> = new Set(['약', '최대', '최소'])
/** Suffix qualifiers that attach without a space ("2028년까지"). */
// "은 더" is 003's "10년은 더" (at least ten more years), its particle attached to the unit.
const ATTACHED: ReadonlySet<Qualifier> = new Set(['까지', '만에', '은 더'])

/**
 * A number as Korean readers expect it: grouped digits up to 9,999, then 만/억/조
 * ("100만"), years without grouping, ranges with "~". `digits` is the most fraction
 * digits shown (1 for 만/억, 2 below); a number so small that those would show "0"
 * keeps two significant digits instead ("0.004", "0.000001"), so no figure reads as 0
 * that is not 0 (issue 15, class I).
 */
export function formatNumber(
  value: number,
  locale: string,
  isYear = false,
  digits?: number,
): string {
  if (isYear) return String(value)
  if (Math.abs(value) >= 10_000) {
    return new Intl.NumberFormat(locale, {
      notation: 'compact',
      maximumFractionDigits: digits ?? 1,
    }).format(value)
  }
  const fraction = digits ?? 2
  if (value !== 0 && Math.abs(value) < 10 ** -fraction)
    return new Intl.NumberFormat(locale, {
      maximumSignificantDigits: 2,
      maximumFractionDigits: 20,
    }).format(value)
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fraction }).format(value)
}

/**
 * Both ends of a range, with as many more fraction digits as it takes for two different
 * numbers to read differently ("1.2만~1.24만", not "1.2만~1.2만"); grouped digits in full
 * if even four more do not tell them apart.
 */
export function formatRange(from: number, to: number, locale: string, isYear = false): string {
  const base = Math.max(Math.abs(from), Math.abs(to)) >= 10_000 ? 1 : 2
  for (let digits = base; digits <= base + 4; digits++) {
    const a = formatNumber(from, locale, isYear, digits)
    const b = formatNumber(to, locale, isYear, digits)
    if (a !== b || from === to) return `${a}~${b}`
  }
  const full = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(n)
  return `${full(from)}~${full(to)}`
}

/** "최대 2년", "10년 이상", "100만 개", "2025~2030년", "2028년까지". */
export function formatFigureValue(
  figure: Pick<Figure, 'value' | 'unit'> &
    Partial<Pick<Figure, 'valueTo' | 'qualifier' | 'isYear'>>,
  locale: string,
  yearUnit = '',
): string {
  const number =
    figure.valueTo === undefined
      ? formatNumber(figure.value, locale, figure.isYear)
      : formatRange(figure.value, figure.valueTo, locale, figure.isYear)
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
