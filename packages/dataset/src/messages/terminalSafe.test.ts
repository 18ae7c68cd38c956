import { describe, expect, it } from 'vitest'
import { terminalSafe, terminalSafeLines } from './terminalSafe.ts'

describe('terminalSafe', () => {
  it('shows escape sequences as text, so the screen cannot be cleared or the report faked', () => {
    const hostile = '\u001b[2J\u001b[31mALL DATA VALID\u001b]0;pwned\u0007'
    const safe = terminalSafe(hostile)
    expect(safe).toBe('\\u001b[2J\\u001b[31mALL DATA VALID\\u001b]0;pwned\\u0007')
    expect([...safe].every((ch) => (ch.codePointAt(0) as number) >= 0x20)).toBe(true)
  })

  it('escapes C1 controls, DEL, bidi overrides and line separators; keeps Hangul and spaces', () => {
    expect(terminalSafe('a\u009bb\u007fc\u202ed\u2066e\u2028f')).toBe(
      'a\\u009bb\\u007fc\\u202ed\\u2066e\\u2028f',
    )
    expect(terminalSafe('미중 AI 패권 경쟁 — “23쪽”')).toBe('미중 AI 패권 경쟁 — “23쪽”')
  })

  it('one problem stays one line: newlines and tabs inside data are escaped', () => {
    expect(terminalSafe('x\ny\tz\r')).toBe('x\\u000ay\\u0009z\\u000d')
    expect(terminalSafeLines('a\u001b\nb')).toBe('a\\u001b\nb')
  })
})
