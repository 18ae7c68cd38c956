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
    const dissent =
      j.dissent === undefined
        ? undefined
        : typeof j.dissent === 'string'
          ? { text: j.dissent, sources: [] }
          : j.dissent
    return {
      id: j.id,
      number: i + 1,
      statement: j.statement,
      likelihood,
      confidence,
      estimate: `${likelihoodText(j.likelihood, m)} · ${confidence.label}`,
      basis: j.basis,
      ...(dissent ? { dissent: dissent.text } : {}),
      // The judgment cites what supports it; the dissent cites its own sources beside it
      // (a union beside the statement made judgment 6 look backed by three documents when
      // two of them are its dissent: cold fact-check, session 7).
      citation: cite(j.sources),
      ...(dissent && dissent.sources.length > 0 ? { dissentCitation: cite(dissent.sources) } : {}),
      evidence: weigh(j.sources),
    }
  })
}
