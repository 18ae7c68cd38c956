import { actorIdsIn, fileSchemas } from '../schema/dataset.ts'
import { schemaProblems } from '../validate/schemaProblems.ts'
import { allowedKeysAt } from '../validate/schemaShape.ts'
import { type CheckContext, report } from './context.ts'

/**
 * Step 4: each parsed file against its schema (types, fields, allowed values, ranges).
 * The actors declared in meta.yaml make the schemas of the files that name them.
 */
export function schema(ctx: CheckContext): void {
  const schemas = fileSchemas(actorIdsIn(ctx.parsed.get('meta')?.value))
  for (const [section, parsed] of ctx.parsed) {
    const fileSchema = schemas[section]
    const result = fileSchema.safeParse(parsed.value, { reportInput: true })
    if (result.success) ctx.values[section] = result.data
    else {
      const problems = schemaProblems(section, result.error.issues, (p) =>
        allowedKeysAt(fileSchema, p),
      )
      report(ctx, problems, parsed.file.fileName, parsed)
    }
  }
}
