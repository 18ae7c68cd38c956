#!/usr/bin/env node
// Runs turbo with the dataset's content fingerprint in the task hash.
// Turborepo cannot hash a directory outside the workspace (BRIEFING_DATA=/abs/dir),
// and the variable's value says nothing about the directory's content. So before
// turbo starts we validate the chosen dataset and pass its fingerprint (a hash of the
// canonical content) as BRIEFING_DATA_FINGERPRINT, an `env` of the tasks that read data:
// a cache entry made from other data can never be replayed. An invalid dataset stops
// here, before any task runs, so the last good outputs stay as they are.
//
// `build` also holds a lock for its whole run: two builds at once (two terminals, or
// two datasets) run one after the other, so the memo and the deck on disk always come
// from the same build.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolvedDataEnv } from '../../dataset/src/folder/dataFolder.mjs'
import { recoverOutputs } from './commitOutputs.mjs'
import { checkData } from './dataGate.mjs'
import { acquire } from './lock.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const args = process.argv.slice(2)
const task = args[1]
// One build is one transaction over all outputs (issue 15, B; commitOutputs.mjs): the
// builds write dist-next/, and the root task commit-outputs moves them all into dist/.
if (task === 'build') args.splice(2, 0, 'commit-outputs')
// BRIEFING_DATA made absolute once, from where the command was typed: the tasks run in
// their package folders and would resolve a relative path from there (#15 E).
const env = resolvedDataEnv({
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
})

let release = () => {}
if (task === 'build') {
  const checkout = createHash('sha256').update(root).digest('hex').slice(0, 12)
  release = await acquire(`build-${checkout}`, `pnpm build in ${root}`, (pid) =>
    process.stderr.write(`build: waiting for another build of this checkout (pid ${pid})…\n`),
  )
  recoverOutputs(root)
}

// `dev` starts even with a broken dataset: the deck overlay and the memo watcher
// show the problems and pick up the fix on the next save.
if (task !== 'dev') {
  const gate = checkData(root, env)
  if (!gate.ok) {
    process.stderr.write(gate.output)
    process.stderr.write(`${task ?? 'turbo'}: stopped before any output was touched.\n`)
    release()
    process.exit(1)
  }
  env.BRIEFING_DATA_FINGERPRINT = gate.fingerprint
}

const child = spawn(join(root, 'node_modules/.bin/turbo'), args, {
  cwd: root,
  env,
  stdio: 'inherit',
})
// Ctrl-C reaches turbo from the terminal itself (same process group), so SIGINT is only
// outlived here; a kill aimed at this process alone is passed on. Either way turbo stops
// its tasks and exits, and this wrapper waits for that before it releases the lock.
process.on('SIGINT', () => {})
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => {
  release()
  process.exit(code ?? (signal ? 130 : 1))
})
