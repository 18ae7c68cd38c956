/**
 * `virtual:briefing`: the BriefingView as a Vite module, built in Node with loadBriefing().
 *
 * Dev: the dataset files are watched. On a save the view is rebuilt; if valid, the
 * module is invalidated (components re-render through src/view.ts's HMR accept) and
 * Slidev re-runs its preparser so slide count and speaker notes follow the data; if
 * invalid, every problem is printed in the terminal and shown in the browser in Korean
 * (./problemsOverlay.ts, loaded by setup/main.ts, in the deck's Hangul font), and the slides keep the last good
 * view until the next valid save.
 * Build: the site holds no content (issue 17). `virtual:briefing` reads the view from the
 * data asset scripts/build.ts writes into index.html (src/data/deckData.ts), and the page
 * gets an empty element for it and no title; the build validates the dataset before it
 * runs Vite, so a site is never made from invalid data.
 */
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { msg, renderMessage } from '@briefing/dataset'
import type { HmrContext, ModuleNode, Plugin, ViteDevServer } from 'vite'
import { DATA_ELEMENT_ID } from '../data/deckData.ts'
import {
  datasetDir,
  isDatasetFile,
  lastGoodView,
  loadDeckView,
  problemsText,
} from '../data/loadView.ts'
import { PROBLEMS_HEADING } from './problemsOverlay.ts'

const countLine = (count: number): string => renderMessage(msg('dev.problemsCount', { count }))

export const VIRTUAL_ID = 'virtual:briefing'
const RESOLVED_ID = `\0${VIRTUAL_ID}`
/** Slidev's title renderer (@slidev/cli 52.20.1, node/virtual/titles.ts), replaced below. */
const TITLE_RENDERER_ID = '/@slidev/title-renderer'
const TITLE_TEXT = join(dirname(fileURLToPath(import.meta.url)), '../titles/SlideTitleText.vue')
const DECK_DATA = join(dirname(fileURLToPath(import.meta.url)), '../data/deckData.ts')

/** `virtual:briefing` in a build: the view and notes from the page's data asset. */
const FROM_DATA_ASSET = [
  `import { readDeckData } from ${JSON.stringify(DECK_DATA)}`,
  'const data = readDeckData(document)',
  'export default data.view',
  'export const notesHtml = data.notesHtml',
].join('\n')

/** Text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * The built page's <title> and og:title from the view, escaped. Slidev makes them from
 * the headmatter `title` by parsing it as Markdown and then `titleTemplate.replace('%s',
 * title)` (so `**b**`, `<i>`, `&amp;` and `$&` did not survive); slides.md gives it none.
 */
export function withPageTitle(html: string, title: string): string {
  const text = escapeHtml(title)
  return html
    .replace(/<title>[^<]*<\/title>/, () => `<title>${text}</title>`)
    .replace(/(<meta property="og:title" content=")[^"]*(")/, (_, a, b) => `${a}${text}${b}`)
}

export interface BriefingDataOptions {
  /** The deck's slides.md, whose slides Slidev re-plans when the data changes. */
  readonly entry: string
}

/** The subset of Vite's HMR context we hand to Slidev's loader (see below). */
type HotUpdate = (
  this: unknown,
  ctx: HmrContext,
) => Promise<ModuleNode[] | undefined> | ModuleNode[] | undefined

const stamp = (): string => new Date().toLocaleTimeString('en-GB')

export function briefingData(options: BriefingDataOptions): Plugin {
  const entry = resolve(options.entry)
  let slidesLoader: Plugin | undefined
  let server: ViteDevServer | undefined
  let dataDir = ''
  /** The dataset state the browser was last sent, to ignore saves that change nothing. */
  let sentKey: string | undefined
  /** An error overlay is up: the next valid save must reach the browser to clear it. */
  let overlayShown = false
  /** A re-plan waiting until the browser has fetched the new view (see replanSoon). */
  let pendingReplan: HmrContext | undefined
  let replanTimer: ReturnType<typeof setTimeout> | undefined
  let building = false

  return {
    name: 'briefing:data',
    enforce: 'pre',
    async configResolved(config) {
      building = config.command === 'build'
      slidesLoader = config.plugins.find((p) => p.name === 'slidev:loader')
      dataDir = await datasetDir()
    },
    configureServer(s) {
      server = s
      // New or deleted files in the dataset directory matter too, not only edits.
      s.watcher.add(dataDir)
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    async transformIndexHtml(html) {
      // The title and the content are written in by scripts/build.ts (withPageTitle, withDeckData).
      if (building)
        return {
          html,
          tags: [
            {
              tag: 'script',
              attrs: { type: 'application/json', id: DATA_ELEMENT_ID },
              injectTo: 'head-prepend',
            },
          ],
        }
      const loaded = await loadDeckView(dataDir)
      return loaded.ok ? withPageTitle(html, loaded.view.header.title) : html
    },
    // Slidev's renderer compiles every slide title as Markdown into a Vue template: a title
    // from the dataset would run as code (issue 15, class A). Ours binds text. A transform,
    // not a load: Slidev's own load hook for its virtual modules runs before ours.
    transform(_code, id) {
      return id === TITLE_RENDERER_ID
        ? `export { default } from ${JSON.stringify(TITLE_TEXT)}`
        : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      if (building) return FROM_DATA_ASSET
      const loaded = await loadDeckView(dataDir)
      for (const file of loaded.files) this.addWatchFile(file)
      // Dev, after a bad save: a slide that fetches the view again gets the last good one
      // (handleHotUpdate has shown the problems), not a failed module and Vite's overlay.
      const kept = !loaded.ok && server ? lastGoodView() : undefined
      if (!loaded.ok && !kept) {
        const text = await problemsText(loaded)
        if (server)
          console.error(`\n[briefing] ${stamp()} ${countLine(loaded.problems.length)}:\n${text}\n`)
        this.error(`${PROBLEMS_HEADING}\n${text}`)
      }
      if (loaded.ok) sentKey = loaded.key
      if (pendingReplan) replanSoon(30)
      const view = loaded.ok ? loaded.view : kept
      // JSON.parse of a string literal is faster to start than an object literal of this size.
      // Dev: Slidev's server sends the notes itself (from slides.md, setup/preparser.ts).
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(view))})\nexport const notesHtml = undefined`
    },
    async handleHotUpdate(ctx) {
      if (!isDatasetFile(ctx.file, dataDir)) return undefined
      let loaded = await loadDeckView(dataDir)
      // A save that truncates, then writes, fires a change event on the empty file: look again.
      if (!loaded.ok) {
        await new Promise((ok) => setTimeout(ok, 60))
        loaded = await loadDeckView(dataDir)
      }
      if (!loaded.ok) {
        const text = await problemsText(loaded)
        console.error(
          `\n[briefing] ${stamp()} ${renderMessage(msg('dev.problemsKept', { count: loaded.problems.length }))}:\n${text}\n`,
        )
        overlayShown = true
        ctx.server.ws.send('briefing:problems', { count: loaded.problems.length, text })
        return []
      }
      // An editor's save often fires two change events; the second changes nothing.
      if (loaded.key === sentKey && !overlayShown) return []
      if (overlayShown) ctx.server.ws.send('briefing:problems', { count: 0, text: '' })
      overlayShown = false
      const view = ctx.server.moduleGraph.getModuleById(RESOLVED_ID)
      if (view) ctx.server.moduleGraph.invalidateModule(view)
      console.info(
        `[briefing] ${stamp()} dataset updated (${loaded.ms} ms to validate and build the view)`,
      )
      // The slides get the new view first; Slidev re-plans pages and notes once the
      // browser has fetched it (re-planning is synchronous work that would delay that).
      pendingReplan = ctx
      replanSoon(1000)
      return view ? [view] : []
    },
  }

  function replanSoon(ms: number): void {
    clearTimeout(replanTimer)
    replanTimer = setTimeout(() => {
      const ctx = pendingReplan
      pendingReplan = undefined
      if (ctx) void replan(ctx)
    }, ms)
  }

  /**
   * Slidev only re-parses slides.md when slides.md changes and has no API to re-run the
   * preparser for another file; so call its loader's hot-update hook (slidev:loader,
   * internal to 52.20.1) as if slides.md had been saved, and push what changed.
   */
  async function replan(ctx: HmrContext): Promise<void> {
    const reload = slidesLoader?.handleHotUpdate as HotUpdate | undefined
    if (!reload || !server) return
    try {
      const more = await reload.call(undefined, {
        ...ctx,
        file: entry,
        modules: [],
        read: () => readFile(entry, 'utf8'),
      })
      if (Array.isArray(more)) for (const m of more) await server.reloadModule(m)
    } catch (e) {
      console.error(`[briefing] re-planning the slides failed: ${(e as Error).message}`)
    }
  }
}
