import type { DataPath } from '../problem.ts'
import type { Dataset, SectionName } from '../schema/dataset.ts'
import { SECTION_NAMES } from '../schema/dataset.ts'

/**
 * Which strings of the dataset are prose (may refer to facts, and must not retype
 * them), which are verbatim (shown exactly as written: quotations and bibliographic
 * titles), and which are not text at all (ids, dates, enum words, units, URLs).
 */
export type StringRole = 'prose' | 'verbatim' | 'code'

/** Keys whose strings are codes, ids or machine values, never prose. */
const CODE_KEYS: ReadonlySet<string> = new Set([
  '$schema',
  'id',
  'sources',
  'support',
  'via',
  'date',
  'asOf',
  'dataCutoff',
  'classification',
  'url',
  'unit',
  'kind',
  'leader',
  'horizon',
  'likelihood',
  'confidence',
  'audience',
  'origin',
  'qualifier',
  'country',
  'language',
  'colour',
  'marker',
])

/** deck.yaml's evidence fields name items by id (the rest of a slide is prose). */
const DECK_CODE_KEYS: ReadonlySet<string> = new Set([
  'judgments',
  'figures',
  'group',
  'from',
  'to',
  'quote',
  'disagreement',
  'implications',
  'actions',
])

/** Verbatim words of others: a speaker's quotation, a document's own title. */
const VERBATIM: ReadonlyArray<{ section: SectionName; key: string }> = [
  { section: 'quotes', key: 'text' },
  { section: 'sources', key: 'title' },
  { section: 'sources', key: 'originalTitle' },
  // The words themselves, not prose about them: a variant is listed to be found elsewhere.
  { section: 'terms', key: 'preferred' },
  { section: 'terms', key: 'variants' },
  { section: 'terms', key: 'keep' },
]

export function roleOf(section: SectionName, key: string): StringRole {
  if (CODE_KEYS.has(key)) return 'code'
  if (section === 'deck' && DECK_CODE_KEYS.has(key)) return 'code'
  return VERBATIM.some((v) => v.section === section && v.key === key) ? 'verbatim' : 'prose'
}

export interface ProseString {
  readonly section: SectionName
  readonly path: DataPath
  /** The nearest object key above the string (for an array of strings, the array's key). */
  readonly key: string
  readonly text: string
  readonly role: StringRole
}

/** Every string in the dataset with its role, in file order. */
export function datasetStrings(data: Dataset): ProseString[] {
  const out: ProseString[] = []
  for (const section of SECTION_NAMES) {
    const visit = (value: unknown, path: DataPath, key: string): void => {
      if (typeof value === 'string') {
        out.push({ section, path, key, text: value, role: roleOf(section, key) })
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => {
          visit(item, [...path, i], key)
        })
      } else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) visit(v, [...path, k], k)
      }
    }
    visit(data[section], [], '')
  }
  return out
}

/** A copy of the dataset with every prose string passed through `map` (others kept). */
export function mapProse<T extends Dataset>(
  data: T,
  map: (text: string, at: { section: SectionName; key: string }) => string,
): T {
  const copy = (section: SectionName, value: unknown, key: string): unknown => {
    if (typeof value === 'string')
      return roleOf(section, key) === 'prose' ? map(value, { section, key }) : value
    if (Array.isArray(value)) return value.map((item) => copy(section, item, key))
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(section, v, k)]))
    return value
  }
  const out: Record<string, unknown> = { ...data }
  for (const section of SECTION_NAMES) out[section] = copy(section, data[section], '')
  return out as T
}
