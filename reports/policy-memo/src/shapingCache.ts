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
 * Tests check that MEMO_SHAPING_CACHE=off gives the same bytes (cli/build.test.ts).
 */
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
