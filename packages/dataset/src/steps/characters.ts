import { characterProblems } from '../validate/characters.ts'
import { type CheckContext, report } from './context.ts'

/** Step 5: every string's characters: controls, length, glyphs the embedded fonts lack. */
export function characters(ctx: CheckContext): void {
  const { covers, fontName = 'font' } = ctx.options
  for (const [section, parsed] of ctx.parsed) {
    report(
      ctx,
      characterProblems(section, parsed.value, covers, fontName),
      parsed.file.fileName,
      parsed,
    )
  }
}
