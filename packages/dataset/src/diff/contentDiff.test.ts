import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { checkDataset } from '../check.ts'
import { lineOf, readListing } from '../testing.ts'
import { contentDiff } from './contentDiff.ts'

const minimal = fileURLToPath(new URL('../../fixtures/minimal', import.meta.url))

function checked(edit: (name: string, text: string) => string) {
  const listing = readListing(minimal)
  for (const [name, text] of listing.files) listing.files.set(name, edit(name, text))
  const r = checkDataset(listing)
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'))
  return { r, listing }
}

describe('contentDiff', () => {
  const base = checked((_, t) => t).r

  it('says nothing when only key order and formatting change', () => {
    const { r } = checked((_, t) => `# 주석\n${JSON.stringify(parseDocument(t).toJS(), null, 2)}`)
    expect(contentDiff(base.dataset, base.locate, r.dataset, r.locate)).toEqual([])
  })

  it('names a changed figure with its old and new value, at its line', () => {
    const { r, listing } = checked((n, t) =>
      n === 'figures.yaml' ? t.replace('value: 23', 'value: 24') : t,
    )
    const lines = contentDiff(base.dataset, base.locate, r.dataset, r.locate)
    expect(lines).toHaveLength(1)
    expect(lines[0]?.text).toBe(
      '수치 “시험 수치”(fig-test): 값 23 → 24 — 이 수치가 쓰인 곳: 주요 수치 표, 핵심 수치 카드',
    )
    expect(lines[0]?.file).toBe('data/figures.yaml')
    expect(lines[0]?.line).toBe(lineOf(listing.files.get('figures.yaml') as string, 'id: fig-test'))
  })

  it('a changed figure lists every sentence that refers to it, by item and field', () => {
    const cite = (n: string, t: string) =>
      n === 'judgments.yaml' ? t.replace('basis: 시험 근거', 'basis: 분량은 {fig-test}임') : t
    const before = checked(cite).r
    const { r } = checked((n, t) =>
      cite(n, n === 'figures.yaml' ? t.replace('value: 23', 'value: 24') : t),
    )
    const lines = contentDiff(before.dataset, before.locate, r.dataset, r.locate)
    expect(lines.map((l) => l.text)).toEqual([
      '수치 “시험 수치”(fig-test): 값 23 → 24 — 이 수치가 쓰인 곳: 주요 수치 표, 핵심 수치 카드, 핵심 판단 “시험 판단”(kj-test) 근거 설명',
    ])
  })

  it('lists added and removed items, and meta changes', () => {
    const { r } = checked((n, t) => {
      if (n === 'quotes.yaml') return t.replace('id: q-test', 'id: q-new')
      // The talk shows that quotation: it follows the new id (else data:check refuses it).
      if (n === 'deck.yaml') return t.replaceAll('q-test', 'q-new')
      if (n === 'meta.yaml')
        return t.replace('subtitle: 출처 하나, 비교 하나, 판단 하나', 'subtitle: 새 부제')
      return t
    })
    const texts = contentDiff(base.dataset, base.locate, r.dataset, r.locate).map(
      (l) => `${l.kind} ${l.text}`,
    )
    expect(texts).toEqual([
      'added 새 발언 “시험 화자”(q-new)',
      'changed 슬라이드 “시험 슬라이드 7의 요점입니다”(sl-7): evidence {"kind":"quote","quote":"q-test"} → {"kind":"quote","quote":"q-new"}',
      'removed 삭제된 발언 “시험 화자”(q-test)',
      'changed 기본 정보: 부제 출처 하나, 비교 하나, 판단 하나 → 새 부제',
    ])
  })

  it('names items by the registry’s words and actor fields by the actor’s name', () => {
    const { r } = checked((n, t) => {
      if (n === 'strategies.yaml') return t.replace('summary: 중국 축 요약', 'summary: 새 요약')
      if (n === 'comparison.yaml') return t.replace('china: 중국 위치', 'china: 새 위치')
      if (n === 'meta.yaml') return t.replace('name: 중국', 'name: 중화인민공화국')
      return t
    })
    const texts = contentDiff(base.dataset, base.locate, r.dataset, r.locate).map((l) => l.text)
    expect(texts).toContain(
      '중화인민공화국 전략 축 “중국 축”(cn-test): 요약 중국 축 요약 → 새 요약',
    )
    expect(texts).toContain('비교 항목 “시험 항목”(cmp-test): 중화인민공화국 중국 위치 → 새 위치')
  })
})
