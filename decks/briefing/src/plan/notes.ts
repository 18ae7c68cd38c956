/**
 * Speaker notes from the view, made for speaking: on the main track the talk track
 * (what to say), the slide's planned minutes and the running total, and a one-line source
 * reference, never the slide's text again; on the divider and in the appendix one line
 * (what the slide is for and its sources). Written as Markdown, which Slidev renders in
 * the presenter view; every dataset string is escaped so it reads as plain text.
 */
import type { BriefingView } from '@briefing/views'
import { type AnyPage, type SlideKind, sectionOf, type TalkPage } from './plan.ts'

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
    return [e(s.talk), '', `*${e(s.timing)}*`, ...(s.sourceLine ? ['', e(s.sourceLine)] : [])]
  }
  if (kind === 'divider') return [e(T.appendixNote)]
  // The appendix: one line, the part of the record and its sources.
  const section = view.sections.find((x) => x.id === sectionOf(kind))
  const where = `${T.appendix}${view.labels.separator}${section?.heading ?? ''}`
  return [
    e(
      page.citation.text
        ? `${where}${view.labels.separator}${T.source} ${page.citation.text}`
        : where,
    ),
  ]
}
