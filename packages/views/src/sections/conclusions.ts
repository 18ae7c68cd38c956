import { actorText, type Dataset } from '@briefing/dataset'
import type { Cite } from '../citations.ts'
import type { Messages } from '../messages/types.ts'
import type {
  ActorView,
  DisagreementView,
  HorizonView,
  ImplicationView,
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
  return data.recommendations.recommendations.map((r, i) => ({
    id: r.id,
    number: i + 1,
    title: r.title,
    text: r.text,
    audience: { key: r.audience, label: countries[r.audience] ?? r.audience },
    origin: { key: r.origin, label: m.origin[r.origin] },
    citation: cite(r.sources),
  }))
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
