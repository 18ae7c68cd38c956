/**
 * The checked-dataset cache (./checkedCache.ts, issue 17): a second load of the same bytes
 * gives back exactly what the check gave, and data with a problem is checked every time.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkedKey, readChecked } from './checkedCache.ts'
import { defaultDataDir, loadBriefingData, readDatasetDir } from './node.ts'

const work = mkdtempSync(join(tmpdir(), 'briefing-checked-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function copy(name: string): string {
  const dir = join(work, name)
  cpSync(defaultDataDir, dir, { recursive: true })
  return dir
}

const keyOf = (dir: string): string | undefined => {
  const read = readDatasetDir(dir)
  return read.ok ? checkedKey(read.listing, dir) : undefined
}

describe('a dataset checked clean is not checked again', () => {
  it('the kept result is the checked one, member for member; locate still answers', () => {
    const dir = copy('clean')
    process.env.BRIEFING_CHECK_CACHE = 'off'
    const fresh = loadBriefingData(dir)
    delete process.env.BRIEFING_CHECK_CACHE
    expect(readChecked(keyOf(dir))).toBeUndefined()
    const first = loadBriefingData(dir)
    expect(readChecked(keyOf(dir))).toBeDefined()
    const second = loadBriefingData(dir)
    if (!fresh.ok || !first.ok || !second.ok) throw new Error('the shipped dataset is invalid')
    expect(second.dataset).toStrictEqual(fresh.dataset)
    expect(second.fingerprint).toBe(fresh.fingerprint)
    expect(second.locate('figures', ['figures', 0, 'value'])).toEqual(
      fresh.locate('figures', ['figures', 0, 'value']),
    )
  })

  it('one changed byte is a new key; a dataset with a problem is never kept', () => {
    const dir = copy('broken')
    const before = keyOf(dir)
    const file = join(dir, 'figures.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/value: 2\n/, 'value: 두 해\n'))
    const after = keyOf(dir)
    expect(after).not.toBe(before)
    for (let i = 0; i < 2; i++) {
      const r = loadBriefingData(dir)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.problems.length).toBeGreaterThan(0)
    }
    expect(readChecked(after)).toBeUndefined()
  })
})
