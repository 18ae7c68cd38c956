/**
 * Issue 17: after a content edit the deck's build reuses the site kept from the last build
 * (decks/briefing/scripts/siteCache.ts) and writes only the new content into it. That fast
 * path must make exactly what a forced full build makes, and the kept site must hold no
 * content at all: a fact compiled into the site would survive the edit.
 *
 * Three deck builds into scratch folders, with their own site cache:
 *   A  the shipped data, forced (Vite runs and keeps the site)
 *   B  one figure edited, not forced (the site of A is reused)
 *   C  the same edit, forced (Vite runs again)
 * B and C must be the same bytes; B must show the edit and A must not. The memo must be the
 * same bytes by its fast path (the bundle `pnpm build` runs, reading the check kept by B)
 * and forced (the bundle and the source through tsx, each checking the data afresh).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readDatasetDir } from '@briefing/dataset/node'
import { loadBriefing } from '@briefing/views/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkedKey, readChecked } from '../../packages/dataset/src/checkedCache.ts'
import { bundleIsFresh } from '../../reports/policy-memo/scripts/runBuild.mjs'
import { normalise, pdfText } from './support/outputs.ts'
import { root, run, tsx } from './support/run.ts'

const work = mkdtempSync(join(tmpdir(), 'briefing-fast-rebuild-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const siteCache = join(work, 'site-cache')
const data = join(work, 'data')

const DECK_FILES = ['index.html', 'briefing.pdf', 'briefing-handout.pdf', 'speaker-notes.json']
const OLD = '최대 2년'
const NEW = '최대 4년'

async function deckBuild(out: string, forced: boolean): Promise<string> {
  const env = {
    BRIEFING_DATA: data,
    BRIEFING_SITE_CACHE: siteCache,
    BRIEFING_FULL_BUILD: forced ? '1' : '',
  }
  const r = await run(tsx, ['decks/briefing/scripts/build.ts', '--out', out], env, 300_000)
  if (r.code !== 0) throw new Error(`deck build failed:\n${r.stderr}${r.stdout}`)
  return r.stdout
}

const bytes = (dir: string, file: string): Buffer => readFileSync(join(dir, file))

describe('a content edit rebuilds the deck by the fast path, to the same bytes', () => {
  const out = { a: join(work, 'a'), b: join(work, 'b'), c: join(work, 'c') }
  const log = { a: '', b: '', c: '' }

  beforeAll(async () => {
    cpSync(join(root, 'shared-data'), data, { recursive: true })
    log.a = await deckBuild(out.a, true)
    // As an analyst would: one number changed in figures.yaml and nowhere else.
    const file = join(data, 'figures.yaml')
    const text = readFileSync(file, 'utf8')
    const edited = text.replace(/(- id: fig-us-lead-years\n {4}value:) 2\n/, '$1 4\n')
    if (edited === text) throw new Error('fig-us-lead-years no longer reads "value: 2"')
    writeFileSync(file, edited)
    log.b = await deckBuild(out.b, false)
    log.c = await deckBuild(out.c, true)
  }, 600_000)

  it('takes the path it says: Vite for A and C, the kept site for B', () => {
    expect(log.a).toContain('building the site with Vite: a full build was asked for')
    expect(log.a).not.toContain('site reused')
    expect(log.b).toContain('site reused, content written in (only the content changed')
    expect(log.b).not.toContain('building the site with Vite')
    expect(log.c).toContain('building the site with Vite: a full build was asked for')
  })

  it('the fast path and the full build write the same bytes', () => {
    for (const file of DECK_FILES) {
      const same = bytes(out.b, file).equals(bytes(out.c, file))
      expect(same, `${file}: fast path ≠ full build`).toBe(true)
    }
  })

  it('the edit reached the site, the deck PDF and the handout; the old value is gone', async () => {
    expect(bytes(out.a, 'index.html').equals(bytes(out.b, 'index.html'))).toBe(false)
    for (const pdf of ['briefing.pdf', 'briefing-handout.pdf']) {
      const before = normalise(await pdfText(join(out.a, pdf)))
      const after = normalise(await pdfText(join(out.b, pdf)))
      expect(before, `${pdf} of A`).toContain(normalise(OLD))
      expect(after, `${pdf} of B`).toContain(normalise(NEW))
      expect(after, `${pdf} of B`).not.toContain(normalise(OLD))
    }
  })

  it('the kept site holds no content: no title, no figure, no note', () => {
    const kept = readdirSync(siteCache).filter((n) => /^[0-9a-f]{16}-[0-9a-f]{16}$/.test(n))
    expect(kept).toHaveLength(1)
    const site = readFileSync(join(siteCache, kept[0] as string, 'index.html'), 'utf8')
    const loaded = loadBriefing(data)
    if (!loaded.ok) throw new Error('the edited dataset is invalid')
    const view = loaded.view
    const empty = '<script type="application/json" id="briefing-data"></script>'
    expect(site.includes(empty), 'the kept site has an empty data element').toBe(true)
    // includes(), not toContain(): a failure would print the whole 5 MB site.
    for (const text of [
      view.header.title,
      view.talk.slides[0]?.headline ?? 'missing headline',
      OLD,
      NEW,
      view.stamp.fingerprint,
    ])
      expect(site.includes(text), `the kept site contains "${text}"`).toBe(false)
  })
})

describe('the memo by the fast path and by --force make the same PDF', () => {
  it('after the same edit: the bundle with the kept check, and the source and the bundle forced', async () => {
    // Else runBuild.mjs runs the source too, and the comparison proves nothing.
    expect(bundleIsFresh(), 'the memo bundle is stale: run pnpm build').toBe(true)
    // The fast path reads the check kept by build B (not forced) of the edited data.
    const read = readDatasetDir(data)
    if (!read.ok) throw new Error('the edited dataset cannot be read')
    expect(readChecked(checkedKey(read.listing, data)), 'no kept check').toBeDefined()
    const memo = async (name: string, command: string, args: string[], forced: boolean) => {
      const out = join(work, `memo-${name}.pdf`)
      const env = { BRIEFING_DATA: data, BRIEFING_FULL_BUILD: forced ? '1' : '' }
      const r = await run(command, [...args, '--out', out], env, 180_000)
      expect(r.code, r.stderr).toBe(0)
      return readFileSync(out)
    }
    const bundle = ['reports/policy-memo/scripts/runBuild.mjs']
    const fast = await memo('fast', process.execPath, bundle, false)
    const forced = await memo('forced', process.execPath, bundle, true)
    const source = await memo('source', tsx, ['reports/policy-memo/src/cli/build.ts'], true)
    expect(fast.equals(forced), 'memo: fast path ≠ --force').toBe(true)
    expect(fast.equals(source), 'memo: bundle ≠ source').toBe(true)
    expect(normalise(await pdfText(join(work, 'memo-fast.pdf')))).toContain(normalise(NEW))
  })
})
