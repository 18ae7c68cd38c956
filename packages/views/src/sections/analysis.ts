import type { Dataset } from '@briefing/dataset'
import type { Cite } from '../citations.ts'
import { formatDate } from '../format/date.ts'
import { formatFigureValue } from '../format/figure.ts'
import type { Messages } from '../messages/types.ts'
import type {
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

export function comparison(data: Dataset, m: Messages, cite: Cite): ComparisonGroupView[] {
  return data.comparison.groups.map((g) => ({
    id: g.id,
    title: g.title,
    takeaway: g.takeaway,
    horizon: { key: g.horizon, label: m.horizon[g.horizon] },
    rows: g.rows.map((r) => ({
      id: r.id,
      dimension: r.dimension,
      us: r.us,
      china: r.china,
      assessment: r.assessment,
      leader: { key: r.leader, label: m.leader[r.leader] },
      citation: cite(r.sources),
    })),
    citation: cite(g.rows.flatMap((r) => r.sources)),
  }))
}

export function strategies(data: Dataset, m: Messages, cite: Cite): StrategyView[] {
  return (['us', 'china'] as const).map((country) => {
    const s = data.strategies[country]
    return {
      country: { key: country, label: m.country[country] },
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

export function figures(data: Dataset, m: Messages, cite: Cite): FigureView[] {
  return data.figures.figures.map((f) => ({
    id: f.id,
    value: formatFigureValue(f, m.locale, m.yearUnit),
    label: f.label,
    measure: f.measure,
    ...(f.attribution ? { attribution: f.attribution } : {}),
    ...(f.date ? { date: formatDate(f.date, m) } : {}),
    ...(f.country ? { country: m.country[f.country] } : {}),
    key: f.key === true,
    citation: cite(f.sources),
  }))
}

/** Events in date order (earliest possible day; ties keep the file's order). */
export function timeline(data: Dataset, m: Messages, cite: Cite): TimelineEntryView[] {
  return data.timeline.events
    .map((e) => {
      const date = formatDate(e.date, m, e.dateInferred === true)
      return {
        id: e.id,
        date: e.planned ? { ...date, text: `${date.text}(${m.planned})` } : date,
        title: e.title,
        detail: e.detail,
        country: { key: e.country, label: m.country[e.country] },
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
  return data.quotes.quotes.map((q) => ({
    id: q.id,
    text: q.text,
    speaker: q.speaker,
    ...(q.role ? { role: q.role } : {}),
    context: q.context,
    ...(q.date ? { date: formatDate(q.date, m) } : {}),
    attribution: q.role && !q.speaker.includes(q.role) ? `${q.speaker}, ${q.role}` : q.speaker,
    citation: cite(q.sources),
  }))
}
