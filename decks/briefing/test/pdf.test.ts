/**
 * The slides as PDF (dist/briefing.pdf) read back as text: every view item the deck
 * must show is there, with the views' formatted strings, and the PDF carries the
 * dataset's edition/fingerprint stamp and its as-of date, not the build's clock.
 */

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BriefingView } from '@briefing/views'
import { extractText, getDocumentProxy, getMeta } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import { builtView, distDir, expectedItems, speakerNotesJson, squash } from './builtDeck.ts'

describe('dist/briefing.pdf', () => {
  let view: BriefingView
  let pages: string[] = []
  let info: Record<string, unknown> = {}

  beforeAll(async () => {
    view = await builtView()
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(join(distDir, 'briefing.pdf'))))
    pages = (await extractText(pdf, { mergePages: false })).text as string[]
    info = (await getMeta(pdf)).info as Record<string, unknown>
  })

  it('has one page per slide', () => {
    expect(pages.length).toBe(speakerNotesJson().length)
  })

  it('shows every view item with its formatted string', () => {
    const all = squash(pages.join('\n'))
    const missing = expectedItems(view).filter((e) => !all.includes(squash(e.text)))
    expect(missing.map((m) => `${m.what}: ${m.text}`)).toEqual([])
  })

  it('puts the stamp and the classification on the title page', () => {
    const first = squash(pages[0] ?? '')
    expect(first).toContain(squash(view.stamp.text))
    expect(first).toContain(squash(view.header.classification))
    expect(first).toContain(squash(view.header.title))
  })

  it('numbers the sources exactly as the views do', () => {
    const all = squash(pages.join('\n'))
    for (const s of view.sources) expect(all).toContain(squash(`[${s.number}]${s.text}`))
  })

  it('prints a citation footer on every fact slide', () => {
    const notes = speakerNotesJson()
    // The main track in deck order is view.talk.slides; its cover and agenda show no fact.
    const talk = notes.filter((n) => n.kind === 'talk')
    expect(talk).toHaveLength(view.talk.slides.length)
    const factless = new Set(['title', 'agenda'])
    const fact = [
      ...talk.filter((_, i) => !factless.has(view.talk.slides[i]?.evidence.kind ?? '')),
      // The estimative key and the glossary are our own words, citing nothing.
      ...notes.filter(
        (n) => !['talk', 'divider', 'scale', 'sources', 'glossary', 'changes'].includes(n.kind),
      ),
    ]
    expect(fact.length).toBeGreaterThan(talk.length)
    for (const n of fact) {
      const page = squash(pages[n.no - 1] ?? '')
      expect(page, `slide ${n.no} (${n.kind})`).toMatch(
        new RegExp(`${squash(view.labels.sections.sources)}\\[\\d+(,\\d+)*\\]`),
      )
    }
  })

  it('carries the dataset as-of date, not the clock, in its metadata', () => {
    expect(String(info.CreationDate)).toContain(view.header.asOf.iso.replace(/-/g, ''))
    expect(info.Title).toBe(view.document.title)
    expect(info.Subject).toBe(view.document.subject)
  })
})
