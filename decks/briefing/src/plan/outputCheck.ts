/**
 * The deck's part of `data:check` (registered in the root package.json,
 * `briefing.outputChecks`): every item must fit a slide. The same plan the build uses, so
 * the build never refuses data the check accepted (#15).
 */
import type { OutputCheck } from '@briefing/dataset'
import { buildBriefing } from '@briefing/views'
import { planDeck } from './plan.ts'

export const outputCheck: OutputCheck = ({ dataset, fingerprint }) =>
  planDeck(buildBriefing(dataset, fingerprint)).problems
