/**
 * The talk: deck.yaml's main track resolved against the view. Each slide's evidence
 * becomes indexes into the view's own lists (so every fact on a talk slide is the atom
 * the appendix and the memo print) and, where the talk draws a picture, its geometry.
 */
import type { Dataset } from '@briefing/dataset'
import type { ChartGeometry } from '../chart/geometry.ts'
import { leadershipChart } from '../chart/leadershipChart.ts'
import { unionCitation } from '../citationText.ts'
import type { Messages } from '../messages/types.ts'
import { CONTESTED_MARK, type Mark } from '../style/palette.ts'
import type { BriefingView, Citation } from '../types.ts'
import { likelihoodScale, rangeStrip, type StripGeometry, timelineStrip } from './strips.ts'

export type TalkEvidence =
  | { readonly kind: 'title' | 'agenda' }
  | {
      readonly kind: 'judgments'
      readonly judgments: ReadonlyArray<{ readonly index: number; readonly scale: StripGeometry }>
    }
  | { readonly kind: 'figures'; readonly figures: readonly number[] }
  | {
      readonly kind: 'comparison'
      readonly group: number
      /** The leadership chart of this group alone, in type a room can read (TALK_CHART_FONT). */
      readonly chart: ChartGeometry
    }
  | { readonly kind: 'timeline'; readonly events: readonly number[]; readonly strip: StripGeometry }
  | {
      readonly kind: 'range'
      readonly disagreement: number
      readonly positions: readonly number[]
      readonly strip: StripGeometry
    }
  | { readonly kind: 'quote'; readonly quote: number }
  | { readonly kind: 'disagreement'; readonly disagreement: number }
  | { readonly kind: 'implications'; readonly implications: readonly number[] }
  | {
      readonly kind: 'actions' | 'closing'
      readonly actions: ReadonlyArray<{
        readonly list: 'actions' | 'recommendations' | 'implications'
        readonly index: number
      }>
    }

export interface TalkSlideView {
  readonly id: string
  readonly number: number
  readonly part: string
  readonly headline: string
  readonly talk: string
  readonly minutes: number
  /** Minutes planned up to the end of this slide. */
  readonly runningMinutes: number
  /** "이 슬라이드 1.5분 · 누적 4.5분 / 목표 15분" for the speaker notes. */
  readonly timing: string
  /** "출처 [2, 5]", one line for the notes. */
  readonly sourceLine: string
  readonly evidence: TalkEvidence
  readonly citation: Citation
}

export interface TalkView {
  readonly targetMinutes: number
  readonly briefer: string
  readonly occasion: string
  /** The title slide's lines: "issuer · briefer" and "occasion · as-of date". */
  readonly cover: { readonly byline: string; readonly occasion: string }
  /** The parts in order of first appearance: the agenda's lines. */
  readonly agenda: readonly string[]
  readonly slides: readonly TalkSlideView[]
  readonly words: Messages['talk']
}

type Parts = Pick<
  BriefingView,
  | 'keyJudgments'
  | 'figures'
  | 'comparison'
  | 'timeline'
  | 'quotes'
  | 'outlook'
  | 'recommendations'
  | 'implications'
  | 'actions'
  | 'actors'
>

const EMPTY: Citation = { numbers: [], text: '' }
/**
 * The talk's chart type size, in chart units (the memo's is 12): the chart is 720 units
 * wide, drawn about 1.6 times on the 1184 px body, so labels come out at about 26 px.
 */
export const TALK_CHART_FONT = 16
const LIKELIHOOD_STEPS = [
  'almost-no-chance',
  'very-unlikely',
  'unlikely',
  'roughly-even',
  'likely',
  'very-likely',
  'almost-certain',
]

/** deck.yaml (already resolved: references are text) → the talk. */
export function talk(
  data: Dataset,
  view: Parts & { readonly header: Pick<BriefingView['header'], 'issuer' | 'asOfText'> },
  m: Messages,
): TalkView {
  const at = <T extends { id: string }>(list: readonly T[], id: string | undefined) =>
    list.findIndex((x) => x.id === id)
  const markOf = (actor: string | undefined): Mark =>
    view.actors.find((a) => a.key === actor)?.mark ?? CONTESTED_MARK
  let running = 0
  const slides = data.deck.slides.map((s, i): TalkSlideView => {
    const e = s.evidence
    let evidence: TalkEvidence
    let citation: Citation = EMPTY
    switch (e.kind) {
      case 'judgments': {
        const judgments = (e.judgments ?? []).map((id) => {
          const index = at(view.keyJudgments, id)
          const key = data.judgments.keyJudgments[index]?.likelihood ?? 'roughly-even'
          return { index, scale: likelihoodScale(LIKELIHOOD_STEPS.indexOf(key)) }
        })
        citation = unionCitation(
          judgments.map((j) => view.keyJudgments[j.index]?.citation ?? EMPTY),
        )
        evidence = { kind: 'judgments', judgments }
        break
      }
      case 'figures': {
        const figures = (e.figures ?? []).map((id) => at(view.figures, id))
        citation = unionCitation(figures.map((f) => view.figures[f]?.citation ?? EMPTY))
        evidence = { kind: 'figures', figures }
        break
      }
      case 'comparison': {
        const group = at(view.comparison, e.group)
        citation = view.comparison[group]?.citation ?? EMPTY
        const shown = view.comparison[group]
        const chart = leadershipChart(shown ? [shown] : [], view.actors, m, TALK_CHART_FONT)
        evidence = { kind: 'comparison', group, chart }
        break
      }
      case 'timeline': {
        const from = at(view.timeline, e.from)
        const to = at(view.timeline, e.to)
        const events = view.timeline
          .map((_, k) => k)
          .filter((k) => k >= Math.min(from, to) && k <= Math.max(from, to))
        citation = unionCitation(events.map((k) => view.timeline[k]?.citation ?? EMPTY))
        const strip = timelineStrip(
          events.map((k) => {
            const ev = view.timeline[k]
            return {
              iso: ev?.date.iso ?? '',
              date: ev?.date.text ?? '',
              title: ev?.title ?? '',
              mark: markOf(ev?.country.key),
            }
          }),
        )
        evidence = { kind: 'timeline', events, strip }
        break
      }
      case 'range': {
        const disagreement = at(view.outlook.disagreements, e.disagreement)
        const d = view.outlook.disagreements[disagreement]
        const positions = (e.stops ?? []).map((stop) => stop.position - 1)
        citation = unionCitation(positions.map((p) => d?.positions[p]?.citation ?? EMPTY))
        const strip = rangeStrip(
          (e.stops ?? []).map((stop) => ({
            value: stop.label,
            holder: d?.positions[stop.position - 1]?.holder ?? '',
          })),
        )
        evidence = { kind: 'range', disagreement, positions, strip }
        break
      }
      case 'quote': {
        const quote = at(view.quotes, e.quote)
        citation = view.quotes[quote]?.citation ?? EMPTY
        evidence = { kind: 'quote', quote }
        break
      }
      case 'disagreement': {
        const disagreement = at(view.outlook.disagreements, e.disagreement)
        citation = unionCitation(
          view.outlook.disagreements[disagreement]?.positions.map((p) => p.citation) ?? [],
        )
        evidence = { kind: 'disagreement', disagreement }
        break
      }
      case 'implications': {
        const implications = (e.implications ?? []).map((id) => at(view.implications, id))
        citation = unionCitation(implications.map((k) => view.implications[k]?.citation ?? EMPTY))
        evidence = { kind: 'implications', implications }
        break
      }
      case 'actions':
      case 'closing': {
        const actions = (e.actions ?? []).map((id) => {
          const a = at(view.actions, id)
          if (a >= 0) return { list: 'actions' as const, index: a }
          const r = at(view.recommendations, id)
          return r >= 0
            ? { list: 'recommendations' as const, index: r }
            : { list: 'implications' as const, index: at(view.implications, id) }
        })
        citation = unionCitation(actions.map((a) => view[a.list][a.index]?.citation ?? EMPTY))
        evidence = { kind: e.kind, actions }
        break
      }
      default:
        evidence = { kind: e.kind }
    }
    running = Math.round((running + s.minutes) * 100) / 100
    return {
      id: s.id,
      number: i + 1,
      part: s.part,
      headline: s.headline,
      talk: s.talk,
      minutes: s.minutes,
      runningMinutes: running,
      timing: m.talk.timing
        .replace('{minutes}', String(s.minutes))
        .replace('{total}', String(running))
        .replace('{target}', String(data.deck.targetMinutes)),
      sourceLine: citation.text ? `${m.talk.source} ${citation.text}` : '',
      evidence,
      citation,
    }
  })
  return {
    targetMinutes: data.deck.targetMinutes,
    briefer: data.deck.briefer,
    occasion: data.deck.occasion,
    cover: {
      byline: [view.header.issuer, data.deck.briefer].join(m.separator),
      occasion: [data.deck.occasion, view.header.asOfText].join(m.separator),
    },
    // The parts the talk goes through: not the cover's or the agenda's own.
    agenda: [
      ...new Set(
        slides
          .filter((s) => s.evidence.kind !== 'title' && s.evidence.kind !== 'agenda')
          .map((s) => s.part),
      ),
    ],
    slides,
    words: m.talk,
  }
}
