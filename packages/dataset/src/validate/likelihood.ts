import { msg } from '../messages/catalogue.ts'
import type { PendingProblem } from '../problem.ts'
import { datasetStrings, type ProseString } from '../prose/fields.ts'
import { splitProse } from '../prose/syntax.ts'
import type { Dataset } from '../schema/dataset.ts'
import { insideAny, quotedSpans } from './quoted.ts'

/**
 * Likelihood words ("가능성이 높음", "가능성이 크다", "가능성은 반반", "가능성 낮음") up to the end
 * of the word they sit in.
 */
const LIKELIHOOD =
  /가능성(?:이|은|도|만)?\s*(?:매우\s*|상당히\s*|더\s*)?(?:높|크|큰|커|반반|낮|희박|작|적)[가-힣]*/g

/**
 * Korean marks reported speech in the verb: "가능성이 크다고 경고함", "가능성이 높다는
 * 전망", "커진다고 보나". A likelihood word that ends in such an ending is a source's claim
 * paraphrased, and the source is named beside it; ours end in "높음", "큼".
 */
const REPORTED = /(?:다고|라고|다는|라는|단|란)$/

/** Reported speech whose speaker is us ("…가능성이 높다고 판단함") is still our likelihood. */
const OURS_AFTER = /^\s*(?:판단|평가하|추정)/

/**
 * Fields that are a named holder's view as a whole (outlook disagreements: holder +
 * view): their likelihood words are the holder's, not ours.
 */
const ATTRIBUTED = (s: ProseString): boolean => s.section === 'outlook' && s.key === 'view'

/**
 * A judgment's likelihood is stated once (judgments.yaml likelihood) and printed by the
 * views; analyst prose that says it again in its own words ("가능성이 높음") can drift from
 * it. Prose refers to the judgment with {kj-…} instead. Source paraphrase is exempt:
 * quotations, a holder's view, and reported speech ("맥과이어는 … 가능성이 크다고 경고함").
 */
export function likelihoodProblems(data: Dataset): PendingProblem[] {
  const problems: PendingProblem[] = []
  for (const s of datasetStrings(data)) {
    if (s.role !== 'prose' || s.section === 'terms' || ATTRIBUTED(s)) continue
    const quoted = quotedSpans(s.text)
    for (const piece of splitProse(s.text)) {
      if (piece.kind !== 'text') continue
      for (const m of piece.text.matchAll(LIKELIHOOD)) {
        const offset = piece.start + m.index
        if (insideAny(quoted, offset)) continue
        const after = piece.text.slice(m.index + m[0].length)
        if (REPORTED.test(m[0]) && !OURS_AFTER.test(after)) continue
        problems.push({
          section: s.section,
          path: s.path,
          offset,
          message: msg('prose.likelihoodRestated', { text: m[0] }),
        })
      }
    }
  }
  return problems
}
