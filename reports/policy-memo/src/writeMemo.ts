/**
 * The memo's edge: load the dataset, render, and write the PDF whole or not at all.
 *   loadBriefing (validate + glyph check) → renderMemo → tmp file → rename
 * A dataset with problems or a failed render leaves the previous PDF untouched.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Problem } from '@briefing/dataset'
import { loadBriefing } from '@briefing/views/node'
import { countPages, renderMemo } from './render.ts'

export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const defaultMemoPath = join(packageRoot, 'dist', 'policy-memo.pdf')

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

/** Write next to the target, then rename over it: readers see the old or the new file. */
export async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.tmp-${process.pid}`
  try {
    await writeFile(tmp, data)
    await rename(tmp, path)
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
}
