import { describe, expect, it } from 'vitest'
import { buildReport } from './buildReport.mjs'

/** What `pnpm build` prints for a run, fed with turbo lines as a real run prints them. */
function report(lines: readonly string[], code: number): string {
  let out = ''
  const r = buildReport((t) => {
    out += t
  })
  r.start('data')
  r.end('data', 'done')
  for (const l of lines) r.feed(l)
  r.finish(code, 'logs/build.log')
  return out
}

const memo = '@briefing/policy-memo:build'
const deck = '@briefing/deck:build'

describe('the build report', () => {
  it('a whole build: every step ends with ✓, then the outputs and the log', () => {
    const out = report(
      [
        `${memo}: cache miss, executing 1`,
        `${deck}: cache miss, executing 2`,
        `${deck}: vite v8.3.8 building client environment for production...`,
        `${memo}: dist/policy-memo.pdf  13 pages  175 KB  제1판 · 데이터 지문 80ffd906  (3.84 s)`,
        `${deck}: ✓ built in 5.97s`,
        `${deck}: briefing deck: deck PDF printed (1 ms)`,
        `${deck}: briefing deck: static deck and PDF built (14.5 s; slidev build 1 ms, PDF 1 ms, handout 1 ms)`,
      ],
      0,
    )
    expect(out.match(/^ {2}✓ /gm)).toHaveLength(5)
    expect(out).toMatch(
      /덱 PDF: decks\/briefing\/dist\/briefing\.pdf\n {2}덱 유인물: decks\/briefing\/dist\/briefing-handout\.pdf\n전체 기록: logs\/build\.log\n$/,
    )
    expect(out).not.toMatch(/vite v8/)
  })

  it('a failed deck: its step failed, the memo stopped, the PDF never started; the deck’s words shown', () => {
    const out = report(
      [
        `${memo}: cache miss, executing 1`,
        `${deck}: cache miss, executing 2`,
        `${deck}: `,
        `${deck}: > @briefing/deck@0.1.0 build /x/decks/briefing`,
        `${deck}: briefing deck: CHROMIUM_PATH=/nope 파일이 없습니다.`,
        '@briefing/deck#build:  ERROR  command (/x/decks/briefing) pnpm run build exited (1)',
      ],
      1,
    )
    expect(out).toMatch(/✗ 덱 사이트 실패/)
    expect(out).toMatch(/– 메모 PDF 다른 단계가 실패해 멈춤/)
    expect(out).not.toMatch(/덱 PDF/)
    expect(out).toMatch(
      /@briefing\/deck:build의 마지막 출력:\n {2}briefing deck: CHROMIUM_PATH=\/nope/,
    )
    // pnpm's banner is not the deck's words.
    expect(out).not.toMatch(/> @briefing\/deck@/)
    expect(out).toMatch(/실패 \(.*\)\. 마지막으로 성공한 출력물은 그대로 남아 있습니다\./)
  })
})
