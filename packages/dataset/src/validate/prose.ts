import { type Message, msg } from '../messages/catalogue.ts'
import type { PendingProblem } from '../problem.ts'
import { referableFacts, retypePattern } from '../prose/facts.ts'
import { datasetStrings } from '../prose/fields.ts'
import { splitProse } from '../prose/syntax.ts'
import type { Dataset } from '../schema/dataset.ts'
import { closest } from '../suggest.ts'

/**
 * A fact is written once. In prose, every reference must name a fact that exists,
 * and no figure's value may be typed out again: an edit to figures.yaml must reach
 * every sentence that mentions it. Quotations and titles are verbatim and exempt;
 * "{=…}" marks a genuine coincidence. Problems point at the place inside the string.
 */
export function proseProblems(data: Dataset): PendingProblem[] {
  const facts = referableFacts(data)
  const factIds = [...facts.keys()]
  const figures = data.figures.figures.flatMap((f) => {
    const pattern = retypePattern(f)
    return pattern ? [{ figure: f, pattern }] : []
  })
  const problems: PendingProblem[] = []
  for (const s of datasetStrings(data)) {
    if (s.role === 'code') continue
    const at = (offset: number, message: Message): PendingProblem => ({
      section: s.section,
      path: s.path,
      offset,
      message,
    })
    for (const piece of splitProse(s.text)) {
      if (piece.kind === 'ref') {
        if (s.role === 'verbatim') {
          problems.push(at(piece.start, msg('prose.refInVerbatim', { ref: piece.id })))
        } else if (!facts.has(piece.id)) {
          const hint = closest(piece.id, factIds)
          problems.push(
            at(piece.start, msg('prose.unknownRef', { ref: piece.id, ...(hint ? { hint } : {}) })),
          )
        }
      } else if (piece.kind === 'bad-ref' && s.role === 'prose') {
        problems.push(at(piece.start, msg('prose.badRef', { raw: piece.raw })))
      } else if (piece.kind === 'text' && s.role === 'prose') {
        for (const { figure, pattern } of figures) {
          for (const m of piece.text.matchAll(pattern)) {
            problems.push(
              at(
                piece.start + m.index,
                msg('prose.retypedFigure', { text: m[0], id: figure.id, label: figure.label }),
              ),
            )
          }
        }
      }
    }
  }
  return problems
}
