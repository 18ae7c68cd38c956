import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type BriefingView, pageOf } from '@briefing/views'
import { extractText, getDocumentProxy } from 'unpdf'
import { bodyText, readPdfPages } from './pdfBoxes.ts'

/**
 * Text compared without whitespace: PDFs break lines where the layout wants, and
 * Markdown notes escape "~" and mark bold with "**". Nothing else is forgiven.
 */
export function normalise(text: string): string {
  return text
    .replace(/\\([~*_`[\]#-])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/[\s\u00a0\u200b]+/g, '')
}

/** The text of a PDF as pdf.js reads it (the same way a screen reader or search would). */
export async function pdfText(path: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)))
  const { text } = await extractText(pdf, { mergePages: true })
  return text
}

/** The deck's speaker notes as written next to the built deck (one entry per slide). */
export function deckNotes(deckDist: string): string {
  const notes = JSON.parse(readFileSync(join(deckDist, 'speaker-notes.json'), 'utf8')) as Array<{
    notes: string
  }>
  return notes.map((n) => n.notes).join('\n')
}

export interface Outputs {
  /** The memo's whole text, running headers and footers included (for the stamp). */
  readonly memo: string
  /**
   * The memo's body as a reader follows it over page breaks, without the running header
   * and footer that a page break puts in the middle of a split paragraph.
   */
  readonly memoBody: string
  readonly deckSlides: string
  readonly deckNotes: string
  /** The handout: the main-track slides as the deck PDF draws them, with their talk tracks. */
  readonly deckHandout: string
}

/** Both outputs read back and normalised; `view` tells the memo's running header apart. */
export async function readOutputs(
  memoPdf: string,
  deckDist: string,
  view: BriefingView,
): Promise<Outputs> {
  const pages = await readPdfPages(memoPdf)
  return {
    memo: normalise(await pdfText(memoPdf)),
    memoBody: bodyText(pages, {
      marking: view.header.classification,
      pageNumber: (n) => pageOf(view.labels.pageOf, n, pages.pages.length),
    }),
    deckSlides: normalise(await pdfText(join(deckDist, 'briefing.pdf'))),
    deckNotes: normalise(deckNotes(deckDist)),
    deckHandout: normalise(await pdfText(join(deckDist, 'briefing-handout.pdf'))),
  }
}
