import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { CHROMIUM_ARGS, chromiumPath } from '../../decks/briefing/scripts/chromium.ts'
import { badSlides, inspectSlides } from '../../decks/briefing/test/slideCheck.ts'
import { DECK_CASES } from './corpus/hostileDeck.ts'
import { buildBoth } from './support/buildTo.ts'
import { normalise, type Outputs } from './support/outputs.ts'
import { root } from './support/run.ts'
import { serveStatic } from './support/serve.ts'

/**
 * Issue 15, classes A, B and H on the deck side: every case of corpus/hostileDeck.ts in one
 * dataset. The build must succeed (valid data never crashes it), and in the built deck,
 * opened in Chromium, every string shows as typed — on its slide, as a slide title in the
 * go-to dialog and the overview, as the page title and og:title — and nothing runs.
 */
const work = mkdtempSync(join(tmpdir(), 'briefing-hostile-deck-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function hostileDataset(): string {
  const dir = join(work, 'data')
  cpSync(join(root, 'shared-data'), dir, { recursive: true })
  for (const c of DECK_CASES) {
    const file = join(dir, c.file)
    const doc = parseDocument(readFileSync(file, 'utf8'))
    if (!doc.hasIn(c.path)) throw new Error(`corpus: ${c.file} has no ${c.path.join('.')}`)
    doc.setIn(c.path, c.value)
    writeFileSync(file, doc.toString())
  }
  return dir
}

/** Slide text in the PDF has its line breaks where the layout wants them. */
const flat = (text: string): string => normalise(text.replace(/\n/g, ' '))
const pwned = (): string[] => Object.keys(window).filter((k) => k.startsWith('__pwned'))

let out: Outputs
let deckDir: string
beforeAll(async () => {
  const outDir = join(work, 'out')
  deckDir = join(outDir, 'deck')
  // Throws with the build's output when a build fails: class B.
  out = (await buildBoth(hostileDataset(), outDir)).out
}, 600_000)

describe('hostile text in titles, headers and cells of the deck (issue 15, A and B)', () => {
  it(`builds, and every one of ${DECK_CASES.length} strings is on a slide as typed`, () => {
    for (const c of DECK_CASES) expect(out.deckSlides, c.name).toContain(flat(c.value))
  })

  it('every slide keeps everything inside it, long unbroken strings included (H)', async () => {
    const server = await serveStatic(deckDir)
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      const count = (
        JSON.parse(readFileSync(join(deckDir, 'speaker-notes.json'), 'utf8')) as unknown[]
      ).length
      const bad = badSlides(await inspectSlides(page, server.url, count))
      expect(bad).toEqual([])
    } finally {
      await browser.close()
      await server.close()
    }
  }, 600_000)

  it('the page title and og:title are the dataset title, literally', () => {
    const title = DECK_CASES.find((c) => c.path.join('.') === 'title')?.value ?? ''
    const html = readFileSync(join(deckDir, 'index.html'), 'utf8')
    const escaped = title
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/'/g, '&#39;')
    expect(html).toContain(`<title>${escaped}</title>`)
    expect(html).toContain(`<meta property="og:title" content="${escaped}">`)
  })

  it('in Chromium nothing runs, with the go-to dialog, overview and presenter open', async () => {
    const server = await serveStatic(deckDir)
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      const dialogs: string[] = []
      page.on('dialog', (d) => {
        dialogs.push(d.message())
        void d.dismiss()
      })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      const title = DECK_CASES.find((c) => c.path.join('.') === 'title')?.value ?? ''
      const titled = DECK_CASES.filter((c) => c.title)

      await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
      expect(await page.title()).toBe(title)
      // The go-to dialog (`g`) renders each matching slide's title: search every title.
      const shown: string[] = []
      for (const c of titled) {
        await page.keyboard.press('g')
        await page.waitForSelector('#slidev-goto-input:not([disabled])')
        // Slidev's dialog filters on each input event; typed slowly so every one lands.
        await page.keyboard.type(c.value.slice(0, 6), { delay: 40 })
        const list = page.locator('#slidev-goto-dialog .autocomplete-list')
        await list.waitFor({ timeout: 10_000 })
        shown.push((await list.textContent()) ?? '')
        expect(await page.evaluate(pwned), `go-to dialog for ${c.name}`).toEqual([])
        await page.keyboard.press('Escape')
      }
      const dialogText = normalise(shown.join('\n'))
      for (const c of titled)
        expect(dialogText, `go-to dialog shows ${c.name}`).toContain(flat(c.value))

      await page.goto(`${server.url}/overview`, { waitUntil: 'networkidle' })
      const overview = normalise(await page.evaluate(() => document.body.textContent ?? ''))
      for (const c of titled) expect(overview, `overview shows ${c.name}`).toContain(flat(c.value))
      expect(await page.evaluate(pwned), 'overview').toEqual([])

      for (const path of [
        '/presenter/1',
        '/presenter/3',
        ...Array.from({ length: 40 }, (_, i) => `/${i + 1}`),
      ]) {
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
        expect(await page.evaluate(pwned), path).toEqual([])
      }
      expect(dialogs).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await browser.close()
      await server.close()
    }
  }, 600_000)
})
