import { describe, expect, it } from 'vitest'
import { messagesFor } from '../messages/index.ts'
import { chartAltText } from './altText.ts'

const m = messagesFor('ko')
const columns = [
  { key: 'us', label: '미국 우위' },
  { key: 'contested', label: '경합' },
  { key: 'china', label: '중국 우위' },
]

describe('chartAltText', () => {
  it('says per group how many rows, who leads how many and which, actors before 경합, then the rows on one document and on the blog alone', () => {
    const alt = chartAltText(
      '분야별 우위 구도',
      [
        {
          label: '현재 · 기술 수준',
          rows: [
            { dimension: '반도체', leader: 'us', evidence: 'multi' },
            { dimension: '오픈웨이트', leader: 'contested', evidence: 'multi' },
            { dimension: '모델', leader: 'us', evidence: 'single-source' },
            { dimension: '전력', leader: 'china', evidence: 'blog-only' },
          ],
        },
        {
          label: '중장기 · 확산',
          rows: [{ dimension: '표준', leader: 'contested', evidence: 'multi' }],
        },
      ],
      columns,
      m,
    )
    expect(alt).toBe(
      '분야별 우위 구도. ' +
        '현재 · 기술 수준: 4개 분야 중 미국 우위 2개(반도체, 모델), 중국 우위 1개(전력), 경합 1개(오픈웨이트). ' +
        '자료 1건에만 근거한 분야: 모델. ' +
        '필자 미상 블로그 1건에만 근거한 분야: 전력. ' +
        '중장기 · 확산: 1개 분야 중 경합 1개(표준).',
    )
  })

  it('leaves out a column nobody leads in and a group without single-source rows', () => {
    const alt = chartAltText(
      '제목',
      [{ label: 'A', rows: [{ dimension: 'x', leader: 'china', evidence: 'multi' }] }],
      columns,
      m,
    )
    expect(alt).toBe('제목. A: 1개 분야 중 중국 우위 1개(x).')
  })
})
