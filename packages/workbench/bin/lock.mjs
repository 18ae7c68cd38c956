// @ts-check
// A lock between processes on one machine, for what must not run twice at once: a whole
// `pnpm build` (two builds from different data would otherwise interleave and leave a memo
// of one dataset beside a deck of the other). The bench also uses it to wait for deck
// builds of older checkouts, whose Slidev exporter served on the fixed port 12445.
//
// mkdir is atomic on every local file system, so the lock is a directory with the owner's
// pid inside. A lock whose owner is no longer running (a build killed with Ctrl-C or
// SIGKILL) is taken over, so an interrupted build never blocks the next one.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const POLL_MS = 200
/** An owner file still missing this long after the directory appeared: its writer died. */
const UNCLAIMED_MS = 5_000

/**
 * Where the lock named `name` lives: one folder per user of the machine, shared by all
 * their checkouts.
 * @param {string} name
 */
export function lockPath(name) {
  // One folder per user: a folder made by one user (root, in CI) is not writable by the next
  // (#16, found running setup as an ordinary user). Windows' tmpdir is per user already.
  return join(tmpdir(), `briefing-workbench-locks-${process.getuid?.() ?? 'user'}`, name)
}

/**
 * True while a process with this pid runs (EPERM: it runs, as another user).
 * @param {number} pid
 */
export function processRunning(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM'
  }
}

/**
 * The pid holding the lock at `dir`, or null when it is free or its owner is gone.
 * @param {string} dir
 * @returns {number | null}
 */
function holder(dir) {
  let owner
  try {
    owner = JSON.parse(readFileSync(join(dir, 'owner.json'), 'utf8'))
  } catch {
    try {
      const age = Date.now() - statSync(dir).mtimeMs
      return age < UNCLAIMED_MS ? -1 : null
    } catch {
      return null
    }
  }
  return typeof owner.pid === 'number' && processRunning(owner.pid) ? owner.pid : null
}

/** @param {string} dir @param {string} what */
function tryTake(dir, what) {
  try {
    mkdirSync(dir)
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error
    return false
  }
  writeFileSync(
    join(dir, 'owner.json'),
    JSON.stringify({ pid: process.pid, what, since: new Date().toISOString() }),
  )
  return true
}

/**
 * Waits until the lock `name` is free, takes it, and returns a function that releases it.
 * `onWait(pid)` is called once if another process holds it.
 * @param {string} name
 * @param {string} what
 * @param {(pid: number) => void} [onWait]
 * @returns {Promise<() => void>}
 */
export async function acquire(name, what, onWait = () => {}) {
  const dir = lockPath(name)
  mkdirSync(join(dir, '..'), { recursive: true })
  let told = false
  for (;;) {
    if (tryTake(dir, what)) break
    const pid = holder(dir)
    if (pid === null) {
      // The owner is gone: remove its lock and race for it again (mkdir decides).
      rmSync(dir, { recursive: true, force: true })
      continue
    }
    if (!told && pid > 0) {
      onWait(pid)
      told = true
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  let released = false
  const release = () => {
    if (released) return
    released = true
    process.off('exit', release)
    try {
      const owner = JSON.parse(readFileSync(join(dir, 'owner.json'), 'utf8'))
      if (owner.pid === process.pid) rmSync(dir, { recursive: true, force: true })
    } catch {
      // Already gone: nothing to release.
    }
  }
  process.once('exit', release)
  return release
}

/**
 * Runs `fn` while holding the lock `name`.
 * @template T
 * @param {string} name
 * @param {string} what
 * @param {() => Promise<T> | T} fn
 * @param {(pid: number) => void} [onWait]
 * @returns {Promise<T>}
 */
export async function withLock(name, what, fn, onWait) {
  const release = await acquire(name, what, onWait)
  try {
    return await fn()
  } finally {
    release()
  }
}
