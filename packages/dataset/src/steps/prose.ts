import { actorIdsIn, type Dataset, datasetSchema, type SectionName } from '../schema/dataset.ts'
import { proseProblems } from '../validate/prose.ts'
import { type CheckContext, report, sectionLabel } from './context.ts'

/**
 * Step 7: a fact is written once. When every file is valid: every reference in prose
 * names a fact, and no prose retypes a figure's value (placed at the character inside
 * the string). Skipped for an older commit read only to compare with (`skipProse`).
 */
export function prose(ctx: CheckContext): void {
  if (ctx.options.skipProse || ctx.problems.length > 0) return
  const data = datasetSchema(actorIdsIn(ctx.values.meta)).parse(ctx.values) as Dataset
  for (const p of proseProblems(data)) {
    const section = p.section as SectionName
    report(ctx, [p], sectionLabel(ctx, section), ctx.parsed.get(section))
  }
}
