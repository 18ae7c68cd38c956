import type { Dataset } from '@briefing/dataset'
import { leadershipChart } from './chart/leadershipChart.ts'
import { citer, numberSources } from './citations.ts'
import { weigher } from './evidence.ts'
import { messagesFor } from './messages/index.ts'
import { sectionHeading } from './pageText.ts'
import { resolveProse } from './prose/resolve.ts'
import { actors as actorViews, actorWords, countryLabels, leaderLabels } from './sections/actors.ts'
import * as analysis from './sections/analysis.ts'
import * as conclusions from './sections/conclusions.ts'
import { changes, documentInfo, editionLines, header, stamp } from './sections/header.ts'
import { keyJudgments } from './sections/judgments.ts'
import { ANNEX_IDS, isEmpty, SECTION_IDS, type SectionId } from './sections/registry.ts'
import { glossary, scale } from './sections/scale.ts'
import { sourceBase, sources } from './sections/sources.ts'
import { talk } from './talk/talk.ts'
import type { BriefingView, SectionInfo } from './types.ts'

/** The order of the briefing: the memo's chapters and the deck's acts (the section registry). */
export const SECTION_ORDER: readonly SectionId[] = SECTION_IDS

/**
 * The validated dataset → everything the briefing shows, formatted once. Pure: the
 * same dataset and fingerprint always give the same view.
 */
/** The annex's n-th section is lettered A, B, … (Latin capitals from code point 65). */
const annexLetter = (n: number) => String.fromCharCode(64 + n)

export function buildBriefing(written: Dataset, fingerprint: string): BriefingView {
  const m = messagesFor(written.meta.language)
  // Prose refers to facts by id; from here on every builder reads resolved text.
  const data = resolveProse(written, m)
  const numbers = numberSources(data)
  const cite = citer(numbers, m.via)
  const weigh = weigher(data, numbers, m)
  const actors = actorViews(data, m)
  const words = actorWords(actors, m)
  const countries = countryLabels(actors, m)
  const leaders = leaderLabels(actors, m)
  const comparison = analysis.comparison(data, m, cite, actors, leaders, weigh)
  const figures = analysis.figures(data, m, cite, countries, actors)
  const titles = Object.fromEntries(
    Object.entries(m.sections).map(([id, t]) => [id, typeof t === 'string' ? t : t(words)]),
  ) as Record<SectionId | 'disagreements', string>
  const head = header(data.meta, m)
  const stamped = stamp(data.meta, fingerprint, m)
  const keyJudgmentViews = keyJudgments(data, m, cite, weigh)
  const timelineViews = analysis.timeline(data, m, cite, countries)
  const quoteViews = analysis.quotes(data, m, cite)
  const outlook = {
    horizons: conclusions.horizons(data, cite, actors),
    disagreements: conclusions.disagreements(data, cite),
  }
  const recommendationViews = conclusions.recommendations(data, m, cite, countries)
  const implicationViews = conclusions.implications(data, m, cite)
  const actionViews = conclusions.actions(data, m, cite)
  const built: BriefingView = {
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
      appendix: m.talk.appendix,
    },
    stamp: stamped,
    header: head,
    editionLines: editionLines(head, stamped, m),
    document: documentInfo(head, data.meta.language, m),
    actors,
    // Numbered below, once the view says which sections have something to show.
    sections: [],
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
    usDebate: conclusions.usDebate(data, m, cite),
    implications: implicationViews,
    actions: actionViews,
    front: conclusions.front(data, m, cite, keyJudgmentViews, head),
    frontLabels: { interest: m.front.interest, annex: m.annex.title },
    sources: sources(data, numbers, m),
    sourceBase: sourceBase(data, m),
    mentionsHeading: m.evidence.mentionsHeading,
    scale: scale(data, m),
    glossary: glossary(data, titles.glossary),
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
        actions: actionViews,
        actors,
        header: head,
      },
      m,
    ),
  }
  return { ...built, sections: numberSections(built, titles, m) }
}

/**
 * The sections the briefing shows, in the registry's order and numbered: the body 1, 2, …,
 * the annex "부록 A", "부록 B", … (issue 13). A section with nothing to show for this
 * dataset (registry `isEmpty`, e.g. no glossary terms) is left out, so no output prints
 * its heading, bookmark or letter: one rule, here, for both outputs.
 */
function numberSections(
  view: BriefingView,
  titles: Record<SectionId | 'disagreements', string>,
  m: ReturnType<typeof messagesFor>,
): SectionInfo[] {
  let body = 0
  let annex = 0
  return SECTION_ORDER.filter((id) => !isEmpty(id, view)).map((id) => {
    const inAnnex = ANNEX_IDS.has(id)
    const number = inAnnex ? ++annex : ++body
    return {
      id,
      number,
      title: titles[id],
      heading: inAnnex
        ? m.annex.heading(annexLetter(number), titles[id])
        : sectionHeading(number, titles[id]),
      annex: inAnnex,
    }
  })
}
