import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { checkDataset } from '../check.ts'
import { readListing } from '../testing.ts'
import { canonicalJson } from './fingerprint.ts'

const minimal = fileURLToPath(new URL('../../fixtures/minimal', import.meta.url))

function fingerprintOf(edit: (name: string, text: string) => string): string {
  const listing = readListing(minimal)
  for (const [name, text] of listing.files) listing.files.set(name, edit(name, text))
  const result = checkDataset(listing)
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'))
  return result.fingerprint
}

/** Rewrites a YAML file with reversed key order, flow style and other quoting. */
function reformat(text: string): string {
  const doc = parseDocument(text)
  const reverse = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(reverse)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .reverse()
              .map(([k, x]) => [k, reverse(x)]),
          )
        : v
  return `# reformatted\n${JSON.stringify(reverse(doc.toJS()), null, 4)}\n`
}

describe('fingerprint', () => {
  const base = fingerprintOf((_, t) => t)

  it('is 8 hex digits', () => {
    expect(base).toMatch(/^[0-9a-f]{8}$/)
  })

  it('does not change when keys are reordered, comments added and the YAML restyled', () => {
    const restyled = fingerprintOf((_, t) => reformat(t))
    expect(restyled).toBe(base)
  })

  it('changes when one figure changes', () => {
    const changed = fingerprintOf((name, t) =>
      name === 'figures.yaml' ? t.replace('value: 23', 'value: 24') : t,
    )
    expect(changed).not.toBe(base)
  })

  it('changes when one word of text changes', () => {
    const changed = fingerprintOf((name, t) =>
      name === 'quotes.yaml' ? t.replace('시험 인용문', '시험 인용구') : t,
    )
    expect(changed).not.toBe(base)
  })

  it('canonical JSON sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}')
  })
})
