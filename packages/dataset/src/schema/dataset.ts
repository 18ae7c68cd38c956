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
import { MetaFile } from './meta.ts'
import type { ActorIds } from './primitives.ts'
import { SourcesFile } from './sources.ts'

/**
 * The registry of data files: one YAML file per entry, the key is the file's name
 * without ".yaml", the value makes its schema for the briefing's actors (meta.yaml
 * `actors`; the files that do not name actors ignore them). Order is the order an
 * analyst reads them in, and the order problems print in. The views' section
 * registry (packages/views/src/sections/registry.ts) says which file each section of
 * the outputs is built from; this package does not know the outputs.
 */
export const DATA_FILES = {
  meta: () => MetaFile,
  sources: () => SourcesFile,
  background: () => BackgroundFile,
  comparison: comparisonFileFor,
  strategies: strategiesFileFor,
  figures: figuresFileFor,
  timeline: timelineFileFor,
  quotes: () => QuotesFile,
  judgments: () => JudgmentsFile,
  outlook: outlookFileFor,
  recommendations: recommendationsFileFor,
} as const satisfies Record<string, (actors: ActorIds) => z.ZodType>

export type SectionName = keyof typeof DATA_FILES
export const SECTION_NAMES = Object.keys(DATA_FILES) as SectionName[]

type FileSchemas = { readonly [K in SectionName]: ReturnType<(typeof DATA_FILES)[K]> }

/** Every file's schema for these actors (undefined: actors unknown, actor keys unchecked). */
export function fileSchemas(actors: ActorIds): FileSchemas {
  return Object.fromEntries(
    SECTION_NAMES.map((name) => [name, DATA_FILES[name](actors)]),
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

/** The text an actor-keyed item (a comparison row, a horizon) gives for one actor. */
export function actorText(item: Readonly<Record<string, unknown>>, actor: string): string {
  const text = item[actor]
  return typeof text === 'string' ? text : ''
}
