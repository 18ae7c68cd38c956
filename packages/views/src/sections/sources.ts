import type { Dataset, Source } from '@briefing/dataset'
import type { SourceNumbers } from '../citations.ts'
import { formatDate } from '../format/date.ts'
import type { Messages } from '../messages/types.ts'
import type { MentionView, SourceBaseView, SourceView } from '../types.ts'

/**
 * Endnotes: the documents read, in citation-number order ("저자, 「제목」(원제: …), 발행처,
 * 종류, 날짜."), each followed by the outlets and people it cites that the briefing cites
 * through it, by name, with no title unless the document prints one.
 */
export function sources(data: Dataset, numbers: SourceNumbers, m: Messages): SourceView[] {
  const all = data.sources.sources
  return all
    .filter((s) => s.via === undefined)
    .map((s) => {
      const mentions = all.filter((x) => x.via === s.id).map((x) => mention(x, m))
      return {
        number: numbers.number.get(s.id) as number,
        id: s.id,
        text: endnote(s, m),
        ...(s.url ? { url: s.url } : {}),
        kind: m.sourceKind[s.kind],
        mentions,
        mentionsText:
          mentions.length === 0
            ? ''
            : `${m.evidence.mentionsHeading}: ${mentions.map((x) => x.text).join(m.evidence.mentionSeparator)}`,
      }
    })
    .sort((a, b) => a.number - b.number)
}

/** "4개 자료 기반", and the line that says what they are and who they cite. */
export function sourceBase(data: Dataset, m: Messages): SourceBaseView {
  const seeds = data.sources.sources.filter((s) => s.via === undefined)
  const mentions = data.sources.sources.length - seeds.length
  const kinds = seeds.map((s) => m.evidence.kind[s.kind]).join('·')
  return {
    documents: seeds.length,
    mentions,
    text: m.evidence.basedOn(seeds.length),
    detail: m.evidence.summary(seeds.length, kinds, mentions),
  }
}

function date(s: Source, m: Messages): string {
  return formatDate(s.date, m, s.dateInferred === true).text
}

function endnote(s: Source, m: Messages): string {
  const who = [s.author, s.authorRole].filter(Boolean).join(' · ')
  const parts = [
    who,
    s.title === undefined
      ? undefined
      : `「${s.title}」${s.originalTitle ? `(${m.originalTitle}: ${s.originalTitle})` : ''}`,
    s.publisher,
    `${m.sourceKind[s.kind]}, ${date(s, m)}`,
  ].filter((p): p is string => Boolean(p))
  return `${parts.join(', ')}.`
}

function mention(s: Source, m: Messages): MentionView {
  const who = [s.name, s.authorRole].filter(Boolean).join(' · ')
  const parts = [
    who,
    s.title === undefined ? undefined : `「${s.title}」`,
    `${m.sourceKind[s.kind]}, ${date(s, m)}`,
  ].filter((p): p is string => Boolean(p))
  return { id: s.id, text: parts.join(', ') }
}
