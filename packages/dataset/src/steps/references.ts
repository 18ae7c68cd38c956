import { type Dataset, SECTION_NAMES, type SectionName } from '../schema/dataset.ts'
import { deckProblems } from '../validate/deck.ts'
import { referenceProblems } from '../validate/references.ts'
import { writtenTwiceProblems } from '../validate/writtenTwice.ts'
import { type CheckContext, report, sectionLabel } from './context.ts'

/**
 * Step 6: checks across files: ids unique, references resolve, sources cited, as-of date,
 * no fact written twice as two records.
 * Run when every file parsed, even if some failed their schema, so the analyst sees an
 * unknown source id in the same round as a wrong type elsewhere. The raw data may have
 * any shape then, so a check that trips over it is skipped rather than reported: the
 * schema problems already say what is wrong.
 */
export function references(ctx: CheckContext): void {
  if (!SECTION_NAMES.every((section) => ctx.parsed.has(section))) return
  const schemaValid = SECTION_NAMES.every((section) => section in ctx.values)
  const data = Object.fromEntries(
    SECTION_NAMES.map((s) => [s, ctx.values[s] ?? ctx.parsed.get(s)?.value]),
  ) as Dataset
  try {
    for (const p of [
      ...referenceProblems(data),
      ...writtenTwiceProblems(data),
      ...deckProblems(data),
    ]) {
      const section = p.section as SectionName
      report(ctx, [p], sectionLabel(ctx, section), ctx.parsed.get(section))
    }
  } catch (error) {
    if (schemaValid) throw error
    // shape too broken for cross-file checks: the schema problems come first
  }
}
