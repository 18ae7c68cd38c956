import type { Dataset } from '@briefing/dataset'
import type { Cite } from '../citations.ts'
import type { Weigh } from '../evidence.ts'
import { likelihoodLabel, likelihoodText } from '../format/likelihood.ts'
import type { Messages } from '../messages/types.ts'
import type { KeyJudgmentView } from '../types.ts'

export function keyJudgments(
  data: Dataset,
  m: Messages,
  cite: Cite,
  weigh: Weigh,
): KeyJudgmentView[] {
  return data.judgments.keyJudgments.map((j, i) => {
    const l = m.likelihood[j.likelihood]
    const likelihood = {
      key: j.likelihood,
      label: likelihoodLabel(j.likelihood, m),
      range: l.range,
    }
    const confidence = {
      key: j.confidence,
      label: `${m.confidenceLabel} ${m.confidence[j.confidence]}`,
    }
    return {
      id: j.id,
      number: i + 1,
      statement: j.statement,
      likelihood,
      confidence,
      estimate: `${likelihoodText(j.likelihood, m)} · ${confidence.label}`,
      basis: j.basis,
      ...(j.dissent ? { dissent: j.dissent } : {}),
      citation: cite(j.sources),
      evidence: weigh(j.sources),
    }
  })
}
