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
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs'
import { join } from 'node:path'
import { hashSources } from '@briefing/dataset/node'
import { deckRoot } from './slidev.ts'

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

/** The hash of the code inputs: every file's path (from the workspace) and bytes. */
export function codeHash(): string {
  return hashSources(CODE_INPUTS)
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
