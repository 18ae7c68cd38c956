import type { Dataset } from '@briefing/dataset'
import { describe, expect, it } from 'vitest'
import type { SourceNumbers } from './citations.ts'
import { weigher } from './evidence.ts'
import { messagesFor } from './messages/index.ts'

const m = messagesFor('ko')

/** Four documents read and two outlets they cite; only `sources` is read by the weigher. */
const sources = [
  { id: 'think', kind: 'think-tank-summary', title: '연구', date: '2026', seed: true },
  { id: 'blog', kind: 'blog', title: '블로그 글', date: '2025', seed: true },
  { id: 'paper', kind: 'news', title: '기사', date: '2025', seed: true },
  { id: 'col', kind: 'column', title: '칼럼', date: '2025', seed: true },
  { id: 'wsj', kind: 'news-report', name: 'WSJ', date: '2025', via: 'paper' },
  { id: 'official', kind: 'remarks', name: '당국자', date: '2025', via: 'col' },
] as const
const data = { sources: { sources } } as unknown as Dataset
const numbers: SourceNumbers = {
  number: new Map([
    ['think', 1],
    ['blog', 2],
    ['paper', 3],
    ['col', 4],
    ['wsj', 3],
    ['official', 4],
  ]),
  mention: new Map([
    ['wsj', 'WSJ'],
    ['official', '당국자'],
  ]),
}
const weigh = weigher(data, numbers, m)

describe('the evidence base of a row, from its sources', () => {
  it('a row on the blog alone is blog-only, marked, one document', () => {
    expect(weigh(['blog'])).toEqual({
      key: 'blog-only',
      label: '자료 1건 · 블로그',
      mark: '블로그 1건',
      documents: 1,
      numbers: [2],
      kinds: ['blog'],
      secondHand: [],
    })
  })

  it('a row on three documents is multi and unmarked; a mention counts as its document, second-hand', () => {
    expect(weigh(['blog', 'wsj', 'think', 'official', 'col'])).toEqual({
      key: 'multi',
      label: '자료 4건 · 연구기관 요약·블로그·신문(재인용)·칼럼',
      mark: '',
      documents: 4,
      numbers: [1, 2, 3, 4],
      kinds: ['think-tank-summary', 'blog', 'news', 'column'],
      secondHand: [3],
    })
  })

  it('two mentions inside one document are one document, single-source', () => {
    const e = weigh(['wsj', 'paper'])
    expect(e.key).toBe('single-source')
    expect(e.documents).toBe(1)
    expect(e.label).toBe('자료 1건 · 신문')
    expect(e.mark).toBe('자료 1건')
  })
})
