import type { CheckOptions, DatasetListing } from '../check.ts'
import type { ParsedFile } from '../load/parseFile.ts'
import type { PendingProblem } from '../problem.ts'
import { fileNameOf, type SectionName } from '../schema/dataset.ts'

/** A problem with the file it belongs to, and the parsed file to place it in (if any). */
export type FiledProblem = PendingProblem & {
  readonly fileLabel: string
  readonly parsed?: ParsedFile
}

/**
 * What the steps of a check share: the listing going in, what each step found (texts to
 * parse, parsed files, schema-valid values) and every problem so far. Each step reads
 * what the steps before it left and adds its own; none throws for bad input.
 */
export interface CheckContext {
  readonly listing: DatasetListing
  readonly options: CheckOptions
  readonly problems: FiledProblem[]
  /** The text of each section's file, once listFiles and limits let it through. */
  readonly texts: Map<SectionName, string>
  readonly parsed: Map<SectionName, ParsedFile>
  /** Values that passed their file's schema. */
  readonly values: Partial<Record<SectionName, unknown>>
}

export function startCheck(listing: DatasetListing, options: CheckOptions): CheckContext {
  return { listing, options, problems: [], texts: new Map(), parsed: new Map(), values: {} }
}

export function fileLabel(ctx: CheckContext, name: string): string {
  return `${ctx.listing.label}/${name}`
}

export function sectionLabel(ctx: CheckContext, section: SectionName): string {
  return fileLabel(ctx, fileNameOf(section))
}

export function report(
  ctx: CheckContext,
  problems: readonly PendingProblem[],
  label: string,
  parsed?: ParsedFile,
): void {
  for (const p of problems)
    ctx.problems.push({ ...p, fileLabel: label, ...(parsed ? { parsed } : {}) })
}
