/**
 * Speaker notes from the view: what the presenter needs beside the slide (the basis and
 * dissent of a judgment, the assessment of a row, how a date was inferred, the full
 * endnotes of the slide's citations). Written as Markdown, which Slidev renders in the
 * presenter view; every dataset string is escaped so it reads as plain text.
 */
import type { BriefingView, Citation } from '@briefing/views'
import type {
  AnyPage,
  ChartPage,
  DisagreementPage,
  GroupPage,
  SlideKind,
  StrategiesPage,
} from './plan.ts'

/** Markdown and HTML that a dataset string could contain, made inert. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~${}])/g, '\\$1')
    .replace(/\s*\n\s*/g, ' ')
}

const e = escapeMarkdown

/** The notes of one slide, as Markdown lines. */
export function notesFor(view: BriefingView, kind: SlideKind, page: AnyPage): string[] {
  const out = bodyNotes(view, kind, page)
  const endnotes = endnotesFor(view, page.citation)
  if (endnotes.length > 0) out.push('', `**${e(view.labels.sections.sources)}**`, '', ...endnotes)
  return out
}

function endnotesFor(view: BriefingView, citation: Citation): string[] {
  return citation.numbers.flatMap((n) => {
    const s = view.sources.find((x) => x.number === n)
    return s ? [`- ${e(`[${s.number}] ${s.text}`)}`] : []
  })
}

function bodyNotes(view: BriefingView, kind: SlideKind, page: AnyPage): string[] {
  const L = view.labels
  const items = (p: AnyPage): readonly number[] => ('items' in p ? p.items : [])
  switch (kind) {
    case 'title':
      return [
        ...view.header.rows.map((r) => `- ${e(r.label)}: ${e(r.value)}`),
        `- ${e(view.stamp.text)}`,
        `- ${e(view.header.previousEdition)}`,
      ]
    case 'judgments':
      return items(page).flatMap((i) => {
        const j = view.keyJudgments[i]
        if (!j) return []
        return [
          `**${j.number}. ${e(j.statement)}**`,
          '',
          `- ${e(j.estimate)}`,
          `- ${e(L.basis)}: ${e(j.basis)}`,
          ...(j.dissent ? [`- ${e(L.dissent)}: ${e(j.dissent)}`] : []),
          '',
        ]
      })
    case 'comparison': {
      const g = view.comparison[(page as GroupPage).group]
      if (!g) return []
      return [
        `**${e(g.title)}** (${e(g.horizon.label)})`,
        '',
        ...items(page).flatMap((i) => {
          const r = g.rows[i]
          return r ? [`- ${e(r.dimension)} — ${e(r.leader.label)}: ${e(r.assessment)}`] : []
        }),
      ]
    }
    case 'strategies':
      return (page as StrategiesPage).columns.flatMap((col) => {
        const s = view.strategies[col.country]
        if (!s) return []
        return [
          `**${e(s.country.label)}**${col.overview ? `: ${e(s.overview)}` : ''}`,
          '',
          ...col.items.flatMap((i) => {
            const p = s.pillars[i]
            return p ? [`- ${e(p.title)}: ${e(p.summary)}`] : []
          }),
          '',
        ]
      })
    case 'keyFigures':
      return items(page).flatMap((i) => {
        const f = view.keyFigures[i]
        return f ? [`- **${e(f.value)}** ${e(f.label)}: ${e(f.measure)}`] : []
      })
    case 'chart':
      return [
        e(view.chart.caption),
        '',
        ...chartRows(view, page as ChartPage).map((d) => `- ${e(d)}`),
      ]
    case 'timeline':
      return items(page).flatMap((i) => {
        const ev = view.timeline[i]
        if (!ev) return []
        return [
          `- ${e(ev.date.text)} ${e(ev.title)}: ${e(ev.detail)}`,
          ...(ev.dateBasis ? [`  - ${e(L.dateBasis)}: ${e(ev.dateBasis)}`] : []),
        ]
      })
    case 'horizons':
      return items(page).flatMap((i) => {
        const h = view.outlook.horizons[i]
        return h ? [`- **${e(h.label)}**: ${e(h.summary)}`] : []
      })
    case 'disagreements':
      return (page as DisagreementPage).blocks.flatMap((b) => {
        const d = view.outlook.disagreements[b.disagreement]
        if (!d) return []
        return [
          `**${e(d.topic)}**`,
          '',
          ...b.positions.flatMap((i) => {
            const p = d.positions[i]
            return p ? [`- ${e(p.holder)}: ${e(p.view)} ${e(p.citation.text)}`] : []
          }),
          ...(b.note && d.note ? ['', e(d.note)] : []),
          '',
        ]
      })
    case 'recommendations':
      return items(page).flatMap((i) => {
        const r = view.recommendations[i]
        return r
          ? [
              `- ${r.number}\\. ${e(r.title)} (${e(r.audience.label)} · ${e(r.origin.label)}): ${e(r.text)}`,
            ]
          : []
      })
    case 'implications':
      return items(page).flatMap((i) => {
        const r = view.implications[i]
        return r ? [`- ${r.number}\\. ${e(r.title)} (${e(r.origin.label)}): ${e(r.text)}`] : []
      })
    case 'quotes':
      return items(page).flatMap((i) => {
        const q = view.quotes[i]
        return q ? [`- ${e(q.attribution)}: ${e(q.context)}`] : []
      })
    case 'figureTable':
      return items(page).flatMap((i) => {
        const f = view.figures[i]
        return f ? [`- ${e(f.label)}: **${e(f.value)}** — ${e(f.measure)}`] : []
      })
    case 'pillars': {
      const s = view.strategies[(page as GroupPage).group]
      return s ? [`**${e(s.country.label)}**: ${e(s.overview)}`] : []
    }
    case 'background':
      return items(page).flatMap((i) => {
        const c = view.background[i]
        return c ? [`- ${e(c.heading)}`] : []
      })
    case 'sources':
      return items(page).flatMap((i) => {
        const s = view.sources[i]
        return s?.url ? [`- [${s.number}] ${e(s.url)}`] : []
      })
    case 'changes':
      return [`- ${e(view.stamp.text)}`, `- ${e(view.header.previousEdition)}`]
  }
}

/** The chart's text alternative for the rows drawn on this page. */
function chartRows(view: BriefingView, page: ChartPage): string[] {
  return page.rows.flatMap((i) => {
    const line = view.chart.description[i]
    return line === undefined ? [] : [line]
  })
}
