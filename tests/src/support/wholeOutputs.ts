import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pdfText } from './outputs.ts'
import { root } from './run.ts'

export const memoPdf = join(root, 'reports/policy-memo/dist/policy-memo.pdf')
export const deckDir = join(root, 'decks/briefing')
export const deckDist = join(deckDir, 'dist')

const sha = (path: string): string =>
  existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'missing'

/** The bytes that identify the shipped outputs, to compare with after a build. */
export interface Snapshot {
  readonly memo: string
  readonly deckHtml: string
  readonly deckPdf: string
  readonly deckHandout: string
  readonly deckEdition: string
}

export function snapshot(): Snapshot {
  return {
    memo: sha(memoPdf),
    deckHtml: sha(join(deckDist, 'index.html')),
    deckPdf: sha(join(deckDist, 'briefing.pdf')),
    deckHandout: sha(join(deckDist, 'briefing-handout.pdf')),
    deckEdition: sha(join(deckDist, 'edition.txt')),
  }
}

/** Which build a PDF came from: the fingerprint printed in its stamp, or a problem. */
async function pdfFingerprint(path: string): Promise<string> {
  if (!existsSync(path)) return 'missing'
  try {
    const text = (await pdfText(path)).replace(/\s+/g, '')
    const found = [...new Set(text.match(/데이터지문([0-9a-f]{8})/g) ?? [])]
    return found.length === 1 ? (found[0] as string).slice(-8) : `stamps: ${found.join(',')}`
  } catch (e) {
    return `unreadable (${(e as Error).message})`
  }
}

/**
 * The state of the memo: `old` (byte-identical to `before`, if given), `new:<fingerprint>` (a whole
 * PDF that pdf.js reads, stamped with one fingerprint), or a description of what is wrong.
 */
export async function memoState(before?: Snapshot): Promise<string> {
  if (before && sha(memoPdf) === before.memo) return 'old'
  const fp = await pdfFingerprint(memoPdf)
  return /^[0-9a-f]{8}$/.test(fp) ? `new:${fp}` : `broken memo: ${fp}`
}

/**
 * The state of the deck's dist/: `old` (its page, PDF and edition byte-identical to
 * `before`, if given), `new:<fingerprint>` (a whole page: its app code inline or every local
 * asset present; a readable PDF, handout and edition file, all of one build), or a
 * description of what is wrong.
 */
export async function deckState(before?: Snapshot): Promise<string> {
  const now = snapshot()
  if (
    before &&
    now.deckHtml === before.deckHtml &&
    now.deckPdf === before.deckPdf &&
    now.deckHandout === before.deckHandout &&
    now.deckEdition === before.deckEdition
  )
    return 'old'
  const html = join(deckDist, 'index.html')
  if (!existsSync(html)) return 'broken deck: no index.html'
  const page = readFileSync(html, 'utf8')
  const assets = [...page.matchAll(/(?:src|href)="(?:\.?\/)?(assets\/[^"#?]+)"/g)]
  const missing = assets.map((m) => m[1] as string).filter((a) => !existsSync(join(deckDist, a)))
  // The deck is one file (issue 12: it opens by double-click): its code is inline, so a
  // whole page is one that ends, with the app's module script in it.
  const code = /<script type="module"[^>]*>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? ''
  const inline = code.length > 1000 && /<\/html>\s*$/.test(page)
  if (assets.length === 0 && !inline) return 'broken deck: index.html has no app code'
  if (missing.length > 0) return `broken deck: missing ${missing.join(', ')}`
  const fp = await pdfFingerprint(join(deckDist, 'briefing.pdf'))
  if (!/^[0-9a-f]{8}$/.test(fp)) return `broken deck PDF: ${fp}`
  const handout = await pdfFingerprint(join(deckDist, 'briefing-handout.pdf'))
  if (handout !== fp) return `broken deck: PDF ${fp} but handout ${handout}`
  const edition = existsSync(join(deckDist, 'edition.txt'))
    ? readFileSync(join(deckDist, 'edition.txt'), 'utf8')
    : ''
  if (!edition.includes(fp)) return `broken deck: PDF ${fp} but edition.txt "${edition.trim()}"`
  return `new:${fp}`
}

/**
 * Files an interrupted build could leave behind: staging folders, temporaries, old dist/
 * (names from @briefing/workbench/outputs), and a commit's journal. dist-next/ itself is
 * no leftover: it is the build's staged output, which turbo caches.
 */
export function leftovers(): string[] {
  const found: string[] = []
  const partial = /(\.staging-|\.old-|\.tmp-)\d+$/
  for (const pkg of ['decks/briefing', 'reports/policy-memo']) {
    for (const sub of ['', '/dist', '/dist-next']) {
      const dir = join(root, pkg + sub)
      if (!existsSync(dir)) continue
      for (const name of readdirSync(dir))
        if (partial.test(name)) found.push(`${pkg}${sub}/${name}`)
    }
  }
  if (existsSync(join(root, 'node_modules/.cache/briefing-commit.json')))
    found.push('node_modules/.cache/briefing-commit.json')
  return found
}
