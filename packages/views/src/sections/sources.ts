import type { Dataset, Source } from '@briefing/dataset'
import { formatDate } from '../format/date.ts'
import type { Messages } from '../messages/types.ts'
import type { SourceView } from '../types.ts'

/** Endnotes in citation-number order: "저자, 「제목」(원제: …), 발행처, 날짜. 재인용: [n]". */
export function sources(
  data: Dataset,
  numbers: ReadonlyMap<string, number>,
  m: Messages,
): SourceView[] {
  return data.sources.sources
    .map((s) => {
      const number = numbers.get(s.id) as number
      const viaNumber = s.via === undefined ? undefined : numbers.get(s.via)
      return {
        number,
        id: s.id,
        text: endnote(s, m, viaNumber),
        ...(s.url ? { url: s.url } : {}),
        kind: m.sourceKind[s.kind],
        ...(viaNumber !== undefined ? { viaNumber } : {}),
      }
    })
    .sort((a, b) => a.number - b.number)
}

function endnote(s: Source, m: Messages, viaNumber: number | undefined): string {
  const who = [s.author, s.authorRole].filter(Boolean).join(' · ')
  const parts = [
    who,
    `「${s.title}」${s.originalTitle ? `(${m.originalTitle}: ${s.originalTitle})` : ''}`,
    s.publisher,
    `${m.sourceKind[s.kind]}, ${formatDate(s.date, m, s.dateInferred === true).text}`,
  ].filter((p): p is string => Boolean(p))
  const via = viaNumber === undefined ? '' : ` ${m.via}: [${viaNumber}]`
  return `${parts.join(', ')}.${via}`
}
