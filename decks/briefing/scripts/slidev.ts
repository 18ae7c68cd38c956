/** The Slidev CLI of this deck, run as a child process in the deck folder. */
import { spawn } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const deckRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/**
 * The CLI through the deck's node_modules link, not its real path: Slidev treats a path
 * containing /.pnpm/ as a global install (its pnpm heuristic, slidevjs/slidev#1566) and
 * then resolves its client and pre-bundles dependencies differently.
 */
export const slidevBin = join(deckRoot, 'node_modules/@slidev/cli/bin/slidev.mjs')

/** Runs the Slidev CLI in the deck folder; rejects with its exit code. */
export function slidev(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  quiet = false,
): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [slidevBin, ...args], {
      cwd: deckRoot,
      stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...env },
    })
    // If this process exits first (Ctrl-C, a kill), Slidev and the Chromium it drives go too.
    const stop = (): void => {
      child.kill('SIGTERM')
    }
    process.once('exit', stop)
    child.on('exit', () => process.off('exit', stop))
    child.on('error', fail)
    child.on('exit', (code, signal) =>
      code === 0 ? ok() : fail(new Error(`slidev ${args[0]} failed (${signal ?? `exit ${code}`})`)),
    )
  })
}
