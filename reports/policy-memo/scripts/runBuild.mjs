#!/usr/bin/env node
// @ts-check
// The memo's `build` script: runs `.bundle/build.mjs` (scripts/bundleCli.ts, which
// `pnpm build` makes first and Turbo caches) when it was made from the source files as
// they are now; otherwise — a file edited since, or the package's build run on its own
// without the bundle step — the same CLI from source through tsx, a second slower. The
// check hashes the files the bundle lists (a few milliseconds), so a stale bundle never
// runs. Issue 14: the fresh process is what `pnpm build` and the bench time.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const bundled = join(packageDir, '.bundle/build.mjs')

/** @param {string} file */
const hashOf = (file) => createHash('sha1').update(readFileSync(file)).digest('hex')

/**
 * True when the bundle exists and every file it was made from has the content it had.
 * @param {string} bundle
 */
export function bundleIsFresh(bundle = bundled) {
  const list = `${bundle}.inputs.json`
  if (!existsSync(bundle) || !existsSync(list)) return false
  /** @type {Record<string, string>} */
  const inputs = JSON.parse(readFileSync(list, 'utf8'))
  return Object.entries(inputs).every(([file, hash]) => {
    const path = resolve(dirname(bundle), file)
    return existsSync(path) && hashOf(path) === hash
  })
}

export { hashOf }

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (bundleIsFresh()) {
    await import(pathToFileURL(bundled).href)
  } else {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(packageDir, 'src/cli/build.ts'), ...process.argv.slice(2)],
      { stdio: 'inherit', cwd: packageDir },
    )
    process.exitCode = run.status ?? 2
  }
}
