// @ts-check
// A lock between processes on one machine, for what must not run twice at once: a whole
// `pnpm build` (two builds from different data would otherwise interleave and leave a memo
// of one dataset beside a deck of the other). The bench also uses it to wait for deck
// builds of older checkouts, whose Slidev exporter served on the fixed port 12445.
//
// mkdir is atomic on every local file system, so the lock is a directory with the owner's
// pid inside. A lock whose owner is no longer running (a build killed with Ctrl-C or
// SIGKILL) is taken over, so an interrupted build never blocks the next one.
import {
  accessSync,
  constants,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'

const POLL_MS = 200
/** An owner file still missing this long after the directory appeared: its writer died. */
const UNCLAIMED_MS = 5_000

/** @type {string | undefined} */
let folder

/**
 * The folder of all locks: one per user of the machine, shared by all their checkouts. A
 * folder made by one user (root, in CI) is not writable by the next (#16, found running setup
 * as an ordinary user), and inside a user namespace (`unshare --map-root-user`, the offline
 * test) an ordinary user's uid reads 0, root's: then the user's own cache folder is used.
 * Windows' tmpdir is per user already.
 */
function lockFolder() {
  if (folder) return folder
  const candidates = [
    join(tmpdir(), `briefing-workbench-locks-${process.getuid?.() ?? 'user'}`),
    join(homedir(), '.cache', 'briefing-workbench-locks'),
  ]
  for (const dir of candidates) {
    try {
      mkdirSync(dir, { recursive: true })
      accessSync(dir, constants.W_OK)
      folder = dir
      return dir
    } catch {
      // Not ours: try the next.
    }
  }
  throw new Error(`no writable folder for locks among ${candidates.join(', ')}`)
}

/**
 * Where the lock named `name` lives.
 * @param {string} name
 */
export function lockPath(name) {
  return join(lockFolder(), name)
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
