/**
 * One hash of the source files a cached result was made by (issue 17): the kept checks
 * (./checkedCache.ts) and the deck's kept sites (decks/briefing/scripts/siteCache.ts) are
 * valid only for the code that made them. Every file's path (from the workspace, with `/`)
 * and bytes, in a fixed order, plus Node's version; test files are left out, since no
 * result depends on them.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { workspaceRoot } from './folder/dataFolder.mjs'

const TEST_FILE = /\.test\.[cm]?[jt]s$/

/** `inputs`: folders and files relative to the workspace root; a missing one counts as empty. */
export function hashSources(inputs: readonly string[]): string {
  const hash = createHash('sha256').update(`node ${process.version}\0`)
  for (const input of inputs) {
    const path = join(workspaceRoot, input)
    if (!existsSync(path)) continue
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { withFileTypes: true, recursive: true })
          .filter((e) => e.isFile() && !TEST_FILE.test(e.name))
          .map((e) => join(e.parentPath, e.name))
          .sort()
      : [path]
    for (const f of files) {
      hash.update(`\0${relative(workspaceRoot, f).replaceAll(sep, '/')}\0`)
      hash.update(readFileSync(f))
    }
  }
  return hash.digest('hex')
}
