import { glyphCoverage } from '@briefing/fonts'
import { describe, expect, it } from 'vitest'
import { ko } from './ko.ts'

/** The dataset check covers the analyst's text; this covers the words the views add. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (typeof value === 'function') out.push(String(value(2025, 11, 10)))
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out)
  return out
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
