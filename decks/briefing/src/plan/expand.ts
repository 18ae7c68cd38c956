/**
 * slides.md → the slides Slidev renders. slides.md holds one slide per kind with
 * `plan: <kind>` in its frontmatter and only layout in its body; this turns each into as
 * many slides as the plan has pages for that kind, each with `part: <n>`, its title and
 * its speaker notes (an HTML comment at the end, Slidev's notes syntax). Pure: lines in,
 * lines out, so it is tested without Slidev (setup/preparser.ts calls it).
 */
import type { BriefingView } from '@briefing/views'
import { notesFor } from './notes.ts'
import { type DeckPlan, SLIDE_KINDS, type SlideKind } from './plan.ts'

interface Chunk {
  /** Frontmatter lines without the `---` fences; undefined when the slide has none. */
  frontmatter?: string[]
  body: string[]
}

const PLAN_LINE = /^plan:\s*([A-Za-z]+)\s*$/

/** Splits slides.md into slides the way @slidev/parser does (`---` separators, frontmatter blocks). */
export function splitSlides(lines: readonly string[]): Chunk[] {
  const chunks: Chunk[] = []
  let current: Chunk = { body: [] }
  let i = 0
  let inFence = false
  const push = () => {
    if (current.frontmatter || current.body.some((l) => l.trim() !== '')) chunks.push(current)
  }
  while (i < lines.length) {
    const line = (lines[i] as string).trimEnd()
    if (!inFence && line.startsWith('---')) {
      push()
      const next = lines[i + 1]
      if (line[3] !== '-' && next !== undefined && next.trim() !== '') {
        const end = lines.findIndex((l, j) => j > i && l.trimEnd() === '---')
        const stop = end === -1 ? lines.length : end
        current = { frontmatter: lines.slice(i + 1, stop) as string[], body: [] }
        i = stop + 1
        continue
      }
      current = { body: [] }
      i++
      continue
    }
    if (line.trimStart().startsWith('```')) inFence = !inFence
    current.body.push(lines[i] as string)
    i++
  }
  push()
  return chunks
}

function joinSlides(chunks: readonly Chunk[]): string[] {
  const out: string[] = []
  for (const c of chunks) {
    out.push('---')
    if (c.frontmatter) out.push(...c.frontmatter, '---')
    out.push(...c.body)
  }
  return out
}

/** The kind a slide is planned as, from its `plan:` frontmatter line. */
export function planKindOf(chunk: Chunk): SlideKind | undefined {
  for (const line of chunk.frontmatter ?? []) {
    const m = PLAN_LINE.exec(line.trim())
    if (m && (SLIDE_KINDS as readonly string[]).includes(m[1] as string)) return m[1] as SlideKind
  }
  return undefined
}

export interface Expanded {
  readonly lines: string[]
  /** Deck order: which kind and part each slide shows (1-based slide number = index + 1). */
  readonly slides: ReadonlyArray<{
    readonly kind: SlideKind | undefined
    readonly part: number
    readonly title?: string
    /** The speaker notes written into the slide (Markdown), empty when none. */
    readonly notes: string
  }>
}

export interface ExpandOptions {
  /**
   * Write each slide's notes into its Markdown (Slidev's notes syntax), as `slidev` (dev)
   * needs them. A build leaves them out: the built site then holds no content, and the
   * notes reach the page in the data asset instead (src/data/deckData.ts, issue 17).
   * `slides[].notes` is filled either way. Default true.
   */
  readonly notesInSlides?: boolean
}

/**
 * Expands slides.md for a view. Without a view (the dataset is invalid and nothing valid
 * was seen yet) every planned slide stays single and without notes, so the dev server
 * starts and shows the problems instead of failing.
 */
export function expandSlides(
  lines: readonly string[],
  view: BriefingView | undefined,
  plan: DeckPlan | undefined,
  options: ExpandOptions = {},
): Expanded {
  const notesInSlides = options.notesInSlides ?? true
  const chunks = splitSlides(lines)
  const out: Chunk[] = []
  const slides: Array<Expanded['slides'][number]> = []
  chunks.forEach((chunk, index) => {
    const kind = planKindOf(chunk)
    const fm = chunk.frontmatter ?? []
    if (!kind) {
      out.push(chunk)
      slides.push({ kind: undefined, part: 0, notes: '' })
      return
    }
    // No dataset string goes into a frontmatter (issue 15, class A): Slidev compiles a
    // slide's `title` (and the headmatter's, for <title>) as Markdown into a Vue template,
    // so data there runs as code or breaks the build. Titles reach Slidev as text instead:
    // src/plan/slideTitle.ts, components/SlideTitleText.vue, setup/main.ts and the page
    // <title> in src/vite/briefingData.ts. The language is a checked tag ("ko"), not text.
    const head =
      index === 0 && view ? ['htmlAttrs:', `  lang: ${JSON.stringify(view.language)}`] : []
    const pages = view && plan ? plan[kind] : [undefined]
    pages.forEach((page, part) => {
      const title = page?.title
      const frontmatter = [
        ...fm.filter((l) => !/^(part|title|htmlAttrs):/.test(l)),
        `part: ${part}`,
        ...head,
      ]
      const notes = view && page ? notesFor(view, kind, page) : []
      const body = [
        ...trimTrailing(chunk.body),
        ...(notesInSlides && notes.length > 0 ? ['', '<!--', ...notes, '-->', ''] : ['']),
      ]
      out.push({ frontmatter, body })
      slides.push({
        kind,
        part,
        notes: notes.join('\n'),
        ...(title !== undefined ? { title } : {}),
      })
    })
  })
  return { lines: joinSlides(out), slides }
}

function trimTrailing(lines: readonly string[]): string[] {
  const out = [...lines]
  while (out.length > 0 && (out[out.length - 1] as string).trim() === '') out.pop()
  return out
}
