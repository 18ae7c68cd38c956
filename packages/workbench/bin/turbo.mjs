#!/usr/bin/env node
// Runs turbo with the dataset's content fingerprint in the task hash.
// Turborepo cannot hash a directory outside the workspace (BRIEFING_DATA=/abs/dir),
// and the variable's value says nothing about the directory's content. So before
// turbo starts we validate the chosen dataset and pass its fingerprint (a hash of the
// canonical content) as BRIEFING_DATA_FINGERPRINT, a globalEnv of turbo.json: a cache
// entry made from other data can never be replayed. An invalid dataset stops here,
// before any task runs, so the last good outputs stay as they are.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const args = process.argv.slice(2)
const task = args[1]
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }
const bin = (name) => join(root, 'node_modules/.bin', name)

// `dev` starts even with a broken dataset: the deck overlay and the memo watcher
// show the problems and pick up the fix on the next save.
if (task !== 'dev') {
  const fp = spawnSync(
    bin('tsx'),
    [join(root, 'packages/dataset/src/cli/main.ts'), 'fingerprint'],
    {
      cwd: root,
      env,
      encoding: 'utf8',
    },
  )
  if (fp.status !== 0) {
    process.stderr.write(
      fp.stderr || fp.stdout || `data check failed (${fp.error?.message ?? fp.status})\n`,
    )
    process.stderr.write(`${task ?? 'turbo'}: stopped before any output was touched.\n`)
    process.exit(1)
  }
  const match = /fingerprint ([0-9a-f]{8})/.exec(fp.stdout)
  if (!match) {
    process.stderr.write(`unexpected output from data:fingerprint: ${fp.stdout}\n`)
    process.exit(2)
  }
  env.BRIEFING_DATA_FINGERPRINT = match[1]
}
const r = spawnSync(bin('turbo'), args, { cwd: root, env, stdio: 'inherit' })
process.exit(r.status ?? 1)
