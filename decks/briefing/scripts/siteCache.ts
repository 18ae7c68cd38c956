/**
 * The deck's site as last built by Vite, kept for the next build (issue 17).
 *
 * The site `slidev build` makes holds no content (src/data/deckData.ts): it depends only
 * on the slide plan (slides.md expanded for the view, without notes: which slides, in
 * which order, with which layout) and on the code that renders them. Both are hashed into
 * the site's key. A build whose key matches the kept site copies it and writes the new
 * content into it, which takes well under a second instead of a Vite build; any other
 * build runs Vite and keeps the site it made. A forced build (`pnpm build --force`, which
 * sets BRIEFING_FULL_BUILD=1 in packages/workbench/bin/turbo.mjs) always runs Vite.
 *
 * Kept in decks/briefing/.cache/site/ (git-ignored, outside Turbo's outputs), a folder per
 * key, the last four used; each written whole into a temporary folder and renamed, so a
 * build stopped halfway leaves no half site.
 */
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs'
import { join, relative, sep } from 'node:path'
import { deckRoot } from './slidev.ts'

const workspaceRoot = join(deckRoot, '../..')
export const siteCacheDir = join(deckRoot, '.cache/site')

/** What a site is built from, hashed in two parts so the build can say which one changed. */
export interface SiteKey {
  /** slides.md expanded for the view, without notes (the slide plan). */
  readonly plan: string
  /** The deck's code, the shared packages' sources, the lockfile, Node's version. */
  readonly code: string
}

/** The folders and files whose bytes the built site depends on, relative to the workspace. */
const CODE_INPUTS = [
  'decks/briefing/components',
  'decks/briefing/layouts',
  'decks/briefing/setup',
  'decks/briefing/src',
  'decks/briefing/styles',
  'decks/briefing/public',
  'decks/briefing/scripts',
  'decks/briefing/slides.md',
  'decks/briefing/package.json',
  'packages/views/src',
  'packages/views/package.json',
  'packages/dataset/src',
  'packages/dataset/package.json',
  'packages/fonts/src',
  'packages/fonts/package.json',
  'patches',
  'package.json',
  'pnpm-lock.yaml',
  'tsconfig.base.json',
]

/** Test files are never bundled into the site; everything else under an input is. */
const NOT_BUNDLED = /\.test\.[cm]?[jt]s$/

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return []
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !NOT_BUNDLED.test(f))
    .sort()
}

function isFile(path: string): boolean {
  try {
    readFileSync(path)
    return true
  } catch {
    return false
  }
}

/** The hash of the code inputs: every file's path (from the workspace) and bytes. */
export function codeHash(): string {
  const hash = createHash('sha256').update(`node ${process.version}\0`)
  for (const input of CODE_INPUTS) {
    const path = join(workspaceRoot, input)
    const files = isFile(path) ? [path] : filesUnder(path)
    for (const f of files) {
      hash.update(`\0${relative(workspaceRoot, f).replaceAll(sep, '/')}\0`)
      hash.update(readFileSync(f))
    }
  }
  return hash.digest('hex')
}

export function siteKey(planText: string): SiteKey {
  return { plan: createHash('sha256').update(planText).digest('hex'), code: codeHash() }
}

/** A site's folder name: both hashes, so the kept sites can say which part differs. */
const folderOf = (key: SiteKey): string => `${key.code.slice(0, 16)}-${key.plan.slice(0, 16)}`
const KEPT_FOLDER = /^([0-9a-f]{16})-([0-9a-f]{16})$/

function keptSites(dir: string): Array<{ name: string; code: string; plan: string }> {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const m = KEPT_FOLDER.exec(name)
    return m ? [{ name, code: m[1] as string, plan: m[2] as string }] : []
  })
}

/** Where the sites are kept: $BRIEFING_SITE_CACHE (a test's own folder), else .cache/site. */
export function siteCacheFolder(): string {
  return process.env.BRIEFING_SITE_CACHE || siteCacheDir
}

/**
 * The kept site for this key, or why there is none (in the build log's words). The last
 * few sites are kept, so building another dataset now and then (a test, a second briefing)
 * does not throw away the one the next edit needs.
 */
export function keptSite(
  key: SiteKey,
  forced: boolean,
  dir = siteCacheFolder(),
): { readonly path: string } | { readonly why: string } {
  if (forced) return { why: 'a full build was asked for (--force)' }
  const sites = keptSites(dir)
  const name = folderOf(key)
  if (sites.some((s) => s.name === name)) return { path: join(dir, name) }
  if (sites.length === 0) return { why: 'no site was kept from an earlier build' }
  if (sites.some((s) => s.code === name.slice(0, 16)))
    return { why: 'the slide plan changed (slides added, removed or reordered)' }
  return { why: 'the deck code, styles or packages changed' }
}

/** How many sites are kept (about 5 MB each). */
const KEEP = 4

/** Copies a kept site into `to` (a new folder), and marks it as the one used last. */
export function copyKeptSite(from: string, to: string): void {
  cpSync(from, to, { recursive: true })
  const now = new Date()
  utimesSync(from, now, now)
}

/** Keeps the site just built in `from` for later builds; the least recently used go. */
export function keepSite(from: string, key: SiteKey, dir = siteCacheFolder()): void {
  mkdirSync(dir, { recursive: true })
  // What a build stopped halfway (a kill) left behind.
  for (const e of readdirSync(dir))
    if (/\.tmp-\d+$/.test(e)) rmSync(join(dir, e), { recursive: true, force: true })
  const target = join(dir, folderOf(key))
  const next = `${target}.tmp-${process.pid}`
  cpSync(from, next, { recursive: true })
  try {
    // Whole or not at all: a reader sees the folder only once it is complete.
    renameSync(next, target)
  } catch {
    // Another build kept the same site meanwhile (same key, same bytes).
    rmSync(next, { recursive: true, force: true })
  }
  const sites = keptSites(dir)
    .map((s) => ({ ...s, used: statSync(join(dir, s.name)).mtimeMs }))
    .sort((a, b) => b.used - a.used)
  for (const old of sites.slice(KEEP)) rmSync(join(dir, old.name), { recursive: true, force: true })
}
