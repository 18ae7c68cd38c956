// @ts-check
// The dataset gate in front of turbo: validate the chosen dataset and return its content
// fingerprint, or the problems. Validating means starting tsx and loading the schema, the
// YAML parser and the font tables (about 1.3 s), so a success is remembered under a key made
// of everything the answer depends on: the data files' bytes and the validator's own code
// and dependency versions. When nothing of that changed, the gate answers in milliseconds
// (#7: `pnpm build` with nothing changed within 2 s). Failures are never remembered.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
// The one edge that chooses the data folder and lists its files (#11, #15 E).
import { chooseDataDir, listDataFiles } from '../../dataset/src/folder/dataFolder.mjs'

/**
 * The files whose content decides whether a dataset is valid, besides the data: the
 * validator, and the outputs' checks that `data:check` runs (the deck's fit planner reads
 * the views; root package.json lists the checks).
 */
const VALIDATOR_TREES = [
  'packages/dataset/src',
  'packages/fonts/src',
  'packages/views/src',
  'decks/briefing/src/plan',
  'decks/briefing/src/layout',
]
const VALIDATOR_FILES = [
  'package.json',
  'packages/dataset/package.json',
  'packages/fonts/package.json',
  'pnpm-lock.yaml',
]
const REMEMBERED = 8

/**
 * The dataset folder `pnpm build` reads: the same function the dataset package uses.
 * @param {string} root
 * @param {NodeJS.ProcessEnv} env
 */
export function dataDir(root, env) {
  return chooseDataDir(env, root)
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function filesUnder(dir) {
  /** @type {string[]} */
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(path))
    else if (entry.isFile()) out.push(path)
  }
  return out
}

/**
 * A hash of the data files and the validator, or null when the folder cannot be read.
 * @param {string} root
 * @param {string} dir
 * @returns {string | null}
 */
export function gateKey(root, dir) {
  try {
    // The same files the check reads; a file it cannot read is not remembered as valid.
    const listed = listDataFiles(dir)
    if (!listed.ok || listed.troubles.length > 0) return null
    const hash = createHash('sha256').update(`dir\0${dir}\0`)
    for (const f of listed.files) hash.update(`data\0${f.name}\0`).update(readFileSync(f.path))
    const code = [
      ...VALIDATOR_TREES.flatMap((t) => filesUnder(join(root, t))),
      ...VALIDATOR_FILES.map((f) => join(root, f)),
    ].sort()
    for (const file of code) hash.update(`code\0${file}\0`).update(readFileSync(file))
    return hash.digest('hex')
  } catch {
    return null
  }
}

/**
 * @param {string} file
 * @returns {Array<{ key: string, fingerprint: string }>}
 */
function readMemory(file) {
  try {
    const entries = JSON.parse(readFileSync(file, 'utf8'))
    return Array.isArray(entries) ? entries : []
  } catch {
    return []
  }
}

/**
 * `{ ok: true, fingerprint, remembered }` or `{ ok: false, output }` (the CLI's report, every
 * problem as `file:line:col  path  message`).
 * @param {string} root
 * @param {NodeJS.ProcessEnv} env
 * @returns {import('./dataGate.d.mts').GateResult}
 */
export function checkData(root, env) {
  const memoryFile = join(root, 'node_modules/.cache/briefing-workbench/data-gate.json')
  const key = gateKey(root, dataDir(root, env))
  const memory = readMemory(memoryFile)
  // `pnpm build --force` checks again too (issue 17: --force means from scratch).
  const known = key && env.BRIEFING_FULL_BUILD !== '1' && memory.find((e) => e.key === key)
  if (known && /^[0-9a-f]{8}$/.test(known.fingerprint)) {
    return { ok: true, fingerprint: known.fingerprint, remembered: true }
  }
  // tsx's own entry with this Node, not node_modules/.bin/tsx: that is a shell script, and
  // on Windows a .cmd that Node starts only through cmd.exe.
  const cli = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(root, 'packages/dataset/src/cli/main.ts'),
      // `check`, not `fingerprint`: the outputs' checks run too, so the build refuses at
      // the gate exactly what `data:check` refuses (#15).
      'check',
    ],
    { cwd: root, env, encoding: 'utf8' },
  )
  if (cli.status !== 0) {
    return {
      ok: false,
      output:
        cli.stderr || cli.stdout || `data check failed (${cli.error?.message ?? cli.status})\n`,
    }
  }
  // Problems print in Korean for the analyst; the valid line says 데이터 지문 (en: fingerprint).
  const fingerprint = /(?:데이터 지문|fingerprint) ([0-9a-f]{8})/.exec(cli.stdout)?.[1]
  if (!fingerprint)
    return { ok: false, output: `unexpected output from data:check: ${cli.stdout}\n` }
  // Remembered only if nothing changed while the check ran (an editor saving meanwhile).
  if (key && gateKey(root, dataDir(root, env)) === key) {
    try {
      if (!existsSync(join(memoryFile, '..')))
        mkdirSync(join(memoryFile, '..'), { recursive: true })
      const next = [{ key, fingerprint }, ...memory.filter((e) => e.key !== key)]
      writeFileSync(memoryFile, JSON.stringify(next.slice(0, REMEMBERED)))
    } catch {
      // A read-only checkout validates every time; nothing else changes.
    }
  }
  return { ok: true, fingerprint, remembered: false }
}
