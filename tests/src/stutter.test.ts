/**
 * A word said twice in a row ("현재 현재 기술 수준" on memo page 2, issue 13; "부록 부록 ·
 * 1. 핵심 요약" in the bottom line's notes, found in session 7) comes from a label joined
 * to a view string that already starts with it. Read back from every output, line by line
 * as drawn (a heading's last word and the next line's first may legitimately match).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type PdfPages, readPdfPages } from './support/pdfBoxes.ts'
import { root } from './support/run.ts'

const outputs = {
  memo: 'reports/policy-memo/dist/policy-memo.pdf',
  'deck PDF': 'decks/briefing/dist/briefing.pdf',
  handout: 'decks/briefing/dist/briefing-handout.pdf',
} as const

/** A word of two or more characters, a space, the same word again. */
const STUTTER = /(?<!\S)(\S{2,}) \1(?!\S)/u

/** Each drawn line: boxes on one baseline (±1 pt), left to right, spaced where there is a gap. */
function lines(pdf: PdfPages): string[] {
  const out: string[] = []
  pdf.pages.forEach((boxes, i) => {
    const rows: { baseline: number; boxes: (typeof boxes)[number][] }[] = []
    for (const b of boxes) {
      const row = rows.find((r) => Math.abs(r.baseline - b.baseline) <= 1)
      if (row) row.boxes.push(b)
      else rows.push({ baseline: b.baseline, boxes: [b] })
    }
    for (const r of rows) {
      const sorted = [...r.boxes].sort((a, b) => a.left - b.left)
      // A gap wider than a few spaces is the next table column or card: its own line.
      const segments: string[] = []
      let text = ''
      let right = Number.NEGATIVE_INFINITY
      for (const b of sorted) {
        const gap = b.left - right
        if (text !== '' && gap > 0.8 * b.size) {
          segments.push(text)
          text = ''
        }
        text += (gap > 1 && text !== '' ? ' ' : '') + b.text
        right = b.right
      }
      segments.push(text)
      for (const s of segments) out.push(`page ${i + 1}: ${s.replace(/\s+/g, ' ').trim()}`)
    }
  })
  return out
}

export function stutters(texts: readonly string[]): string[] {
  return texts.filter((t) => STUTTER.test(t))
}

describe('no output says a word twice in a row', () => {
  it('finds a stutter (the check itself)', () => {
    expect(stutters(['page 2: 현재 현재 기술 수준', 'page 3: 부록 · 1. 핵심 요약'])).toEqual([
      'page 2: 현재 현재 기술 수준',
    ])
  })

  it.each(Object.entries(outputs))('%s', async (_, file) => {
    const read = lines(await readPdfPages(join(root, file)))
    expect(read.length).toBeGreaterThan(50)
    expect(stutters(read)).toEqual([])
  })

  it('the speaker notes', () => {
    const notes = JSON.parse(
      readFileSync(join(root, 'decks/briefing/dist/speaker-notes.json'), 'utf8'),
    ) as Array<{ no: number; notes: string }>
    const read = notes.flatMap((n) => n.notes.split('\n').map((l) => `slide ${n.no}: ${l}`))
    expect(read.length).toBeGreaterThan(20)
    expect(stutters(read)).toEqual([])
  })
})
