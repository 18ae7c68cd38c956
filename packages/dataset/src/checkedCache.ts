/**
 * A dataset that passed the check, kept for the next process that loads the same bytes
 * (issue 17). `pnpm build` checks the dataset at its gate (`data:check`), and then the memo
 * and the deck each load it again in their own processes: three times the same YAML
 * parsing, schema and prose checks for one edit. The gate's result is kept on disk, keyed
 * by the dataset's files (names and bytes), the check's own code and Node's version; the
 * outputs read it back instead of checking again.
 *
 * Only a clean result is kept: data with any problem is checked, and reported, every time.
 * The dataset is written with v8.serialize, which gives back the same structure (undefined
 * members, key order) that JSON would not. A cache that cannot be read or written is no
 * error: the check simply runs. BRIEFING_CHECK_CACHE=off turns it off (tests compare), and
 * so does `pnpm build --force`.
 */
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import type { DatasetListing } from './check.ts'
import { workspaceRoot } from './folder/dataFolder.mjs'
import type { Dataset } from './schema/dataset.ts'
import { hashSources } from './sourceHash.ts'

export interface CheckedDataset {
  readonly dataset: Dataset
  readonly fingerprint: string
}

/** The code whose behaviour decides what a check returns: this package and the fonts'. */
const CODE = [
  'packages/dataset/src',
  'packages/fonts/src',
  'packages/fonts/package.json',
  'pnpm-lock.yaml',
]
const KEEP = 8

// Off for `pnpm build --force` too (BRIEFING_FULL_BUILD, packages/workbench/bin/turbo.mjs):
// a forced build checks from scratch, and writes nothing kept either.
const off = (): boolean =>
  process.env.BRIEFING_CHECK_CACHE === 'off' || process.env.BRIEFING_FULL_BUILD === '1'
export const checkedCacheDir = (): string =>
  join(workspaceRoot, 'node_modules/.cache/briefing-workbench/checked')

let code: string | undefined
const codeHash = (): string => {
  code ??= hashSources(CODE)
  return code
}

/** The key of a listing: its label, every file's name and text, and the code; undefined
 * when the listing has troubles (those are the check's to report, every time). */
export function checkedKey(listing: DatasetListing, dir: string): string | undefined {
  if (off() || (listing.troubles && listing.troubles.size > 0)) return undefined
  // Without the sources to hash (an install without the workspace) nothing is kept.
  if (!existsSync(join(workspaceRoot, 'packages/dataset/src'))) return undefined
  const hash = createHash('sha256').update(`${codeHash()}\0${dir}\0${listing.label}`)
  for (const [name, text] of [...listing.files].sort(([a], [b]) => a.localeCompare(b)))
    hash.update(`\0${name}\0${text}`)
  return hash.digest('hex')
}

export function readChecked(key: string | undefined): CheckedDataset | undefined {
  if (!key) return undefined
  try {
    const file = join(checkedCacheDir(), `${key}.v8`)
    const found = deserialize(readFileSync(file)) as CheckedDataset & { key?: string }
    return found.key === key
      ? { dataset: found.dataset, fingerprint: found.fingerprint }
      : undefined
  } catch {
    return undefined
  }
}

export function writeChecked(key: string | undefined, checked: CheckedDataset): void {
  if (!key) return
  try {
    const dir = checkedCacheDir()
    mkdirSync(dir, { recursive: true })
    const file = join(dir, `${key}.v8`)
    const tmp = `${file}.tmp-${process.pid}`
    writeFileSync(tmp, serialize({ key, ...checked }))
    renameSync(tmp, file)
    const kept = readdirSync(dir)
      .filter((n) => n.endsWith('.v8'))
      .map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t)
    for (const old of kept.slice(KEEP)) rmSync(join(dir, old.n), { force: true })
  } catch {
    // A read-only checkout checks every time; nothing else changes.
  }
}
