import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkDataset } from './check.ts'
import { renderMessage } from './messages/catalogue.ts'
import { lineOf, readListing } from './testing.ts'

/** The actors of meta.yaml decide the keys and words of the files that name actors. */
const minimal = fileURLToPath(new URL('../fixtures/minimal', import.meta.url))

function checkWith(edits: Record<string, (text: string) => string>) {
  const listing = readListing(minimal)
  const texts: Record<string, string> = {}
  for (const [file, edit] of Object.entries(edits)) {
    texts[file] = edit(listing.files.get(file) as string)
    listing.files.set(file, texts[file])
  }
  const result = checkDataset(listing)
  // Messages are data; these tests read them in English, the catalogue's other language.
  const problems = (result.ok ? [] : result.problems).map((p) => ({
    ...p,
    message: renderMessage(p.message, 'en'),
  }))
  return { problems, texts }
}

const EU = `  - id: eu\n    name: EU\n    short: EU\n    colour: "#2e6b3f"\n    marker: triangle\n`
const addEu = (t: string) => t.replace('classification:', `${EU}classification:`)

describe('actors are declared in meta.yaml and used by id', () => {
  it('a leader that is not a declared actor is refused where it is written', () => {
    const { problems, texts } = checkWith({
      'comparison.yaml': (t) => t.replace('leader: us', 'leader: eu'),
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]?.file).toBe('data/comparison.yaml')
    expect(problems[0]?.line).toBe(lineOf(texts['comparison.yaml'] as string, 'leader: eu'))
    expect(problems[0]?.message).toMatch(/us.*china.*contested/)
  })

  it('a row needs a text for every actor, and a key that is no actor is refused', () => {
    const { problems } = checkWith({
      'comparison.yaml': (t) => t.replace('china: 중국 위치', 'chna: 중국 위치'),
    })
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([expect.stringContaining('chna')]),
    )
    expect(problems.some((p) => /china/.test(p.message) || /china/.test(p.path))).toBe(true)
  })

  it('a third actor in meta.yaml makes its key required in rows, strategies and the outlook', () => {
    const { problems } = checkWith({ 'meta.yaml': addEu })
    const files = new Set(problems.map((p) => p.file))
    expect([...files].sort()).toEqual([
      'data/comparison.yaml',
      'data/outlook.yaml',
      'data/strategies.yaml',
    ])
  })

  it('accepts the third actor once every file gives its part', () => {
    const { problems } = checkWith({
      'meta.yaml': addEu,
      'comparison.yaml': (t) =>
        t.replace('china: 중국 위치', 'china: 중국 위치\n        eu: EU 위치'),
      'outlook.yaml': (t) => t.replace('china: 중국 전망', 'china: 중국 전망\n    eu: EU 전망'),
      'strategies.yaml': (t) =>
        `${t}eu:\n  overview: EU 전략 개요\n  pillars:\n    - id: eu-test\n      title: EU 축\n      summary: EU 축 요약\n      sources: [src-test]\n`,
      'timeline.yaml': (t) => t.replace('country: us', 'country: eu'),
    })
    expect(problems).toEqual([])
  })

  it('two actors with the same marker shape are refused (the chart must read in grey)', () => {
    const { problems } = checkWith({
      'meta.yaml': (t) => t.replace('marker: square', 'marker: circle'),
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]?.message).toMatch(/marker/)
  })

  it('an actor id that is a reserved word is refused', () => {
    const { problems } = checkWith({
      'meta.yaml': (t) => t.replace('id: china', 'id: both'),
    })
    expect(problems.some((p) => p.file === 'data/meta.yaml' && /both/.test(p.message))).toBe(true)
  })

  it('an actor id that is a field name of a row is refused', () => {
    const { problems } = checkWith({
      'meta.yaml': (t) => t.replace('id: china', 'id: summary'),
    })
    expect(problems.some((p) => p.file === 'data/meta.yaml' && /field name/.test(p.message))).toBe(
      true,
    )
  })

  it('an unreadable actors list is one problem in meta.yaml, not one per row elsewhere', () => {
    const { problems } = checkWith({
      'meta.yaml': (t) =>
        t.replace(/actors:[\s\S]*?classification:/, 'actors: 미국과 중국\nclassification:'),
    })
    expect(problems.map((p) => p.file)).toEqual(['data/meta.yaml'])
  })
})
