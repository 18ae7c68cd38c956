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
import { pdfObjects } from './pdfObjects.ts'
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
    // Issue 14 (size ≤ 300 KB): the tagged memo's thousands of small structure
    // dictionaries go into compressed object streams (patches/pdfkit@0.20.1.patch).
    objectStreams: true,
  }
}

/** Render the memo of a view to PDF bytes. Pure apart from reading the font files. */
export async function renderMemo(view: BriefingView): Promise<Buffer> {
  await cacheShaping()
  const pdf = await renderToBuffer(Memo({ view, metadata: memoMetadata(view) }))
  return pdf
}

/** Pages of a PDF that pdfkit wrote (one "/Type /Page" dictionary per page). */
export function countPages(pdf: Buffer): number {
  return pdfObjects(pdf).filter((o) => /\/Type \/Page\b(?!s)/.test(o.text)).length
}
