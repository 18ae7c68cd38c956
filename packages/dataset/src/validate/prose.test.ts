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

/** 1-based line and column of the first `needle` in `text`, found without the loader. */
function placeOf(text: string, needle: string): { line: number; col: number } {
  const index = text.indexOf(needle)
  if (index < 0) throw new Error(`"${needle}" not in text`)
  const before = text.slice(0, index).split('\n')
  return { line: before.length, col: (before.at(-1) as string).length + 1 }
}

describe('a fact is written once', () => {
  it('the shipped dataset has no retyped figure and no broken reference', () => {
    expect(checkDataset(readListing(shipped)).ok).toBe(true)
  })

  it('a figure typed out again in folded prose is refused at its own line and column', () => {
    // On the second line of a `>-` block: the folded value and the file differ there.
    const { text, problems } = checkEdited(
      'outlook.yaml',
      '생산에는 {fig-china-chip-gap-years} 필요하다는',
      '생산에는 10년은 더 필요하다는',
    )
    expect(problems).toHaveLength(1)
    const p = problems[0]
    expect(p).toMatchObject({ file: 'data/outlook.yaml', ...placeOf(text, '10년은 더 필요하다는') })
    expect(p?.message).toContain('"10년은 더"')
    expect(p?.message).toContain('{fig-china-chip-gap-years}')
    expect(p?.message).toContain('{=10년은 더}')
  })

  it('a misspelt reference names the closest id, at the reference inside the string', () => {
    const { text, problems } = checkEdited(
      'judgments.yaml',
      '{fig-us-lead-years}으로 보나',
      '{fig-us-lead-year}으로 보나',
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject(placeOf(text, '{fig-us-lead-year}'))
    expect(problems[0]?.message).toMatch(/\{fig-us-lead-years\}을\(를\) 뜻하셨나요/)
  })

  it('a coincidence marked with {=…} is accepted; quotations are verbatim and exempt', () => {
    expect(
      checkEdited('judgments.yaml', '{fig-us-lead-years}으로', '{=최대 2년}으로').problems,
    ).toEqual([])
    const quotes = readListing(shipped).files.get('quotes.yaml') as string
    const firstQuote = /\n {4}text: (.+)\n/.exec(quotes)?.[1] as string
    expect(
      checkEdited('quotes.yaml', `text: ${firstQuote}`, `text: ${firstQuote} 23쪽`).problems,
    ).toEqual([])
  })

  it('a reference in a quotation is refused: a speaker said words, not ids', () => {
    const quotes = readListing(shipped).files.get('quotes.yaml') as string
    const firstQuote = /\n {4}text: (.+)\n/.exec(quotes)?.[1] as string
    const { problems } = checkEdited(
      'quotes.yaml',
      `text: ${firstQuote}`,
      `text: ${firstQuote} {fig-us-plan-pages}`,
    )
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('적힌 그대로')])
  })
})

describe('a value that begins with a reference', () => {
  it('unquoted, with text after it: one message saying to quote it, at that line', () => {
    const { text, problems } = checkEdited(
      'judgments.yaml',
      'statement: "{fig-horizon-after-2030} 중국의',
      'statement: {fig-horizon-after-2030} 중국의',
    )
    const line = placeOf(text, 'statement: {fig-horizon-after-2030}').line
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [line, expect.stringContaining('큰따옴표로 감싸세요')],
    ])
  })

  it('unquoted and alone (YAML reads a mapping): the same message, not "expected text"', () => {
    const { problems } = checkEdited(
      'outlook.yaml',
      'label: "{fig-horizon-after-2030}"',
      'label: {fig-horizon-after-2030}',
    )
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('큰따옴표로 감싸세요')])
  })
})
