import type { CheckResult } from '../check.ts'
import { fingerprint } from '../fingerprint/fingerprint.ts'
import { locate } from '../load/parseFile.ts'
import { placeInString } from '../load/placeInString.ts'
import type { Message } from '../messages/catalogue.ts'
import { compareProblems, type DataPath, formatPath, itemLabel, type Problem } from '../problem.ts'
import { actorIdsIn, type Dataset, datasetSchema, type SectionName } from '../schema/dataset.ts'
import { type CheckContext, type FiledProblem, sectionLabel } from './context.ts'

/**
 * Step 7: the answer. No problems: the typed dataset, its fingerprint and a way to locate
 * items. Otherwise every problem placed (file:line:col), named by its item's id, sorted.
 */
export function result(ctx: CheckContext): CheckResult {
  if (ctx.problems.length === 0) {
    const dataset = datasetSchema(actorIdsIn(ctx.values.meta)).parse(ctx.values) as Dataset
    const locateItem = (section: SectionName, path: DataPath) => {
      const parsed = ctx.parsed.get(section)
      if (!parsed) return { file: sectionLabel(ctx, section), line: 1, col: 1 }
      return { file: parsed.file.fileName, ...locate(parsed, path) }
    }
    return { ok: true, dataset, fingerprint: fingerprint(dataset), locate: locateItem }
  }
  const problems = ctx.problems.map((p) => place(ctx, p))
  return { ok: false, problems: dedupe(problems).sort(compareProblems) }
}

function place(ctx: CheckContext, p: FiledProblem): Problem {
  // A reference or a retyped figure is placed at its own character inside the string.
  const inString =
    p.parsed && p.offset !== undefined ? placeInString(p.parsed, p.path, p.offset) : undefined
  const where =
    p.place ?? inString ?? (p.parsed ? locate(p.parsed, p.path, p.at) : { line: 1, col: 1 })
  const item =
    p.section === '' && p.fileLabel === ctx.listing.label
      ? ({ kind: 'folder' } as const)
      : (p.item ?? itemLabel(p.parsed?.value, p.path))
  return {
    file: p.fileLabel,
    line: where.line,
    col: where.col,
    item,
    path: formatPath(p.path),
    message: p.see ? withSee(ctx, p.message, p.see) : p.message,
  }
}

/** Fills in `see`: the `file:line` (and item) of the place a message refers to. */
function withSee(
  ctx: CheckContext,
  message: Message,
  see: NonNullable<FiledProblem['see']>,
): Message {
  const section = see.section as SectionName
  const parsed = ctx.parsed.get(section)
  const label = sectionLabel(ctx, section)
  if (!parsed) return { ...message, params: { ...message.params, see: label } } as Message
  const where = `${label}:${locate(parsed, see.path).line}`
  return { ...message, params: { ...message.params, see: where } } as Message
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  // An id in a list of references that is both badly formed and unknown: the reference
  // message alone, since it says which id was meant.
  const refs = new Set(
    problems.filter((p) => p.message.key === 'ref.unknown').map((p) => `${p.file}|${p.path}`),
  )
  return problems.filter((p) => {
    if (p.message.key === 'id.format' && refs.has(`${p.file}|${p.path}`)) return false
    const key = `${p.file}|${p.line}|${p.col}|${p.path}|${JSON.stringify(p.message)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
