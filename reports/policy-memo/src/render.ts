/**
 * The memo's render step, readable in one place:
 *   BriefingView → <Memo> (components/) → React-PDF layout → PDF bytes.
 * Importing styles.ts registers the fonts and the line breaker once per process.
 * Same view, same bytes: every date in the PDF is the dataset's as-of date, and
 * pdfkit derives the trailer /ID from the info dictionary (md5 of its values,
 * CreationDate included), so fixing CreationDate also fixes the ID. The
 * determinism test guards this.
 */
import type { BriefingView } from '@briefing/views'
import { renderToBuffer } from '@react-pdf/renderer'
import { Memo, type MemoMetadata } from './components/Memo.tsx'
import { cacheShaping } from './shapingCache.ts'
import './styles.ts'

export const PDF_CREATOR = 'briefing-workbench policy memo'
export const PDF_PRODUCER = 'react-pdf (@react-pdf/renderer) with pdfkit'

/** PDF metadata from the view: nothing from the clock or the machine. */
export function memoMetadata(view: BriefingView): MemoMetadata {
  const asOf = new Date(`${view.header.asOf.iso}T00:00:00Z`)
  return {
    title: view.document.title,
    author: view.document.author,
    subject: view.document.subject,
    keywords: view.document.keywordsText,
    language: view.document.language,
    creator: PDF_CREATOR,
    producer: PDF_PRODUCER,
    creationDate: asOf,
    modificationDate: asOf,
    pageMode: 'useNone',
    pageLayout: 'singlePage',
    // A tagged PDF (issue 14): structure tree from the components' `tag`/`artifact`
    // props (patches/@react-pdf__render@4.7.0.patch). PDF 1.7, the version PDF/UA-1 is on.
    tagged: true,
    pdfVersion: '1.7',
  }
}

/** Render the memo of a view to PDF bytes. Pure apart from reading the font files. */
export async function renderMemo(view: BriefingView): Promise<Buffer> {
  await cacheShaping()
  const pdf = await renderToBuffer(Memo({ view, metadata: memoMetadata(view) }))
  return fixModDateKey(pdf)
}

const WRONG_MOD_DATE = Buffer.from('/ModificationDate ', 'latin1')
const RIGHT_MOD_DATE = Buffer.from('/ModDate'.padEnd(WRONG_MOD_DATE.length, ' '), 'latin1')

/**
 * React-PDF 4.9 passes `modificationDate` to pdfkit as info key "ModificationDate",
 * which no reader knows (the PDF name is /ModDate). The key is renamed in place,
 * padded with spaces to the same length so every xref offset stays valid. The info
 * dictionary is never compressed, so the key is plain text. Drop this once
 * react-pdf writes /ModDate itself (the option came with react-pdf PR #2539).
 */
export function fixModDateKey(pdf: Buffer): Buffer {
  const at = pdf.lastIndexOf(WRONG_MOD_DATE)
  if (at < 0) return pdf
  RIGHT_MOD_DATE.copy(pdf, at)
  return pdf
}

/** Pages of a PDF that pdfkit wrote (one "/Type /Page" dictionary per page). */
export function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
}
