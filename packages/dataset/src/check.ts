import { fingerprint } from './fingerprint/fingerprint.ts'
import {
  locate as locateIn,
  type ParsedFile,
  parseFile,
  type SourceFile,
} from './load/parseFile.ts'
import { placeInString } from './load/placeInString.ts'
import {
  compareProblems,
  type DataPath,
  formatPath,
  type PendingProblem,
  type Place,
  type Problem,
} from './problem.ts'
import {
  actorIdsIn,
  type Dataset,
  datasetSchema,
  fileNameOf,
  fileSchemas,
  SECTION_NAMES,
  type SectionName,
} from './schema/dataset.ts'
import { closest } from './suggest.ts'
import { characterProblems, type GlyphCoverage } from './validate/characters.ts'
import { proseProblems } from './validate/prose.ts'
import { referenceProblems } from './validate/references.ts'
import { schemaProblems } from './validate/schemaProblems.ts'
import { allowedKeysAt } from './validate/schemaShape.ts'

/** What the edge read from a dataset directory: file names (no folders) and texts. */
export interface DatasetListing {
  /** How to show the directory in messages, e.g. "shared-data". */
  readonly label: string
  readonly files: ReadonlyMap<string, string>
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
 * The whole check, as plain data in and out: parse every file keeping positions,
 * validate each against its schema, check characters, then cross-file references.
 * Every problem is collected; nothing is thrown for bad input.
 */
export function checkDataset(listing: DatasetListing, options: CheckOptions = {}): CheckResult {
  const pending: Array<PendingProblem & { fileLabel: string; parsed?: ParsedFile }> = []
  const fileLabel = (name: string) => `${listing.label}/${name}`
  const add = (problems: readonly PendingProblem[], label: string, parsed?: ParsedFile) => {
    for (const p of problems)
      pending.push({ ...p, fileLabel: label, ...(parsed ? { parsed } : {}) })
  }

  const expected = SECTION_NAMES.map(fileNameOf)
  for (const name of listing.files.keys()) {
    if (!expected.includes(name)) {
      const hint = closest(name, expected)
      add(
        [
          {
            section: '',
            path: [],
            place: { line: 1, col: 1 },
            message: hint
              ? `not a dataset file; did you mean "${hint}"?`
              : `not a dataset file; the dataset files are: ${expected.join(', ')}`,
          },
        ],
        fileLabel(name),
      )
    }
  }

  const values: Partial<Record<SectionName, unknown>> = {}
  // meta.yaml comes first: its actors make the schemas of the files that name them.
  let schemas = fileSchemas(undefined)
  const parsedBySection = new Map<SectionName, ParsedFile>()
  for (const section of SECTION_NAMES) {
    const name = fileNameOf(section)
    const text = listing.files.get(name)
    if (text === undefined) {
      add(
        [
          {
            section,
            path: [],
            place: { line: 1, col: 1 },
            message: `file is missing; every dataset needs ${name}`,
          },
        ],
        fileLabel(name),
      )
      continue
    }
    const file: SourceFile = { section, fileName: fileLabel(name), text }
    const { parsed, problems } = parseFile(file)
    add(problems, file.fileName, parsed)
    if (!parsed) continue
    parsedBySection.set(section, parsed)
    if (section === 'meta') schemas = fileSchemas(actorIdsIn(parsed.value))
    const schema = schemas[section]
    const result = schema.safeParse(parsed.value, { reportInput: true })
    if (!result.success) {
      add(
        schemaProblems(section, result.error.issues, (p) => allowedKeysAt(schema, p)),
        file.fileName,
        parsed,
      )
    } else values[section] = result.data
    add(
      characterProblems(section, parsed.value, options.covers, options.fontName ?? 'font'),
      file.fileName,
      parsed,
    )
  }

  // Cross-file checks on a best-effort basis when every file parsed but some failed
  // their schema: the analyst then sees an unknown source id in the same round as a
  // wrong type elsewhere. The raw data may have any shape, so a check that trips over
  // it is skipped rather than reported; the schema problems already say what is wrong.
  const allParsed = SECTION_NAMES.every((section) => parsedBySection.has(section))
  if (pending.length > 0 && allParsed) {
    const raw = Object.fromEntries(
      SECTION_NAMES.map((section) => [
        section,
        values[section] ?? parsedBySection.get(section)?.value,
      ]),
    )
    try {
      for (const p of referenceProblems(raw as Dataset)) {
        const section = p.section as SectionName
        add([p], fileLabel(fileNameOf(section)), parsedBySection.get(section))
      }
    } catch {
      // shape too broken for cross-file checks: the schema problems come first
    }
  }

  if (pending.length === 0) {
    const dataset = datasetSchema(actorIdsIn(values.meta)).parse(values) as Dataset
    for (const p of [
      ...referenceProblems(dataset),
      ...(options.skipProse ? [] : proseProblems(dataset)),
    ]) {
      const section = p.section as SectionName
      const parsed = parsedBySection.get(section)
      add([p], fileLabel(fileNameOf(section)), parsed)
    }
    if (pending.length === 0) {
      const locateItem = (section: SectionName, path: DataPath) => {
        const parsed = parsedBySection.get(section) as ParsedFile
        return { file: parsed.file.fileName, ...locateIn(parsed, path) }
      }
      return { ok: true, dataset, fingerprint: fingerprint(dataset), locate: locateItem }
    }
  }

  const seeAt = (see: { section: string; path: DataPath }): string => {
    const section = see.section as SectionName
    const parsed = parsedBySection.get(section)
    const label = fileLabel(fileNameOf(section))
    return parsed ? `${label}:${locateIn(parsed, see.path).line}` : label
  }
  const problems = pending.map((p): Problem => {
    const place = p.place ?? (p.parsed ? locate(p.parsed, p) : { line: 1, col: 1 })
    return {
      file: p.fileLabel,
      line: place.line,
      col: place.col,
      path: formatPath(p.path),
      message: p.see ? p.message.replace('{see}', seeAt(p.see)) : p.message,
    }
  })
  return { ok: false, problems: dedupe(problems).sort(compareProblems) }
}

function locate(parsed: ParsedFile, p: PendingProblem) {
  const inString = p.offset === undefined ? undefined : placeInString(parsed, p.path, p.offset)
  return inString ?? locateIn(parsed, p.path, p.at)
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.file}|${p.line}|${p.col}|${p.path}|${p.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
