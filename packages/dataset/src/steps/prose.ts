import { actorIdsIn, type Dataset, datasetSchema, type SectionName } from '../schema/dataset.ts'
import { likelihoodProblems } from '../validate/likelihood.ts'
import { proseProblems } from '../validate/prose.ts'
import { termProblems } from '../validate/terms.ts'
import { type CheckContext, report, sectionLabel } from './context.ts'

/**
 * Step 7: a fact is written once. When every file is valid: every reference in prose
 * names a fact, and no prose retypes a figure's value (placed at the character inside
 * the string); one word per term (terms.yaml); a judgment's likelihood is not restated in
 * words. Skipped for an older commit read only to compare with (`skipProse`).
 */
export function prose(ctx: CheckContext): void {
  if (ctx.options.skipProse || ctx.problems.length > 0) return
  const data = datasetSchema(actorIdsIn(ctx.values.meta)).parse(ctx.values) as Dataset
  for (const p of [...proseProblems(data), ...termProblems(data), ...likelihoodProblems(data)]) {
    const section = p.section as SectionName
    report(ctx, [p], sectionLabel(ctx, section), ctx.parsed.get(section))
  }
}
