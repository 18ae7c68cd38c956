import { glyphCoverage } from '@briefing/fonts'
import { describe, expect, it } from 'vitest'
import { ko } from './ko.ts'

/** The dataset check covers the analyst's text; this covers the words the views add. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (typeof value === 'function') out.push(String(call(value)))
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out)
  return out
}

/** A message function with sample arguments: dates get numbers, actor words get names. */
// biome-ignore lint/complexity/noBannedTypes: any message function, called with sample arguments
function call(f: Function): unknown {
  const g = f as (...args: unknown[]) => unknown
  if (g.length === 3) return g(2025, 11, 10)
  try {
    return g(['미', '중'])
  } catch {
    return g({ names: ['미국', '중국'], together: '미중' })
  }
}

describe.each([['ko', ko]])('messages/%s.ts', (_, messages) => {
  it('uses only characters the embedded font can draw', () => {
    const covers = glyphCoverage()
    const missing = new Set<string>()
    for (const s of strings(messages)) {
      for (const ch of s) if (ch !== ' ' && !covers(ch.codePointAt(0) as number)) missing.add(ch)
    }
    expect([...missing]).toEqual([])
  })
})
