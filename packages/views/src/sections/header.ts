import type { Meta } from '@briefing/dataset'
import { formatDate } from '../format/date.ts'
import type { Messages } from '../messages/types.ts'
import type { ChangeView, DocumentInfo, EditionLines, HeaderView, Stamp } from '../types.ts'

export function stamp(meta: Meta, fingerprint: string, m: Messages): Stamp {
  const editionLabel = m.editionLabel(meta.edition)
  return {
    edition: meta.edition,
    editionLabel,
    fingerprint,
    text: `${editionLabel} · ${m.header.fingerprint} ${fingerprint}`,
  }
}

export function header(meta: Meta, m: Messages): HeaderView {
  const asOf = formatDate(meta.asOf, m)
  const rows = [
    { label: m.header.to, value: meta.recipients },
    { label: m.header.from, value: meta.issuer },
    ...(meta.copyTo ? [{ label: m.header.cc, value: meta.copyTo }] : []),
    { label: m.header.date, value: asOf.text },
    { label: m.header.subject, value: meta.subjectLine },
  ]
  const prev = meta.previousEdition
  const previousEdition = prev
    ? m.previousEdition(prev.edition, formatDate(prev.asOf, m).text)
    : m.firstEdition
  const asOfText = m.asOfLabel(asOf.text)
  const dataCutoff = formatDate(meta.dataCutoff ?? meta.asOf, m)
  // 없음: no marking is printed anywhere (보안업무규정 grades and 공개 are printed as written).
  const marking = meta.classification === '없음' ? '' : meta.classification
  return {
    marking,
    dataCutoff,
    datesLine: m.front.dates(dataCutoff.text, asOf.text),
    title: meta.title,
    subtitle: meta.subtitle,
    classification: marking,
    asOf,
    asOfText,
    rows,
    issuer: meta.issuer,
    subjectLine: meta.subjectLine,
    keywords: meta.keywords,
    previousEdition,
    runningTitle: `${meta.title}${m.separator}${meta.subtitle}`,
    asOfLine: `${asOfText}${m.separator}${previousEdition}`,
  }
}

export function editionLines(h: HeaderView, stamp: Stamp, m: Messages): EditionLines {
  return {
    changeLog: `${h.previousEdition}${m.separator}${stamp.text}`,
    footer: `${h.issuer}${m.separator}${stamp.text}`,
    colophon: m.colophon(h.issuer, stamp.text),
  }
}

export function changes(meta: Meta, m: Messages): ChangeView[] {
  return meta.changes.map((c) => ({
    edition: m.editionLabel(c.edition),
    date: formatDate(c.date, m),
    summary: c.summary,
  }))
}

/**
 * The PDF document information of both PDFs: the memo's and the deck's print the same
 * title ("제목: 부제"), subject (the memo's 제목 line), author and keywords.
 */
export function documentInfo(h: HeaderView, language: string, m: Messages): DocumentInfo {
  return {
    title: `${h.title}: ${h.subtitle}`,
    subject: h.subjectLine,
    author: h.issuer,
    keywords: h.keywords,
    keywordsText: h.keywords.join(m.listSeparator),
    language,
  }
}
