/**
 * The handout (dist/briefing-handout.pdf, issue 12, item 6) and the deck PDF's structure
 * (item 8), read back: the handout is A4, holds one entry per main-track slide (the
 * slides before the first `부록` slide) with that slide's talk track (its speaker
 * notes) as text; both PDFs are tagged, in the dataset's language, with an outline; the
 * handout carries the deck PDF's document information and dates.
 */

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BriefingView } from '@briefing/views'
import { extractText, getDocumentProxy, getMeta } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import { mainTrackLength, outlineLevels } from '../src/print/outline.ts'
import { builtView, distDir, type NoteEntry, speakerNotesJson, squash } from './builtDeck.ts'

type Pdf = Awaited<ReturnType<typeof getDocumentProxy>>
interface OutlineItem {
  readonly title: string
  readonly items: readonly OutlineItem[]
}

const open = async (name: string): Promise<Pdf> =>
  getDocumentProxy(new Uint8Array(readFileSync(join(distDir, name))))

/**
 * Speaker notes (Markdown as slides.md receives them) as the lines a reader sees: list
 * marks, emphasis and escapes gone, entities decoded. Written here, not taken from the
 * build, so the test does not compare the program with itself.
 */
function noteLines(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((l) =>
      l
        .replace(/^\s*[-*]\s+/, '')
        .replace(/\*\*/g, '')
        // *italic* (the talk's timing line) — an escaped \* stays a star
        .replace(/(?<!\\)\*/g, '')
        .replace(/\\(.)/g, '$1')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .trim(),
    )
    .filter((l) => l !== '')
}

describe('the handout and the deck PDF structure', () => {
  let view: BriefingView
  let notes: NoteEntry[] = []
  let handout: Pdf
  let deck: Pdf

  beforeAll(async () => {
    view = await builtView()
    notes = speakerNotesJson()
    handout = await open('briefing-handout.pdf')
    deck = await open('briefing.pdf')
  })

  it('is A4 portrait on every page', async () => {
    for (let i = 1; i <= handout.numPages; i++) {
      const [, , w, h] = (await handout.getPage(i)).view
      expect([Math.round(w ?? 0), Math.round(h ?? 0)], `page ${i}`).toEqual([595, 842])
    }
  })

  it('has one entry per main-track slide, in the outline under the document title', async () => {
    const outline = ((await handout.getOutline()) ?? []) as OutlineItem[]
    expect(outline.map((o) => o.title)).toEqual([view.document.title])
    expect(outline[0]?.items.length).toBe(mainTrackLength(notes, view.labels.appendix))
  })

  it("shows each main-track slide's talk track as text", async () => {
    const text = squash((await extractText(handout, { mergePages: true })).text as string)
    const main = notes.slice(0, mainTrackLength(notes, view.labels.appendix))
    expect(main.length).toBeGreaterThan(0)
    // The timing lines are the briefer's alone (presenter view), not the room's.
    const timing = new Set(view.talk.slides.map((t) => t.timing))
    const missing = main.flatMap((n) =>
      noteLines(n.notes)
        .filter((line) => !timing.has(line))
        .filter((line) => !text.includes(squash(line)))
        .map((line) => `slide ${n.no}: ${line}`),
    )
    expect(missing).toEqual([])
  })

  it("leaves out the briefer's timing lines (이 슬라이드 … 누적 …), which the notes keep", async () => {
    const text = squash((await extractText(handout, { mergePages: true })).text as string)
    const shown = view.talk.slides.map((t) => t.timing).filter((t) => text.includes(squash(t)))
    expect(view.talk.slides.length).toBeGreaterThan(0)
    expect(shown).toEqual([])
  })

  it('prints each slide’s source line once, in the slide’s footer, not again under the talk', async () => {
    const text = squash((await extractText(handout, { mergePages: true })).text as string)
    const lines = view.talk.slides.flatMap((t) => (t.sourceLine ? [squash(t.sourceLine)] : []))
    expect(lines.length).toBeGreaterThan(0)
    const twice = [...new Set(lines)].flatMap((line) => {
      const expected = lines.filter((l) => l === line).length
      // Not followed by "(": "출처[1,2,3]" is also the start of "출처[1,2,3](2: … 재인용)".
      const escaped = line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const found = text.match(new RegExp(`${escaped}(?!\\()`, 'g'))?.length ?? 0
      return found === expected ? [] : [`${line}: ${found} times for ${expected} slides`]
    })
    expect(twice).toEqual([])
  })

  it('carries the deck PDF’s document information, language and as-of dates', async () => {
    const a = (await getMeta(handout)).info as Record<string, unknown>
    const b = (await getMeta(deck)).info as Record<string, unknown>
    for (const key of ['Title', 'Subject', 'Author', 'Keywords', 'CreationDate', 'ModDate'])
      expect(a[key], key).toEqual(b[key])
    expect(a.Title).toBe(view.document.title)
    expect(String(a.CreationDate)).toMatch(
      new RegExp(`^D:${view.header.asOf.iso.replace(/-/g, '')}`),
    )
  })

  for (const name of ['briefing.pdf', 'briefing-handout.pdf'])
    it(`${name} is tagged, in the dataset's language`, async () => {
      const pdf = await open(name)
      expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true })
      const { info } = await getMeta(pdf)
      expect((info as Record<string, unknown>).Language).toBe(view.document.language)
      expect(await (await pdf.getPage(1)).getStructTree()).not.toBeNull()
    })

  it('briefing.pdf has a bookmark per section, continued slides nested under it', async () => {
    const outline = ((await deck.getOutline()) ?? []) as OutlineItem[]
    const levels = outlineLevels(notes, view.labels.appendix)
    const top = notes.filter((_, i) => levels[i] === 1).map((n) => n.title)
    // The cover has no frame title: its bookmark is its own first heading.
    expect(outline.map((o) => o.title).slice(1)).toEqual(top.slice(1))
    expect(outline.length).toBe(top.length)
  })
})

describe('outline levels (pure)', () => {
  const t = (...titles: string[]) => titles.map((title) => ({ title }))
  it('main track = slides before the first 부록 slide, all when there is none', () => {
    expect(mainTrackLength(t('a', 'b', '부록', 'c', '부록'), '부록')).toBe(2)
    expect(mainTrackLength(t('a', 'b'), '부록')).toBe(2)
  })
  it('a repeated title nests; the appendix sits under its divider', () => {
    expect(outlineLevels(t('a', 'b', 'b', '부록', 'c', 'c', 'd'), '부록')).toEqual([
      1, 1, 2, 1, 2, 3, 2,
    ])
  })
})
