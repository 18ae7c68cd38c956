import { describe, expect, it } from 'vitest'
import { parseArgs, usage } from './usage.ts'

describe('data:* arguments', () => {
  it('--help is help, not a folder named "--help"', () => {
    expect(parseArgs(['check', '--help'])).toMatchObject({ ok: true, command: 'check', help: true })
    expect(usage('check', 'ko')).toMatch(/^사용법: pnpm data:check \[폴더\]/)
    expect(usage('check', 'en')).toMatch(/^usage: pnpm data:check \[dir\]/)
  })

  it('--lang en and a folder, in either order; a bad option is said in Korean', () => {
    expect(parseArgs(['check', '--lang', 'en', 'data'])).toMatchObject({
      ok: true,
      lang: 'en',
      positional: ['data'],
    })
    expect(parseArgs(['check', 'data', '--lang=ko'])).toMatchObject({ lang: 'ko' })
    expect(parseArgs(['check', '--lang', 'fr'])).toMatchObject({ ok: false })
    expect(parseArgs(['check', '--verbose'])).toEqual({
      ok: false,
      command: 'check',
      error: '알 수 없는 옵션: --verbose (--help로 사용법을 보세요)',
    })
  })

  it('every command has Korean usage', () => {
    for (const c of ['check', 'fingerprint', 'diff', 'schema'] as const)
      expect(usage(c, 'ko')).toMatch(/^사용법: pnpm data:/)
  })
})
