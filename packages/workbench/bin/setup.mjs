#!/usr/bin/env node
// `npm run setup`: everything a fresh machine needs, then both outputs.
// Plain Node (no TypeScript, no dependencies) because it runs before pnpm exists.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from './chromium.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const pnpmVersion = pkg.packageManager.replace(/^pnpm@/, '')

function step(title) {
  process.stdout.write(`\n== ${title}\n`)
}
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options })
  if (r.error) return { ok: false, message: r.error.message }
  return { ok: r.status === 0, message: `${cmd} ${args.join(' ')} exited with ${r.status}` }
}
function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0
}
function fail(message) {
  process.stderr.write(`\nsetup failed: ${message}\n`)
  process.exit(1)
}

step('Node.js')
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19))
  fail(`Node ${process.versions.node} is too old; install Node 20.19 or newer`)
process.stdout.write(`Node ${process.versions.node}: ok\n`)

step(`pnpm ${pnpmVersion}`)
const current = spawnSync('pnpm', ['--version'], { encoding: 'utf8' })
if (current.status === 0 && current.stdout.trim() === pnpmVersion) {
  process.stdout.write(`pnpm ${pnpmVersion} already installed\n`)
} else {
  // pnpm 11+ needs Node 22.13 (node:sqlite): pin the version the lockfile was made with.
  const r = run('npm', ['install', '--global', `pnpm@${pnpmVersion}`])
  if (!r.ok)
    fail(
      `could not install pnpm (${r.message}); install pnpm ${pnpmVersion} yourself and run again`,
    )
}

step('System packages (Chromium for slide export and browser tests, poppler for PDF checks)')
const wanted = []
if (!findChromium()) wanted.push('chromium')
// ip and unshare: the offline build test runs `pnpm build` in a network namespace;
// strace: it traces that build for DNS queries and connections (issue 15, class F).
for (const [cmd, deb] of [
  ['pdftoppm', 'poppler-utils'],
  ['ip', 'iproute2'],
  ['unshare', 'util-linux'],
  ['strace', 'strace'],
])
  if (!has(cmd)) wanted.push(deb)
if (wanted.length === 0) {
  process.stdout.write(`Chromium at ${findChromium()}, poppler present\n`)
} else if (has('apt-get')) {
  const sudo = process.getuid?.() === 0 ? [] : has('sudo') ? ['sudo', '-n'] : null
  if (sudo === null) fail(`need root or sudo to install ${wanted.join(' ')} with apt-get`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const [cmd, ...pre] = sudo.length ? sudo : ['apt-get']
  const aptArgs = (args) => (sudo.length ? [...pre, 'apt-get', ...args] : args)
  let r = run(cmd, aptArgs(['update', '-qq']), { env })
  if (r.ok)
    r = run(cmd, aptArgs(['install', '-y', '-qq', '--no-install-recommends', ...wanted]), { env })
  if (!r.ok) fail(`apt-get could not install ${wanted.join(' ')} (${r.message})`)
} else {
  fail(
    `missing: ${wanted.join(', ')}. Install Chrome or Chromium and set CHROMIUM_PATH to its executable ` +
      '(macOS: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"), and poppler ' +
      '(macOS: brew install poppler), then run again.',
  )
}

step('Dependencies')
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', TURBO_TELEMETRY_DISABLED: '1' }
const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : []
let r = run('pnpm', ['install', ...frozen], { env })
if (!r.ok) fail(r.message)

step('Build both outputs')
r = run('pnpm', ['build'], { env })
if (!r.ok) fail(r.message)
process.stdout.write(
  '\nDone. Outputs:\n  reports/policy-memo/dist/policy-memo.pdf\n  decks/briefing/dist/index.html\n  decks/briefing/dist/briefing.pdf\nRun the tests with: pnpm test\n',
)
