#!/usr/bin/env node
// @ts-check
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
//
// What the person sees (issue 16): `build` speaks in steps (buildReport.mjs) and keeps the
// tools' output in logs/build.log unless --verbose; the other commands show it live, and
// `test` says what runs when it has been quiet for 15 s (testProgress.mjs). Ctrl-C ends
// every command with one line and exit code 130 (taskOutput.mjs).
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolvedDataEnv } from '../../dataset/src/folder/dataFolder.mjs'
import { buildReport } from './buildReport.mjs'
import { recoverOutputs } from './commitOutputs.mjs'
import { checkData } from './dataGate.mjs'
import { helpFor, wantsHelp } from './help.mjs'
import { acquire } from './lock.mjs'
import { eachLine, INTERRUPTED_CODE, onInterrupt, openLog, STOPPED } from './taskOutput.mjs'
import { testProgress } from './testProgress.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const given = process.argv.slice(2)
const tasks = given.slice(1).filter((a) => !a.startsWith('-'))
if (wantsHelp(given)) {
  process.stdout.write(helpFor(tasks))
  process.exit(0)
}
const verbose = given.includes('--verbose')
const args = given.filter((a) => a !== '--verbose')
const task = args[1]
// One build is one transaction over all outputs (issue 15, B; commitOutputs.mjs): the
// builds write dist-next/, and the root task commit-outputs moves them all into dist/.
if (task === 'build') args.splice(2, 0, 'commit-outputs')
// BRIEFING_DATA made absolute once, from where the command was typed: the tasks run in
// their package folders and would resolve a relative path from there (#15 E).
/** @type {NodeJS.ProcessEnv} */
const env = resolvedDataEnv({
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
})
// `--force` means every output made from scratch: Turbo's cache is bypassed, and the deck
// also rebuilds its site with Vite instead of reusing the one kept from the last build
// (issue 17, decks/briefing/scripts/siteCache.ts).
if (task === 'build' && args.includes('--force')) env.BRIEFING_FULL_BUILD = '1'
const name = tasks.includes('test') ? 'test' : (task ?? 'turbo')
const log = openLog(root, name)
const steps = task === 'build' && !verbose ? buildReport((t) => process.stdout.write(t)) : null
const progress = tasks.includes('test') ? testProgress() : null

/** @type {import('node:child_process').ChildProcess | undefined} */
let child
let release = () => {}
/** Before turbo runs (waiting for the lock, checking the data) a stop ends here at once. */
const stopNow = () => {
  release()
  process.stderr.write(`\n${STOPPED}\n`)
  process.exit(INTERRUPTED_CODE)
}
const stopped = onInterrupt(
  (signal) => child?.kill(signal),
  () => {
    if (!child) stopNow()
  },
)
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
  steps?.start('data')
  const gate = checkData(root, env)
  // The check runs as a child process that Ctrl-C stops too; this process hears of it only now.
  if (stopped()) stopNow()
  if (!gate.ok) {
    steps?.end('data', 'failed')
    process.stderr.write(gate.output)
    process.stderr.write('\n데이터에 문제가 있어 멈췄습니다. 출력물은 하나도 바꾸지 않았습니다.\n')
    release()
    process.exit(1)
  }
  steps?.end('data', gate.remembered ? 'remembered' : 'done')
  env.BRIEFING_DATA_FINGERPRINT = gate.fingerprint
}

// A cache replay prints the output of whichever checkout made the entry (worktrees share
// turbo's cache), paths and all: show only what ran now.
const outputLogs = args.some((a) => a.startsWith('--output-logs')) ? [] : ['--output-logs=new-only']
// turbo's JS entry with this Node: node_modules/.bin/turbo is a shell script (a .cmd on
// Windows, which Node starts only through cmd.exe).
const turbo = spawn(
  process.execPath,
  [join(root, 'node_modules/turbo/bin/turbo'), ...args, ...outputLogs],
  { cwd: root, env, stdio: ['inherit', 'pipe', 'pipe'] },
)
/** @param {NodeJS.WriteStream} screen */
const relay = (screen) => (/** @type {string} */ line) => {
  log.write(`${line}\n`)
  progress?.feed(line)
  if (stopped()) return
  if (steps) steps.feed(line)
  else screen.write(`${line}\n`)
}
child = turbo
eachLine(turbo.stdout, relay(process.stdout))
eachLine(turbo.stderr, relay(process.stderr))
const heartbeat = progress
  ? setInterval(() => {
      const line = progress.tick()
      if (line && !stopped()) process.stdout.write(`${line}\n`)
    }, 1000)
  : undefined

turbo.on('close', async (code, signal) => {
  if (heartbeat) clearInterval(heartbeat)
  release()
  await log.close()
  if (stopped()) {
    process.stderr.write(`\n${STOPPED} (기록: ${log.shown})\n`)
    process.exit(INTERRUPTED_CODE)
  }
  const status = code ?? (signal ? INTERRUPTED_CODE : 1)
  steps?.finish(status, log.shown)
  if (!steps && status !== 0) process.stderr.write(`전체 기록: ${log.shown}\n`)
  process.exit(status)
})
