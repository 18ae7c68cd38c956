// @ts-check
// Every build output goes through here (issue 15, class B): written beside its place,
// moved in by rename, and what an interrupted writer left is tidied by the next one.
//
//   writeFileAtomic(path, data)     a file: `<path>.tmp-<pid>`, then rename over it
//   stagingDir(target)              a folder to build into: `.<name>.staging-<pid>` beside it
//   replaceDir(staging, target)     two renames through `<name>.old-<pid>`
//   sweepLeftovers(target)          removes what dead writers left beside `target`
//   commitOutputs(moves, journal)   all of `moves` or none, even across a kill (journal)
//
// `pnpm build` is one transaction over all outputs: each package's build writes its
// output whole into `dist-next/` (turbo caches that folder), and only when every task
// succeeded does packages/workbench/bin/turbo.mjs call commitOutputs to move each
// `dist-next/` over its `dist/`. A failure or Ctrl-C anywhere before that leaves every
// `dist/` as it was; a kill during the renames is finished by the next build (the
// journal lists the moves; everything staged was complete when it was written).
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { processRunning } from './lock.mjs'

/** The folder each package's build writes `pnpm build`'s output into. */
export const STAGED = 'dist-next'
/** In a staged folder: the data fingerprint it was built from (BRIEFING_DATA_FINGERPRINT). */
export const STAMP = 'build-stamp.txt'

/**
 * @param {string} name
 * @param {string} prefix
 * @returns {number | undefined}
 */
const pidOf = (name, prefix) => {
  if (!name.startsWith(prefix)) return undefined
  const pid = name.slice(prefix.length)
  return /^\d+$/.test(pid) ? Number(pid) : undefined
}

/**
 * Removes `<name>.tmp-<pid>`, `.<name>.staging-<pid>` and `<name>.old-<pid>` of dead processes.
 * @param {string} target
 */
export function sweepLeftovers(target) {
  const parent = dirname(target)
  if (!existsSync(parent)) return
  const name = basename(target)
  for (const entry of readdirSync(parent)) {
    const pid =
      pidOf(entry, `${name}.tmp-`) ??
      pidOf(entry, `.${name}.staging-`) ??
      pidOf(entry, `${name}.old-`)
    if (pid === undefined || pid === process.pid || processRunning(pid)) continue
    // Killed between the two renames of replaceDir: the old one is the last good one.
    if (entry.startsWith(`${name}.old-`) && !existsSync(target))
      renameSync(join(parent, entry), target)
    else rmSync(join(parent, entry), { recursive: true, force: true })
  }
}

/**
 * Writes `data` beside `path`, then renames it over `path`: readers see old or new, whole.
 * @param {string} path
 * @param {string | Uint8Array} data
 */
export function writeFileAtomic(path, data) {
  mkdirSync(dirname(path), { recursive: true })
  sweepLeftovers(path)
  const tmp = `${path}.tmp-${process.pid}`
  try {
    writeFileSync(tmp, data)
    renameSync(tmp, path)
  } catch (error) {
    rmSync(tmp, { force: true })
    throw error
  }
}

/**
 * A fresh, empty folder beside `target` on the same file system, after a sweep.
 * @param {string} target
 */
export function stagingDir(target) {
  sweepLeftovers(target)
  const dir = join(dirname(target), `.${basename(target)}.staging-${process.pid}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return dir
}

/**
 * Replaces `target` by `staging`: two renames a moment apart, never a half-written folder.
 * @param {string} staging
 * @param {string} target
 */
export function replaceDir(staging, target) {
  const old = `${target}.old-${process.pid}`
  if (existsSync(target)) renameSync(target, old)
  renameSync(staging, target)
  rmSync(old, { recursive: true, force: true })
}

/**
 * Finishes the moves of a journal a killed commit left; true if there was one.
 * @param {string} journal
 */
export function recoverCommit(journal) {
  if (!existsSync(journal)) return false
  const { moves } = JSON.parse(readFileSync(journal, 'utf8'))
  applyMoves(moves)
  rmSync(journal, { force: true })
  return true
}

/** @param {ReadonlyArray<{ staged: string, target: string }>} moves */
function applyMoves(moves) {
  for (const { staged, target } of moves) {
    // Already moved in before the kill: staged is gone and target is the new one.
    if (existsSync(staged)) replaceDir(staged, target)
    sweepLeftovers(target)
  }
}

/**
 * Moves every `staged` folder over its `target`, or none: refuses unless each staged
 * folder is there and stamped with `fingerprint`. Signals cannot stop it halfway (turbo.mjs
 * outlives them); a kill can, and the next build's recoverCommit finishes the moves.
 * @param {ReadonlyArray<{ staged: string, target: string }>} moves
 * @param {string} fingerprint
 * @param {string} journal
 */
export function commitOutputs(moves, fingerprint, journal) {
  recoverCommit(journal)
  /** @type {string[]} */
  const problems = []
  for (const { staged } of moves) {
    const stamp = existsSync(join(staged, STAMP))
      ? readFileSync(join(staged, STAMP), 'utf8').trim()
      : ''
    if (stamp !== fingerprint)
      problems.push(
        `${staged}: ${stamp ? `built from other data (${stamp})` : 'missing or incomplete'}`,
      )
  }
  if (problems.length > 0) return { ok: false, problems }
  writeFileAtomic(journal, `${JSON.stringify({ pid: process.pid, moves }, null, 2)}\n`)
  applyMoves(moves)
  rmSync(journal, { force: true })
  return { ok: true, problems: [] }
}
