/**
 * The built deck (dist/) in a real headless Chromium, served on 127.0.0.1 only:
 * every slide renders with no console error, no request leaves the origin, nothing
 * sticks out of the slide or out of its body box, no reading text is below 18 px;
 * a screenshot of every slide goes to test-output/ for review. Then the presenter view
 * shows each fact slide's speaker notes.
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
import { badSlides, inspectSlides } from './slideCheck.ts'

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
    // The footer counts what Slidev counts: the plan and the deck agree on the slide total.
    await page.goto(`${server.url}/2`, { waitUntil: 'load' })
    const footer = await page.locator('.slidev-page-2 [data-citation-footer]').textContent()
    expect(squash(footer ?? '')).toContain(`/${notes.length}`)

    expect(badSlides(reports)).toEqual([])
    expect(consoleErrors).toEqual([])
    expect(foreignRequests).toEqual([])
    // Every slide has its title from the view (the cover shows the briefing title).
    expect(reports[0]?.title).toBe(view.header.title)
    for (const r of reports.slice(1)) expect(r.title, `slide ${r.no}`).not.toBe('')
  })

  it('shows the speaker notes from the dataset in the presenter view', async () => {
    // Every fact slide has notes (the endnotes list is the sources slide's own content).
    const silent = notes.filter((n) => n.kind !== 'sources' && n.notes.trim() === '')
    expect(silent.map((n) => `${n.no} ${n.kind}`)).toEqual([])
    // Strings that only the notes carry: basis and dissent, assessments, date bases, endnotes.
    const probes: Array<{ no: number; text: string }> = []
    for (const n of notes) {
      const first = n.notes.split('\n').find((l) => l.startsWith('- '))
      if (first) probes.push({ no: n.no, text: first.slice(2) })
    }
    const j = view.keyJudgments[0]
    const judgmentSlide = notes.find((n) => n.kind === 'judgments')
    if (j && judgmentSlide) probes.push({ no: judgmentSlide.no, text: j.basis })
    const dated = view.timeline.find((e) => e.dateBasis)
    const timelineSlide = notes.find(
      (n) => n.kind === 'timeline' && dated && n.notes.includes(dated.title),
    )
    if (dated?.dateBasis && timelineSlide)
      probes.push({ no: timelineSlide.no, text: dated.dateBasis })

    // One page load, then the presenter's own keyboard navigation through the deck.
    await page.goto(`${server.url}/presenter/1`, { waitUntil: 'load' })
    for (let no = 1; no <= notes.length; no++) {
      if (no > 1) await page.keyboard.press('ArrowRight')
      await page.waitForURL(new RegExp(`/presenter/${no}(\\?.*)?$`))
      const expected = probes.filter((p) => p.no === no)
      if (expected.length === 0) continue
      const note = page.locator('.slidev-note').first()
      await note.waitFor({ state: 'visible' })
      for (const probe of expected)
        await expect
          .poll(async () => squash((await note.textContent()) ?? ''), {
            message: `presenter notes of slide ${no}`,
          })
          .toContain(squash(fromMarkdown(probe.text)).slice(0, 60))
    }
    expect(consoleErrors).toEqual([])
    expect(foreignRequests).toEqual([])
  })
})

/** The Markdown-escaped note text as the presenter view shows it. */
function fromMarkdown(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_[\]#|~${}.])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
