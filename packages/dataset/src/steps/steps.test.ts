import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDataset } from '../check.ts'
import { renderMessage } from '../messages/catalogue.ts'
import { loadBriefingData } from '../node.ts'
import { formatProblem, type Problem } from '../problem.ts'
import { lineOf, readListing } from '../testing.ts'
import { MAX_FILE_BYTES } from './limits.ts'

const minimal = fileURLToPath(new URL('../../fixtures/minimal', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'dataset-steps-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function checkWith(edits: Record<string, (text: string) => string>) {
  const listing = readListing(minimal)
  for (const [file, edit] of Object.entries(edits)) {
    const before = listing.files.get(file) ?? ''
    const after = edit(before)
    if (after === before) throw new Error(`edit of ${file} changed nothing`)
    listing.files.set(file, after)
  }
  const result = checkDataset(listing)
  return result.ok ? [] : result.problems
}
const lines = (problems: readonly Problem[]) => problems.map(formatProblem)

/** A copy of the minimal fixture on disk, for what only the edge can see. */
function onDisk(name: string): string {
  const dir = join(work, name)
  cpSync(minimal, dir, { recursive: true })
  return dir
}

describe('one problem per mistake, named by the item id', () => {
  it('a mistyped id in sources.yaml is one problem at that id, not one per citation', () => {
    const problems = checkWith({
      'sources.yaml': (t) => t.replace('id: src-test', 'id: src-tset'),
    })
    const files = readListing(minimal).files
    const text = files.get('sources.yaml') as string
    // Every citation of src-test in the fixture, counted from its text: all but the id line.
    const uses = [...files.values()].join('\n').match(/\bsrc-test\b/g)?.length ?? 0
    expect(lines(problems)).toEqual([
      `data/sources.yaml:${lineOf(text, 'id: src-test')}:9  src-tset › id  id "src-tset"은(는) 어디서도 쓰이지 않고, 없는 id "src-test"이(가) ${uses - 1}곳에서 쓰입니다 — 이 id를 "src-test"(으)로 고치세요`,
    ])
  })

  it('one mistyped citation still points at the citation, with the id meant', () => {
    const problems = checkWith({
      'figures.yaml': (t) => t.replace('sources: [src-test]', 'sources: [src-tset]'),
    })
    expect(lines(problems)).toEqual([
      'data/figures.yaml:8:15  fig-test › sources  알 수 없는 출처 "src-tset" — "src-test"을(를) 뜻하셨나요?',
    ])
  })

  it('a unit typed into the number, and a number with commas', () => {
    expect(
      lines(checkWith({ 'figures.yaml': (t) => t.replace('value: 23', 'value: 23쪽') })),
    ).toEqual([
      'data/figures.yaml:3:12  fig-test › value  숫자가 필요합니다: "23쪽" → 23 (단위는 unit에)',
    ])
    expect(
      lines(checkWith({ 'figures.yaml': (t) => t.replace('value: 23', 'value: "1,000,000"') })),
    ).toEqual([
      'data/figures.yaml:3:12  fig-test › value  숫자가 필요합니다: "1,000,000" → 쉼표 없이 1000000으로',
    ])
  })

  it('a date written in Korean: one message with the accepted forms', () => {
    const problems = checkWith({
      'timeline.yaml': (t) => t.replace('date: "2025-11-22"', 'date: 2025년 7월'),
    })
    expect(problems.map((p) => renderMessage(p.message))).toEqual([
      '날짜 형식이 아닙니다: "2025년 7월" → "2025-07" (쓸 수 있는 형식: 2025-07-15, 2025-07, 2025-spring, 2025)',
    ])
  })
})

describe('YAML the parser refuses: one plain message, the item named from the text', () => {
  it('a key one space too deep', () => {
    expect(
      lines(checkWith({ 'figures.yaml': (t) => t.replace('    unit: 쪽', '     unit: 쪽') })),
    ).toEqual([
      'data/figures.yaml:4:6  fig-test › unit  들여쓰기(indentation)가 맞지 않습니다 — 같은 항목의 필드는 같은 칸에서 시작합니다 (이 자리는 4칸)',
    ])
  })

  it('a key that is not text points at its own line', () => {
    const problems = checkWith({
      'meta.yaml': (t) => t.replace('edition: 1\n', 'edition: 1\n12: x\n'),
    })
    expect(problems.map((p) => [p.line, p.col, p.message.key])).toEqual([[4, 1, 'yaml.keyNotText']])
  })

  it('unknown tags are errors, not silently dropped', () => {
    for (const tag of ['!!js/function', '!custom']) {
      const problems = checkWith({
        'meta.yaml': (t) => t.replace('edition: 1', `edition: ${tag} "1"`),
      })
      expect(problems.map((p) => renderMessage(p.message))).toEqual([
        `알 수 없는 YAML 태그(tag) "${tag}"은(는) 쓸 수 없습니다 — 태그를 지우세요`,
      ])
    }
  })
})

describe('values that pass a naive schema', () => {
  it('-0 is refused', () => {
    const problems = checkWith({ 'figures.yaml': (t) => t.replace('value: 23', 'value: -0') })
    expect(problems.map((p) => p.message.key)).toEqual(['number.negativeZero'])
  })

  it('a year figure must be a whole year in 1900–2200', () => {
    for (const year of ['2027.5', '24']) {
      const problems = checkWith({
        'figures.yaml': (t) => t.replace('value: 23', `value: ${year}\n    isYear: true`),
      })
      expect(
        problems.map((p) => p.message.key),
        year,
      ).toEqual(['year.invalid'])
    }
  })

  it('a date in the year 0024 is refused', () => {
    const problems = checkWith({
      'sources.yaml': (t) => t.replace('date: "2025-11-22"', 'date: "0024-11-22"'),
    })
    expect(problems.map((p) => p.message.key)).toContain('date.yearRange')
  })

  it('text made only of invisible characters is empty', () => {
    for (const invisible of ['\\u200B', '\\u2060', '\\uFEFF', '\\u3164', '\\u200B \\u3164']) {
      const problems = checkWith({
        'meta.yaml': (t) => t.replace('issuer: 시험 작성팀', `issuer: "${invisible}"`),
      })
      expect(
        problems.map((p) => `${p.path} ${p.message.key}`),
        invisible,
      ).toContain('issuer text.empty')
    }
  })

  it('lists have limits: 70,000 keywords or 999 change-log entries are refused', () => {
    const keywords = checkWith({
      'meta.yaml': (t) => t.replace('keywords: [시험]', `keywords: [${'시험, '.repeat(70_000)}끝]`),
    })
    expect(keywords.map((p) => renderMessage(p.message))).toEqual([
      '목록이 너무 깁니다: 70,001개 — 브리핑에는 최대 30개까지 들어갑니다. 나누거나 나머지는 부록으로 옮기세요',
    ])
    const entry = '  - edition: 1\n    date: "2025-11-22"\n    summary: 시험\n'
    const changes = checkWith({ 'meta.yaml': (t) => `${t}${entry.repeat(998)}` })
    expect(changes.map((p) => p.message.key)).toEqual(['list.tooLong'])
  })
})

describe('the edge: files that cannot be read as dataset files', () => {
  it('a file larger than the limit is refused before it is parsed', () => {
    const dir = onDisk('large')
    writeFileSync(
      join(dir, 'background.yaml'),
      `context:\n${'# x\n'.repeat(MAX_FILE_BYTES / 4 + 1)}`,
    )
    const r = loadBriefingData(dir, work)
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(lines(r.problems)).toEqual([
        'large/background.yaml:1:1  (파일)  파일이 너무 큽니다: 1.0 MB — 파일 하나는 최대 1.0 MB까지 (읽기 전에 멈췄습니다)',
      ])
  })

  it('an Emacs lock file (a link to nothing) and a link loop are said plainly', () => {
    const dir = onDisk('links')
    symlinkSync('root@host.1234:1700000000', join(dir, '.#meta.yaml'))
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'))
    const r = loadBriefingData(dir, work)
    if (r.ok) throw new Error('expected problems')
    expect(r.problems.map((p) => `${p.file} ${p.message.key}`)).toEqual([
      'links/.#meta.yaml file.danglingLink',
      'links/loop.yaml file.unreadable',
    ])
    expect(renderMessage(r.problems[0]?.message ?? { key: 'yaml.tab', params: {} })).toMatch(
      /^편집기 잠금 파일\(Emacs lock/,
    )
  })

  it('a UTF-16 file gets one message: save it as UTF-8', () => {
    const dir = onDisk('utf16')
    const text = readListing(minimal).files.get('quotes.yaml') as string
    writeFileSync(
      join(dir, 'quotes.yaml'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    )
    const r = loadBriefingData(dir, work)
    if (r.ok) throw new Error('expected problems')
    expect(lines(r.problems)).toEqual([
      'utf16/quotes.yaml:1:1  (파일)  UTF-16으로 저장된 파일입니다 — 편집기에서 인코딩을 UTF-8로 바꿔 다시 저장하세요',
    ])
  })
})
