import { msg } from '../messages/catalogue.ts'
import type { PendingProblem } from '../problem.ts'
import { datasetStrings } from '../prose/fields.ts'
import { splitProse } from '../prose/syntax.ts'
import type { Dataset } from '../schema/dataset.ts'
import { insideAny, quotedSpans } from './quoted.ts'

/**
 * One word for one thing: a variant of a term (terms.yaml) in prose is reported at its
 * character, with the preferred word. Quotations, titles (verbatim fields and quoted
 * spans) and the phrases a term keeps (저정밀 연산) are exempt; terms.yaml itself lists
 * the variants and is not prose for this check.
 */
export function termProblems(data: Dataset): PendingProblem[] {
  const terms = data.terms.terms.flatMap((t) => t.variants.map((variant) => ({ term: t, variant })))
  if (terms.length === 0) return []
  const problems: PendingProblem[] = []
  for (const s of datasetStrings(data)) {
    if (s.role !== 'prose' || s.section === 'terms') continue
    const quoted = quotedSpans(s.text)
    for (const piece of splitProse(s.text)) {
      if (piece.kind !== 'text') continue
      for (const { term, variant } of terms) {
        const kept = (term.keep ?? []).flatMap((phrase) => spansOf(piece.text, phrase))
        for (const [at] of spansOf(piece.text, variant)) {
          const offset = piece.start + at
          if (insideAny(quoted, offset) || insideAny(kept, at)) continue
          problems.push({
            section: s.section,
            path: s.path,
            offset,
            message: msg('prose.termVariant', {
              text: variant,
              preferred: term.preferred,
              term: term.id,
            }),
          })
        }
      }
    }
  }
  return problems
}

function spansOf(text: string, phrase: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = []
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
    out.push([at, at + phrase.length])
  return out
}
