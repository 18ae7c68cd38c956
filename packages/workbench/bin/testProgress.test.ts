import { describe, expect, it } from 'vitest'
import { progressLine, QUIET_MS, testProgress } from './testProgress.mjs'

describe('pnpm test progress', () => {
  it('says nothing while output flows; after 15 quiet seconds names the package and file', () => {
    // Issue 16: at least every 15 s.
    expect(QUIET_MS).toBeLessThanOrEqual(15_000)
    let t = 0
    const p = testProgress(() => t)
    p.feed('@briefing/tests:test: cache miss, executing 1')
    t = 1_000
    p.feed('@briefing/tests:test: ▶ src/offline.test.ts')
    t = 1_000 + QUIET_MS - 1
    expect(p.tick()).toBe(undefined)
    t = 1_000 + QUIET_MS
    expect(p.tick()).toBe('… 16.0초 경과 — 실행 중: @briefing/tests src/offline.test.ts (15.0초째)')
    // And again 15 s later, not every second.
    t += 1_000
    expect(p.tick()).toBe(undefined)
    t += QUIET_MS
    expect(p.tick()).toMatch(/src\/offline\.test\.ts \(31\.0초째\)$/)
  })

  it('a package whose tests have finished is no longer listed', () => {
    let t = 0
    const p = testProgress(() => t)
    p.feed('@briefing/views:test: cache miss, executing 1')
    p.feed('@briefing/views:test: ▶ src/a.test.ts')
    p.feed('@briefing/views:test:    Duration  1.2s (transform 1ms)')
    t = QUIET_MS
    expect(p.tick()).toBe('… 15.0초 경과 — 실행 중: 타입 검사 등')
  })

  it('lists several packages at once', () => {
    expect(
      progressLine(
        [
          { task: '@briefing/deck:test', file: 'test/dev.test.ts', since: 0 },
          { task: '@briefing/tests:test', file: undefined, since: 5_000 },
        ],
        20_000,
        0,
      ),
    ).toBe(
      '… 20.0초 경과 — 실행 중: @briefing/deck test/dev.test.ts (20.0초째), @briefing/tests (15.0초째)',
    )
  })
})
