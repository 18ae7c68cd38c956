import { describe, expect, it } from 'vitest'
import { msg } from './messages/catalogue.ts'
import { formatProblem, formatProblemIn, itemLabel, renderItem } from './problem.ts'

const data = {
  figures: [{ id: 'fig-a', value: 1, sources: ['src-a'] }],
  changes: [{ edition: 1 }, { edition: 2, summary: '' }],
  groups: [{ id: 'grp', rows: [{ id: 'row-1', leader: 'x' }] }],
}

describe('items are named by their id, not a 0-based index', () => {
  it('the nearest id and the field below it', () => {
    expect(renderItem(itemLabel(data, ['figures', 0, 'value']))).toBe('fig-a › value')
    expect(renderItem(itemLabel(data, ['figures', 0, 'sources', 0]))).toBe('fig-a › sources')
    expect(renderItem(itemLabel(data, ['groups', 0, 'rows', 0, 'leader']))).toBe('row-1 › leader')
    expect(renderItem(itemLabel(data, ['figures', 0]))).toBe('fig-a')
  })

  it('lists without ids count from 1; the whole file in words', () => {
    expect(renderItem(itemLabel(data, ['changes', 1, 'summary']))).toBe('changes #2 › summary')
    expect(renderItem(itemLabel(data, []))).toBe('(파일)')
    expect(renderItem(itemLabel(data, []), 'en')).toBe('(file)')
  })

  it('a problem line: file:line:col first, terminal-safe, Korean or English', () => {
    const p = {
      file: 'shared-data/figures.yaml',
      line: 44,
      col: 12,
      item: itemLabel(data, ['figures', 0, 'value']),
      path: 'figures[0].value',
      message: msg('number.expected', { got: '2년\u001b[2J', number: '2', unit: '년' }),
    }
    expect(formatProblem(p)).toBe(
      'shared-data/figures.yaml:44:12  fig-a › value  숫자가 필요합니다: "2년\\u001b[2J" → 2 (단위는 unit에)',
    )
    expect(formatProblemIn(p, 'en')).toBe(
      'shared-data/figures.yaml:44:12  fig-a › value  expected a number, got "2년\\u001b[2J"; write 2 (the unit goes in unit)',
    )
  })
})
