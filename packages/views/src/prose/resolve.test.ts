import { fileURLToPath } from 'node:url'
import { checkDataset, type Dataset } from '@briefing/dataset'
import { readListing } from '@briefing/dataset/testing'
import { describe, expect, it } from 'vitest'
import { buildBriefing } from '../briefing.ts'
import { resolveText } from './resolve.ts'

const shipped = fileURLToPath(new URL('../../../../shared-data', import.meta.url))

function shippedDataset(edit?: (name: string, text: string) => string): Dataset {
  const listing = readListing(shipped)
  if (edit) for (const [name, text] of listing.files) listing.files.set(name, edit(name, text))
  const r = checkDataset(listing)
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'))
  return r.dataset
}

describe('prose references, resolved by the views', () => {
  it('replaces references and unwraps {=…}, leaving other braces alone', () => {
    const facts = new Map([['fig-a', '최대 2년']])
    expect(resolveText('격차는 {fig-a}, {=3년}은 우연, { 괄호 }', facts)).toBe(
      '격차는 최대 2년, 3년은 우연, { 괄호 }',
    )
    expect(() => resolveText('{fig-b}', facts)).toThrow(/fig-b/)
  })

  it('no reference mark survives into what the outputs show', () => {
    const json = JSON.stringify(buildBriefing(shippedDataset(), '00000000'))
    expect(json).not.toMatch(/\{(?:=|[a-z0-9]+-[a-z0-9-]+\})/)
  })

  it('a sentence shows the figure exactly as its card does, before and after an edit', () => {
    const dissentOf = (data: Dataset) => {
      const v = buildBriefing(data, '00000000')
      const card = v.figures.find((f) => f.id === 'fig-us-lead-years')?.value as string
      const dissent = v.keyJudgments.find((j) => j.id === 'kj-us-frontier-lead')?.dissent as string
      return { card, dissent }
    }
    const before = dissentOf(shippedDataset())
    // Hand-checked standard forms: qualifier 최대 before the number, unit 년 attached.
    expect(before.card).toBe('최대 2년')
    expect(before.dissent).toContain('당국자는 최대 2년으로')
    const after = dissentOf(
      shippedDataset((name, text) =>
        name === 'figures.yaml'
          ? text.replace(/(id: fig-us-lead-years\n {4}value:) 2\n/, '$1 3\n')
          : text,
      ),
    )
    expect(after.card).toBe('최대 3년')
    expect(after.dissent).toContain('당국자는 최대 3년으로')
    expect(after.dissent).not.toContain('2년')
  })
  it('a judgment referred to from the outlook prints its likelihood words, as its own line does', () => {
    const v = buildBriefing(shippedDataset(), '00000000')
    const judgment = v.keyJudgments.find((j) => j.id === 'kj-china-long-game')
    // roughly-even is the ICD 203 band 45-55 %, written as the views' Korean words.
    expect(judgment?.estimate.startsWith('가능성 반반(45~55%)')).toBe(true)
    const outlook = v.outlook.horizons.find((h) => h.id === 'hz-after-2030')
    const china = outlook?.positions.find((p) => p.actor === 'china')?.text
    expect(china).toContain('우리 판단은 가능성 반반(45~55%)임')
  })
})
