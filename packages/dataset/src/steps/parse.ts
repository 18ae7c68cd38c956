import { parseFile } from '../load/parseFile.ts'
import { type CheckContext, report, sectionLabel } from './context.ts'

/** Step 3: parse each file keeping positions; YAML slips become one message each. */
export function parse(ctx: CheckContext): void {
  for (const [section, text] of ctx.texts) {
    const fileName = sectionLabel(ctx, section)
    const { parsed, problems } = parseFile({ section, fileName, text })
    report(ctx, problems, fileName, parsed)
    if (parsed) ctx.parsed.set(section, parsed)
  }
}
