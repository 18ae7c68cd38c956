import type { Dataset } from '../schema/dataset.ts'

/**
 * What a reference in prose may name, and what it renders as (the views format it): a
 * figure's value, an event's date, a key judgment's likelihood words.
 */
export type FactKind = 'figure' | 'event' | 'judgment'

export interface FactEntry {
  readonly id: string
  readonly kind: FactKind
  /** Short human name, for messages: the figure's label, the event's title. */
  readonly name: string
}

/** Every fact prose may refer to, by id. One place decides what is referable. */
export function referableFacts(
  data: Pick<Dataset, 'figures' | 'timeline' | 'judgments'>,
): Map<string, FactEntry> {
  const out = new Map<string, FactEntry>()
  for (const f of data.figures.figures) out.set(f.id, { id: f.id, kind: 'figure', name: f.label })
  for (const e of data.timeline.events) out.set(e.id, { id: e.id, kind: 'event', name: e.title })
  // A judgment's likelihood is stated once, in judgments.yaml; prose that restates it
  // (the outlook) refers to the judgment and prints its words.
  for (const j of data.judgments.keyJudgments)
    out.set(j.id, { id: j.id, kind: 'judgment', name: j.statement })
  return out
}

/**
 * How a figure's value could be retyped in prose: its number in any spelling an
 * analyst might use (23, 1000000, 1,000,000, 100만) followed by its unit, with or
 * without a space ("2년", "100만 개", "13개 조항", "2028년"). A digit, point or comma
 * just before the number means it is part of a larger number ("12년" is not "2년").
 */
export function retypePattern(figure: {
  value: number
  valueTo?: number | undefined
  unit: string
  isYear?: boolean | undefined
  qualifier?: string | undefined
}): RegExp | undefined {
  const unit = figure.unit.trim() !== '' ? figure.unit.trim() : figure.isYear ? '년' : ''
  // A bare number with no unit is too common to flag (and no figure has one today).
  if (unit === '') return undefined
  const unitWords = unit.split(/\s+/).map(escapeRegExp).join('\\s*')
  const spell = (v: number) =>
    alternatives(numberSpellings(v, figure.isYear === true).map(escapeRegExp))
  // A range is one fact: "2025~2030년" (or "2025년~2030년"). Its ends alone are not
  // flagged, because a bare "2025년" is far more often a date than this figure.
  const number =
    figure.valueTo === undefined
      ? spell(figure.value)
      : `${spell(figure.value)}(?:\\s?${unitWords})?\\s?[~∼〜–-]\\s?${spell(figure.valueTo)}`
  // The figure's own qualifier is part of what was retyped: "최대 2년" becomes one
  // reference, not "최대 {fig-…}" (which would print "최대 최대 2년").
  const q = figure.qualifier === undefined ? undefined : escapeRegExp(figure.qualifier)
  const before =
    q !== undefined && PREFIX_QUALIFIERS.has(figure.qualifier as string) ? `(?:${q}\\s?)?` : ''
  const after = q !== undefined && before === '' ? `(?:\\s?${q})?` : ''
  return new RegExp(`${before}(?<![\\d.,])${number}\\s?${unitWords}${after}`, 'g')
}

/** Qualifiers written before the number (the views place them the same way). */
const PREFIX_QUALIFIERS: ReadonlySet<string> = new Set(['약', '최대', '최소'])

export function numberSpellings(value: number, isYear: boolean): string[] {
  const plain = String(value)
  if (isYear || !Number.isInteger(value)) return [plain]
  const out = [plain]
  if (value >= 1000) out.push(value.toLocaleString('en-US'))
  for (const [size, word] of [
    [1e12, '조'],
    [1e8, '억'],
    [1e4, '만'],
  ] as const) {
    if (value >= size) {
      const n = value / size
      if (Number.isInteger(n * 10)) out.push(`${n}${word}`)
      break
    }
  }
  return out
}

function alternatives(options: readonly string[]): string {
  return `(?:${[...options].sort((a, b) => b.length - a.length).join('|')})`
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
