/**
 * The memo's edge: load the dataset, render, and write the PDF whole or not at all.
 *   loadBriefing (validate + glyph check) → renderMemo → tmp file → rename
 * A dataset with problems or a failed render leaves the previous PDF untouched.
 */

import { rmSync } from 'node:fs'
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Problem } from '@briefing/dataset'
import { loadBriefing } from '@briefing/views/node'
import { processRunning } from '@briefing/workbench/lock'
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
  await sweepTemporaries(path)
  const tmp = `${path}.tmp-${process.pid}`
  // Ctrl-C or a kill during the write: the temporary goes, the previous PDF stays.
  const interrupted = (signal: NodeJS.Signals): void => {
    rmSync(tmp, { force: true })
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  // `on`, not `once`: Ctrl-C arrives twice (the terminal's process group and tsx passing it
  // on); a second, unhandled SIGINT would end the process before the temporary is gone.
  for (const signal of signals) process.on(signal, interrupted)
  try {
    await writeFile(tmp, data)
    await rename(tmp, path)
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  } finally {
    for (const signal of signals) process.off(signal, interrupted)
  }
}

/** Removes `<file>.tmp-<pid>` left by a writer that was killed (SIGKILL leaves no handler). */
async function sweepTemporaries(path: string): Promise<void> {
  const prefix = `${basename(path)}.tmp-`
  for (const name of await readdir(dirname(path))) {
    const pid = name.startsWith(prefix) ? name.slice(prefix.length) : ''
    if (/^\d+$/.test(pid) && !processRunning(Number(pid)))
      await rm(join(dirname(path), name), { force: true })
  }
}
