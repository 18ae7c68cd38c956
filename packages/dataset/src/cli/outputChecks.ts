/**
 * Checks that an output makes of valid data (the deck: does every item fit a slide?), run
 * by `data:check` (and so by `pnpm build`'s gate) so that the build never refuses data the
 * check accepted (#15). The outputs register their modules in the root package.json
 * (`briefing.outputChecks`): the dataset package depends on no output, and one list says
 * which outputs check what.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CheckResult } from '../check.ts'
import { itemById } from '../items.ts'
import type { Message } from '../messages/catalogue.ts'
import { formatPath, type Problem } from '../problem.ts'
import type { Dataset } from '../schema/dataset.ts'

/** One item an output cannot show, by its id (placed at the item), and what to do. */
export interface OutputProblem {
  readonly id?: string
  readonly message: Message
}

/** What an output's check module exports as `outputCheck`. */
export type OutputCheck = (input: {
  readonly dataset: Dataset
  readonly fingerprint: string
}) => readonly OutputProblem[]

type Valid = Extract<CheckResult, { ok: true }> & { dir: string }

export async function outputProblems(result: Valid, root: string): Promise<Problem[]> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    briefing?: { outputChecks?: string[] }
  }
  const problems: Problem[] = []
  for (const module of pkg.briefing?.outputChecks ?? []) {
    const { outputCheck } = (await import(pathToFileURL(join(root, module)).href)) as {
      outputCheck: OutputCheck
    }
    for (const p of outputCheck({ dataset: result.dataset, fingerprint: result.fingerprint })) {
      const at = p.id === undefined ? undefined : itemById(result.dataset, p.id)
      const where = at ? result.locate(at.section, at.path) : result.locate('meta', [])
      problems.push({
        ...where,
        item: at ? { kind: 'item', text: p.id as string } : { kind: 'file' },
        path: at ? formatPath(at.path) : '(file)',
        message: p.message,
      })
    }
  }
  return problems
}
