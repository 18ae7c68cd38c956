/**
 * The memo's edge: load the dataset, render, and write the PDF whole or not at all.
 *   loadBriefing (validate + glyph check) → renderMemo → tmp file → rename
 * A dataset with problems or a failed render leaves the previous PDF untouched.
 */

import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Problem } from '@briefing/dataset'
import { loadBriefing } from '@briefing/views/node'
import { STAGED, STAMP, writeFileAtomic } from '@briefing/workbench/outputs'
import { countPages, renderMemo } from './render.ts'

export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const defaultMemoPath = join(packageRoot, 'dist', 'policy-memo.pdf')
/**
 * Where `pnpm build` writes the memo: the package's staged output, which the build's
 * commit step moves over dist/ together with the deck's (issue 15, class B).
 */
export const stagedMemoPath = join(packageRoot, STAGED, 'policy-memo.pdf')

/** Marks a staged output as built from this data, for the commit step to check. */
export function stampStaged(dir: string, fingerprint: string): void {
  writeFileAtomic(join(dir, STAMP), `${fingerprint}\n`)
}

export type MemoBuild =
  | {
      readonly ok: true
      readonly out: string
      readonly pages: number
      readonly bytes: number
      readonly stamp: string
      /** Load + render + write, in milliseconds. */
      readonly ms: number
    }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly dir: string }

/** Build the memo from a dataset directory (default: BRIEFING_DATA or shared-data/). */
export async function writeMemo(out: string = defaultMemoPath, dir?: string): Promise<MemoBuild> {
  const started = performance.now()
  const loaded = loadBriefing(dir)
  if (!loaded.ok) return { ok: false, problems: loaded.problems, dir: loaded.dir }
  const pdf = await renderMemo(loaded.view)
  await writeAtomically(out, pdf)
  return {
    ok: true,
    out,
    pages: countPages(pdf),
    bytes: pdf.length,
    stamp: loaded.view.stamp.text,
    ms: performance.now() - started,
  }
}

/**
 * Write next to the target, then rename over it: readers see the old or the new file.
 * The one atomic write of the workbench (@briefing/workbench/outputs, issue 15): a
 * temporary a killed writer left is swept by the next.
 */
export async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  writeFileAtomic(path, data)
}
