import { actorParts, type Dataset } from '@briefing/dataset'
import type { Cite } from '../citations.ts'
import type { Weigh } from '../evidence.ts'
import { formatDate } from '../format/date.ts'
import { formatFigureValue } from '../format/figure.ts'
import type { Messages } from '../messages/types.ts'
import type {
  ActorView,
  ComparisonGroupView,
  ContextView,
  FigureView,
  QuoteView,
  StrategyView,
  TimelineEntryView,
} from '../types.ts'

export function background(data: Dataset, cite: Cite): ContextView[] {
  return data.background.context.map((c) => ({
    id: c.id,
    heading: c.heading,
    text: c.text,
    citation: cite(c.sources),
  }))
}

import { leaderMark } from './actors.ts'

export function comparison(
  data: Dataset,
  m: Messages,
  cite: Cite,
  actors: readonly ActorView[],
  leaders: Readonly<Record<string, string>>,
  weigh: Weigh,
): ComparisonGroupView[] {
  const snapshot = snapshotLabel(data, m, weigh)
  return data.comparison.groups.map((g) => {
    const rows = g.rows.map((r) => {
      const cells = actors.map((a) => ({ actor: a.key, parts: actorParts(r, a.key) }))
      // A row cites its own sources and those of its cells' parts.
      const ids = [...r.sources, ...cells.flatMap((c) => c.parts.flatMap((p) => p.sources ?? []))]
      return {
        id: r.id,
        dimension: r.dimension,
        positions: cells.map((c) => ({
          actor: c.actor,
          text: c.parts
            .map((p) => {
              // A claim about "now" from a dated snapshot says when "now" was.
              const label = g.horizon === 'current' ? snapshot(p.sources ?? r.sources) : ''
              return label === '' ? p.text : `${p.text} ${label}`
            })
            .join('; '),
        })),
        assessment: r.assessment,
        leader: {
          key: r.leader,
          label: leaders[r.leader] ?? r.leader,
          mark: leaderMark(actors, r.leader),
        },
        citation: cite(ids),
        evidence: weigh(ids),
        ids,
      }
    })
    return {
      id: g.id,
      title: g.title,
      takeaway: g.takeaway,
      horizon: { key: g.horizon, label: m.horizon[g.horizon] },
      rows: rows.map(({ ids: _ids, ...row }) => row),
      citation: cite(rows.flatMap((r) => r.ids)),
    }
  })
}

/**
 * "(2025년 기준, 블로그)" when the given sources rest on the blog alone: the blog's
 * "2025년 현재" table is a snapshot, and a memo dated later must not show it as current.
 * '' otherwise.
 */
function snapshotLabel(
  data: Dataset,
  m: Messages,
  weigh: Weigh,
): (ids: readonly string[]) => string {
  const byId = new Map(data.sources.sources.map((s) => [s.id, s]))
  return (ids) => {
    if (weigh(ids).key !== 'blog-only') return ''
    const first = byId.get(ids[0] ?? '')
    const seed = first?.via === undefined ? first : byId.get(first.via)
    if (seed === undefined) return ''
    return m.evidence.snapshot(formatDate(seed.date, m, false).text, m.evidence.kind[seed.kind])
  }
}

export function strategies(
  data: Dataset,
  cite: Cite,
  actors: readonly ActorView[],
  sectionTitle: string,
  separator: string,
): StrategyView[] {
  return actors.flatMap((actor) => {
    const s = data.strategies[actor.key]
    if (!s) return []
    return {
      country: { key: actor.key, label: actor.name, actor },
      title: `${sectionTitle}${separator}${actor.name}`,
      overview: s.overview,
      pillars: s.pillars.map((p) => ({
        id: p.id,
        title: p.title,
        summary: p.summary,
        citation: cite(p.sources),
      })),
      citation: cite(s.pillars.flatMap((p) => p.sources)),
    }
  })
}

export function figures(
  data: Dataset,
  m: Messages,
  cite: Cite,
  countries: Readonly<Record<string, string>>,
  actors: readonly ActorView[],
): FigureView[] {
  return data.figures.figures.map((f) => {
    const date = f.date ? formatDate(f.date, m, f.dateInferred === true) : undefined
    const country = f.country ? (countries[f.country] ?? f.country) : undefined
    return {
      id: f.id,
      value: formatFigureValue(f, m.locale, m.yearUnit),
      label: f.label,
      measure: f.measure,
      ...(f.attribution ? { attribution: f.attribution } : {}),
      ...(date ? { date } : {}),
      ...(country ? { country } : {}),
      ...(actors.some((a) => a.key === f.country) ? { actor: f.country } : {}),
      meta: [f.attribution, date?.text, country]
        .filter((x): x is string => Boolean(x))
        .join(m.separator),
      key: f.key === true,
      citation: cite(f.sources),
    }
  })
}

/** Events in date order (earliest possible day; ties keep the file's order). */
export function timeline(
  data: Dataset,
  m: Messages,
  cite: Cite,
  countries: Readonly<Record<string, string>>,
): TimelineEntryView[] {
  return data.timeline.events
    .map((e) => {
      const date = formatDate(e.date, m, e.dateInferred === true)
      return {
        id: e.id,
        date: e.planned ? { ...date, text: `${date.text}(${m.planned})` } : date,
        title: e.title,
        detail: e.detail,
        country: { key: e.country, label: countries[e.country] ?? e.country },
        planned: e.planned === true,
        ...(e.dateBasis ? { dateBasis: e.dateBasis } : {}),
        citation: cite(e.sources),
      }
    })
    .map((e, index) => ({ e, index }))
    .sort((a, b) => a.e.date.iso.localeCompare(b.e.date.iso) || a.index - b.index)
    .map(({ e }) => e)
}

export function quotes(data: Dataset, m: Messages, cite: Cite): QuoteView[] {
  return data.quotes.quotes.map((q) => {
    const date = q.date ? formatDate(q.date, m, q.dateInferred === true) : undefined
    const attribution =
      q.role && !q.speaker.includes(q.role) ? `${q.speaker}, ${q.role}` : q.speaker
    return {
      id: q.id,
      text: q.text,
      speaker: q.speaker,
      ...(q.role ? { role: q.role } : {}),
      context: q.context,
      ...(date ? { date } : {}),
      attribution,
      byline: m.bylineDash + [attribution, date?.text].filter(Boolean).join(m.separator),
      citation: cite(q.sources),
    }
  })
}
