import type { Dataset } from '@briefing/dataset'
import { likelihoodLabel } from '../format/likelihood.ts'
import type { Messages } from '../messages/types.ts'
import type { GlossaryView, ScaleView } from '../types.ts'

/**
 * The estimative key, defined once for both outputs: every likelihood word with its
 * band and meaning, every confidence level with what it means, and which of them this
 * briefing's judgments use (an output may show only those, or all).
 */
export function scale(data: Dataset, m: Messages): ScaleView {
  const used = (key: string, pick: (j: Dataset['judgments']['keyJudgments'][number]) => string) =>
    data.judgments.keyJudgments.some((j) => pick(j) === key)
  const likelihoodKeys = Object.keys(m.likelihood) as Array<keyof Messages['likelihood']>
  const confidenceKeys = Object.keys(m.confidence) as Array<keyof Messages['confidence']>
  return {
    title: m.scale.title,
    likelihoodHeading: m.scale.likelihoodHeading,
    confidenceHeading: m.scale.confidenceHeading,
    likelihood: likelihoodKeys.map((key) => ({
      key,
      label: likelihoodLabel(key, m),
      range: m.likelihood[key].range,
      meaning: m.scale.likelihoodMeaning[key],
      used: used(key, (j) => j.likelihood),
    })),
    confidence: confidenceKeys.map((key) => ({
      key,
      label: `${m.confidenceLabel} ${m.confidence[key]}`,
      range: '',
      meaning: m.scale.confidenceMeaning[key],
      used: used(key, (j) => j.confidence),
    })),
    note: m.scale.note,
  }
}

/**
 * The glossary (용어 해설, an annex section): terms.yaml entries marked glossary: true, in
 * file order, each its preferred term and one-line definition. None marked: no entries,
 * and the section drops out of the briefing (briefing.ts, the registry's one rule).
 */
export function glossary(data: Dataset, title: string): GlossaryView {
  return {
    title,
    entries: data.terms.terms
      .filter((t) => t.glossary === true)
      .map((t) => ({ id: t.id, term: t.preferred, definition: t.definition })),
  }
}
