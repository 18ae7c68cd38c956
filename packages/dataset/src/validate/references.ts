import { type Dated, msg, type RefKind } from '../messages/catalogue.ts'
import type { DataPath, PendingProblem } from '../problem.ts'
import { DATA_FILES, type Dataset, SECTION_NAMES, type SectionName } from '../schema/dataset.ts'
import { DATE_PATTERN } from '../schema/primitives.ts'
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
        message: msg('id.duplicate', { id: rec.id, see: '' }),
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
  const usedClaims = new Set<string>()
  const unknown: Array<{ section: SectionName; path: DataPath; kind: RefKind; ref: string }> = []

  for (const section of Object.keys(data) as SectionName[]) {
    walk(data[section], (value, path, key) => {
      if (key !== 'sources' || !Array.isArray(value) || section === 'sources') return
      value.forEach((ref: unknown, i) => {
        if (typeof ref !== 'string') return
        if (sourceSet.has(ref)) used.add(ref)
        else unknown.push({ section, path: [...path, i], kind: 'source', ref })
      })
    })
  }

  data.judgments.keyJudgments.forEach((j, ji) => {
    j.support.forEach((ref, i) => {
      if (claimSet.has(ref)) {
        usedClaims.add(ref)
        return
      }
      const path = ['keyJudgments', ji, 'support', i]
      if (sourceSet.has(ref)) {
        problems.push({ section: 'judgments', path, message: msg('ref.sourceAsSupport', { ref }) })
      } else {
        unknown.push({ section: 'judgments', path, kind: 'claim', ref })
        usedClaims.add(ref)
      }
    })
  })

  data.sources.sources.forEach((s, i) => {
    if (s.seed && s.title === undefined)
      problems.push({
        section: 'sources',
        path: ['sources', i, 'id'],
        message: msg('source.seedNeedsTitle'),
      })
    if (!s.seed && s.name === undefined)
      problems.push({
        section: 'sources',
        path: ['sources', i, 'id'],
        message: msg('source.mentionNeedsName'),
      })
    if (s.via === undefined) return
    if (!seedIds.includes(s.via)) {
      unknown.push({ section: 'sources', path: ['sources', i, 'via'], kind: 'seed', ref: s.via })
    } else if (used.has(s.id)) used.add(s.via)
    if (s.seed && s.via) {
      problems.push({
        section: 'sources',
        path: ['sources', i, 'via'],
        message: msg('source.seedWithVia'),
      })
    }
  })

  // A mistyped id where it is defined: every use of the right id is unknown, and the
  // mistyped one is used nowhere. Said once, at the definition, not at every use (#11).
  const mistyped = new Set<string>()
  const defined = [
    ...data.sources.sources.map((s, i) => ({
      id: s.id,
      section: 'sources' as const,
      path: ['sources', i, 'id'] as DataPath,
      kinds: ['source', 'seed'] as RefKind[],
      pool: sourceIds,
      usedNow: used.has(s.id),
    })),
    ...ids
      .filter((r) => CLAIM_SECTIONS.has(r.section))
      .map((r) => ({
        id: r.id,
        section: r.section,
        path: [...r.path, 'id'] as DataPath,
        kinds: ['claim'] as RefKind[],
        pool: claimIds,
        usedNow: usedClaims.has(r.id),
      })),
  ]
  for (const d of defined) {
    if (d.usedNow) continue
    const uses = new Map<string, number>()
    for (const u of unknown) {
      if (!d.kinds.includes(u.kind) || closest(u.ref, d.pool) !== d.id) continue
      uses.set(u.ref, (uses.get(u.ref) ?? 0) + 1)
    }
    const [meant, count] = [...uses].sort((a, b) => b[1] - a[1])[0] ?? []
    // Used twice or more: the analyst did not mistype the same way twice, so the
    // definition is the slip. Used once, it may be the use: both are reported.
    if (meant === undefined || (count ?? 0) < 2) continue
    mistyped.add(meant)
    problems.push({
      section: d.section,
      path: d.path,
      message: msg('ref.mistypedId', { id: d.id, meant, uses: count ?? 0 }),
    })
    if (d.kinds.includes('source')) used.add(d.id)
  }
  for (const u of unknown) {
    if (mistyped.has(u.ref)) continue
    const pool = u.kind === 'claim' ? claimIds : u.kind === 'seed' ? seedIds : sourceIds
    problems.push(unknownRef(u.section, u.path, u.kind, u.ref, pool))
  }

  data.sources.sources.forEach((s, i) => {
    if (!used.has(s.id)) {
      problems.push({
        section: 'sources',
        path: ['sources', i, 'id'],
        message: msg('source.neverCited', { id: s.id }),
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
  kind: RefKind,
  ref: string,
  known: readonly string[],
): PendingProblem {
  const hint = closest(ref, known)
  const near = nearest(ref, known, 4)
  return {
    section,
    path,
    message: msg('ref.unknown', {
      kind,
      ref,
      ...(hint ? { hint } : {}),
      known: known.length > 4 ? [...near, '…'] : near,
    }),
  }
}

/** The as-of date is when the briefing is current; no dated fact may come after it. */
function asOfProblems(data: Dataset): PendingProblem[] {
  const asOf = data.meta.asOf
  const problems: PendingProblem[] = []
  const cutoff = data.meta.dataCutoff
  if (
    cutoff !== undefined &&
    DATE_PATTERN.test(cutoff) &&
    DATE_PATTERN.test(asOf) &&
    startOf(cutoff) > startOf(asOf)
  ) {
    problems.push({
      section: 'meta',
      path: ['dataCutoff'],
      message: msg('meta.cutoffAfterAsOf', { cutoff, asOf }),
    })
  }
  const check = (section: SectionName, path: DataPath, date: string | undefined, what: Dated) => {
    // A date that is not a date has its own message from the schema.
    if (date === undefined || !DATE_PATTERN.test(date) || !DATE_PATTERN.test(asOf)) return
    if (startOf(date) > startOf(asOf)) {
      problems.push({
        section,
        path,
        message: msg('date.afterAsOf', { what, date, asOf, canPlan: what === 'event' }),
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
