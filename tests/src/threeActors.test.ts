import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BriefingView } from '@briefing/views'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBoth, missingStrings } from './support/buildTo.ts'
import { normalise, type Outputs } from './support/outputs.ts'
import { root } from './support/run.ts'

/**
 * Actors are data: a briefing with three actors (미국, 중국, EU) on another topic, from
 * the synthetic fixture tests/fixtures/three-actors/, builds both outputs with the same
 * scripts `pnpm build` runs, and they pass the same consistency proof as edition 1.
 */
const fixture = join(root, 'tests/fixtures/three-actors')
const work = mkdtempSync(join(tmpdir(), 'briefing-three-actors-'))
let view: BriefingView
let out: Outputs

beforeAll(async () => {
  ;({ view, out } = await buildBoth(fixture, work))
}, 600_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('a briefing with three actors', () => {
  it('has the three actors of its meta.yaml, in order', () => {
    expect(view.actors.map((a) => a.name)).toEqual(['미국', '중국', 'EU'])
  })

  it('both outputs show every item of the views, in the views’ words', () => {
    expect(missingStrings(view, out)).toEqual([])
  })

  it('shows each actor’s column and “who leads” words in both outputs', () => {
    for (const a of view.actors) {
      expect(out.memoBody, `memo: ${a.leads}`).toContain(normalise(a.leads))
      expect(out.deckSlides, `deck: ${a.leads}`).toContain(normalise(a.leads))
    }
    // The third actor's texts of a row, in both.
    const row = view.comparison[0]?.rows[1]
    const eu = row?.positions.find((p) => p.actor === 'eu')?.text ?? '(none)'
    expect(out.memoBody).toContain(normalise(eu))
    expect(out.deckSlides).toContain(normalise(eu))
  })

  it('marks the third actor in the chart by its own shape and colour', () => {
    const eu = view.actors[2]
    const triangles = view.chart.shapes.filter((s) => s.kind === 'polygon' && s.fill === eu?.colour)
    // one row led by EU and its legend entry
    expect(triangles.length).toBe(2)
    expect(view.chart.caption).toContain(`▲ ${eu?.leads}`)
  })
})
