/**
 * Shapes each distinct text run once per process.
 *
 * fontkit (via React-PDF 4.9) runs Pretendard's full OpenType lookups for every run it
 * lays out, about 0.05 ms per character, and the same runs come back again and again:
 * the page template lays out the running header and footer for every page (to
 * measure the content region, to build the page, and again in the totalPages round),
 * and `pnpm dev` re-renders mostly unchanged text on every save. Profiling put
 * shaping at about half of a warm render. So the fontkit font objects React-PDF
 * loads get a memoised `layout`: same string, features, script, language and
 * direction → the same GlyphRun, which React-PDF and pdfkit only read.
 *
 * The same fonts also get a cheap identity for pdfkit. React-PDF hands pdfkit the fontkit
 * font object itself for every run it draws (`doc.font(font, size)`); pdfkit caches fonts
 * only by a string key, so it builds a new EmbeddedFont each time and then finds the one
 * it already has through `isEqualFont`, which compares JSON.stringify of the font's whole
 * name table, twice per run (pdfkit 0.20.1 `lib/mixins/fonts.js`; the object path came
 * with foliojs/pdfkit#1776). For this memo that was 3,274 stringify calls and about a
 * tenth of a warm render. The name records get a `toJSON` that returns a digest of their
 * JSON, computed once: equal fonts still compare equal, different fonts still differ,
 * and the PDF does not change by a byte.
 * Tests check that MEMO_SHAPING_CACHE=off (neither of the two) gives the same bytes
 * (cli/build.test.ts).
 */
import { createHash } from 'node:crypto'
import { FONT_FAMILY } from '@briefing/fonts'
import { Font } from '@react-pdf/renderer'

/** Entries per font before the cache starts over (a long `pnpm dev` session). */
const MAX_ENTRIES = 50_000
const WEIGHTS = [400, 600, 700] as const

type Layout = (...args: unknown[]) => unknown
const wrapped = new WeakSet<object>()

/** Load the registered weights and give each fontkit font a memoised layout. */
export async function cacheShaping(): Promise<void> {
  // Escape hatch for comparing with React-PDF as shipped (bench, tests).
  if (process.env.MEMO_SHAPING_CACHE === 'off') return
  for (const fontWeight of WEIGHTS) {
    const descriptor = { fontFamily: FONT_FAMILY, fontWeight }
    await Font.load(descriptor)
    const font = Font.getFont(descriptor).data
    if (font && !wrapped.has(font)) {
      memoiseLayout(font as unknown as { layout: Layout })
      digestNameRecords(font as unknown as FontTables)
      wrapped.add(font)
    }
  }
}

function memoiseLayout(font: { layout: Layout }): void {
  const layout = font.layout.bind(font)
  let cache = new Map<string, unknown>()
  font.layout = (text, features, script, language, direction) => {
    const key = `${String(text)}\u0000${JSON.stringify(features ?? null)}\u0000${String(script)}\u0000${String(language)}\u0000${String(direction)}`
    const hit = cache.get(key)
    if (hit !== undefined) return hit
    const run = layout(text, features, script, language, direction)
    if (cache.size >= MAX_ENTRIES) cache = new Map()
    cache.set(key, run)
    return run
  }
}

/** The parts of a fontkit font that pdfkit's isEqualFont reads. */
interface FontTables {
  readonly name?: unknown
  readonly _tables?: { readonly name?: { readonly records?: object } }
}

function digestNameRecords(font: FontTables): void {
  void font.name // fontkit decodes a table on first access; isEqualFont reads the decoded one
  const records = font._tables?.name?.records
  if (!records || Object.hasOwn(records, 'toJSON')) return
  const digest = createHash('sha256').update(JSON.stringify(records)).digest('hex')
  Object.defineProperty(records, 'toJSON', { value: () => `name-records ${digest}` })
}
