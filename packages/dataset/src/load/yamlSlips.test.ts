import { describe, expect, it } from 'vitest'
import { renderMessage } from '../messages/catalogue.ts'
import { findSlips, itemAtLine } from './yamlSlips.ts'

const figures = `figures:
  - id: fig-a
    value: 23
    unit: 쪽
    dateBasis: >-
      여러 줄의 글: 콜론이 있어도
        더 들여써도 괜찮음
    sources:
      - src-a
  - id: fig-b
    value: 2
    unit: 년
    sources: [src-a]
`
const slips = (text: string) =>
  findSlips(text).map((s) => `${s.place.line}:${s.place.col} ${renderMessage(s.message)}`)

describe('findSlips: one plain message at the line of the slip', () => {
  it('finds nothing in well-formed YAML (block scalars and flow lists included)', () => {
    expect(slips(figures)).toEqual([])
  })

  it('a key one space too deep is the slip, not the value above it', () => {
    expect(slips(figures.replace('    unit: 쪽', '     unit: 쪽'))).toEqual([
      '4:6 들여쓰기(indentation)가 맞지 않습니다 — 같은 항목의 필드는 같은 칸에서 시작합니다 (이 자리는 4칸)',
    ])
  })

  it('one space too few, and a list item out of line', () => {
    expect(slips(figures.replace('    unit: 쪽', '   unit: 쪽'))[0]).toMatch(/^4:4 들여쓰기/)
    expect(slips(figures.replace('  - id: fig-b', '   - id: fig-b'))[0]).toMatch(/^10:4 들여쓰기/)
  })

  it('a tab, a full-width colon, a missing space after the colon', () => {
    expect(slips(figures.replace('    unit: 쪽', '\tunit: 쪽'))).toEqual([
      '4:1 들여쓰기에 탭(tab)이 있습니다 — 스페이스로 바꾸세요',
    ])
    expect(slips(figures.replace('value: 23', 'value： 23'))[0]).toMatch(/^3:10 전각 콜론/)
    expect(slips(figures.replace('value: 23', 'value:23'))).toEqual([
      '3:10 콜론(:) 뒤에 빈칸이 필요합니다: "value:23" → "value: 23"',
    ])
  })

  it('an unclosed quote or bracket, once, at the line that opened it', () => {
    expect(slips(figures.replace('unit: 년', 'unit: "년'))).toEqual([
      '12:11 따옴표(")가 닫히지 않았습니다 — 값 끝에 "를 넣으세요',
    ])
    expect(slips(figures.replace('sources: [src-a]', 'sources: [src-a\n    label: x'))[0]).toMatch(
      /^13:14 괄호\(\[\)가 닫히지 않았습니다/,
    )
  })

  it('a colon and a space inside a plain value', () => {
    expect(slips(figures.replace('unit: 쪽', 'unit: 쪽: 분량'))[0]).toMatch(/^4:11 값 안에 콜론/)
  })

  it('names the item from the text when the file did not parse', () => {
    expect(itemAtLine(figures, 4)).toBe('fig-a › unit')
    expect(itemAtLine(figures, 10)).toBe('fig-b')
    expect(itemAtLine('title: x\n', 1)).toBe('title')
  })
})
