import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import * as fontkit from 'fontkit'

/**
 * One typeface for both outputs, so the deck and the memo read as one product:
 * Pretendard from the npm registry. The memo embeds the static TTFs (React-PDF draws
 * WOFF2 blank and WOFF slowly; the variable TTF loses bold: see toolchain.md); the
 * deck uses the web CSS of the same family.
 */
export const FONT_FAMILY = 'Pretendard'

const require = createRequire(import.meta.url)
const packageRoot = dirname(require.resolve('pretendard/package.json'))

export type FontWeight = 'regular' | 'semibold' | 'bold'

const FILE_OF: Record<FontWeight, string> = {
  regular: 'Pretendard-Regular.ttf',
  semibold: 'Pretendard-SemiBold.ttf',
  bold: 'Pretendard-Bold.ttf',
}

export const CSS_WEIGHT: Record<FontWeight, number> = { regular: 400, semibold: 600, bold: 700 }

/** Absolute paths (fontkit takes paths as given) of the TTFs the memo embeds. */
export const memoFontFiles: Readonly<Record<FontWeight, string>> = {
  regular: join(packageRoot, 'dist/public/static/alternative', FILE_OF.regular),
  semibold: join(packageRoot, 'dist/public/static/alternative', FILE_OF.semibold),
  bold: join(packageRoot, 'dist/public/static/alternative', FILE_OF.bold),
}

/** The deck's stylesheet: the variable font, split into unicode-range subsets. */
export const deckFontCss = join(
  packageRoot,
  'dist/web/variable/pretendardvariable-dynamic-subset.css',
)

/** Everything a renderer's output depends on in this package, for build inputs. */
export const fontPackageRoot = packageRoot

let coverage: ((codePoint: number) => boolean) | undefined

/**
 * Whether every embedded weight has a glyph for a code point. Loaded once per
 * process (about 0.1 s); the dataset check calls it for every distinct character.
 */
export function glyphCoverage(): (codePoint: number) => boolean {
  if (coverage) return coverage
  const fonts = Object.values(memoFontFiles).map((file) => {
    const font = fontkit.openSync(file)
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file} is a font collection`)
    return font
  })
  const cache = new Map<number, boolean>()
  coverage = (cp) => {
    let known = cache.get(cp)
    if (known === undefined) {
      known = fonts.every((f) => f.hasGlyphForCodePoint(cp))
      cache.set(cp, known)
    }
    return known
  }
  return coverage
}

/**
 * The widest advance of a character among the embedded weights, in em (fontkit reads
 * the TTFs): what the layout estimates in the views and the deck are checked against.
 */
export function advanceEm(): (ch: string) => number {
  const fonts = Object.values(memoFontFiles).map((file) => {
    const font = fontkit.openSync(file)
    if (!('layout' in font)) throw new Error(`${file} is a font collection`)
    return font
  })
  return (ch) => Math.max(...fonts.map((f) => f.layout(ch).advanceWidth / f.unitsPerEm))
}
