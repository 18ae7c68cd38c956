/**
 * The built deck's content as one data asset (issue 17): the view and each slide's
 * speaker notes, written into `dist/index.html` as a JSON script element that the page
 * reads at start (src/vite/briefingData.ts, setup/main.ts). The site itself, which Vite
 * compiles, then holds no content: a build after a content edit puts the new asset into
 * the site built last time (scripts/build.ts, src/build/siteCache.ts) instead of running
 * Vite again, and a forced full build writes the same bytes.
 *
 * Pure, and used on both sides: Node writes the element, the page reads it.
 */
import type { BriefingView } from '@briefing/views'

/** The element's id; the site Vite builds has it once, empty (src/vite/briefingData.ts). */
export const DATA_ELEMENT_ID = 'briefing-data'

/** The empty element as Vite writes it into the site's <head>. */
export const EMPTY_DATA_ELEMENT = `<script type="application/json" id="${DATA_ELEMENT_ID}"></script>`

export interface DeckData {
  readonly view: BriefingView
  /** Each slide's speaker notes as HTML, in deck order ('' for a slide without notes):
   * what Slidev's presenter view, notes page and handout show (src/plan/notesHtml.ts). */
  readonly notesHtml: readonly string[]
}

/**
 * JSON that is safe as the text of a <script> element: every `<` as `\u003c`, so no
 * `</script>` or `<!--` in the data can end or change the element (issue 15, class A).
 * JSON.parse reads the escape back as `<`.
 */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

/**
 * The site with its content: the empty data element filled in. The site must contain the
 * element exactly once; anything else is a site this deck's Vite plugin did not make.
 */
export function withDeckData(site: string, data: DeckData): string {
  const at = site.indexOf(EMPTY_DATA_ELEMENT)
  if (at === -1 || site.indexOf(EMPTY_DATA_ELEMENT, at + 1) !== -1)
    throw new Error(
      `the built site has ${at === -1 ? 'no' : 'more than one'} empty ${DATA_ELEMENT_ID} element`,
    )
  // Sliced, never String.replace with the data as replacement: "$&" in a title would be
  // replaced by the match (tests/src/hostileDeck.test.ts caught it, issue 17).
  const open = EMPTY_DATA_ELEMENT.slice(0, EMPTY_DATA_ELEMENT.indexOf('></') + 1)
  const close = EMPTY_DATA_ELEMENT.slice(open.length)
  const filled = open + scriptSafeJson(data) + close
  return site.slice(0, at) + filled + site.slice(at + EMPTY_DATA_ELEMENT.length)
}

/** In the page: the asset written by withDeckData. */
export function readDeckData(doc: Document): DeckData {
  const text = doc.getElementById(DATA_ELEMENT_ID)?.textContent
  if (!text) throw new Error(`this page has no ${DATA_ELEMENT_ID} content`)
  return JSON.parse(text) as DeckData
}
