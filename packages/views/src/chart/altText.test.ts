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
  it('says per group how many rows, who leads how many and which, actors before 경합', () => {
    const alt = chartAltText(
      '분야별 우위 구도',
      [
        {
          label: '현재 · 기술 수준',
          rows: [
            { dimension: '반도체', leader: 'us', sources: 2 },
            { dimension: '오픈웨이트', leader: 'contested', sources: 3 },
            { dimension: '모델', leader: 'us', sources: 1 },
            { dimension: '전력', leader: 'china', sources: 2 },
          ],
        },
        { label: '중장기 · 확산', rows: [{ dimension: '표준', leader: 'contested', sources: 2 }] },
      ],
      columns,
      m,
    )
    expect(alt).toBe(
      '분야별 우위 구도. ' +
        '현재 · 기술 수준: 4개 분야 중 미국 우위 2개(반도체, 모델), 중국 우위 1개(전력), 경합 1개(오픈웨이트). ' +
        '단일 출처에 근거한 분야: 모델. ' +
        '중장기 · 확산: 1개 분야 중 경합 1개(표준).',
    )
  })

  it('leaves out a column nobody leads in and a group without single-source rows', () => {
    const alt = chartAltText(
      '제목',
      [{ label: 'A', rows: [{ dimension: 'x', leader: 'china', sources: 2 }] }],
      columns,
      m,
    )
    expect(alt).toBe('제목. A: 1개 분야 중 중국 우위 1개(x).')
  })
})
