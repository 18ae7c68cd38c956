import { msg } from '../messages/catalogue.ts'
import { fileNameOf, SECTION_NAMES } from '../schema/dataset.ts'
import { closest } from '../suggest.ts'
import { type CheckContext, fileLabel, report } from './context.ts'

/**
 * Step 1: which files are there. A file that is not a dataset file gets the closest
 * name; a missing one is said once; one the edge could not read (a dangling link, no
 * permission, too large, UTF-16) is said with what to do, and not called missing.
 */
export function listFiles(ctx: CheckContext): void {
  const expected = SECTION_NAMES.map(fileNameOf)
  const troubles = ctx.listing.troubles ?? new Map()
  const place = { line: 1, col: 1 }
  for (const [name, trouble] of troubles) {
    report(ctx, [{ section: '', path: [], place, message: trouble }], fileLabel(ctx, name))
  }
  for (const name of ctx.listing.files.keys()) {
    if (expected.includes(name)) continue
    const hint = closest(name, expected)
    const message = msg('file.unknown', { names: expected, ...(hint ? { hint } : {}) })
    report(ctx, [{ section: '', path: [], place, message }], fileLabel(ctx, name))
  }
  for (const section of SECTION_NAMES) {
    const name = fileNameOf(section)
    const text = ctx.listing.files.get(name)
    if (text !== undefined) ctx.texts.set(section, text)
    else if (!troubles.has(name)) {
      const message = msg('file.missing', { name })
      report(ctx, [{ section, path: [], place, message }], fileLabel(ctx, name))
    }
  }
}
