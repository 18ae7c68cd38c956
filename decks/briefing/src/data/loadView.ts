/**
 * The deck's one door to the dataset, in Node: loadBriefing() from the views, plus two
 * shortcuts that keep validation to once per dataset state:
 *
 * - a cache keyed by the dataset files' bytes, on globalThis, because Slidev loads
 *   setup/preparser.ts afresh on every parse (jiti, no module cache) and the Vite plugin
 *   lives in another module instance;
 * - a hand-off file: `pnpm build` validates once, writes the view with its key, and the
 *   Slidev processes it starts (build, export) read it instead of validating again. The
 *   views and the dataset schema are imported only when a view has to be made.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chooseDataDir, DATA_FILE, listDataFiles } from '@briefing/dataset/folder'
import type { BriefingView } from '@briefing/views'
import type { LoadedBriefing } from '@briefing/views/node'

export type DeckLoad = LoadedBriefing & {
  /** The dataset files (absolute paths) the view was made from: what to watch. */
  readonly files: readonly string[]
  /** Milliseconds spent validating and building the view (0 when cached or handed off). */
  readonly ms: number
  /** Hash of the dataset files' paths and bytes: equal keys, equal views. */
  readonly key: string
}

/** A validated view passed from `pnpm build` to the Slidev processes it starts. */
export const HANDOFF_ENV = 'BRIEFING_DECK_VIEW'
interface Handoff {
  readonly key: string
  readonly view: BriefingView
}

interface Cache {
  key?: string
  loaded?: DeckLoad
  lastGood?: BriefingView
}

const CACHE_KEY = Symbol.for('@briefing/deck.viewCache')
const cache = (): Cache => {
  const g = globalThis as unknown as Record<symbol, Cache | undefined>
  g[CACHE_KEY] ??= {}
  return g[CACHE_KEY]
}

const viewsNode = () => import('@briefing/views/node')

/** The dataset directory: $BRIEFING_DATA, else shared-data/ (the dataset package's one edge). */
export async function datasetDir(): Promise<string> {
  return chooseDataDir()
}

/** The readable YAML files of a dataset directory, absolute, sorted (unreadable ones are the check's to report). */
export function datasetFiles(dir: string): string[] {
  const listed = listDataFiles(dir)
  return listed.ok ? listed.files.map((f) => f.path) : []
}

/** Whether a changed file belongs to the dataset (a YAML file directly in its directory). */
export function isDatasetFile(file: string, dir: string): boolean {
  return resolve(file, '..') === resolve(dir) && DATA_FILE.test(file)
}

/** The key of a dataset state: its directory and every file's name and bytes. */
export function datasetKey(dir: string, files: readonly string[] = datasetFiles(dir)): string {
  const hash = createHash('sha256').update(dir)
  for (const f of files) {
    hash.update(`\0${f}\0`)
    // A file that cannot be read is the check's to report (in Korean), not a crash here.
    try {
      hash.update(readFileSync(f))
    } catch (error) {
      hash.update(`unreadable\0${(error as { code?: string }).code}`)
    }
  }
  return hash.digest('hex')
}

function handedOff(key: string): BriefingView | undefined {
  const file = process.env[HANDOFF_ENV]
  if (!file || !existsSync(file)) return undefined
  const handoff = JSON.parse(readFileSync(file, 'utf8')) as Handoff
  return handoff.key === key ? handoff.view : undefined
}

/** The contents of a hand-off file for a valid load (see HANDOFF_ENV). */
export function handoffJson(load: DeckLoad & { ok: true }): string {
  return JSON.stringify({ key: load.key, view: load.view } satisfies Handoff)
}

/** Validates the dataset and builds the view, or returns every problem. Cached by content. */
export async function loadDeckView(dir?: string): Promise<DeckLoad> {
  const root = dir ?? (await datasetDir())
  const files = datasetFiles(root)
  const key = datasetKey(root, files)
  const c = cache()
  if (c.key === key && c.loaded) return { ...c.loaded, ms: 0 }
  const started = performance.now()
  const view = handedOff(key)
  const loaded: LoadedBriefing = view
    ? { ok: true, view, dir: root }
    : (await viewsNode()).loadBriefing(root)
  const result: DeckLoad = { ...loaded, files, key, ms: Math.round(performance.now() - started) }
  c.key = key
  c.loaded = result
  if (result.ok) c.lastGood = result.view
  return result
}

/** The last valid view this process saw: the dev server keeps showing it after a bad save. */
export function lastGoodView(): BriefingView | undefined {
  return cache().lastGood
}

/** Every problem as `file:line:col  data.path  message`, one per line. */
export async function problemsText(load: Extract<LoadedBriefing, { ok: false }>): Promise<string> {
  const { formatProblem } = await viewsNode()
  return load.problems.map(formatProblem).join('\n')
}
