import type { Dataset } from '@briefing/dataset'
import { leadershipChart } from './chart/leadershipChart.ts'
import { citer, numberSources } from './citations.ts'
import { messagesFor } from './messages/index.ts'
import { resolveProse } from './prose/resolve.ts'
import * as analysis from './sections/analysis.ts'
import * as conclusions from './sections/conclusions.ts'
import { changes, header, stamp } from './sections/header.ts'
import { keyJudgments } from './sections/judgments.ts'
import { sources } from './sections/sources.ts'
import type { BriefingView, SectionId, SectionInfo } from './types.ts'

/** The order of the briefing: the memo's chapters and the deck's acts. */
export const SECTION_ORDER: readonly SectionId[] = [
  'summary',
  'background',
  'comparison',
  'strategies',
  'figures',
  'chart',
  'timeline',
  'quotes',
  'outlook',
  'recommendations',
  'implications',
  'sources',
  'changes',
]

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
  const comparison = analysis.comparison(data, m, cite)
  const figures = analysis.figures(data, m, cite)
  const sections: SectionInfo[] = SECTION_ORDER.map((id, i) => ({
    id,
    number: i + 1,
    title: m.sections[id],
    heading: `${i + 1}. ${m.sections[id]}`,
  }))
  return {
    language: data.meta.language,
    labels: {
      sections: m.sections,
      header: m.header,
      table: m.table,
      country: m.country,
      leader: m.leader,
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
      figureTable: m.figureTable,
      pageOf: m.pageOf,
    },
    stamp: stamp(data.meta, fingerprint, m),
    header: header(data.meta, m),
    sections,
    keyJudgments: keyJudgments(data, m, cite),
    background: analysis.background(data, cite),
    comparison,
    strategies: analysis.strategies(data, m, cite),
    figures,
    keyFigures: figures.filter((f) => f.key),
    chart: leadershipChart(comparison, m),
    timeline: analysis.timeline(data, m, cite),
    quotes: analysis.quotes(data, m, cite),
    outlook: {
      horizons: conclusions.horizons(data, cite),
      disagreements: conclusions.disagreements(data, cite),
    },
    recommendations: conclusions.recommendations(data, m, cite),
    implications: conclusions.implications(data, m, cite),
    sources: sources(data, numbers, m),
    changes: changes(data.meta, m),
  }
}

/** "3 / 12" from the labels' template: the memo fills it on every page. */
export function pageOf(template: string, page: number, total: number): string {
  return template.replace('{page}', String(page)).replace('{total}', String(total))
}
