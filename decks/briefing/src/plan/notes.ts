/**
 * Speaker notes from the view, made for speaking: on the main track the talk track
 * (what to say), the slide's planned minutes and the running total, and a one-line source
 * reference, never the slide's text again; on the divider and in the appendix one line
 * (what the slide is for and its sources), on judgment and timeline slides followed by the
 * basis, dissent and date basis their slides leave out. Written as Markdown, which Slidev renders in
 * the presenter view; every dataset string is escaped so it reads as plain text.
 */
import type { BriefingView } from '@briefing/views'
import { type AnyPage, type ListPage, type SlideKind, sectionOf, type TalkPage } from './plan.ts'

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
  const T = view.talk.words
  if (kind === 'talk') {
    const s = view.talk.slides[(page as TalkPage).slide]
    if (!s) return []
    // A chart slide also says how to read the marks: the slide shows no legend.
    const legend = s.evidence.kind === 'comparison' ? ['', e(s.evidence.chart.caption)] : []
    // Large figures show value and label; who says so and when is said (fact atoms).
    const who =
      s.evidence.kind === 'figures'
        ? s.evidence.figures.flatMap((k) => {
            const f = view.figures[k]
            // A list item each: consecutive Markdown lines would run into one paragraph
            // ("…규모: 중국 중국 국가 클라우드…" in the handout, session 7).
            return f ? [`- ${e(`${f.label}: ${f.meta}`)}`] : []
          })
        : []
    // An actions slide shows the titles only (40 words a slide): who leads, by what means,
    // when and what would change the judgment are the views' strings, here, and so in the
    // handout; the talk need not retype them.
    const parts =
      s.evidence.kind === 'actions'
        ? s.evidence.actions.flatMap((ref) => {
            const a = ref.list === 'actions' ? view.actions[ref.index] : undefined
            if (!a) return []
            const line = a.parts.map((p) => `${p.label} ${p.value}`).join(view.labels.separator)
            return [`- ${a.number}\\. ${e(line)}`]
          })
        : []
    // The bottom line (the first judgments slide) names the key judgments the talk leaves
    // out and where the appendix has them, so a question about one finds its page.
    const firstJudgments = view.talk.slides.find((x) => x.evidence.kind === 'judgments')
    const shown = new Set(
      view.talk.slides.flatMap((x) =>
        x.evidence.kind === 'judgments' ? x.evidence.judgments.map((j) => j.index) : [],
      ),
    )
    const heading = view.sections.find((x) => x.id === sectionOf('judgments'))?.heading ?? ''
    const left = firstJudgments === s ? view.keyJudgments.filter((_, i) => !shown.has(i)) : []
    const notOnTalk =
      left.length > 0
        ? [
            '',
            e(T.notOnTalk.replace('{where}', `${T.appendix}${view.labels.separator}${heading}`)),
            // `4\\.`: unescaped, "- 4. …" is a list inside a list and the number is lost.
            // With its likelihood and confidence: a judgment is never shown without them
            // (the handout prints these notes; found by the handout's fact-atom check).
            ...left.map(
              (j) =>
                `- ${j.number}\\. ${e(j.statement)}${e(view.labels.separator)}${e(j.estimate)}`,
            ),
          ]
        : []
    // The timing first: the presenter view's notes pane shows about eight lines, and the
    // minutes are what the briefer glances at; the talk and the lists scroll below.
    return [
      `*${e(s.timing)}*`,
      '',
      e(s.talk),
      ...legend,
      ...notOnTalk,
      ...(who.length > 0 ? ['', ...who] : []),
      ...(parts.length > 0 ? ['', ...parts] : []),
      ...(s.sourceLine ? ['', e(s.sourceLine)] : []),
    ]
  }
  if (kind === 'divider') return [e(T.appendixNote)]
  // The appendix: one line, the part of the record and its sources; then, where the slide
  // keeps a short form, what the briefer needs to answer a question about it (the basis
  // and dissent of a judgment, how an event's date was inferred), which no slide shows.
  const section = view.sections.find((x) => x.id === sectionOf(kind))
  // The appendix's own numbering, as its running header shows it.
  const where = `${T.appendix}${view.labels.separator}${page.heading ?? section?.heading ?? ''}`
  const L = view.labels
  const items = (page as ListPage).items ?? []
  const answers =
    kind === 'judgments'
      ? items.flatMap((i) => {
          const j = view.keyJudgments[i]
          if (!j) return []
          return [
            `- ${j.number}\\. ${e(L.basis)}: ${e(j.basis)}`,
            ...(j.dissent
              ? [
                  `- ${j.number}\\. ${e(L.dissent)}: ${e(j.dissent)}${j.dissentCitation ? ` ${e(j.dissentCitation.text)}` : ''}`,
                ]
              : []),
          ]
        })
      : kind === 'timeline'
        ? items.flatMap((i) => {
            const ev = view.timeline[i]
            return ev?.dateBasis
              ? [`- ${e(ev.date.text)} ${e(L.dateBasis)}: ${e(ev.dateBasis)}`]
              : []
          })
        : []
  return [
    e(
      page.citation.text
        ? `${where}${view.labels.separator}${T.source} ${page.citation.text}`
        : where,
    ),
    ...(answers.length > 0 ? ['', ...answers] : []),
  ]
}
