/**
 * The large dataset of issue #6 ("Size and overflow"), derived from the shipped one on
 * every run so it stays current: every prose field three times as long, the comparison
 * padded to 30 rows, the timeline to 60 events and the sources to 40, each new source
 * cited. Still valid: ids unique, dates real, nothing after the as-of date unless planned.
 *
 *   shared-data/*.yaml → parse → makeLargeDataset() (pure) → stringify → <dir>/*.yaml
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  type ComparisonRow,
  type Dataset,
  fileNameOf,
  isRealDate,
  SECTION_NAMES,
  type Source,
  startOf,
  type TimelineEvent,
} from '@briefing/dataset'
import { parse, stringify } from 'yaml'

/** What issue #6 asks of the large dataset. */
export const LARGE = {
  textFactor: 3,
  comparisonRows: 30,
  timelineEvents: 60,
  sources: 40,
} as const

/**
 * Keys whose strings are not prose: ids and references, dates, enumerations, URLs and
 * the unit word a figure's number is printed with. Every other string is tripled, so
 * a prose field added to the schema later is tripled without touching this file (and
 * a new enumeration shows up as a `pnpm data:check` failure, not as a quiet skip).
 */
export const NOT_PROSE: ReadonlySet<string> = new Set([
  'id',
  'date',
  'asOf',
  'kind',
  'leader',
  'country',
  'audience',
  'origin',
  'horizon',
  'likelihood',
  'confidence',
  'language',
  'url',
  'via',
  'qualifier',
  'unit',
  // meta.yaml actors: a colour, a marker shape, and names short by design (the columns' heads)
  'colour',
  'marker',
  'name',
  'short',
  // meta.yaml: the data cut-off is a date, the marking one of the 보안업무규정 values (issue 13)
  'dataCutoff',
  'classification',
])

/** Keys whose value is a list of ids. */
const ID_LISTS: ReadonlySet<string> = new Set(['sources', 'support'])

/**
 * Schema limits below three times the shipped length: the field is tripled up to the
 * limit (quotes are verbatim and short by rule). Listed so the test can report them.
 */
/**
 * Files kept as shipped: the talk's storyline (deck.yaml) is bounded by its own check
 * (headline at most 60 characters, 2–5 talk sentences, 10–14 slides), so a large record
 * grows the appendix, not the talk (issue 12).
 */
export const UNTRIPLED: ReadonlySet<string> = new Set(['deck'])

export const LENGTH_LIMITS: Readonly<Record<string, number>> = { 'quotes.text': 200 }

/** Parsed YAML: what `yaml.parse` returns for the dataset's files. */
type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml }

/**
 * The text three times over, copies two and three varied (words rotated, then reversed)
 * so that line breaks fall differently and no copy is a verbatim repeat of the first.
 * Capped at `limit` characters where the schema has one.
 */
export function triple(text: string, limit = Number.POSITIVE_INFINITY): string {
  const words = text.trim().split(/\s+/)
  const shift = Math.ceil(words.length / 3)
  const rotated = [...words.slice(shift), ...words.slice(0, shift)]
  const reversed = [...words].reverse()
  const out = [words, rotated, reversed].map((w) => w.join(' ')).join(' ')
  return out.length <= limit ? out : out.slice(0, limit).trimEnd()
}

/** Every prose string in a section, tripled (`section` names the file, for LENGTH_LIMITS). */
export function tripleProse(value: Yaml, section: string, key = ''): Yaml {
  if (typeof value === 'string') {
    if (NOT_PROSE.has(key)) return value
    return triple(value, LENGTH_LIMITS[`${section}.${key}`])
  }
  if (Array.isArray(value)) {
    if (ID_LISTS.has(key) && value.every((v) => typeof v === 'string')) return [...value]
    return value.map((v) => tripleProse(v, section, key))
  }
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Yaml } = {}
    for (const [k, v] of Object.entries(value)) out[k] = tripleProse(v, section, k)
    return out
  }
  return value
}

/** A marker that makes a copied item's text its own (a lost copy cannot hide behind its original). */
const marker = (n: number): string => `(추가 ${n})`

/** Prefixes every prose string of an item with its marker, before tripling. */
function marked<T>(item: T, n: number): T {
  const visit = (value: Yaml, key: string): Yaml => {
    if (typeof value === 'string') return NOT_PROSE.has(key) ? value : `${marker(n)} ${value}`
    if (Array.isArray(value))
      return ID_LISTS.has(key) ? [...value] : value.map((v) => visit(v, key))
    if (value !== null && typeof value === 'object') {
      const out: { [key: string]: Yaml } = {}
      for (const [k, v] of Object.entries(value)) out[k] = visit(v, k)
      return out
    }
    return value
  }
  return visit(item as Yaml, '') as T
}

/** The same date `years` earlier, at the same precision (29 February becomes the 28th). */
export function yearsEarlier(date: string, years: number): string {
  const [y, ...rest] = date.split('-')
  const shifted = [String(Number(y) - years), ...rest].join('-')
  return isRealDate(shifted) ? shifted : shifted.replace(/-29$/, '-28')
}

/** Hands out the new source ids so each is cited at least once. */
class Citer {
  private next = 0
  constructor(private readonly ids: readonly string[]) {}
  cite(existing: readonly string[]): string[] {
    if (this.ids.length === 0) return [...existing]
    const id = this.ids[this.next % this.ids.length] as string
    this.next++
    return [...existing, id]
  }
  get allCited(): boolean {
    return this.next >= this.ids.length
  }
}

/**
 * The large dataset from the shipped one. Pure: the input is not changed. New items
 * are copies of shipped ones, each with its own id and a numbered marker in its text.
 */
export function makeLargeDataset(shipped: Dataset): Dataset {
  const data = structuredClone(shipped)
  const ids = new Set<string>()
  const freshId = (base: string): string => {
    for (let i = 1; ; i++) {
      const id = `${base}-large-${i}`
      if (!ids.has(id) && !JSON.stringify(shipped).includes(`"${id}"`)) {
        ids.add(id)
        return id
      }
    }
  }
  let copyNo = 0

  // Sources first: the copies are cited by the rows and events added below.
  const sources = data.sources.sources
  const baseSources = [...sources]
  const newSourceIds: string[] = []
  for (let i = 0; sources.length < LARGE.sources; i++) {
    const from = baseSources[i % baseSources.length] as Source
    const copy: Source = { ...marked(from, ++copyNo), id: freshId(from.id) }
    if (from.url !== undefined) copy.url = `${from.url}#${copy.id}`
    sources.push(copy)
    newSourceIds.push(copy.id)
  }
  const citer = new Citer(newSourceIds)

  // Comparison rows: copies of each group's own rows, round-robin over the groups.
  const groups = data.comparison.groups
  const shippedRows = groups.map((g) => [...g.rows])
  let rowCount = groups.reduce((n, g) => n + g.rows.length, 0)
  for (let i = 0; rowCount < LARGE.comparisonRows; i++) {
    const g = i % groups.length
    const group = groups[g]
    const base = shippedRows[g] as ComparisonRow[]
    if (!group || base.length === 0) continue
    const from = base[Math.floor(i / groups.length) % base.length] as ComparisonRow
    const copy: ComparisonRow = {
      ...marked(from, ++copyNo),
      id: freshId(from.id),
      sources: citer.cite(from.sources),
    }
    group.rows.push(copy)
    rowCount++
  }

  // Timeline events: copies one, two, three… years earlier; a plan that has moved
  // before the as-of date is no longer a plan.
  const events = data.timeline.events
  const baseEvents = [...events]
  const asOf = startOf(data.meta.asOf)
  for (let i = 0; events.length < LARGE.timelineEvents; i++) {
    const from = baseEvents[i % baseEvents.length] as TimelineEvent
    const date = yearsEarlier(from.date, 1 + Math.floor(i / baseEvents.length))
    const copy: TimelineEvent = {
      ...marked(from, ++copyNo),
      id: freshId(from.id),
      date,
      sources: citer.cite(from.sources),
    }
    if (startOf(date) > asOf) copy.planned = true
    else delete copy.planned
    events.push(copy)
  }
  if (!citer.allCited) throw new Error('large dataset: more new sources than new items citing them')

  const out: Record<string, unknown> = {}
  for (const section of SECTION_NAMES)
    out[section] = UNTRIPLED.has(section)
      ? data[section]
      : tripleProse(data[section] as unknown as Yaml, section)
  return talkWithoutChart(out as Dataset)
}

/**
 * The talk draws one comparison group as a chart at 24 px; with every label tripled the
 * group no longer fits a slide at that size, and the deck's plan refuses it
 * (deck.chartTooSmall) as it should. The large dataset is about the record (appendix
 * and memo), so its talk shows the figures of its first figures slide there instead.
 */
function talkWithoutChart(data: Dataset): Dataset {
  const figures = data.deck.slides.find((sl) => sl.evidence.kind === 'figures')?.evidence
  if (!figures) return data
  const slides = data.deck.slides.map((sl) =>
    sl.evidence.kind === 'comparison' ? { ...sl, evidence: { ...figures } } : sl,
  )
  return { ...data, deck: { ...data.deck, slides } }
}

/** The shipped dataset as parsed YAML, one entry per section. */
export function readDataset(dir: string): Dataset {
  const out: Record<string, unknown> = {}
  for (const section of SECTION_NAMES)
    out[section] = parse(readFileSync(join(dir, fileNameOf(section)), 'utf8'))
  return out as Dataset
}

/** Writes a dataset as one YAML file per section into `dir`. */
export function writeDataset(dir: string, data: Dataset): void {
  mkdirSync(dir, { recursive: true })
  for (const section of SECTION_NAMES)
    writeFileSync(
      join(dir, fileNameOf(section)),
      `# Generated by tests/src/large/makeLargeDataset.ts from shared-data/; do not edit.\n${stringify(data[section], { lineWidth: 0 })}`,
    )
}

/** Makes the large dataset from `shippedDir` into `dir`; returns it. */
export function writeLargeDataset(shippedDir: string, dir: string): Dataset {
  const large = makeLargeDataset(readDataset(shippedDir))
  writeDataset(dir, large)
  return large
}

// `tsx tests/src/large/makeLargeDataset.ts <dir>`: write it for a look or a manual build.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const dir = process.argv[2]
  if (!dir) {
    console.error('usage: tsx tests/src/large/makeLargeDataset.ts <output dir>')
    process.exit(2)
  }
  const root = join(import.meta.dirname, '../../..')
  const large = writeLargeDataset(join(root, 'shared-data'), dir)
  console.log(
    `large dataset in ${dir}: ${large.sources.sources.length} sources, ${large.comparison.groups.reduce((n, g) => n + g.rows.length, 0)} comparison rows, ${large.timeline.events.length} events`,
  )
}
