import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadBriefing } from '@briefing/views/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OFFLINE_FLAGS } from '../../decks/briefing/scripts/chromiumFlags.ts'
import { readNetTrace } from './support/netTrace.ts'
import { root, run, tsx } from './support/run.ts'
import { deckDist, deckState, memoPdf, memoState } from './support/wholeOutputs.ts'

/**
 * The deck is presented and the memo printed in rooms without internet, so the whole
 * `pnpm build` must work with no network, and must not even try (issue 15, class F).
 * It runs in a new network namespace with only a loopback interface, so any request to
 * the outside fails, and under strace, so that a request which fails quietly (Chromium's
 * background updates and sign-in did) is seen all the same: the trace must show no DNS
 * query and nothing sent past loopback. `--force` makes every task really run.
 */
const TRACE = [
  'strace',
  '-f',
  '-qq',
  '-yy',
  '-s',
  '256',
  '-e',
  'trace=connect,sendto,sendmsg,sendmmsg',
]
// An ordinary user makes the namespace inside a user namespace of their own (#16); root
// needs none. Debian keeps `ip` in /usr/sbin, which an ordinary user's PATH lacks.
const UNSHARE = process.getuid?.() === 0 ? ['--net'] : ['--map-root-user', '--net']
const SBIN = { PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin` }

// Network namespaces exist only on Linux; elsewhere (macOS, Windows) this proof cannot be
// made, and the file says so instead of failing (#16). On Linux a missing `unshare`, `ip`
// or `strace` is a setup problem and fails.
const NO_NAMESPACES =
  process.platform === 'linux'
    ? undefined
    : `network namespaces do not exist on ${process.platform}`
if (NO_NAMESPACES) console.warn(`offline.test.ts skipped: ${NO_NAMESPACES}`)

const work = mkdtempSync(join(tmpdir(), 'briefing-offline-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

let fingerprint: string

beforeAll(() => {
  const loaded = loadBriefing(`${root}shared-data`)
  if (!loaded.ok) throw new Error('the shipped dataset is invalid')
  fingerprint = loaded.view.stamp.fingerprint
})

/** `sh -c` text that runs `argv` in the namespace, with loopback up. */
const offline = (argv: readonly string[]): string[] => [
  ...UNSHARE,
  'sh',
  '-c',
  `ip link set lo up && exec ${argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')}`,
]

/**
 * Chromium idling with `flags`, traced, until its trace shows a reach past loopback or
 * `quietMs` passed after it was ready; what it reached.
 */
async function chromiumReaches(flags: readonly string[], quietMs: number) {
  const trace = join(work, `chromium-${flags.length}.trace`)
  const child = spawn(
    'unshare',
    offline([...TRACE, '-o', trace, tsx, 'tests/src/support/idleChromium.ts', ...flags]),
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
      env: { ...process.env, ...SBIN },
    },
  )
  let readyAt = 0
  child.stdout.on('data', (d: Buffer) => {
    if (d.toString().includes('ready')) readyAt = Date.now()
  })
  const read = () => readNetTrace(existsSync(trace) ? readFileSync(trace, 'utf8') : '')
  try {
    // No time limit on a slow start: Chromium's first requests come after it is ready.
    for (;;) {
      await new Promise((r) => setTimeout(r, 500))
      if (read().reaches.length > 0) break
      if (readyAt > 0 && Date.now() - readyAt > quietMs) break
      if (child.exitCode !== null) throw new Error(`Chromium exited (${child.exitCode})`)
    }
  } finally {
    process.kill(-(child.pid as number), 'SIGKILL')
  }
  return read()
}

describe.skipIf(NO_NAMESPACES !== undefined)('pnpm build with the network unavailable', () => {
  it('the sandbox really has no network', () => {
    // Needs util-linux's unshare, iproute2's ip and strace (npm run setup installs them)
    // and the right to make namespaces (root, or user namespaces). A failure here is a setup problem.
    const probe = spawnSync(
      'unshare',
      [
        ...UNSHARE,
        'sh',
        '-c',
        'ip link set lo up && ip route get 1.1.1.1 >/dev/null 2>&1 && echo route || echo noroute',
      ],
      { encoding: 'utf8', env: { ...process.env, ...SBIN } },
    )
    expect(probe.status, probe.stderr).toBe(0)
    expect(probe.stdout.trim()).toBe('noroute')
  })

  it('the trace sees a Chromium without the offline flags reach out', async () => {
    // The check below is only as good as its trace: Chromium as Playwright alone
    // launches it queried update.googleapis.com and accounts.google.com.
    const t = await chromiumReaches([], 60_000)
    expect(t.reaches.length, 'a DNS query or connection past loopback').toBeGreaterThan(0)
    expect(t.reaches.some((r) => r.startsWith('DNS:'))).toBe(true)
  }, 180_000)

  it('Chromium with the offline flags stays on loopback', async () => {
    const t = await chromiumReaches(OFFLINE_FLAGS, 15_000)
    expect(t.reaches).toEqual([])
    expect(t.dnsNames).toEqual([])
  }, 180_000)

  it('builds both outputs, every task run for real, with no DNS query and nothing sent past loopback', async () => {
    const started = Date.now()
    const trace = join(work, 'build.trace')
    const r = await run(
      'unshare',
      // --verbose: the tools' own lines (turbo's cache bypass and summary) are checked.
      offline([...TRACE, '-o', trace, 'pnpm', 'build', '--force', '--verbose']),
      SBIN,
      600_000,
    )
    const log = r.stdout + r.stderr
    expect(r.code, log.slice(-3000)).toBe(0)
    expect(log).toMatch(/@briefing\/policy-memo:build: cache bypass/)
    expect(log).toMatch(/@briefing\/deck:build: cache bypass/)
    expect(log).toMatch(/@briefing\/policy-memo:bundle: cache bypass/)
    // The memo's bundle step (esbuild, scripts/bundleCli.ts), both builds and the commit
    // step (never cached).
    expect(log).toMatch(/Cached:\s+0 cached, 4 total/)
    const net = readNetTrace(readFileSync(trace, 'utf8'))
    expect(net.reaches, 'DNS queries and connections past loopback').toEqual([])
    expect(net.dnsNames).toEqual([])
    // Both outputs whole, of the shipped data, and written by this build.
    expect(await memoState()).toBe(`new:${fingerprint}`)
    expect(await deckState()).toBe(`new:${fingerprint}`)
    expect(statSync(memoPdf).mtimeMs).toBeGreaterThan(started)
    expect(statSync(`${deckDist}/briefing.pdf`).mtimeMs).toBeGreaterThan(started)
  }, 700_000)
})
