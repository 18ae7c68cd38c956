/**
 * The bare baseline of the memo bench (bench.ts): React-PDF with nothing of ours — the
 * memo's pages of text, one plain <Text> a page, in the same font, React-PDF's defaults.
 * `node .bundle/bare.mjs <pages.json> <out.pdf>` after bench.ts has bundled bareMemoMain.ts
 * with scripts/bundleCli.ts, the way `pnpm build` bundles the memo's own command: both
 * fresh processes then start the same way (plain node, one file of our code, the
 * dependencies from node_modules).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { FONT_FAMILY, memoFontFiles } from '@briefing/fonts'
import { Document, Font, Page, renderToBuffer, Text } from '@react-pdf/renderer'
import { createElement as h } from 'react'

export function bareDocument(pagesFile: string) {
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: memoFontFiles.regular, fontWeight: 400 },
      { src: memoFontFiles.semibold, fontWeight: 600 },
      { src: memoFontFiles.bold, fontWeight: 700 },
    ],
  })
  const pages = JSON.parse(readFileSync(pagesFile, 'utf8')) as string[]
  const style = { fontFamily: FONT_FAMILY, fontSize: 9, padding: 56 }
  return h(
    Document,
    { creationDate: new Date(0) },
    ...pages.map((text, i) =>
      h(Page, { key: i, size: 'A4', style, wrap: false }, h(Text, null, text)),
    ),
  )
}

export async function bareCold(pagesFile: string, out: string): Promise<void> {
  writeFileSync(out, await renderToBuffer(bareDocument(pagesFile)))
}
