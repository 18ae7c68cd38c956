import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deckFontCss, glyphCoverage, memoFontFiles } from './index.ts'

describe('fonts', () => {
  it('points at font files that exist, as absolute paths', () => {
    for (const file of [...Object.values(memoFontFiles), deckFontCss]) {
      expect(file.startsWith('/')).toBe(true)
      expect(existsSync(file)).toBe(true)
    }
  })

  it('covers Hangul syllables, Latin and common symbols, but not emoji or Hanja', () => {
    const covers = glyphCoverage()
    for (const ch of '가힣한국어 AIzZ09·–—“”‘’…~%()[]') {
      expect(covers(ch.codePointAt(0) as number), ch).toBe(true)
    }
    for (const ch of ['😀', '中', 'ᄀᆞ']) {
      expect(covers(ch.codePointAt(0) as number), ch).toBe(false)
    }
  })
})
