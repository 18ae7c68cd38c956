// @ts-check
// `command -v` without a shell (Windows has none): a program's file on PATH, in Node.
import { existsSync, statSync } from 'node:fs'
import { posix, win32 } from 'node:path'

/** @typedef {Record<string, string | undefined>} Env */

/**
 * Every file a program called `name` could be on PATH, in PATH order. Pure. Windows looks
 * for `name.exe`, `.cmd` and `.bat` (PATHEXT's usual members) and spells the variable Path.
 * @param {string} name
 * @param {string} platform
 * @param {Env} env
 * @returns {string[]}
 */
export function pathCandidates(name, platform, env) {
  const windows = platform === 'win32'
  const path = windows ? win32 : posix
  const value = env.PATH ?? env.Path ?? ''
  const endings = windows ? ['.exe', '.cmd', '.bat'] : ['']
  return value
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => endings.map((e) => path.join(dir, name + e)))
}

/** @param {string} file */
export function isFile(file) {
  try {
    return existsSync(file) && statSync(file).isFile()
  } catch {
    return false
  }
}

/**
 * The first `name` on PATH, or undefined.
 * @param {string} name
 * @param {{ platform?: string, env?: Env, exists?: (file: string) => boolean }} [options]
 * @returns {string | undefined}
 */
export function which(
  name,
  { platform = process.platform, env = process.env, exists = isFile } = {},
) {
  return pathCandidates(name, platform, env).find(exists)
}
