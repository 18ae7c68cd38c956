import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { loadBriefing } from '@briefing/views/node'
import { beforeAll, describe, expect, it } from 'vitest'
import { root, run } from './support/run.ts'
import { deckDist, deckState, memoPdf, memoState } from './support/wholeOutputs.ts'

/**
 * The deck is presented and the memo printed in rooms without internet, so the whole
 * `pnpm build` must work with no network at all: here it runs in a new network namespace
 * that has only a loopback interface (Slidev's exporter serves the deck to Chromium on
 * localhost) and no route anywhere. Any request a build step made to the outside would
 * fail there, and the build with it. `--force` makes every task really run instead of
 * replaying turbo's cache.
 */
// --verbose: the tools' own lines (turbo's cache bypass and summary) are what is checked.
const OFFLINE = 'ip link set lo up && exec pnpm build --force --verbose'

// An ordinary user makes the namespace inside a user namespace of their own (#16); root
// needs none. Debian keeps `ip` in /usr/sbin, which an ordinary user's PATH lacks.
const UNSHARE = process.getuid?.() === 0 ? ['--net'] : ['--map-root-user', '--net']
const SBIN = { PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin` }

let fingerprint: string

beforeAll(() => {
  const loaded = loadBriefing(`${root}shared-data`)
  if (!loaded.ok) throw new Error('the shipped dataset is invalid')
  fingerprint = loaded.view.stamp.fingerprint
})

// Network namespaces exist only on Linux; elsewhere (macOS, Windows) this proof cannot be
// made, and the file says so instead of failing (#16). On Linux a missing `unshare` or `ip`
// is a setup problem and fails.
const NO_NAMESPACES =
  process.platform === 'linux'
    ? undefined
    : `network namespaces do not exist on ${process.platform}`
if (NO_NAMESPACES) console.warn(`offline.test.ts skipped: ${NO_NAMESPACES}`)

describe.skipIf(NO_NAMESPACES !== undefined)('pnpm build with the network unavailable', () => {
  it('the sandbox really has no network', () => {
    // Needs util-linux's unshare and iproute2's ip (npm run setup installs both) and the
    // right to make namespaces (root, or user namespaces). A failure here is a setup problem.
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

  it('builds both outputs, every task run for real', async () => {
    const started = Date.now()
    const r = await run('unshare', [...UNSHARE, 'sh', '-c', OFFLINE], SBIN, 300_000)
    const log = r.stdout + r.stderr
    expect(r.code, log.slice(-3000)).toBe(0)
    expect(log).toMatch(/@briefing\/policy-memo:build: cache bypass/)
    expect(log).toMatch(/@briefing\/deck:build: cache bypass/)
    expect(log).toMatch(/Cached:\s+0 cached, 2 total/)
    // Both outputs whole, of the shipped data, and written by this build.
    expect(await memoState()).toBe(`new:${fingerprint}`)
    expect(await deckState()).toBe(`new:${fingerprint}`)
    expect(statSync(memoPdf).mtimeMs).toBeGreaterThan(started)
    expect(statSync(`${deckDist}/briefing.pdf`).mtimeMs).toBeGreaterThan(started)
  })
})
