import type { Message } from './messages/catalogue.ts'
import type { DataPath, Place, Problem } from './problem.ts'
import type { Dataset, SectionName } from './schema/dataset.ts'
import { characters } from './steps/characters.ts'
import { startCheck } from './steps/context.ts'
import { limits } from './steps/limits.ts'
import { listFiles } from './steps/listFiles.ts'
import { parse } from './steps/parse.ts'
import { prose } from './steps/prose.ts'
import { references } from './steps/references.ts'
import { result } from './steps/result.ts'
import { schema } from './steps/schema.ts'
import type { GlyphCoverage } from './validate/characters.ts'

/** What the edge read from a dataset directory: file names (no folders) and texts. */
export interface DatasetListing {
  /** How to show the directory in messages, e.g. "shared-data". */
  readonly label: string
  readonly files: ReadonlyMap<string, string>
  /**
   * Dataset files the edge found but could not read as text (a dangling link, no
   * permission, too large, UTF-16), with what to say about each.
   */
  readonly troubles?: ReadonlyMap<string, Message>
}

export interface CheckOptions {
  /** Glyph coverage of the fonts the outputs embed; omit to skip the glyph check. */
  readonly covers?: GlyphCoverage
  readonly fontName?: string
  /**
   * Skip the written-once checks on prose (references, retyped figures): for reading an
   * older commit's dataset to compare with, which may predate them.
   */
  readonly skipProse?: boolean
}

export type CheckResult =
  | {
      readonly ok: true
      readonly dataset: Dataset
      readonly fingerprint: string
      /** Where an item sits: file label, line and column (for diffs and reports). */
      readonly locate: (section: SectionName, path: DataPath) => { file: string } & Place
    }
  | { readonly ok: false; readonly problems: readonly Problem[] }

/**
 * The whole check, as plain data in and out, one step per file in ./steps: each step
 * adds what it finds to the context; nothing is thrown for bad input, every problem is
 * collected and reported at once.
 */
const STEPS = [
  listFiles, // which files: unknown names, missing files, files the edge could not read
  limits, // before parsing: file size, UTF-16
  parse, // YAML with positions; one plain message per slip
  schema, // each file against its zod schema
  characters, // control characters, length, glyphs the embedded fonts lack
  references, // across files: ids, references, sources cited, as-of date
  prose, // a fact written once: references in prose resolve, no figure retyped
] as const

export function checkDataset(listing: DatasetListing, options: CheckOptions = {}): CheckResult {
  const ctx = startCheck(listing, options)
  for (const step of STEPS) step(ctx)
  return result(ctx)
}
