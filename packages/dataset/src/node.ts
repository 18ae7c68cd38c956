/**
 * The dataset package's edge: reading a directory, choosing it from BRIEFING_DATA,
 * and plugging in the fonts' glyph coverage. Renderers call `loadBriefingData`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FONT_FAMILY, glyphCoverage } from '@briefing/fonts'
import { type CheckResult, checkDataset, type DatasetListing } from './check.ts'
import { formatProblem, type Problem } from './problem.ts'

/** The workspace root: packages/dataset/src/ → three levels up. */
export const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
export const defaultDataDir = join(workspaceRoot, 'shared-data')

/** `BRIEFING_DATA=/abs/dir` selects another dataset for everything downstream. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.BRIEFING_DATA
  if (chosen === undefined || chosen.trim() === '') return defaultDataDir
  return isAbsolute(chosen) ? chosen : resolve(env.INIT_CWD ?? process.cwd(), chosen)
}

export type ReadResult = { ok: true; listing: DatasetListing } | { ok: false; problems: Problem[] }

/** Reads every *.yaml / *.yml file of a directory. Subfolders (schema/) are ignored. */
export function readDatasetDir(dir: string, cwd: string = process.cwd()): ReadResult {
  const label = displayPath(dir, cwd)
  const whole = (message: string): ReadResult => ({
    ok: false,
    problems: [{ file: label, line: 1, col: 1, path: '(directory)', message }],
  })
  if (!existsSync(dir)) return whole('dataset directory does not exist')
  if (!statSync(dir).isDirectory())
    return whole('not a directory; give the folder that holds meta.yaml')
  const names = readdirSync(dir).filter(
    (n) => /\.ya?ml$/i.test(n) && statSync(join(dir, n)).isFile(),
  )
  if (names.length === 0)
    return whole('no YAML files here; a dataset folder holds meta.yaml, sources.yaml, …')
  const files = new Map<string, string>()
  for (const name of names.sort()) files.set(name, readFileSync(join(dir, name), 'utf8'))
  return { ok: true, listing: { label, files } }
}

/** Read, validate against the embedded fonts, and return the dataset or every problem. */
export function loadBriefingData(
  dir: string = dataDirFromEnv(),
  cwd?: string,
): CheckResult & { dir: string } {
  const read = readDatasetDir(dir, cwd)
  if (!read.ok) return { ok: false, problems: read.problems, dir }
  return { ...checkDataset(read.listing, { covers: glyphCoverage(), fontName: FONT_FAMILY }), dir }
}

/** Thrown by renderers when the dataset is invalid; the message lists every problem. */
export class DatasetError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `${problems.length} problem(s) in the dataset:\n${problems.map(formatProblem).join('\n')}`,
    )
    this.name = 'DatasetError'
  }
}

function displayPath(dir: string, cwd: string): string {
  const rel = relative(cwd, dir)
  return rel === '' ? '.' : rel.startsWith('..') ? dir : rel
}
