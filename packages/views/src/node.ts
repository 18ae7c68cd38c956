/**
 * The renderers' single entry point in Node: read the dataset folder (BRIEFING_DATA
 * or shared-data/), validate it against the embedded fonts, and build the view.
 *   load → validate → views → (render, in the deck or the memo)
 */

import type { Problem } from '@briefing/dataset'
import { dataDirFromEnv, loadBriefingData } from '@briefing/dataset/node'
import { buildBriefing } from './briefing.ts'
import type { BriefingView } from './types.ts'

export type LoadedBriefing =
  | { readonly ok: true; readonly view: BriefingView; readonly dir: string }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly dir: string }

export function loadBriefing(dir: string = dataDirFromEnv(), cwd?: string): LoadedBriefing {
  const result = loadBriefingData(dir, cwd)
  if (!result.ok) return { ok: false, problems: result.problems, dir }
  return { ok: true, view: buildBriefing(result.dataset, result.fingerprint), dir }
}

export { formatProblem, terminalSafe, terminalSafeLines } from '@briefing/dataset'
export { DatasetError, dataDirFromEnv, defaultDataDir, workspaceRoot } from '@briefing/dataset/node'
