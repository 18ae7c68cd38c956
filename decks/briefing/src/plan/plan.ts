/**
 * The deck's slide plan: which slides each part of the briefing needs and what goes on
 * each, computed from the view alone. Node (setup/preparser.ts, which writes one Slidev
 * slide per entry with its speaker notes) and the browser (the components, which show
 * the items of their entry) run the same function on the same view, so they agree.
 *
 *   view → planDeck() → { judgments: [page, …], comparison: [page, …], … } → slides
 */
// The catalogue alone: the package's index pulls in Node modules a browser lacks.
import type { OutputProblem } from '@briefing/dataset'
import { msg } from '@briefing/dataset/messages'
import type { BriefingView, Citation, SectionId } from '@briefing/views'
import { sectionHeading, unionCitation } from '@briefing/views/browser'
import { blockHeight, lineCount } from '../layout/measure.ts'
import {
  BACKGROUND,
  BODY_WIDTH,
  bodyHeight,
  CHANGES,
  COMPARISON,
  DISAGREEMENTS,
  FIGURE_TABLE,
  FRAME,
  GLOSSARY,
  HORIZONS,
  JUDGMENTS,
  PILLARS,
  QUOTES,
  RECOMMENDATIONS,
  SCALE,
  SOURCES,
  TABLE,
  TALK,
  TIMELINE,
} from '../layout/metrics.ts'
import { type Band, chartParts } from './chartWindows.ts'
import { paginate } from './paginate.ts'

/** Every kind of slide the deck has, in deck order (backup slides last). */
export const SLIDE_KINDS = [
  // The main track (deck.yaml, one slide per storyline entry), then the appendix.
  'talk',
  'divider',
  'judgments',
  'scale',
  'background',
  'comparison',
  'pillars',
  'figureTable',
  'timeline',
  'quotes',
  'horizons',
  'disagreements',
  'recommendations',
  'implications',
  'sources',
  'glossary',
  'changes',
] as const

/** Slide kinds of the main track: before the `부록` divider, held to the talk's fit rules. */
export const MAIN_TRACK_KINDS: readonly SlideKind[] = ['talk']
export type SlideKind = (typeof SLIDE_KINDS)[number]

/**
 * Which slide kinds show each section of the registry (packages/views/src/sections/
 * registry.ts): a section without slides is a type error here, and a test checks that
 * every kind belongs to one section and that slides.md plans every kind, in order.
 */
export const SLIDES_OF: Readonly<Record<SectionId, readonly SlideKind[]>> = {
  // The talk and its divider open the deck; the appendix begins with the summary's full record.
  // 추정 표현의 뜻 follows the judgments, as in the memo (after the judgments' basis).
  summary: ['talk', 'divider', 'judgments', 'scale'],
  background: ['background'],
  comparison: ['comparison'],
  // Each strategy once: its overview and every pillar with its summary, one run a country.
  strategies: ['pillars'],
  figures: ['figureTable'],
  // The chart is the comparison's picture on the main track (a talk slide); the appendix
  // keeps the full comparison tables, so it has no slide of its own.
  chart: [],
  timeline: ['timeline'],
  quotes: ['quotes'],
  outlook: ['horizons', 'disagreements'],
  recommendations: ['recommendations'],
  implications: ['implications'],
  sources: ['sources'],
  glossary: ['glossary'],
  changes: ['changes'],
}

/** The section a slide kind belongs to: its number and title head the slide. */
export function sectionOf(kind: SlideKind): SectionId {
  const found = (Object.keys(SLIDES_OF) as SectionId[]).find((id) => SLIDES_OF[id].includes(kind))
  if (!found) throw new Error(`slide kind "${kind}" belongs to no section in SLIDES_OF`)
  return found
}

interface PageBase {
  /** 1-based page within its run (a comparison group, a country, or the whole kind). */
  readonly page: number
  readonly pages: number
  /** The memo chapter this slide belongs to: its number and title head the slide. */
  readonly section: SectionId
  readonly title: string
  /** Every citation on the slide, for its footer. */
  readonly citation: Citation
  /**
   * Place among all appendix slides of its section, for the running header ("4. 양국의
   * 전략 · 3 / 4"): a section's runs (a group, a country) number on, not each from 1.
   */
  readonly sectionPage?: number
  readonly sectionPages?: number
  /** The appendix's running header: the section numbered among those the appendix shows. */
  readonly heading?: string
}

export interface ListPage extends PageBase {
  /** Indexes into the list this kind shows. */
  readonly items: readonly number[]
}
export interface GroupPage extends ListPage {
  /** comparison: the group; pillars: the country (index into view.strategies). */
  readonly group: number
  /** pillars: the country's overview heads this page (its run's first). */
  readonly overview?: boolean
}
/**
 * A disagreement on a slide: its topic with all of its positions and its note, or, when
 * that is taller than a slide, a run of its positions under the topic repeated (the note
 * after the last run). Indexes into view.outlook.disagreements and its positions.
 */
export interface DisagreementBlock {
  readonly disagreement: number
  readonly positions: readonly number[]
  readonly note: boolean
}
export interface DisagreementPage extends ListPage {
  readonly blocks: readonly DisagreementBlock[]
}
/** A main-track slide: index into view.talk.slides. */
export interface TalkPage extends PageBase {
  readonly slide: number
  /** A comparison slide's chart (the evidence's own): the band to draw, at this scale. */
  readonly bands?: readonly Band[]
  readonly scale?: number
}
export type DividerPage = PageBase
/**
 * 추정 표현의 뜻: indexes into the key's terms, likelihood first, then confidence
 * (`scaleTerms`); the key's note heads its first page.
 */
export interface ScalePage extends ListPage {
  readonly note: boolean
}

export interface DeckPlan {
  readonly talk: readonly TalkPage[]
  readonly divider: readonly DividerPage[]
  readonly judgments: readonly ListPage[]
  readonly scale: readonly ScalePage[]
  readonly glossary: readonly ListPage[]
  readonly comparison: readonly GroupPage[]
  readonly timeline: readonly ListPage[]
  readonly horizons: readonly ListPage[]
  readonly disagreements: readonly DisagreementPage[]
  readonly recommendations: readonly ListPage[]
  readonly implications: readonly ListPage[]
  readonly sources: readonly ListPage[]
  readonly background: readonly ListPage[]
  readonly pillars: readonly GroupPage[]
  readonly figureTable: readonly ListPage[]
  readonly quotes: readonly ListPage[]
  readonly changes: readonly ListPage[]
  /**
   * Items too tall for any slide: `data:check` reports these at the item (by its id) and
   * the build refuses them, naming the slide.
   */
  readonly problems: readonly OutputProblem[]
}

export type AnyPage = DeckPlan[SlideKind][number]

const plans = new WeakMap<BriefingView, DeckPlan>()

/** The plan for a view (cached per view object: components call it on every render). */
export function planDeck(view: BriefingView): DeckPlan {
  let plan = plans.get(view)
  if (!plan) {
    plan = computePlan(view)
    plans.set(view, plan)
  }
  return plan
}

function computePlan(view: BriefingView): DeckPlan {
  const problems: OutputProblem[] = []
  const sectionTitle = (id: SectionId): string =>
    view.sections.find((s) => s.id === id)?.title ?? id
  const titleLines = (title: string): number =>
    Math.max(1, lineCount(title, BODY_WIDTH, FRAME.titleFont))
  const capacityUnder = (title: string): number => bodyHeight(titleLines(title))

  /** Paginates a list under one title; `name(i)` says which item a problem is about. */
  function list<T extends { readonly citation: Citation }>(
    kind: SlideKind,
    title: string,
    items: readonly T[],
    height: (item: T) => number,
    name: (item: T) => string,
    fixed = 0,
  ): ListPage[] {
    if (items.length === 0) return []
    const capacity = capacityUnder(title) - fixed
    const { pages, tooTall } = paginate(items.map(height), capacity)
    for (const i of tooTall)
      problems.push(tooTallItem(kind, title, name(items[i] as T), items[i] as T, height, capacity))
    return pages.map((indexes, p) => ({
      page: p + 1,
      pages: pages.length,
      section: sectionOf(kind),
      title,
      items: indexes,
      citation: unionCitation(indexes.map((i) => (items[i] as T).citation)),
    }))
  }

  const L = view.labels
  const judgments = list(
    'judgments',
    sectionTitle('summary'),
    view.keyJudgments,
    judgmentHeight,
    (j) => `${j.number}`,
  )

  // The estimative key: every term of both scales, each with its group's heading before
  // the first of the group; a page that opens mid-group repeats that heading (the fixed
  // room below), and the note heads the first page.
  const terms = scaleTerms(view)
  const scaleHeadings = [view.scale.likelihoodHeading, view.scale.confidenceHeading]
  const groupHeading = (t: string) =>
    blockHeight(t, BODY_WIDTH, SCALE.heading.font, SCALE.heading.line) + SCALE.headingGap
  const scale: ScalePage[] = list(
    'scale',
    view.scale.title,
    terms.map((t) => ({ ...t, citation: EMPTY })),
    (t) => scaleTermHeight(t) + (t.first ? groupHeading(scaleHeadings[t.group] ?? '') : 0),
    (t) => t.label,
    blockHeight(view.scale.note, BODY_WIDTH, SCALE.note.font, SCALE.note.line) +
      SCALE.noteGap +
      Math.max(0, ...scaleHeadings.map(groupHeading)),
  ).map((page) => ({ ...page, note: page.page === 1 }))

  const glossary = list(
    'glossary',
    sectionTitle('glossary'),
    view.glossary.entries.map((g) => ({ ...g, citation: EMPTY })),
    glossaryHeight,
    (g) => g.term,
  )

  const comparison: GroupPage[] = view.comparison.flatMap((group, g) =>
    list(
      'comparison',
      group.takeaway,
      group.rows,
      comparisonRowHeight,
      (r) => r.dimension,
      TABLE.headHeight,
    ).map((page) => ({ ...page, group: g })),
  )

  const timeline = list(
    'timeline',
    sectionTitle('timeline'),
    view.timeline,
    timelineHeight,
    (e) => e.title,
  )

  const horizons = list(
    'horizons',
    sectionTitle('outlook'),
    view.outlook.horizons,
    horizonHeight,
    (h) => h.label,
    TABLE.headHeight,
  )

  // A disagreement is one item unless it is taller than a slide: then its positions are
  // split into runs that fit, each under the topic, and only a single position too tall
  // for a slide is refused.
  const blocks = disagreementBlocks(
    view.outlook.disagreements,
    capacityUnder(L.sections.disagreements),
  )
  const disagreements: DisagreementPage[] = list(
    'disagreements',
    L.sections.disagreements,
    blocks,
    (b) => b.height,
    (b) => b.name,
  ).map((page) => {
    const onPage = page.items.map((i) => blocks[i] as (typeof blocks)[number])
    return {
      ...page,
      items: [...new Set(onPage.map((b) => b.disagreement))],
      blocks: onPage.map(({ disagreement, positions, note }) => ({
        disagreement,
        positions,
        note,
      })),
    }
  })

  const recommendations = list(
    'recommendations',
    sectionTitle('recommendations'),
    view.recommendations,
    recommendationHeight,
    (r) => r.title,
  )
  // The section is 우리 정부에 대한 제언 (the memo's section 2): the actions requested in
  // full. The implications' titles are the main track's Korea slide.
  const implications = list(
    'implications',
    sectionTitle('implications'),
    view.actions,
    recommendationHeight,
    (r) => r.title,
  )

  const sources = list(
    'sources',
    sectionTitle('sources'),
    view.sources.map((s) => ({ ...s, citation: { numbers: [], text: '' } })),
    sourceHeight,
    (s) => `[${s.number}]`,
  )

  const background = list(
    'background',
    sectionTitle('background'),
    view.background,
    backgroundHeight,
    (c) => c.heading,
  )

  // A country's run: its overview first (an item pagination keeps on the first page), then
  // every pillar with its summary.
  const pillars: GroupPage[] = view.strategies.flatMap((s, g) => {
    const blocks = [
      { overview: true, id: undefined, text: s.overview, citation: EMPTY },
      ...s.pillars.map((p) => ({ overview: false, ...p, text: p.title })),
    ]
    return list(
      'pillars',
      s.title,
      blocks,
      (b) => (b.overview ? overviewHeight(b.text) : pillarHeight(b as (typeof s.pillars)[number])),
      (b) => (b.overview ? s.country.label : b.text),
    ).map((page) => ({
      ...page,
      items: page.items.filter((i) => i > 0).map((i) => i - 1),
      overview: page.items.includes(0),
      group: g,
    }))
  })

  const figureTable = list(
    'figureTable',
    sectionTitle('figures'),
    view.figures,
    figureRowHeight,
    (f) => f.label,
    TABLE.headHeight,
  )

  const quotes = list(
    'quotes',
    sectionTitle('quotes'),
    view.quotes,
    quoteHeight,
    (q) => q.attribution,
  )

  const changes = list(
    'changes',
    sectionTitle('changes'),
    view.changes.map((c) => ({ ...c, citation: { numbers: [], text: '' } })),
    changeHeight,
    (c) => c.edition,
    3 + 16 + TABLE.line, // the rule over the table, and the line under it: previous edition and stamp
  )

  const talk: TalkPage[] = planTalk(view, problems)
  const divider: DividerPage[] = [
    {
      page: 1,
      pages: 1,
      section: sectionOf('divider'),
      title: view.talk.words.appendix,
      citation: { numbers: [], text: '' },
    },
  ]

  return numberSections(view, {
    talk,
    divider,
    judgments,
    scale,
    glossary,
    comparison,
    timeline,
    horizons,
    disagreements,
    recommendations,
    implications,
    sources,
    background,
    pillars,
    figureTable,
    quotes,
    changes,
    problems,
  })
}

/**
 * Each appendix slide's running header: its section numbered among the sections the
 * appendix shows (so the numbers never skip one without slides), and its place among
 * that section's slides (SLIDES_OF order is deck order).
 */
function numberSections(view: BriefingView, plan: DeckPlan): DeckPlan {
  const out: Record<string, unknown> = { ...plan }
  let number = 0
  // In the order the appendix shows them (SLIDE_KINDS), which is the talk's, not the
  // memo's Korea-first order of the registry.
  const first = (id: SectionId) =>
    Math.min(...SLIDES_OF[id].map((k) => SLIDE_KINDS.indexOf(k)), SLIDE_KINDS.length)
  const inDeckOrder = [...view.sections].sort((a, b) => first(a.id) - first(b.id))
  for (const section of inDeckOrder) {
    const kinds = SLIDES_OF[section.id].filter(
      (k) => !MAIN_TRACK_KINDS.includes(k) && k !== 'divider',
    )
    const sectionPages = kinds.reduce((n, k) => n + plan[k].length, 0)
    if (sectionPages === 0) continue
    const heading = sectionHeading(++number, section.title)
    let n = 0
    for (const k of kinds)
      out[k] = plan[k].map((page: AnyPage) => ({
        ...page,
        sectionPage: ++n,
        sectionPages,
        heading,
      }))
  }
  return out as unknown as DeckPlan
}

function tooTallItem<T>(
  kind: SlideKind,
  title: string,
  item: string,
  value: T,
  height: (item: T) => number,
  capacity: number,
): OutputProblem {
  const id = (value as { id?: unknown }).id
  const message = msg('deck.itemTooTall', {
    slide: `${kind}: ${title}`,
    item,
    need: Math.round(height(value)),
    have: Math.round(capacity),
  })
  return typeof id === 'string' ? { id, message } : { message }
}

// ---- Heights of one item, mirroring the components' CSS (all numbers from metrics.ts) ----

const cellLines = (text: string, width: number): number =>
  lineCount(text, width - 2 * TABLE.padX, TABLE.font)
const rowOf = (lines: number): number => lines * TABLE.line + 2 * TABLE.padY + TABLE.border
const withCitation = (text: string, c: Citation): string => (c.text ? `${text} ${c.text}` : text)

function judgmentHeight(j: BriefingView['keyJudgments'][number]): number {
  const J = JUDGMENTS
  const w = BODY_WIDTH - J.badge - J.gap
  return (
    2 * J.padY +
    1 +
    Math.max(
      J.badge,
      blockHeight(j.statement, w, J.statement.font, J.statement.line) +
        J.metaGap +
        blockHeight(withCitation(j.estimate, j.citation), w, J.meta.font, J.meta.line),
    )
  )
}

function comparisonRowHeight(r: BriefingView['comparison'][number]['rows'][number]): number {
  const widths = COMPARISON.columns(r.positions.length)
  const [dim = 0] = widths
  const as = widths[widths.length - 2] ?? 0
  const lead = widths[widths.length - 1] ?? 0
  return rowOf(
    Math.max(
      // The dimension cell also holds the views' evidence mark ("블로그 1건") on a thin row.
      cellLines(r.evidence.mark ? `${r.dimension} ${r.evidence.mark}` : r.dimension, dim),
      ...r.positions.map((p, i) => cellLines(p.text, widths[i + 1] ?? 0)),
      cellLines(withCitation(r.assessment, r.citation), as),
      // The leader cell holds a 20 px marker before its label.
      lineCount(r.leader.label, lead - 2 * TABLE.padX - 28, TABLE.font),
    ),
  )
}

function horizonHeight(h: BriefingView['outlook']['horizons'][number]): number {
  const [label = 0, summary = 0, ...each] = HORIZONS.columns(h.positions.length)
  return rowOf(
    Math.max(
      cellLines(h.label, label),
      cellLines(withCitation(h.summary, h.citation), summary),
      ...h.positions.map((p, i) => cellLines(p.text, each[i] ?? 0)),
    ),
  )
}

function figureRowHeight(f: BriefingView['figures'][number]): number {
  const [value, what, meta] = FIGURE_TABLE.columns
  return rowOf(
    Math.max(
      cellLines(f.value, value),
      cellLines(`${f.label}. ${f.measure}`, what),
      cellLines(withCitation(f.meta, f.citation), meta),
    ),
  )
}

/** Both scales' terms in one list: group 0 likelihood, 1 confidence; `first` of its group. */
export function scaleTerms(
  view: BriefingView,
): Array<
  BriefingView['scale']['likelihood'][number] & { readonly group: number; readonly first: boolean }
> {
  return [view.scale.likelihood, view.scale.confidence].flatMap((terms, group) =>
    terms.map((t, i) => ({ ...t, group, first: i === 0 })),
  )
}

function scaleTermHeight(t: BriefingView['scale']['likelihood'][number]): number {
  const [label = 0, range = 0, meaning = 0] = SCALE.columns
  const lines = (text: string, width: number) =>
    text === '' ? 1 : lineCount(text, width - 2 * SCALE.padX, SCALE.text.font)
  return (
    Math.max(lines(t.label, label), lines(t.range, range), lines(t.meaning, meaning)) *
      SCALE.text.line +
    2 * SCALE.padY +
    1
  )
}

function glossaryHeight(g: BriefingView['glossary']['entries'][number]): number {
  const [term, definition] = GLOSSARY.columns
  return rowOf(Math.max(cellLines(g.term, term), cellLines(g.definition, definition)))
}

function changeHeight(c: BriefingView['changes'][number]): number {
  const [edition, date, summary] = CHANGES.columns
  return rowOf(
    Math.max(
      cellLines(c.edition, edition),
      cellLines(c.date.text, date),
      cellLines(c.summary, summary),
    ),
  )
}

function timelineHeight(e: BriefingView['timeline'][number]): number {
  const T = TIMELINE
  const w = BODY_WIDTH - T.dateWidth - T.railWidth
  const right =
    blockHeight(`${e.title} ${e.country.label}`, w - 16, T.title.font, T.title.line) +
    T.titleGap +
    blockHeight(withCitation(e.detail, e.citation), w, T.detail.font, T.detail.line)
  const left = blockHeight(e.date.text, T.dateWidth - 16, T.date.font, T.date.line)
  return 2 * T.padY + Math.max(left, right) + 1
}

type Disagreement = BriefingView['outlook']['disagreements'][number]

/** Height of a disagreement's topic with some of its positions, and its note if `note`. */
function disagreementHeight(
  d: Disagreement,
  positions: readonly number[] = d.positions.map((_, i) => i),
  note = true,
): number {
  const D = DISAGREEMENTS
  const viewWidth = BODY_WIDTH - D.holderWidth
  const shown = positions.flatMap((i) => d.positions[i] ?? [])
  const positionsHeight = shown.reduce(
    (sum, p) =>
      sum +
      2 * D.positionPadY +
      1 +
      Math.max(
        blockHeight(p.holder, D.holderWidth - 32, D.position.font, D.position.line),
        blockHeight(
          withCitation(p.view, p.citation),
          viewWidth - 16,
          D.position.font,
          D.position.line,
        ),
      ),
    0,
  )
  const noteHeight =
    note && d.note ? D.noteTop + blockHeight(d.note, BODY_WIDTH - 15, D.note.font, D.note.line) : 0
  return (
    blockHeight(d.topic, BODY_WIDTH, D.topic.font, D.topic.line) +
    D.topicBottom +
    positionsHeight +
    noteHeight +
    D.blockGap
  )
}

/**
 * The disagreements as blocks a slide can hold: whole where they fit, else their
 * positions in runs that fit under the topic (greedy), the note with the last run. A run
 * of one position that is still too tall is left for `list` to report by its holder.
 */
function disagreementBlocks(
  disagreements: readonly Disagreement[],
  capacity: number,
): Array<DisagreementBlock & { id: string; height: number; name: string; citation: Citation }> {
  return disagreements.flatMap((d, di) => {
    const block = (positions: number[], note: boolean) => ({
      // The disagreement's id: a block too tall is reported at it in the dataset.
      id: d.id,
      disagreement: di,
      positions,
      note,
      height: disagreementHeight(d, positions, note),
      name:
        positions.length === 1 && positions.length < d.positions.length
          ? `${d.topic} · ${d.positions[positions[0] as number]?.holder ?? ''}`
          : d.topic,
      citation: unionCitation(positions.flatMap((i) => d.positions[i]?.citation ?? [])),
    })
    const all = d.positions.map((_, i) => i)
    if (disagreementHeight(d, all, true) <= capacity) return [block(all, true)]
    const runs: number[][] = []
    let run: number[] = []
    for (const i of all) {
      if (run.length > 0 && disagreementHeight(d, [...run, i], false) > capacity) {
        runs.push(run)
        run = []
      }
      run.push(i)
    }
    // The note goes with the last run; if together they do not fit, the last position
    // moves on with the note, and if even that is too tall the note goes on alone.
    if (run.length > 1 && disagreementHeight(d, run, true) > capacity) {
      runs.push(run.slice(0, -1))
      run = run.slice(-1)
    }
    if (d.note && disagreementHeight(d, run, true) > capacity) {
      runs.push(run)
      run = []
    }
    return [...runs.map((r) => block(r, false)), block(run, true)]
  })
}

function recommendationHeight(
  r:
    | BriefingView['recommendations'][number]
    | BriefingView['implications'][number]
    | BriefingView['actions'][number],
): number {
  const R = RECOMMENDATIONS
  const w = BODY_WIDTH - R.badge - R.gap
  const tags = 'audience' in r ? `${r.audience.label} ${r.origin.label}` : r.origin.label
  // A debate position's holder, on its own line above the title (Recommendations.vue).
  const holder = 'holder' in r && r.holder ? blockHeight(r.holder, w, R.text.font, R.text.line) : 0
  return (
    2 * R.padY +
    1 +
    Math.max(
      R.badge,
      holder +
        blockHeight(`${r.title} ${tags}`, w - 40, R.title.font, R.title.line) +
        R.textGap +
        blockHeight(withCitation(r.text, r.citation), w, R.text.font, R.text.line) +
        actionPartsHeight(r, w),
    )
  )
}

/** An action's labelled parts as Implications.vue flows them: one paragraph, " · " between. */
function actionPartsHeight(r: Parameters<typeof recommendationHeight>[0], width: number): number {
  if (!('parts' in r) || r.parts.length === 0) return 0
  const R = RECOMMENDATIONS
  // Five characters' room where Implications.vue's CSS draws " · " between two parts.
  const gap = '\u00a0'.repeat(5)
  const text = r.parts.map((p) => `${p.label} ${p.value}`).join(gap)
  return R.textGap + blockHeight(text, width, R.part.font, R.part.line)
}

function sourceHeight(s: BriefingView['sources'][number]): number {
  const S = SOURCES
  const w = BODY_WIDTH - S.numberWidth
  const url = s.url ? blockHeight(s.url, w, S.text.font, S.text.line) : 0
  // The mentions line under a document (the outlets and people it cites).
  const mentions = s.mentionsText ? blockHeight(s.mentionsText, w, S.text.font, S.text.line) : 0
  return 2 * S.padY + blockHeight(s.text, w, S.text.font, S.text.line) + url + mentions
}

function backgroundHeight(c: BriefingView['background'][number]): number {
  const B = BACKGROUND
  return (
    2 * B.padY +
    1 +
    blockHeight(c.heading, BODY_WIDTH, B.heading.font, B.heading.line) +
    B.textGap +
    blockHeight(withCitation(c.text, c.citation), BODY_WIDTH, B.text.font, B.text.line)
  )
}

function overviewHeight(text: string): number {
  const P = PILLARS
  return 2 * P.padY + blockHeight(text, BODY_WIDTH, P.summary.font, P.summary.line)
}

function pillarHeight(p: BriefingView['strategies'][number]['pillars'][number]): number {
  const P = PILLARS
  return (
    2 * P.padY +
    1 +
    blockHeight(p.title, BODY_WIDTH - P.indent, P.title.font, P.title.line) +
    P.textGap +
    blockHeight(
      withCitation(p.summary, p.citation),
      BODY_WIDTH - P.indent,
      P.summary.font,
      P.summary.line,
    )
  )
}

function quoteHeight(q: BriefingView['quotes'][number]): number {
  const Q = QUOTES
  const w = BODY_WIDTH - Q.indent
  return (
    2 * Q.padY +
    1 +
    blockHeight(`“${q.text}”`, w, Q.text.font, Q.text.line) +
    Q.metaGap +
    blockHeight(q.byline, w, Q.meta.font, Q.meta.line) +
    blockHeight(withCitation(q.context, q.citation), w, Q.meta.font, Q.meta.line)
  )
}

const EMPTY: Citation = { numbers: [], text: '' }

// ---- The main track: one slide per deck.yaml entry ----

function planTalk(view: BriefingView, problems: OutputProblem[]): TalkPage[] {
  return view.talk.slides.map((s, i) => {
    const e = s.evidence
    // The group's own chart, header and rows without the legend (the column heads name
    // the marks), as large as the body allows.
    const parts = e.kind === 'comparison' ? chartParts(e.chart) : undefined
    const bottom = parts?.groups[parts.groups.length - 1]?.bottom ?? 0
    // Drawn at the body's width its smallest label is 24 px (TALK_CHART_FONT); a group too
    // tall for that would shrink every label under what a room can read: refused.
    if (e.kind === 'comparison' && bottom > 0) {
      const byWidth = BODY_WIDTH / e.chart.width
      const byHeight = TALK.chartHeight / bottom
      const rows = view.comparison[e.group]?.rows.length ?? 0
      if (byHeight < byWidth - 1e-6) {
        const max = Math.max(1, Math.floor(rows * (byHeight / byWidth)))
        problems.push({
          id: s.id,
          message: msg('deck.chartTooSmall', { slide: s.headline, rows, max }),
        })
      }
    }
    return {
      page: 1,
      pages: 1,
      section: 'summary',
      // The cover is named by the briefing's title (go-to dialog, overview), as it shows it.
      title: e.kind === 'title' ? view.header.title : s.headline,
      slide: i,
      citation: s.citation,
      ...(parts && e.kind === 'comparison' && bottom > 0
        ? {
            bands: [{ top: 0, bottom }],
            scale: Math.min(BODY_WIDTH / e.chart.width, TALK.chartHeight / bottom),
          }
        : {}),
    }
  })
}
