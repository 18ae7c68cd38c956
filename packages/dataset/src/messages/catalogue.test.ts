import { describe, expect, it } from 'vitest'
import { CATALOGUE, isMessageKey, msg, renderMessage } from './catalogue.ts'
import { josa } from './korean.ts'

describe('the message catalogue', () => {
  it('every Korean message is Korean and every English one is not', () => {
    // Parameters that exercise every branch an entry may take.
    const sample = {
      hint: 'x',
      expected: 'text',
      got: { kind: 'text', text: 'v' },
      options: ['a'],
      known: ['a'],
      kind: 'source',
      what: 'event',
      name: 'a.yaml',
      columns: [4],
      bytes: 2e6,
      max: 1e6,
      length: 5000,
      count: 31,
      min: 1,
      detail: 'zod says so',
      names: ['a.yaml'],
      pillars: ['a'],
    }
    // Any other parameter is a short text; `kind` and `what` name a reference kind, which
    // differs between the prose references and deck.yaml's evidence.
    for (const key of Object.keys(CATALOGUE)) {
      if (!isMessageKey(key)) throw new Error(key)
      const deck = key.startsWith('deck.')
      const params = new Proxy(
        { ...sample, ...(deck ? { kind: 'judgment', what: 'judgment' } : {}) },
        { get: (target, k) => (k in target ? target[k as keyof typeof target] : 'x') },
      )
      const ko = renderMessage({ key, params } as never, 'ko')
      const en = renderMessage({ key, params } as never, 'en')
      expect(ko, key).toMatch(/[가-힣]/)
      expect(en, key).not.toMatch(/[가-힣]/)
    }
  })

  it('renders the house examples', () => {
    expect(
      renderMessage(
        msg('ref.unknown', {
          kind: 'source',
          ref: 'wsj-2025-07',
          hint: 'wsj-2025-11',
          known: [],
        }),
      ),
    ).toBe('알 수 없는 출처 "wsj-2025-07" — "wsj-2025-11"을 뜻하셨나요?')
    expect(renderMessage(msg('number.expected', { got: '2년', number: '2', unit: '년' }))).toBe(
      '숫자가 필요합니다: "2년" → 2 (단위는 unit에)',
    )
    expect(
      renderMessage(msg('number.expected', { got: '1,000,000', number: '1000000', commas: true })),
    ).toBe('숫자가 필요합니다: "1,000,000" → 쉼표 없이 1000000으로')
  })

  it('English on request', () => {
    expect(renderMessage(msg('yaml.tab'), 'en')).toBe(
      'a tab is used for indentation; YAML needs spaces',
    )
  })

  it('knows its keys', () => {
    expect(isMessageKey('text.empty')).toBe(true)
    expect(isMessageKey('must not be empty')).toBe(false)
    expect(isMessageKey('toString')).toBe(false)
  })
})

describe('josa: the particle follows the word', () => {
  it('Hangul with and without a final consonant, and ㄹ before 으로', () => {
    expect(josa('출처', '이')).toBe('출처가')
    expect(josa('판단', '이')).toBe('판단이')
    expect(josa('목록', '을')).toBe('목록을')
    expect(josa('서울', '으로')).toBe('서울로')
    expect(josa('부산', '으로')).toBe('부산으로')
  })

  it('digits as read in Korean; Latin words get both forms', () => {
    expect(josa('1000000', '으로')).toBe('1000000으로')
    expect(josa('"wsj-2025-11"', '을')).toBe('"wsj-2025-11"을')
    expect(josa('"2025-07"', '이')).toBe('"2025-07"이')
    expect(josa('"src-test"', '을')).toBe('"src-test"을(를)')
    expect(josa('글(텍스트)', '이')).toBe('글(텍스트)이')
  })
})
