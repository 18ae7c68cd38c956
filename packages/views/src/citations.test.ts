import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { formatCitation, unionCitation } from './citationText.ts'
import { loadBriefing } from './node.ts'

const word = '재인용'

describe('citation text', () => {
  it('numbers only; a mention is named after its document’s number, never numbered', () => {
    expect(formatCitation([1, 3]).text).toBe('[1, 3]')
    expect(formatCitation([], [{ number: 3, names: ['WSJ'], word }]).text).toBe('[3] (WSJ 재인용)')
    expect(
      formatCitation(
        [1],
        [
          { number: 4, names: ['업계 관계자들'], word },
          { number: 3, names: ['미 정부 당국자'], word },
          { number: 4, names: ['리스 맥과이어', '업계 관계자들'], word },
        ],
      ),
    ).toEqual({
      numbers: [1, 3, 4],
      numbersText: '[1, 3, 4]',
      text: '[1, 3, 4] (3: 미 정부 당국자 재인용; 4: 업계 관계자들·리스 맥과이어 재인용)',
      via: [
        { number: 3, names: ['미 정부 당국자'], word },
        { number: 4, names: ['업계 관계자들', '리스 맥과이어'], word },
      ],
    })
  })

  it('a union keeps every name once, and an empty placeholder stays empty', () => {
    const a = formatCitation([2], [{ number: 3, names: ['WSJ'], word }])
    const b = formatCitation([3], [{ number: 3, names: ['WSJ', '로이터통신'], word }])
    expect(unionCitation([a, b, { numbers: [], text: '' }]).text).toBe(
      '[2, 3] (3: WSJ·로이터통신 재인용)',
    )
    expect(unionCitation([{ numbers: [], text: '' }]).text).toBe('')
  })
})

describe('the shipped briefing’s citations', () => {
  const dir = fileURLToPath(new URL('../../../shared-data', import.meta.url))
  const r = loadBriefing(dir)
  if (!r.ok) throw new Error('shipped dataset does not load')
  const v = r.view
  // Read independently of the views: which entries of sources.yaml are seeds, and whose via.
  // (plain text, one "  - id:" block per source: views has no YAML parser of its own)
  const raw = {
    sources: readFileSync(`${dir}/sources.yaml`, 'utf8')
      .split('\n  - id: ')
      .slice(1)
      .map((block) => ({
        id: block.split('\n')[0]?.trim() as string,
        seed: /\n {4}seed: true/.test(block),
        via: /\n {4}via: (\S+)/.exec(block)?.[1],
        name: /\n {4}name: (.+)/.exec(block)?.[1]?.trim(),
      })),
  }
  const seeds = raw.sources.filter((s) => s.seed)

  it('numbers the documents read and nothing else: "4개 자료 기반"', () => {
    expect(v.sources.map((s) => s.id).sort()).toEqual(seeds.map((s) => s.id).sort())
    expect(v.sources.map((s) => s.number)).toEqual([1, 2, 3, 4])
    expect(v.sourceBase.text).toBe(`${seeds.length}개 자료 기반`)
    expect(v.sourceBase.mentions).toBe(raw.sources.length - seeds.length)
  })

  it('lists every mention under the document that cites it, by name, with no invented title', () => {
    for (const s of raw.sources.filter((x) => x.via)) {
      const under = v.sources.find((d) => d.id === s.via)
      const listed = under?.mentions.find((x) => x.id === s.id)
      expect(listed?.text, s.id).toContain(s.name as string)
    }
  })

  it('a judgment’s evidence counts what supports it, not who disputes it', () => {
    // Judgment 6 rests on the blog alone; Brookings and the industry view are its dissent.
    const j = v.keyJudgments.find((x) => x.id === 'kj-china-long-game')
    expect(j?.evidence.key).toBe('blog-only')
    // It cites the blog alone; the dissent cites its own (cold fact-check, session 7: a
    // union beside the statement read as three documents behind it).
    expect(j?.citation.numbers).toHaveLength(1)
    expect(j?.dissentCitation?.numbers.length).toBeGreaterThan(0)
    for (const n of j?.citation.numbers ?? []) expect(j?.dissentCitation?.numbers).not.toContain(n)
  })

  it('judgment 3 cites three documents, not seven sources', () => {
    const j = v.keyJudgments.find((x) => x.id === 'kj-export-controls-double-edged')
    expect(j?.citation.numbers).toHaveLength(3)
    expect(j?.citation.text).toContain('재인용')
    expect(j?.evidence.documents).toBe(3)
  })
})
