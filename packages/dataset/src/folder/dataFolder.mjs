// @ts-check
// The one edge that chooses the dataset folder and lists its files (#11, #15 E). Plain
// JavaScript with its types in dataFolder.d.mts, because the build gate
// (packages/workbench/bin/dataGate.mjs) runs in Node before tsx is started; the dataset
// package, the deck's loader and the memo's watcher use the same functions.
import { lstatSync, readdirSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The workspace root: packages/dataset/src/folder/ → four levels up. */
export const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')
export const defaultDataDir = join(workspaceRoot, 'shared-data')

/** Names that are dataset files: YAML directly in the folder (schema/ is a subfolder). */
export const DATA_FILE = /\.ya?ml$/i

/**
 * The dataset folder, absolute: `BRIEFING_DATA` if set, else shared-data/. A relative
 * `BRIEFING_DATA` means relative to where the user typed the command: pnpm keeps that in
 * INIT_CWD (root scripts run from the root), so it is resolved from there, once, by the
 * first process; `resolvedDataEnv` hands the absolute path on to the tasks, which run in
 * other folders.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {string} [root]
 * @returns {string}
 */
export function chooseDataDir(env = process.env, root = workspaceRoot) {
  const chosen = env.BRIEFING_DATA
  if (chosen === undefined || chosen.trim() === '') return join(root, 'shared-data')
  return isAbsolute(chosen) ? resolve(chosen) : resolve(env.INIT_CWD ?? process.cwd(), chosen)
}

/**
 * The environment with BRIEFING_DATA made absolute (when set), for child processes.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
export function resolvedDataEnv(env) {
  const chosen = env.BRIEFING_DATA
  if (chosen === undefined || chosen.trim() === '') return env
  return { ...env, BRIEFING_DATA: chooseDataDir(env) }
}

/**
 * The dataset files of a folder, sorted by name, without reading them. A name that is a
 * dataset file but cannot be read as one (a link to nothing, as Emacs leaves `.#meta.yaml`
 * while a buffer has unsaved edits; no permission; too large) is listed as a trouble, so
 * the check can say so instead of failing with ENOENT.
 * @param {string} dir
 * @param {{ maxBytes?: number }} [options]
 * @returns {import('./dataFolder.d.mts').FolderListing}
 */
export function listDataFiles(dir, options = {}) {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY
  /** @type {import('node:fs').Stats} */
  let folder
  try {
    folder = statSync(dir)
  } catch (error) {
    const code = errorCode(error)
    return {
      ok: false,
      reason: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable',
      code,
    }
  }
  if (!folder.isDirectory()) return { ok: false, reason: 'notDirectory', code: 'ENOTDIR' }
  /** @type {string[]} */
  let names
  try {
    names = readdirSync(dir)
  } catch (error) {
    return { ok: false, reason: 'unreadable', code: errorCode(error) }
  }
  /** @type {import('./dataFolder.d.mts').DataFile[]} */
  const files = []
  /** @type {import('./dataFolder.d.mts').FileTrouble[]} */
  const troubles = []
  for (const name of names.filter((n) => DATA_FILE.test(n)).sort()) {
    const path = join(dir, name)
    let link = false
    try {
      link = lstatSync(path).isSymbolicLink()
      const stats = statSync(path)
      if (!stats.isFile()) continue
      if (stats.size > maxBytes) troubles.push({ name, path, kind: 'tooLarge', bytes: stats.size })
      else files.push({ name, path, bytes: stats.size })
    } catch (error) {
      const code = errorCode(error)
      if (link && code === 'ENOENT')
        troubles.push({ name, path, kind: 'danglingLink', lockFile: name.startsWith('.#') })
      else troubles.push({ name, path, kind: 'unreadable', code })
    }
  }
  if (files.length === 0 && troubles.length === 0) return { ok: false, reason: 'noYaml', code: '' }
  return { ok: true, dir, files, troubles }
}

/**
 * @param {unknown} error
 * @returns {string}
 */
function errorCode(error) {
  const code = /** @type {{ code?: unknown }} */ (error)?.code
  return typeof code === 'string' ? code : 'EIO'
}
