import { fileURLToPath } from 'node:url'
import { glyphCoverage } from '@briefing/fonts'
import { describe, expect, it } from 'vitest'
import { checkDataset } from './check.ts'
import { renderMessage } from './messages/catalogue.ts'
import type { Problem } from './problem.ts'
import { lineOf, readListing } from './testing.ts'

const minimal = fileURLToPath(new URL('../fixtures/minimal', import.meta.url))
const covers = glyphCoverage()

/** Check the minimal fixture with one file replaced by `edit(text)`. */
function checkWith(file: string, edit: (text: string) => string) {
  const listing = readListing(minimal)
  const text = edit(listing.files.get(file) as string)
  listing.files.set(file, text)
  const result = checkDataset(listing, { covers, fontName: 'Pretendard' })
  return { result, text, problems: result.ok ? [] : result.problems }
}

function expectProblem(
  problems: readonly Problem[],
  want: Partial<Omit<Problem, 'message'>> & { message?: string | RegExp },
) {
  const { message, ...rest } = want
  const match = problems.find(
    (p) =>
      Object.entries(rest).every(([k, v]) => p[k as keyof Problem] === v) &&
      (message === undefined ||
        (typeof message === 'string'
          ? renderMessage(p.message).includes(message)
          : message.test(renderMessage(p.message)))),
  )
  expect(
    match,
    `no problem like ${JSON.stringify(want)} in:\n${problems.map((p) => JSON.stringify(p)).join('\n')}`,
  ).toBeDefined()
}

describe('checkDataset on the minimal fixture', () => {
  it('accepts it and fingerprints it', () => {
    const result = checkDataset(readListing(minimal), { covers })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.fingerprint).toMatch(/^[0-9a-f]{8}$/)
  })
})

describe('malformed datasets: every problem names file, line and data path', () => {
  it('YAML syntax: an unclosed quote', () => {
    const { problems, text } = checkWith('meta.yaml', (t) =>
      t.replace('title: 시험용 최소 브리핑', 'title: "시험용 최소 브리핑'),
    )
    expect(problems.length).toBeGreaterThan(0)
    expect(problems[0]?.file).toBe('data/meta.yaml')
    expect(problems).toHaveLength(1)
    expect(renderMessage(problems[0]?.message ?? { key: 'file.empty', params: {} })).toBe(
      '따옴표(")가 닫히지 않았습니다 — 값 끝에 "를 넣으세요',
    )
    expect(problems[0]?.line).toBe(lineOf(text, 'title:'))
  })

  it('YAML syntax: a tab used for indentation', () => {
    const { problems, text } = checkWith('background.yaml', (t) =>
      t.replace('    heading: 배경', '\theading: 배경'),
    )
    expectProblem(problems, {
      file: 'data/background.yaml',
      line: lineOf(text, 'heading'),
      message: '들여쓰기에 탭(tab)이 있습니다',
    })
  })

  it('YAML syntax: a duplicate key', () => {
    const { problems, text } = checkWith('meta.yaml', (t) =>
      t.replace('edition: 1\n', 'edition: 1\nedition: 2\n'),
    )
    expectProblem(problems, {
      file: 'data/meta.yaml',
      line: lineOf(text, 'edition: 2'),
      message: '같은 키(key) "edition"이(가) 두 번 나옵니다 (처음은 ',
    })
  })

  it('wrong type: text where a number belongs', () => {
    const { problems, text } = checkWith('meta.yaml', (t) =>
      t.replace('edition: 1\n', 'edition: 첫째\n'),
    )
    expectProblem(problems, {
      file: 'data/meta.yaml',
      line: lineOf(text, 'edition: 첫째'),
      path: 'edition',
      message: '숫자가 필요합니다: "첫째"',
    })
  })

  it('missing required field, reported at the object that lacks it', () => {
    const { problems, text } = checkWith('judgments.yaml', (t) =>
      t.replace('    statement: 시험 판단\n', ''),
    )
    expectProblem(problems, {
      file: 'data/judgments.yaml',
      line: lineOf(text, '- id: kj-test'),
      path: 'keyJudgments[0]',
      message: '필수 필드 "statement"이(가) 없습니다',
    })
  })

  it('unknown field: a typo gets the closest valid key', () => {
    const { problems, text } = checkWith('timeline.yaml', (t) =>
      t.replace('    sources: [src-test]', '    sourcs: [src-test]'),
    )
    expectProblem(problems, {
      file: 'data/timeline.yaml',
      line: lineOf(text, 'sourcs'),
      col: 5,
      path: 'events[0].sourcs',
      message: '알 수 없는 필드 "sourcs" — "sources"을(를) 뜻하셨나요?',
    })
  })

  it('unknown source id, with a suggestion', () => {
    const { problems, text } = checkWith('figures.yaml', (t) =>
      t.replace('sources: [src-test]', 'sources: [src-tset]'),
    )
    expectProblem(problems, {
      file: 'data/figures.yaml',
      line: lineOf(text, 'src-tset'),
      path: 'figures[0].sources[0]',
      message: '알 수 없는 출처 "src-tset" — "src-test"을(를) 뜻하셨나요?',
    })
  })

  it('duplicate id across files', () => {
    const { problems, text } = checkWith('quotes.yaml', (t) =>
      t.replace('id: q-test', 'id: ev-test'),
    )
    expectProblem(problems, {
      file: 'data/quotes.yaml',
      line: lineOf(text, 'ev-test'),
      path: 'quotes[0].id',
      // The first use, by file and line, found in the fixture's own text.
      message: `중복된 id "ev-test" — 이미 data/timeline.yaml:${lineOf(
        readListing(minimal).files.get('timeline.yaml') as string,
        'ev-test',
      )}에서 썼습니다`,
    })
  })

  it('impossible date', () => {
    const { problems, text } = checkWith('timeline.yaml', (t) =>
      t.replace('date: "2025-11-22"', 'date: "2025-02-30"'),
    )
    expectProblem(problems, {
      file: 'data/timeline.yaml',
      line: lineOf(text, '2025-02-30'),
      path: 'events[0].date',
      message: '달력에 없는 날짜입니다: "2025-02-30"',
    })
  })

  it('badly formatted date', () => {
    const { problems } = checkWith('sources.yaml', (t) =>
      t.replace('date: "2025-11-22"', 'date: "22/11/2025"'),
    )
    expectProblem(problems, {
      path: 'sources[0].date',
      message:
        '날짜 형식이 아닙니다: "22/11/2025" (쓸 수 있는 형식: 2025-07-15, 2025-07, 2025-spring, 2025)',
    })
  })

  it('as-of date before the newest event', () => {
    const { problems, text } = checkWith('timeline.yaml', (t) =>
      t.replace('date: "2025-11-22"', 'date: "2025-12-01"'),
    )
    expectProblem(problems, {
      file: 'data/timeline.yaml',
      line: lineOf(text, '2025-12-01'),
      path: 'events[0].date',
      message: '사건 날짜 2025-12-01이 기준일(asOf)',
    })
  })

  it('a judgment whose support points nowhere', () => {
    const { problems } = checkWith('judgments.yaml', (t) =>
      t.replace('support: [cmp-test]', 'support: [cmp-nowhere]'),
    )
    expectProblem(problems, {
      path: 'keyJudgments[0].support[0]',
      message: '알 수 없는 근거 항목 "cmp-nowhere"',
    })
  })

  it('a judgment without support', () => {
    const { problems } = checkWith('judgments.yaml', (t) =>
      t.replace('support: [cmp-test]', 'support: []'),
    )
    expectProblem(problems, {
      path: 'keyJudgments[0].support',
      message: '판단에는 근거(support)가 필요합니다',
    })
  })

  it('a claim without a source', () => {
    const { problems } = checkWith('comparison.yaml', (t) =>
      t.replace('sources: [src-test]', 'sources: []'),
    )
    expectProblem(problems, {
      path: 'groups[0].rows[0].sources',
      message: '모든 주장에는 출처가 하나 이상 필요합니다',
    })
  })

  it('a value outside the allowed set, with a suggestion', () => {
    const { problems, text } = checkWith('comparison.yaml', (t) =>
      t.replace('leader: us', 'leader: usa'),
    )
    expectProblem(problems, {
      line: lineOf(text, 'leader: usa'),
      path: 'groups[0].rows[0].leader',
      message:
        '"usa"은(는) 쓸 수 없는 값입니다 — 다음 중 하나: us, china, contested ("us"을(를) 뜻하셨나요?)',
    })
  })

  it('a character the embedded font lacks (emoji), with its code point', () => {
    const { problems, text } = checkWith('background.yaml', (t) =>
      t.replace('시험 배경 문단.', '시험 배경 문단 😀'),
    )
    expectProblem(problems, {
      line: lineOf(text, '😀'),
      path: 'context[0].text',
      message: 'U+1F600',
    })
  })

  it('Hanja and old Hangul jamo are refused too', () => {
    const { problems } = checkWith('background.yaml', (t) =>
      t.replace('시험 배경 문단.', '美中 ᄒᆞᆫ글'),
    )
    expectProblem(problems, { path: 'context[0].text', message: 'U+7F8E' })
    expectProblem(problems, { path: 'context[0].text', message: 'U+1112' })
  })

  it('a control character', () => {
    const { problems } = checkWith('background.yaml', (t) =>
      t.replace('시험 배경 문단.', '"시험\\u0007 배경"'),
    )
    expectProblem(problems, {
      path: 'context[0].text',
      message: '제어 문자(control character) U+0007이 3번째 글자에 있습니다',
    })
  })

  it('a missing file', () => {
    const listing = readListing(minimal)
    listing.files.delete('quotes.yaml')
    const result = checkDataset(listing, { covers })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expectProblem(result.problems, {
        file: 'data/quotes.yaml',
        line: 1,
        message: '파일이 없습니다 — 모든 데이터에 quotes.yaml이(가) 필요합니다',
      })
  })

  it('a misnamed file', () => {
    const listing = readListing(minimal)
    listing.files.set('timline.yaml', listing.files.get('timeline.yaml') as string)
    listing.files.delete('timeline.yaml')
    const result = checkDataset(listing, { covers })
    if (result.ok) throw new Error('expected problems')
    expectProblem(result.problems, {
      file: 'data/timline.yaml',
      message: '데이터 파일이 아닙니다 — "timeline.yaml"을(를) 뜻하셨나요?',
    })
    expectProblem(result.problems, { file: 'data/timeline.yaml', message: '파일이 없습니다' })
  })

  it('an empty file', () => {
    const { problems } = checkWith('outlook.yaml', () => '')
    expectProblem(problems, { file: 'data/outlook.yaml', message: '파일이 비어 있습니다' })
  })

  it('a source nobody cites', () => {
    const { problems, text } = checkWith(
      'sources.yaml',
      (t) => `${t}  - id: src-unused\n    kind: blog\n    title: 안 쓰는 글\n    date: "2025"\n`,
    )
    expectProblem(problems, {
      line: lineOf(text, 'src-unused'),
      path: 'sources[1].id',
      message: '출처 "src-unused"이(가) 어디서도 인용되지 않습니다',
    })
  })

  it('a link with a javascript: scheme', () => {
    const { problems } = checkWith('sources.yaml', (t) =>
      t.replace('    seed: true', '    url: "javascript:alert(1)"\n    seed: true'),
    )
    expectProblem(problems, { path: 'sources[0].url', message: 'http:// 또는 https://' })
  })

  it('reports every problem at once, in file order', () => {
    const listing = readListing(minimal)
    listing.files.set(
      'meta.yaml',
      (listing.files.get('meta.yaml') as string).replace('edition: 1\n', 'edition: 0\n'),
    )
    listing.files.set(
      'figures.yaml',
      (listing.files.get('figures.yaml') as string).replace('value: 23', 'value: -1'),
    )
    const result = checkDataset(listing, { covers })
    if (result.ok) throw new Error('expected problems')
    expect(result.problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'data/figures.yaml figures[0].value',
      'data/meta.yaml edition',
    ])
  })
})

describe('one round of fixes', () => {
  it('reports a wrong type and an unknown source in different files together', () => {
    const listing = readListing(minimal)
    listing.files.set(
      'meta.yaml',
      (listing.files.get('meta.yaml') as string).replace('edition: 1\n', 'edition: 첫째\n'),
    )
    listing.files.set(
      'figures.yaml',
      (listing.files.get('figures.yaml') as string).replace(
        'sources: [src-test]',
        'sources: [src-tset]',
      ),
    )
    const result = checkDataset(listing, { covers })
    if (result.ok) throw new Error('expected problems')
    expect(result.problems.map((p) => p.path)).toEqual(['figures[0].sources[0]', 'edition'])
  })
})

describe('what editors write is accepted', () => {
  it('a byte-order mark and CRLF line ends give the same dataset', () => {
    const plain = checkDataset(readListing(minimal), { covers })
    const listing = readListing(minimal)
    for (const [name, text] of listing.files)
      listing.files.set(name, `\uFEFF${text.replace(/\n/g, '\r\n')}`)
    const windows = checkDataset(listing, { covers })
    expect(windows.ok && plain.ok && windows.fingerprint === plain.fingerprint).toBe(true)
  })
})
