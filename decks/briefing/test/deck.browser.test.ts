/**
 * The built deck (dist/) in a real headless Chromium, served on 127.0.0.1 only:
 * every slide renders with no console error, no request leaves the origin, nothing
 * sticks out of the slide, past its side margins or out of its body box; the main track
 * (10–14 slides before the 부록 divider) has no text under 24 px (18 pt) and at most 40
 * eojeol a slide, the appendix nothing under 18.7 px (14 pt); a screenshot of every slide
 * goes to test-output/ for review. Then the presenter view shows every slide's notes.
 */

import { mkdirSync, rmSync } from 'node:fs'
import type { BriefingView } from '@briefing/views'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.ts'
import { type StaticServer, serveStatic } from '../scripts/serve.ts'
import {
  builtView,
  distDir,
  type NoteEntry,
  outputDir,
  speakerNotesJson,
  squash,
} from './builtDeck.ts'
import { badSlides, inspectSlides, wordyMainSlides } from './slideCheck.ts'

describe('the built deck in Chromium', () => {
  let view: BriefingView
  let notes: NoteEntry[] = []
  let server: StaticServer
  let browser: Browser
  let page: Page
  const consoleErrors: string[] = []
  const foreignRequests: string[] = []

  beforeAll(async () => {
    view = await builtView()
    notes = speakerNotesJson()
    rmSync(outputDir, { recursive: true, force: true })
    mkdirSync(outputDir, { recursive: true })
    server = await serveStatic(distDir)
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 1,
    })
    page = await context.newPage()
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`))
    context.on('request', (r) => {
      const url = r.url()
      if (!url.startsWith(`${server.url}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreignRequests.push(url)
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('renders every slide inside its box, with no error and no request outside 127.0.0.1', async () => {
    expect(notes.length).toBeGreaterThan(10)
    const reports = await inspectSlides(page, server.url, notes.length, outputDir)
    // The footer counts as an audience reads it: the talk on the main track ("2 / 12"),
    // the appendix on its own after the divider, which ends where Slidev's count ends.
    const talkCount = view.talk.slides.length
    await page.goto(`${server.url}/2`, { waitUntil: 'load' })
    const footer = await page.locator('.slidev-page-2 [data-slide-counter]').textContent()
    expect(squash(footer ?? '')).toBe(`2/${talkCount}`)
    await page.goto(`${server.url}/${notes.length}`, { waitUntil: 'load' })
    const last = await page
      .locator(`.slidev-page-${notes.length} [data-slide-counter]`)
      .textContent()
    const appendix = notes.length - talkCount - 1
    expect(squash(last ?? '')).toBe(squash(`${view.labels.appendix} ${appendix} / ${appendix}`))

    expect(badSlides(reports)).toEqual([])
    // The talk (issue 12): 10–14 main-track slides, then the divider titled 부록 (the
    // contract in docs/architecture.md), then the appendix; at most 40 eojeol a main slide.
    const divider = reports.findIndex((r) => r.title === '부록')
    expect(divider, 'slides before the 부록 divider').toBeGreaterThanOrEqual(10)
    expect(divider).toBeLessThanOrEqual(14)
    const main = reports.slice(0, divider)
    expect(main.filter((r) => !r.mainTrack).map((r) => r.no)).toEqual([])
    expect(
      reports
        .slice(divider)
        .filter((r) => r.mainTrack)
        .map((r) => r.no),
    ).toEqual([])
    expect(wordyMainSlides(reports)).toEqual([])
    console.info(
      `main track ${main.length} slides; smallest text ${Math.min(...main.map((r) => r.minText)).toFixed(1)} px` +
        ` (appendix ${Math.min(...reports.slice(divider + 1).map((r) => r.minText)).toFixed(1)} px);` +
        ` words ${main.map((r) => r.words).join(', ')}`,
    )
    expect(consoleErrors).toEqual([])
    expect(foreignRequests).toEqual([])
    // Every slide has its title from the view (the cover shows the briefing title).
    expect(reports[0]?.title).toBe(view.header.title)
    for (const r of reports.slice(1)) expect(r.title, `slide ${r.no}`).not.toBe('')
  })

  it('shows the talk track, timing and source line in the presenter view', async () => {
    // Every slide has notes, the sources and change log included.
    const silent = notes.filter((n) => n.notes.trim() === '')
    expect(silent.map((n) => `${n.no} ${n.kind}`)).toEqual([])
    // Expected from the view, not from the notes file: on the main track what to say, the
    // minutes with the running total, and one source line; never the slide's headline.
    const talk = notes.filter((n) => n.kind === 'talk')
    expect(talk).toHaveLength(view.talk.slides.length)
    const probes: Array<{ no: number; text: string }> = []
    const absent: Array<{ no: number; text: string }> = []
    talk.forEach((n, i) => {
      const s = view.talk.slides[i]
      if (!s) return
      probes.push({ no: n.no, text: s.talk }, { no: n.no, text: s.timing })
      if (s.sourceLine) probes.push({ no: n.no, text: s.sourceLine })
      absent.push({ no: n.no, text: s.headline })
    })
    const last = view.talk.slides[view.talk.slides.length - 1]
    expect(last?.runningMinutes).toBeGreaterThan(0)
    // The divider says what the appendix is for; each appendix slide names its part.
    const divider = notes.find((n) => n.kind === 'divider')
    if (divider) probes.push({ no: divider.no, text: view.talk.words.appendixNote })
    for (const n of notes.filter((x) => !['talk', 'divider'].includes(x.kind)))
      probes.push({ no: n.no, text: view.talk.words.appendix })
    expect(probes.length).toBeGreaterThan(notes.length)

    // One page load, then the presenter's own keyboard navigation through the deck.
    await page.goto(`${server.url}/presenter/1`, { waitUntil: 'load' })
    for (let no = 1; no <= notes.length; no++) {
      if (no > 1) await page.keyboard.press('ArrowRight')
      await page.waitForURL(new RegExp(`/presenter/${no}(\\?.*)?$`))
      const note = page.locator('.slidev-note').first()
      await note.waitFor({ state: 'visible' })
      for (const probe of probes.filter((p) => p.no === no))
        await expect
          .poll(async () => squash((await note.textContent()) ?? ''), {
            message: `presenter notes of slide ${no}`,
          })
          .toContain(squash(probe.text).slice(0, 60))
      const shown = squash((await note.textContent()) ?? '')
      for (const a of absent.filter((p) => p.no === no))
        expect(shown, `notes of slide ${no} repeat its headline`).not.toContain(squash(a.text))
    }
    expect(consoleErrors).toEqual([])
    expect(foreignRequests).toEqual([])
  })
})
