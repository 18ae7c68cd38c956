import { type DataPath, formatPath, type PendingProblem } from '../problem.ts'
import { DATA_FILES, type Dataset, SECTION_NAMES, type SectionName } from '../schema/dataset.ts'
import { closest, nearest } from '../suggest.ts'
import { walk } from './walk.ts'

interface IdRecord {
  readonly id: string
  readonly section: SectionName
  readonly path: DataPath
}

/** Files whose items may be named in a judgment's `support` (the data-file registry says). */
const CLAIM_SECTIONS: ReadonlySet<SectionName> = new Set(
  SECTION_NAMES.filter((name) => DATA_FILES[name].claims),
)

/**
 * Checks that need the whole dataset: ids unique across files, every source,
 * support and via reference resolves, every source is used, and the as-of date is
 * not before the newest dated fact.
 */
export function referenceProblems(data: Dataset): PendingProblem[] {
  const problems: PendingProblem[] = []
  const ids = collectIds(data)
  const firstById = new Map<string, IdRecord>()
  for (const rec of ids) {
    const first = firstById.get(rec.id)
    if (first) {
      problems.push({
        section: rec.section,
        path: [...rec.path, 'id'],
        message: `duplicate id "${rec.id}"; already used at {see} (${formatPath(first.path)})`,
        see: { section: first.section, path: [...first.path, 'id'] },
      })
    } else firstById.set(rec.id, rec)
  }

  const sourceIds = data.sources.sources.map((s) => s.id)
  const sourceSet = new Set(sourceIds)
  const seedIds = data.sources.sources.filter((s) => s.seed).map((s) => s.id)
  const claimIds = ids.filter((r) => CLAIM_SECTIONS.has(r.section)).map((r) => r.id)
  const claimSet = new Set(claimIds)
  const used = new Set<string>()

  for (const section of Object.keys(data) as SectionName[]) {
    walk(data[section], (value, path, key) => {
      if (key !== 'sources' || !Array.isArray(value) || section === 'sources') return
      value.forEach((ref: unknown, i) => {
        if (typeof ref !== 'string') return
        if (sourceSet.has(ref)) used.add(ref)
        else problems.push(unknownRef(section, [...path, i], 'source', ref, sourceIds))
      })
    })
  }

  data.judgments.keyJudgments.forEach((j, ji) => {
    j.support.forEach((ref, i) => {
      if (claimSet.has(ref)) return
      const path = ['keyJudgments', ji, 'support', i]
      if (sourceSet.has(ref)) {
        problems.push({
          section: 'judgments',
          path,
          message: `"${ref}" is a source; support names claims (rows, figures, events, quotes, pillars); put sources under "sources"`,
        })
      } else problems.push(unknownRef('judgments', path, 'claim', ref, claimIds))
    })
  })

  data.sources.sources.forEach((s, i) => {
    if (s.via === undefined) return
    if (!seedIds.includes(s.via)) {
      problems.push(unknownRef('sources', ['sources', i, 'via'], 'seed source', s.via, seedIds))
    } else if (used.has(s.id)) used.add(s.via)
    if (s.seed && s.via) {
      problems.push({
        section: 'sources',
        path: ['sources', i, 'via'],
        message: 'a seed is read directly; remove "via" or "seed: true"',
      })
    }
  })

  data.sources.sources.forEach((s, i) => {
    if (!used.has(s.id)) {
      problems.push({
        section: 'sources',
        path: ['sources', i, 'id'],
        message: `source "${s.id}" is never cited; cite it from a claim or remove it`,
      })
    }
  })

  problems.push(...asOfProblems(data))
  return problems
}

function collectIds(data: Dataset): IdRecord[] {
  const out: IdRecord[] = []
  for (const section of Object.keys(data) as SectionName[]) {
    walk(data[section], (value, path) => {
      if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value) {
        const id = (value as { id: unknown }).id
        if (typeof id === 'string') out.push({ id, section, path })
      }
    })
  }
  return out
}

function unknownRef(
  section: SectionName,
  path: DataPath,
  what: string,
  ref: string,
  known: readonly string[],
): PendingProblem {
  const hint = closest(ref, known)
  const list = nearest(ref, known, 4).join(', ')
  const more = known.length > 4 ? ', …' : ''
  return {
    section,
    path,
    message: hint
      ? `unknown ${what} "${ref}"; did you mean "${hint}"?`
      : `unknown ${what} "${ref}"; known: ${list}${more}`,
  }
}

/** The as-of date is when the briefing is current; no dated fact may come after it. */
function asOfProblems(data: Dataset): PendingProblem[] {
  const asOf = data.meta.asOf
  const problems: PendingProblem[] = []
  const check = (section: SectionName, path: DataPath, date: string | undefined, what: string) => {
    if (date !== undefined && startOf(date) > startOf(asOf)) {
      problems.push({
        section,
        path,
        message: `${what} date ${date} is after the as-of date ${asOf} (meta.yaml asOf); move asOf forward${section === 'timeline' ? ' or mark the event "planned: true"' : ''}`,
      })
    }
  }
  data.timeline.events.forEach((e, i) => {
    if (e.planned) return
    check('timeline', ['events', i, 'date'], e.date, 'event')
  })
  data.sources.sources.forEach((s, i) => {
    check('sources', ['sources', i, 'date'], s.date, 'source')
  })
  data.quotes.quotes.forEach((q, i) => {
    check('quotes', ['quotes', i, 'date'], q.date, 'quote')
  })
  return problems
}

/** The earliest day a precision-limited date can mean, as YYYY-MM-DD, for ordering. */
export function startOf(date: string): string {
  const season: Record<string, string> = { spring: '03', summer: '06', autumn: '09', winter: '12' }
  const [y, rest, d] = date.split('-')
  if (rest === undefined) return `${y}-01-01`
  const month = season[rest] ?? rest
  return `${y}-${month}-${d ?? '01'}`
}
