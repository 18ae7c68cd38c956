import { describe, expect, it } from 'vitest'
import { breakerFor, breakWord, LONG_TOKEN_EM } from './lineBreaking.ts'

/** Where a word may break: the pieces joined, with '|' at every hyphen-free break. */
const breaks = (word: string, breaker = breakWord) =>
  breaker(word)
    .map((p) => (p === '' ? '|' : p))
    .join('')

// Made-up words only: renderer sources hold no phrase of the dataset.
describe('breakWord', () => {
  it('keeps Korean words (eojeol) whole', () => {
    for (const word of ['하늘을', '바다와', '나무들이', '(괄호', '끝)'])
      expect(breakWord(word)).toEqual([word])
  })

  it('keeps Latin words and mixed tokens whole: no hyphenation, no split at the script change', () => {
    for (const word of ['hyphenation', 'ABC의', 'XYZ·QRS', 'V-2', '(lorem', 'ipsum)과']) {
      expect(breakWord(word)).toEqual([word])
    }
  })

  it('breaks URLs after / ? & = # _ - and never adds a hyphen', () => {
    const url = 'https://www.example.org/articles/some-long-path/?utm_source=x&y=1#top'
    expect(breaks(url)).toBe(
      'https://|www.example.org/|articles/|some-|long-|path/|?|utm_|source=|x&|y=|1#|top',
    )
    expect(breakWord(url).join('')).toBe(url)
  })

  it('breaks an over-long token at its joints, then between characters', () => {
    const token = '가나다·라마바사아자·차카타파·하가나다라를'
    expect(breaks(token)).toBe('가나다·|라마바사아자·|차카타파·|하가나다라를')
    expect(breaks('가나다라마바사', breakerFor(4))).toBe('가|나|다|라|마|바|사')
    const latin = 'a'.repeat(LONG_TOKEN_EM * 3)
    expect(breakWord(latin).join('')).toBe(latin)
    expect(breakWord(latin).length).toBeGreaterThan(1)
  })

  it('returns no piece for an empty word', () => {
    expect(breakWord('')).toEqual([])
  })
})
