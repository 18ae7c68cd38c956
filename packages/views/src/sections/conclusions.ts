import { actorText, type Dataset, FRONT_JUDGMENTS_MAX, startOf } from '@briefing/dataset'
import type { Cite } from '../citations.ts'
import { formatDate } from '../format/date.ts'
import type { Messages } from '../messages/types.ts'
import type {
  ActionView,
  ActorView,
  DebateTopicView,
  DisagreementView,
  FrontView,
  HeaderView,
  HorizonView,
  ImplicationView,
  KeyJudgmentView,
  RecommendationView,
} from '../types.ts'

export function horizons(data: Dataset, cite: Cite, actors: readonly ActorView[]): HorizonView[] {
  return data.outlook.horizons.map((h) => ({
    id: h.id,
    label: h.label,
    summary: h.summary,
    positions: actors.map((a) => ({ actor: a.key, text: actorText(h, a.key) })),
    citation: cite(h.sources),
  }))
}

export function disagreements(data: Dataset, cite: Cite): DisagreementView[] {
  return data.outlook.disagreements.map((d) => ({
    id: d.id,
    topic: d.topic,
    positions: d.positions.map((p) => ({
      holder: p.holder,
      view: p.view,
      citation: cite(p.sources),
    })),
    ...(d.note ? { note: d.note } : {}),
  }))
}

export function recommendations(
  data: Dataset,
  m: Messages,
  cite: Cite,
  countries: Readonly<Record<string, string>>,
): RecommendationView[] {
  const legacy = data.recommendations.recommendations.map((r) => ({
    id: r.id,
    title: r.title,
    text: r.text,
    audience: { key: r.audience, label: countries[r.audience] ?? r.audience },
    origin: { key: r.origin, label: m.origin[r.origin] },
    citation: cite(r.sources),
  }))
  // Every debate position is a source's recommendation to the US government. The
  // audience is the first actor (the edition's "us"), the only addressee the debate has.
  const us = Object.keys(countries)[0] ?? 'us'
  const positions = data.recommendations.usDebate.flatMap((d) =>
    d.positions.map((p) => ({
      id: p.id,
      holder: p.holder,
      title: p.title,
      text: p.text,
      audience: { key: us, label: countries[us] ?? us },
      origin: { key: 'source' as const, label: m.origin.source },
      citation: cite(p.sources),
    })),
  )
  return [...legacy, ...positions].map((r, i) => ({ ...r, number: i + 1 }))
}

/** 주요 논자의 대미 제언: each topic's positions side by side, attributed. */
export function usDebate(data: Dataset, m: Messages, cite: Cite): DebateTopicView[] {
  // Numbered after the legacy list, as in `recommendations`.
  let n = data.recommendations.recommendations.length
  return data.recommendations.usDebate.map((d, i) => ({
    id: d.id,
    number: i + 1,
    topic: d.topic,
    positions: d.positions.map((p) => ({
      id: p.id,
      number: ++n,
      holder: p.holder,
      title: p.title,
      text: p.text,
      ...(p.interest ? { interest: `${m.front.interest}: ${p.interest}` } : {}),
      citation: cite(p.sources),
    })),
    ...(d.note ? { note: d.note } : {}),
    citation: cite([...(d.sources ?? []), ...d.positions.flatMap((p) => p.sources)]),
  }))
}

/** 건의 사항: our actions, each with lead, instrument, timing and indicator. */
export function actions(data: Dataset, m: Messages, cite: Cite): ActionView[] {
  return data.recommendations.actions.map((a, i) => ({
    id: a.id,
    number: i + 1,
    title: a.title,
    text: a.text,
    lead: a.lead,
    instrument: a.instrument,
    timing: a.timing,
    indicator: a.indicator,
    parts: [
      { label: m.front.lead, value: a.lead },
      { label: m.front.instrument, value: a.instrument },
      { label: m.front.timing, value: a.timing },
      { label: m.front.indicator, value: a.indicator },
    ],
    origin: { key: 'analyst' as const, label: m.origin.analyst },
    citation: cite(a.sources),
  }))
}

/**
 * The front page: the flagged judgments (or the first four), the documents line
 * counted from the seeds (how many, the span of their dates), the dates line, the limits.
 */
export function front(
  data: Dataset,
  m: Messages,
  cite: Cite,
  judgments: readonly KeyJudgmentView[],
  head: HeaderView,
): FrontView {
  const flagged = new Set(data.judgments.keyJudgments.filter((j) => j.front).map((j) => j.id))
  const chosen =
    flagged.size > 0
      ? judgments.filter((j) => flagged.has(j.id))
      : judgments.slice(0, FRONT_JUDGMENTS_MAX)
  const seeds = data.sources.sources.filter((s) => s.seed)
  const byDate = [...seeds].sort((a, b) => startOf(a.date).localeCompare(startOf(b.date)))
  const first = byDate[0]
  const last = byDate.at(-1)
  const documentsLine =
    first && last
      ? m.front.documents(
          seeds.length,
          formatDate(first.date, m).text,
          formatDate(last.date, m).text,
        )
      : ''
  const bottom = data.recommendations.bottomLine
  return {
    ...(bottom ? { bottomLine: { text: bottom.text, citation: cite(bottom.sources) } } : {}),
    headings: {
      bottomLine: m.front.bottomLine,
      judgments: m.front.judgments,
      implications: m.front.implications,
      actions: m.front.actions,
      limits: m.front.limits,
    },
    judgments: chosen.slice(0, FRONT_JUDGMENTS_MAX),
    documentsLine,
    datesLine: head.datesLine,
    limits: data.recommendations.limits.map((l) => ({
      id: l.id,
      text: l.text,
      citation: cite(l.sources ?? []),
    })),
    basisHeading: m.front.basisHeading,
  }
}

export function implications(data: Dataset, m: Messages, cite: Cite): ImplicationView[] {
  return data.recommendations.implications.map((r, i) => ({
    id: r.id,
    number: i + 1,
    title: r.title,
    text: r.text,
    origin: { key: r.origin, label: m.origin[r.origin] },
    citation: cite(r.sources),
  }))
}
