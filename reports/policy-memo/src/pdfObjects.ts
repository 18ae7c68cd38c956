/**
 * The memo's PDF objects as text, for reading its dictionaries back (page count, tests).
 * The memo packs its dictionaries into compressed object streams (issue 14, size; see
 * patches/pdfkit@0.20.1.patch), so the raw bytes no longer show "/Type /Page" or a
 * structure element's /Scope: this unpacks each /Type /ObjStm stream. Only for PDFs this
 * workbench wrote (pdfkit's layout: `<< … /Length n >>` then `stream\n`); not a parser.
 */
import { inflateSync } from 'node:zlib'

export interface PdfObject {
  id: number
  /** The object's dictionary or value, as PDF syntax in latin1 (stream data left out). */
  text: string
  /** True when the object sits in an object stream rather than at the top level. */
  packed: boolean
}

const TOP_LEVEL = /(\d+) 0 obj\n([\s\S]*?)\n(stream\n|endobj)/g

/** Every object of the PDF, top-level ones and those inside object streams. */
export function pdfObjects(pdf: Buffer): PdfObject[] {
  const raw = pdf.toString('latin1')
  const objects: PdfObject[] = []
  const next = new RegExp(TOP_LEVEL.source, 'g')
  for (let match = next.exec(raw); match; match = next.exec(raw)) {
    const [whole, id, text, end] = match as unknown as [string, string, string, string]
    objects.push({ id: Number(id), text, packed: false })
    if (end !== 'stream\n') continue
    // Step over the stream's data, so bytes in it are never read as an object.
    const length = Number(/\/Length (\d+)/.exec(text)?.[1])
    const start = match.index + whole.length
    next.lastIndex = start + length
    if (!/\/Type \/ObjStm\b/.test(text)) continue
    const first = Number(/\/First (\d+)/.exec(text)?.[1])
    const data = inflateSync(pdf.subarray(start, start + length)).toString('latin1')
    const header = data.slice(0, first).trim().split(/\s+/).map(Number)
    for (let i = 0; i < header.length; i += 2) {
      const from = first + (header[i + 1] as number)
      const after = header[i + 3]
      const to = after === undefined ? data.length : first + after
      objects.push({ id: header[i] as number, text: data.slice(from, to).trim(), packed: true })
    }
  }
  return objects
}

/** All objects' text, one after another: for searching dictionaries with a pattern. */
export function pdfObjectsText(pdf: Buffer): string {
  return pdfObjects(pdf)
    .map((o) => `${o.id} 0 obj\n${o.text}\nendobj`)
    .join('\n')
}
