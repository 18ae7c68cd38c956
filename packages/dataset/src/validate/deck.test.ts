import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkDataset } from '../check.ts'
import { renderMessage } from '../messages/catalogue.ts'
import { lineOf, readListing } from '../testing.ts'
import { headlineLength, sentenceCount } from './deck.ts'

const shipped = fileURLToPath(new URL('../../../../shared-data', import.meta.url))

/** The shipped dataset with deck.yaml edited; the problems rendered in Korean with their place. */
function checkDeck(edit: (text: string) => string) {
  const listing = readListing(shipped)
  const text = edit(listing.files.get('deck.yaml') as string)
  listing.files.set('deck.yaml', text)
  const result = checkDataset(listing)
  const problems = result.ok ? [] : result.problems
  return {
    text,
    lines: problems.map((p) => `${p.file}:${p.line}:${p.col}  ${renderMessage(p.message)}`),
  }
}

/** 1-based column of `needle` on its line (worked out here, not by the loader). */
const colOf = (text: string, needle: string): number => {
  const line = text.split('\n')[lineOf(text, needle) - 1] as string
  return line.indexOf(needle) + 1
}

describe('deck.yaml (the talk) in data:check', () => {
  it('accepts the shipped storyline', () => {
    expect(checkDeck((t) => t).lines).toEqual([])
  })

  it('places an unknown evidence id at its line and column, with the id meant', () => {
    const { text, lines } = checkDeck((t) =>
      t.replace('        - kj-china-diffusion-gains', '        - kj-china-difusion-gains'),
    )
    const at = `${lineOf(text, 'kj-china-difusion-gains')}:${colOf(text, 'kj-china-difusion-gains')}`
    expect(lines).toEqual([
      `data/deck.yaml:${at}  알 수 없는 핵심 판단 "kj-china-difusion-gains" — "kj-china-diffusion-gains"을(를) 뜻하셨나요?`,
    ])
  })

  it('refuses a headline longer than two lines, at the headline', () => {
    const long =
      '미국이 최첨단에서 앞서고 중국은 보급에서 영향력을 넓히며 세계 AI 질서는 여러 층으로 나뉘어 우리 선택지가 좁아질 수 있습니다'
    const { text, lines } = checkDeck((t) =>
      t.replace('미국은 최첨단을 지키고, 중국은 보급을 넓힐 전망입니다', long),
    )
    expect(lines).toEqual([
      `data/deck.yaml:${lineOf(text, long)}:${colOf(text, long)}  제목 문장이 ${[...long].length}자로 슬라이드 두 줄을 넘습니다 — 60자 이내로 줄이세요(참조 하나는 8자로 셉니다). 자세한 내용은 talk에`,
    ])
  })

  it('refuses minutes that miss the target, and a talk track of one sentence', () => {
    const { text, lines } = checkDeck((t) =>
      t
        .replace('targetMinutes: 12', 'targetMinutes: 17')
        .replace(
          /talk: >-\n {6}먼저 핵심 판단 두 가지를 말씀드립니다\.(?:[^\n]*\n)+?(?= {4}minutes)/,
          'talk: 먼저 핵심 판단을 말씀드립니다\n',
        ),
    )
    expect(lines).toEqual([
      `data/deck.yaml:${lineOf(text, 'targetMinutes: 17')}:16  슬라이드 시간(minutes)의 합이 12분으로 목표 17분과 1.7분 넘게 차이 납니다 — minutes나 targetMinutes를 고치세요`,
      `data/deck.yaml:${lineOf(text, '먼저 핵심 판단을')}:11  말할 내용(talk)이 1문장입니다 — 2~5문장으로 씁니다`,
      `data/deck.yaml:${lineOf(text, '먼저 핵심 판단을')}:11  말할 내용(talk)은 분당 250자로 읽으면 약 0.1분인데 이 슬라이드의 시간(minutes)은 0.5분입니다 — 원고를 63~187자(공백 제외)로 맞추거나 minutes를 고치세요`,
    ])
  })

  it('refuses a talk track too short or too long for its minutes, at the talk', () => {
    // The bottom line (the first slide of 1.5 minutes) at 250 characters a minute → 188–563
    // without spaces. Its shipped talk (about 300 characters) is inside the range; 5 and 0.5
    // minutes are not.
    const short = checkDeck((t) => t.replace(/(?<m> {4}minutes: )1\.5\n/, '$<m>5\n'))
    expect(short.lines).toContainEqual(
      expect.stringMatching(
        /^data\/deck\.yaml:\d+:11 {2}말할 내용\(talk\)은 분당 250자로 읽으면 약 [\d.]+분인데 이 슬라이드의 시간\(minutes\)은 5분입니다 — 원고를 625~1875자/,
      ),
    )
    const long = checkDeck((t) => t.replace(/(?<m> {4}minutes: )1\.5\n/, '$<m>0.5\n'))
    expect(long.lines).toContainEqual(
      expect.stringMatching(
        /약 [\d.]+분인데 이 슬라이드의 시간\(minutes\)은 0\.5분입니다 — 원고를 63~187자/,
      ),
    )
  })

  it('counts the main track: fewer than 10 slides is refused at the list', () => {
    const { text, lines } = checkDeck((t) => t.slice(0, t.indexOf('  - id: sl-controls')))
    expect(lines).toContain(
      `data/deck.yaml:${lineOf(text, '  - id: sl-title')}:3  본 발표 슬라이드가 6장입니다 — 10~14장으로 맞추세요(나머지 자료는 부록에 자동으로 실립니다)`,
    )
  })

  it('checks prose in headlines like every prose field (a retyped figure)', () => {
    const { lines } = checkDeck((t) =>
      t.replace('{fig-us-lead-years}까지 견해가', '최대 2년까지 견해가'),
    )
    expect(lines.join('\n')).toMatch(/수치를 다시 적었습니다: "최대 2년"/)
  })

  it('measures headlines and sentences the way the slide shows them', () => {
    expect(headlineLength('우위는 {fig-us-lead-years}입니다')).toBe(4 + 8 + 3)
    expect(sentenceCount('하나입니다. 둘입니다.')).toBe(2)
    expect(sentenceCount('{fig-a}입니다. 그리고 끝')).toBe(2)
    expect(sentenceCount('값은 {=2.5}입니다.')).toBe(1)
  })
})
