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
    const at = (offset: number, message: string): PendingProblem => ({
      section: s.section,
      path: s.path,
      offset,
      message,
    })
    for (const piece of splitProse(s.text)) {
      if (piece.kind === 'ref') {
        if (s.role === 'verbatim') {
          problems.push(
            at(
              piece.start,
              `인용문과 자료 제목은 적힌 그대로 보여 줍니다: 참조 {${piece.id}}는 여기에 쓸 수 없습니다`,
            ),
          )
        } else if (!facts.has(piece.id)) {
          const hint = closest(piece.id, factIds)
          problems.push(
            at(
              piece.start,
              hint
                ? `알 수 없는 참조 {${piece.id}} — {${hint}}을(를) 뜻하셨나요?`
                : `알 수 없는 참조 {${piece.id}}: 수치(fig-…), 사건(ev-…), 핵심 판단(kj-…)의 id를 씁니다`,
            ),
          )
        }
      } else if (piece.kind === 'bad-ref' && s.role === 'prose') {
        problems.push(
          at(
            piece.start,
            `참조 형식이 아닙니다: "${piece.raw}" — id는 소문자·숫자·"-"로 씁니다(예: {fig-us-lead-years}). 중괄호 속 글을 그대로 보이려면 {=…}`,
          ),
        )
      } else if (piece.kind === 'text' && s.role === 'prose') {
        for (const { figure, pattern } of figures) {
          for (const m of piece.text.matchAll(pattern)) {
            problems.push(
              at(
                piece.start + m.index,
                `수치를 다시 적었습니다: "${m[0]}"은(는) ${figure.id}(${figure.label})의 값입니다 — {${figure.id}}(으)로 바꾸세요. 우연히 같은 말이면 {=${m[0]}}`,
              ),
            )
          }
        }
      }
    }
  }
  return problems
}
