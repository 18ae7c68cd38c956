import type { Dataset } from '@briefing/dataset'
import { leadershipChart } from './chart/leadershipChart.ts'
import { citer, numberSources } from './citations.ts'
import { messagesFor } from './messages/index.ts'
import { sectionHeading } from './pageText.ts'
import { resolveProse } from './prose/resolve.ts'
import { actors as actorViews, actorWords, countryLabels, leaderLabels } from './sections/actors.ts'
import * as analysis from './sections/analysis.ts'
import * as conclusions from './sections/conclusions.ts'
import { changes, documentInfo, editionLines, header, stamp } from './sections/header.ts'
import { keyJudgments } from './sections/judgments.ts'
import { SECTION_IDS, type SectionId } from './sections/registry.ts'
import { sources } from './sections/sources.ts'
import { talk } from './talk/talk.ts'
import type { BriefingView, SectionInfo } from './types.ts'

/** The order of the briefing: the memo's chapters and the deck's acts (the section registry). */
export const SECTION_ORDER: readonly SectionId[] = SECTION_IDS

/**
 * The validated dataset → everything the briefing shows, formatted once. Pure: the
 * same dataset and fingerprint always give the same view.
 */
export function buildBriefing(written: Dataset, fingerprint: string): BriefingView {
  const m = messagesFor(written.meta.language)
  // Prose refers to facts by id; from here on every builder reads resolved text.
  const data = resolveProse(written, m)
  const numbers = numberSources(data)
  const cite = citer(numbers)
  const actors = actorViews(data, m)
  const words = actorWords(actors, m)
  const countries = countryLabels(actors, m)
  const leaders = leaderLabels(actors, m)
  const comparison = analysis.comparison(data, m, cite, actors, leaders)
  const figures = analysis.figures(data, m, cite, countries, actors)
  const titles = Object.fromEntries(
    Object.entries(m.sections).map(([id, t]) => [id, typeof t === 'string' ? t : t(words)]),
  ) as Record<SectionId | 'disagreements', string>
  const sections: SectionInfo[] = SECTION_ORDER.map((id, i) => ({
    id,
    number: i + 1,
    title: titles[id],
    heading: sectionHeading(i + 1, titles[id]),
  }))
  const head = header(data.meta, m)
  const stamped = stamp(data.meta, fingerprint, m)
  const keyJudgmentViews = keyJudgments(data, m, cite)
  const timelineViews = analysis.timeline(data, m, cite, countries)
  const quoteViews = analysis.quotes(data, m, cite)
  const outlook = {
    horizons: conclusions.horizons(data, cite, actors),
    disagreements: conclusions.disagreements(data, cite),
  }
  const recommendationViews = conclusions.recommendations(data, m, cite, countries)
  const implicationViews = conclusions.implications(data, m, cite)
  return {
    language: data.meta.language,
    labels: {
      sections: titles,
      header: m.header,
      table: m.table,
      country: countries,
      leader: leaders,
      horizon: m.horizon,
      likelihoodLabel: m.likelihoodLabel,
      confidenceLabel: m.confidenceLabel,
      origin: m.origin,
      inferred: m.inferred,
      planned: m.planned,
      via: m.via,
      originalTitle: m.originalTitle,
      basis: m.basis,
      dissent: m.dissent,
      dateBasis: m.dateBasis,
      figureTable: {
        value: m.figureTable.value,
        what: `${m.figureTable.figure}${m.separator}${m.figureTable.measure}`,
        meta: m.figureTable.meta,
      },
      pageOf: m.pageOf,
      separator: m.separator,
    },
    stamp: stamped,
    header: head,
    editionLines: editionLines(head, stamped, m),
    document: documentInfo(head, data.meta.language, m),
    actors,
    sections,
    keyJudgments: keyJudgmentViews,
    background: analysis.background(data, cite),
    comparison,
    strategies: analysis.strategies(data, cite, actors, titles.strategies, m.separator),
    figures,
    keyFigures: figures.filter((f) => f.key),
    chart: leadershipChart(comparison, actors, m),
    timeline: timelineViews,
    quotes: quoteViews,
    outlook,
    recommendations: recommendationViews,
    implications: implicationViews,
    sources: sources(data, numbers, m),
    changes: changes(data.meta, m),
    talk: talk(
      data,
      {
        keyJudgments: keyJudgmentViews,
        figures,
        comparison,
        timeline: timelineViews,
        quotes: quoteViews,
        outlook,
        recommendations: recommendationViews,
        implications: implicationViews,
        actors,
        header: head,
      },
      m,
    ),
  }
}
