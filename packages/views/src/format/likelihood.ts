import type { Likelihood } from '@briefing/dataset'
import type { Messages } from '../messages/types.ts'

/** "가능성 반반", the likelihood words both outputs print for a judgment. */
export function likelihoodLabel(key: Likelihood, m: Messages): string {
  return `${m.likelihoodLabel} ${m.likelihood[key].word}`
}

/** "가능성 반반(45~55%)": the words with their band, as a sentence refers to a judgment. */
export function likelihoodText(key: Likelihood, m: Messages): string {
  return `${likelihoodLabel(key, m)}(${m.likelihood[key].range})`
}
