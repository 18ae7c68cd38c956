import { describe, expect, it } from 'vitest'
import { BUILD_STEPS, seconds, stepEvents, stepLine, taskLine } from './buildSteps.mjs'

/** Lines as `turbo --ui=stream` prints them, copied from a real `pnpm build --verbose` log. */
const memo = '@briefing/policy-memo:build'
const deck = '@briefing/deck:build'

describe('reading the build’s steps off turbo’s output', () => {
  it('splits turbo’s task prefix, colours and all', () => {
    expect(taskLine(`\u001b[33m${deck}: \u001b[0m✓ built in 5.97s`)).toEqual({
      task: deck,
      text: '✓ built in 5.97s',
    })
    expect(taskLine(' Tasks:    2 successful, 2 total')).toBe(undefined)
  })

  it('a task that runs starts its first steps; the deck’s PDF starts when its site is done', () => {
    expect(stepEvents(`${memo}: cache miss, executing b3b6f5cf5edd531e`)).toEqual([
      { step: 'memo', kind: 'start' },
    ])
    expect(stepEvents(`${deck}: cache bypass, force executing f5b18f324eaa67bb`)).toEqual([
      { step: 'site', kind: 'start' },
    ])
    // Vite's own last line is not the site's end: the content is written in after it.
    expect(stepEvents(`${deck}: ✓ built in 5.97s`)).toEqual([])
    expect(stepEvents(`${deck}: briefing deck: site built (9120 ms)`)).toEqual([
      { step: 'site', kind: 'done' },
      { step: 'pdf', kind: 'start' },
    ])
    // Only the content changed: the site kept from the last build, with the new content.
    expect(
      stepEvents(
        `${deck}: briefing deck: site reused, content written in (only the content changed; 412 ms)`,
      ),
    ).toEqual([
      { step: 'site', kind: 'reused' },
      { step: 'pdf', kind: 'start' },
    ])
    expect(stepEvents(`${deck}: briefing deck: deck PDF printed (2442 ms)`)).toEqual([
      { step: 'pdf', kind: 'done' },
      { step: 'handout', kind: 'start' },
    ])
    expect(
      stepEvents(
        `${deck}: briefing deck: static deck and PDF built (14.5 s; site 10455 ms, PDF 3071 ms, handout 2029 ms)`,
      ),
    ).toEqual([{ step: 'handout', kind: 'done' }])
    expect(
      stepEvents(
        `${memo}: dist/policy-memo.pdf  13 pages  175 KB  제1판 · 데이터 지문 80ffd906  (3.84 s)`,
      ),
    ).toEqual([{ step: 'memo', kind: 'done' }])
  })

  it('a cache hit ends every step of that task at once; an error fails them', () => {
    expect(stepEvents(`${deck}: cache hit, suppressing logs f5b18f324eaa67bb`)).toEqual([
      { step: 'site', kind: 'cached' },
      { step: 'pdf', kind: 'cached' },
      { step: 'handout', kind: 'cached' },
    ])
    expect(stepEvents(`${memo}: ERROR: command finished with error: exit status 1`)).toEqual([
      { step: 'memo', kind: 'failed' },
    ])
  })

  it('other tasks and the tools’ chatter say nothing', () => {
    expect(
      stepEvents(`${deck}: vite v8.3.8 building client environment for production...`),
    ).toEqual([])
    expect(stepEvents('@briefing/views:test: cache miss, executing 123')).toEqual([])
  })
})

describe('what the person reads', () => {
  it('durations in Korean units', () => {
    expect(seconds(420)).toBe('0.4초')
    expect(seconds(12_340)).toBe('12.3초')
    expect(seconds(65_400)).toBe('1분 5초')
  })

  it('one line per step and state', () => {
    const [data, m] = BUILD_STEPS
    if (!data || !m) throw new Error('steps missing')
    expect(stepLine(data, 'start')).toBe('  … 데이터 검사 하는 중')
    expect(stepLine(m, 'start')).toBe('  … 메모 PDF 만드는 중')
    expect(stepLine(m, 'done', 4321)).toBe('  ✓ 메모 PDF 4.3초')
    expect(stepLine(m, 'failed', 1000)).toBe('  ✗ 메모 PDF 실패 (1.0초)')
    const site = BUILD_STEPS.find((s) => s.id === 'site')
    if (!site) throw new Error('no site step')
    expect(stepLine(site, 'reused', 2900)).toBe(
      '  ✓ 덱 사이트 구성이 그대로여서 새 내용만 반영 (2.9초)',
    )
  })

  it('every output step names the file it makes', () => {
    expect(BUILD_STEPS.filter((s) => s.task).map((s) => s.output)).toEqual([
      'reports/policy-memo/dist/policy-memo.pdf',
      'decks/briefing/dist/index.html',
      'decks/briefing/dist/briefing.pdf',
      'decks/briefing/dist/briefing-handout.pdf',
    ])
  })
})
