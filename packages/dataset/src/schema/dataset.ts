import { z } from 'zod'
import {
  BackgroundFile,
  comparisonFileFor,
  figuresFileFor,
  JudgmentsFile,
  outlookFileFor,
  QuotesFile,
  recommendationsFileFor,
  strategiesFileFor,
  timelineFileFor,
} from './content.ts'
import { DeckFile } from './deck.ts'
import { MetaFile } from './meta.ts'
import type { ActorIds } from './primitives.ts'
import { SourcesFile } from './sources.ts'
import { TermsFile } from './terms.ts'

/** One data file: its schema, and what the analyst calls its items. */
interface DataFile {
  /** Its schema for the briefing's actors (meta.yaml `actors`); most files ignore them. */
  readonly schema: (actors: ActorIds) => z.ZodType
  /**
   * What an analyst calls one item, by the key of the list it sits in (for `data:diff`):
   * `{ rows: '비교 항목' }`. An actor's strategy pillars are named "<actor> 전략 축".
   */
  readonly items: Readonly<Record<string, string>>
  /** Whether a key judgment's `support` may name its items (rows, figures, events, …). */
  readonly claims: boolean
}

/**
 * The registry of data files: one YAML file per entry, the key is the file's name
 * without ".yaml". Order is the order an analyst reads them in, and the order problems
 * print in. The views' section registry (packages/views/src/sections/registry.ts) says
 * which files each section of the outputs is built from; this package does not know
 * the outputs. The diff's words are Korean like every other message of this package
 * (they move to the message catalogue with those).
 */
export const DATA_FILES = {
  meta: { schema: () => MetaFile, items: {}, claims: false },
  sources: { schema: () => SourcesFile, items: { sources: '출처' }, claims: false },
  background: { schema: () => BackgroundFile, items: { context: '배경' }, claims: true },
  comparison: {
    schema: comparisonFileFor,
    items: { groups: '비교 묶음', rows: '비교 항목' },
    claims: true,
  },
  strategies: { schema: strategiesFileFor, items: { pillars: '전략 축' }, claims: true },
  figures: { schema: figuresFileFor, items: { figures: '수치' }, claims: true },
  timeline: { schema: timelineFileFor, items: { events: '사건' }, claims: true },
  quotes: { schema: () => QuotesFile, items: { quotes: '발언' }, claims: true },
  judgments: { schema: () => JudgmentsFile, items: { keyJudgments: '핵심 판단' }, claims: false },
  outlook: {
    schema: outlookFileFor,
    items: { horizons: '전망', disagreements: '이견' },
    claims: true,
  },
  recommendations: {
    schema: recommendationsFileFor,
    items: { recommendations: '제언', implications: '시사점' },
    claims: false,
  },
  terms: { schema: () => TermsFile, items: { terms: '용어' }, claims: false },
  // The talk: the deck's main track as an argument over the facts above (its own words).
  deck: { schema: () => DeckFile, items: { slides: '슬라이드' }, claims: false },
} as const satisfies Record<string, DataFile>

export type SectionName = keyof typeof DATA_FILES
export const SECTION_NAMES = Object.keys(DATA_FILES) as SectionName[]

type FileSchemas = { readonly [K in SectionName]: ReturnType<(typeof DATA_FILES)[K]['schema']> }

/** Every file's schema for these actors (undefined: actors unknown, actor keys unchecked). */
export function fileSchemas(actors: ActorIds): FileSchemas {
  return Object.fromEntries(
    SECTION_NAMES.map((name) => [name, DATA_FILES[name].schema(actors)]),
  ) as unknown as FileSchemas
}

/** The schemas with actor keys unchecked: the TypeScript types of the dataset come from these. */
export const FILE_SCHEMAS = fileSchemas(undefined)

export const datasetSchema = (actors: ActorIds) => z.object(fileSchemas(actors)).strict()
export const DatasetSchema = datasetSchema(undefined)
export type Dataset = z.infer<typeof DatasetSchema>

export const fileNameOf = (section: SectionName): string => `${section}.yaml`

/**
 * The actor ids of a meta.yaml as parsed, read leniently before it is validated (the
 * other files' schemas depend on them): undefined unless `actors` is a list of
 * objects that each have a string id.
 */
export function actorIdsIn(meta: unknown): ActorIds {
  const actors = (meta as { actors?: unknown } | null | undefined)?.actors
  if (!Array.isArray(actors) || actors.length === 0) return undefined
  const ids = actors.map((a) => (a as { id?: unknown } | null)?.id)
  return ids.every((id): id is string => typeof id === 'string') ? ids : undefined
}

/** One part of an actor's cell: its text and, when the part names them, its own sources. */
export interface ActorPart {
  readonly text: string
  readonly sources?: readonly string[]
}

/** The parts an actor-keyed item (a comparison row, a horizon) gives for one actor. */
export function actorParts(item: Readonly<Record<string, unknown>>, actor: string): ActorPart[] {
  const value = item[actor]
  if (typeof value === 'string') return [{ text: value }]
  if (!Array.isArray(value)) return []
  return value.flatMap((p: unknown) => {
    const part = p as { text?: unknown; sources?: unknown } | null
    if (typeof part?.text !== 'string') return []
    const sources = Array.isArray(part.sources)
      ? part.sources.filter((s): s is string => typeof s === 'string')
      : undefined
    return [{ text: part.text, ...(sources ? { sources } : {}) }]
  })
}

/** The text an actor-keyed item gives for one actor (parts joined with "; "). */
export function actorText(item: Readonly<Record<string, unknown>>, actor: string): string {
  return actorParts(item, actor)
    .map((p) => p.text)
    .join('; ')
}
