import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkDataset } from '../check.ts'
import { renderMessage } from '../messages/catalogue.ts'
import { readListing } from '../testing.ts'

const shipped = fileURLToPath(new URL('../../../../shared-data', import.meta.url))

/** The shipped dataset with one file edited, checked as `pnpm data:check` would. */
function checkEdited(file: string, find: string, replace: string) {
  const listing = readListing(shipped)
  const text = listing.files.get(file) as string
  expect(text.split(find).length, `"${find}" once in ${file}`).toBe(2)
  const next = text.replace(find, replace)
  listing.files.set(file, next)
  const result = checkDataset(listing)
  const problems = (result.ok ? [] : result.problems).map((p) => ({
    ...p,
    message: renderMessage(p.message),
  }))
  return { text: next, problems }
}

/** "cmp-tariff-firm-profit › us": the item a problem names. */
const itemOf = (p: { item: { kind: string; text?: string } }): string =>
  p.item.kind === 'item' ? (p.item.text ?? '') : p.item.kind

/** 1-based line and column of the first `needle` in `text`, found without the loader. */
function placeOf(text: string, needle: string): { line: number; col: number } {
  const index = text.indexOf(needle)
  if (index < 0) throw new Error(`"${needle}" not in text`)
  const before = text.slice(0, index).split('\n')
  return { line: before.length, col: (before.at(-1) as string).length + 1 }
}

describe('one word per term (terms.yaml)', () => {
  it('a variant in prose is reported at its character, with the item and the preferred word', () => {
    const { text, problems } = checkEdited(
      'comparison.yaml',
      '중국 매출 비중이 큰 엔비디아·AMD',
      '중국 매출 비중이 큰 NVIDIA·AMD',
    )
    expect(problems).toHaveLength(1)
    const p = problems[0]
    expect(p).toMatchObject({ file: 'data/comparison.yaml', ...placeOf(text, 'NVIDIA·AMD') })
    expect(p && itemOf(p)).toBe('cmp-tariff-firm-profit › us')
    expect(p?.message).toBe(
      '용어를 통일하세요: "NVIDIA"은(는) "엔비디아"의 다른 표기입니다 — "엔비디아"로 쓰세요(terms.yaml term-nvidia). 인용문과 제목은 그대로 둡니다',
    )
  })

  it('a variant inside quotation marks, a phrase the term keeps, and a quotation field pass', () => {
    expect(
      checkEdited(
        'comparison.yaml',
        '중국 매출 비중이 큰 엔비디아·AMD',
        '중국 매출 비중이 큰 ‘NVIDIA’·AMD',
      ).problems,
    ).toEqual([])
    // 저정밀 연산 is the seed's term for low-precision arithmetic, not "compute".
    expect(
      checkEdited(
        'comparison.yaml',
        '알고리즘 최적화·저정밀 연산·경량화',
        '알고리즘 최적화·저정밀 연산·경량화',
      ).problems,
    ).toEqual([])
    const quoted = checkEdited('quotes.yaml', 'speaker: 엔비디아 대변인', 'speaker: NVIDIA 대변인')
    expect(quoted.problems.map(itemOf)).toEqual(['q-nvidia-gain-ai › speaker'])
  })
})

describe('a judgment’s likelihood is stated once', () => {
  it('likelihood words in analyst prose are reported at their place', () => {
    const { text, problems } = checkEdited(
      'judgments.yaml',
      '선두를 유지할 것\n',
      '선두를 유지할 가능성이 높음\n',
    )
    expect(problems).toHaveLength(1)
    const at = placeOf(text, '유지할 가능성이 높음')
    expect(problems[0]).toMatchObject({ line: at.line, col: at.col + '유지할 '.length })
    expect(problems[0] && itemOf(problems[0])).toBe('kj-us-frontier-lead › statement')
    expect(problems[0]?.message).toContain('"가능성이 높음"')
    expect(problems[0]?.message).toContain('{kj-…}')
  })

  it('reported speech of a named source passes; the same words as our own verdict do not', () => {
    // McGuire's words, paraphrased with the quotative ending: his, not ours.
    const reported = checkEdited(
      'outlook.yaml',
      '우리 판단은 {kj-china-long-game}임',
      '맥과이어는 우위가 몇 개월에 그칠 가능성이 크다고 경고함',
    )
    expect(reported.problems).toEqual([])
    // "…다고 판단함" has the quotative ending too, but the speaker is the analyst.
    const ours = checkEdited(
      'outlook.yaml',
      '우리 판단은 {kj-china-long-game}임',
      '중국이 앞설 가능성이 크다고 판단함',
    )
    expect(ours.problems.map(itemOf)).toEqual(['hz-after-2030 › china'])
    // A disagreement's view is its holder's as a whole.
    const view = checkEdited(
      'outlook.yaml',
      '몇 개월 수준에 그칠 가능성이 큼.',
      '몇 개월 수준에 그칠 가능성이 큼.',
    )
    expect(view.problems).toEqual([])
  })
})

describe('sources', () => {
  it('an outlet a seed cites needs the name the seed gives it, not an invented title', () => {
    const { problems } = checkEdited(
      'sources.yaml',
      '    name: 리스 맥과이어\n',
      '    title: 리스 맥과이어의 미국 우위 격차 경고\n',
    )
    expect(problems.map((p) => [itemOf(p), p.message])).toEqual([
      [
        'src-mcguire-remark › id',
        '자료가 인용한 매체·인물에는 자료가 부르는 이름(name)이 필요합니다 — 예: name: 월스트리트저널(WSJ). 제목은 자료에 인쇄된 경우에만 씁니다',
      ],
    ])
  })
})
