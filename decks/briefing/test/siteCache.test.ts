/**
 * The kept sites (scripts/siteCache.ts, issue 17): which one a build may reuse, what the
 * build says when it may not, and that only the last few are kept.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { copyKeptSite, keepSite, keptSite, type SiteKey } from '../scripts/siteCache.ts'

const work = mkdtempSync(join(tmpdir(), 'briefing-site-cache-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const hex = (c: string): string => c.repeat(64)
const key = (code: string, plan: string): SiteKey => ({ code: hex(code), plan: hex(plan) })

function site(name: string): string {
  const dir = join(work, 'built', name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.html'), `<html>${name}</html>`)
  return dir
}

describe('kept sites', () => {
  it('reuses the site of the same key and says why it cannot otherwise', () => {
    const cache = join(work, 'one')
    expect(keptSite(key('a', 'b'), false, cache)).toEqual({
      why: 'no site was kept from an earlier build',
    })
    keepSite(site('ab'), key('a', 'b'), cache)
    const found = keptSite(key('a', 'b'), false, cache)
    expect(found).toHaveProperty('path')
    const to = join(work, 'copied')
    copyKeptSite((found as { path: string }).path, to)
    expect(readdirSync(to)).toEqual(['index.html'])
    expect(keptSite(key('a', 'b'), true, cache)).toEqual({
      why: 'a full build was asked for (--force)',
    })
    expect(keptSite(key('a', 'c'), false, cache)).toEqual({
      why: 'the slide plan changed (slides added, removed or reordered)',
    })
    expect(keptSite(key('d', 'b'), false, cache)).toEqual({
      why: 'the deck code, styles or packages changed',
    })
  })

  it('keeps the four used last, and leaves no temporary folder', () => {
    const cache = join(work, 'many')
    const plans = ['1', '2', '3', '4', '5']
    plans.forEach((p, i) => {
      keepSite(site(p), key('a', p), cache)
      // Distinct times: one build after another, as a person makes them.
      const t = new Date(Date.UTC(2026, 0, 1, 0, 0, i))
      utimesSync(join(cache, `${hex('a').slice(0, 16)}-${hex(p).slice(0, 16)}`), t, t)
    })
    keepSite(site('6'), key('a', '6'), cache)
    const kept = readdirSync(cache).sort()
    expect(kept).toHaveLength(4)
    expect(kept.some((n) => n.endsWith(hex('1').slice(0, 16)))).toBe(false)
    expect(kept.some((n) => n.endsWith(hex('2').slice(0, 16)))).toBe(false)
    expect(kept.some((n) => n.includes('.tmp-'))).toBe(false)
  })
})
