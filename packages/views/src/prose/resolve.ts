import { type Dataset, mapProse, splitProse } from '@briefing/dataset'
import { formatDate } from '../format/date.ts'
import { formatFigureValue } from '../format/figure.ts'
import { likelihoodText } from '../format/likelihood.ts'
import type { Messages } from '../messages/types.ts'

/**
 * Every fact a prose reference may name, in the one standard form both outputs show:
 * a figure as its value ("최대 2년"), an event as its date ("2025년 7월(추정)"), a key
 * judgment as its likelihood ("가능성 반반(45~55%)"). The figure cards, the timeline and
 * the judgments use the same formatters, so a sentence and a card can never disagree.
 */
export function factTexts(data: Dataset, m: Messages): Map<string, string> {
  const out = new Map<string, string>()
  for (const f of data.figures.figures) out.set(f.id, formatFigureValue(f, m.locale, m.yearUnit))
  for (const e of data.timeline.events)
    out.set(e.id, formatDate(e.date, m, e.dateInferred === true).text)
  for (const j of data.judgments.keyJudgments) out.set(j.id, likelihoodText(j.likelihood, m))
  return out
}

/** A prose string with its references replaced and "{=…}" marks unwrapped. */
export function resolveText(text: string, facts: ReadonlyMap<string, string>): string {
  return splitProse(text)
    .map((piece) => {
      if (piece.kind === 'text' || piece.kind === 'literal') return piece.text
      if (piece.kind === 'bad-ref') return piece.raw
      const fact = facts.get(piece.id)
      // The check rejects unknown references; a view built from unchecked data must
      // not print a raw id as if it were a fact.
      if (fact === undefined) throw new Error(`unresolved reference {${piece.id}}`)
      return fact
    })
    .join('')
}

/** The dataset with every prose string resolved: what the section builders read. */
export function resolveProse(data: Dataset, m: Messages): Dataset {
  const facts = factTexts(data, m)
  return mapProse(data, (text) => resolveText(text, facts))
}
