import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadBriefingData } from './node.ts'
import type { Dataset } from './schema/dataset.ts'
import { walk } from './validate/walk.ts'

const shipped = fileURLToPath(new URL('../../../shared-data', import.meta.url))

function load(): Dataset {
  const r = loadBriefingData(shipped)
  if (!r.ok)
    throw new Error(
      r.problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.path} ${p.message}`).join('\n'),
    )
  return r.dataset
}

/** Every object in the dataset that states something: it has an id and is not a source or group. */
function claims(data: Dataset): Array<{ id: string; sources?: unknown }> {
  const out: Array<{ id: string; sources?: unknown }> = []
  for (const [section, value] of Object.entries(data)) {
    // Terms are words, not claims: they carry no sources. The talk (deck.yaml) is the
    // deck's own words over the facts: its slides cite what their evidence cites.
    if (['sources', 'meta', 'terms', 'deck'].includes(section)) continue
    walk(value, (v) => {
      if (
        v &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        'id' in v &&
        !('rows' in v) &&
        !('positions' in v)
      ) {
        out.push(v as { id: string; sources?: unknown })
      }
    })
  }
  return out
}

describe('the shipped dataset (shared-data/)', () => {
  const data = load()

  it('is valid, including glyph coverage of the embedded fonts', () => {
    expect(data.meta.language).toBe('ko')
  })

  it('reads the four seed documents directly', () => {
    const seeds = data.sources.sources.filter((s) => s.seed)
    expect(seeds).toHaveLength(4)
    expect(new Set(seeds.map((s) => s.kind))).toEqual(
      new Set(['column', 'blog', 'news', 'think-tank-summary']),
    )
  })

  it('records second-hand sources with the seed they came through', () => {
    const cited = data.sources.sources.filter((s) => !s.seed)
    expect(cited.length).toBeGreaterThanOrEqual(8)
    const seedIds = new Set(data.sources.sources.filter((s) => s.seed).map((s) => s.id))
    for (const s of cited) expect(seedIds.has(s.via as string), s.id).toBe(true)
  })

  it('gives every claim at least one source that exists', () => {
    const ids = new Set(data.sources.sources.map((s) => s.id))
    const all = claims(data)
    expect(all.length).toBeGreaterThan(50)
    for (const c of all) {
      expect(Array.isArray(c.sources) && c.sources.length > 0, c.id).toBe(true)
      for (const s of c.sources as string[]) expect(ids.has(s), `${c.id} → ${s}`).toBe(true)
    }
  })

  it('shows the sources disagreeing on the size of the US lead, not averaged', () => {
    const figure = data.figures.figures.find((f) => f.id === 'fig-us-lead-years')
    expect(figure).toMatchObject({ value: 2, unit: '년', qualifier: '최대' })
    const lead = data.outlook.disagreements.find((d) =>
      d.positions.some((p) => p.view.includes('{fig-us-lead-years}')),
    )
    expect(lead, 'a disagreement about the lead of up to two years').toBeDefined()
    expect(lead?.positions.some((p) => /개월/.test(p.view))).toBe(true)
  })

  it('marks our own analysis as analyst judgment', () => {
    expect(data.recommendations.implications.every((i) => i.origin === 'analyst')).toBe(true)
  })

  it('flags every date worked out from a relative phrase, with its basis', () => {
    const inferred = data.timeline.events.filter((e) => e.dateInferred)
    expect(inferred.length).toBeGreaterThan(0)
    for (const e of inferred) expect(e.dateBasis, e.id).toBeTruthy()
  })
})
