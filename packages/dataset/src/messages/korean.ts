/**
 * Korean particles after a word the analyst wrote: 을/를, 이/가, 은/는, 으로/로 depend on
 * whether the last syllable has a final consonant (받침). For words that do not end in
 * Hangul (ids, numbers, Latin), both forms are shown as "을(를)", the house style.
 */
type Pair = readonly [withFinal: string, withoutFinal: string]

const PAIRS = {
  을: ['을', '를'],
  이: ['이', '가'],
  은: ['은', '는'],
  으로: ['으로', '로'],
} as const satisfies Record<string, Pair>

type Final = 'none' | 'rieul' | 'other'
const DIGIT_FINAL: readonly Final[] = [
  'other',
  'rieul',
  'none',
  'other',
  'none',
  'none',
  'other',
  'rieul',
  'rieul',
  'none',
]

export type Particle = keyof typeof PAIRS

export function josa(word: string, particle: Particle): string {
  const [withFinal, without] = PAIRS[particle]
  // The particle follows how the word is read: without a closing quote or a trailing
  // parenthesis ("글(텍스트)" is read 글).
  const read = word
    .trimEnd()
    .replace(/\([^()]*\)$/, '')
    .replace(/["'“”]+$/, '')
  const last = read.at(-1)
  const code = last?.codePointAt(0) ?? 0
  // A digit is read in Korean: 영 일 이 삼 사 오 육 칠 팔 구.
  if (last !== undefined && last >= '0' && last <= '9') {
    const final = DIGIT_FINAL[Number(last)] as Final
    if (final === 'none' || (particle === '으로' && final === 'rieul')) return word + without
    return word + withFinal
  }
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28
    // 으로/로: a final ㄹ (index 8) takes 로, like a word without a final consonant.
    if (particle === '으로' && final === 8) return word + without
    return word + (final === 0 ? without : withFinal)
  }
  return particle === '으로' ? `${word}(으)로` : `${word}${withFinal}(${without})`
}
