import { msg } from '../messages/catalogue.ts'
import type { SectionName } from '../schema/dataset.ts'
import { type CheckContext, report, sectionLabel } from './context.ts'

/**
 * The largest dataset file accepted: the shipped files are 1–13 KB, a briefing three times
 * as long about 40 KB. Past this the file is refused before it is parsed: a 50 MB file took
 * 78 s and 3.9 GB in the YAML parser before the schema refused it (#15 G).
 */
export const MAX_FILE_BYTES = 1024 * 1024

/**
 * Step 2: what can be refused without parsing: a file too large, or one saved as UTF-16
 * (every other byte NUL once read as UTF-8). The edge checks size on disk before
 * reading; this step guards listings made in memory the same way.
 */
export function limits(ctx: CheckContext): void {
  for (const [section, text] of ctx.texts) {
    const place = { line: 1, col: 1 }
    const refuse = (message: ReturnType<typeof msg>) => {
      report(ctx, [{ section, path: [], place, message }], sectionLabel(ctx, section))
      ctx.texts.delete(section as SectionName)
    }
    // UTF-8 takes at most 3 bytes per UTF-16 unit: a cheap upper bound before counting.
    const bytes = text.length > MAX_FILE_BYTES / 3 ? Buffer.byteLength(text) : text.length
    if (bytes > MAX_FILE_BYTES) refuse(msg('file.tooLarge', { bytes, max: MAX_FILE_BYTES }))
    else if (looksUtf16(text)) refuse(msg('file.utf16'))
  }
}

/** UTF-16 read as UTF-8: a BOM turned into two U+FFFD, or NUL between the letters. */
export function looksUtf16(text: string): boolean {
  if (text.startsWith('\uFFFD\uFFFD')) return true
  const head = text.slice(0, 200)
  let nul = 0
  for (const ch of head) if (ch === '\u0000') nul++
  return head.length > 0 && nul * 4 >= head.length
}
