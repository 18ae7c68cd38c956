/**
 * The memo's one stylesheet, and the one place fonts and line breaking are set up.
 * Importing this module registers Pretendard (static TTFs, absolute paths: fontkit
 * takes paths as given) and the no-hyphen line breaker, once per process.
 *
 * Print rules: A4, 20 mm side margins, body 10 pt; navy and greys only, thin rules;
 * nothing is told apart by colour alone (leader and likelihood are words, markers
 * are shapes), so a black-and-white print reads the same.
 * lineHeight is never set on <Page> or on a View that holds the page-number Text:
 * it made render-prop page numbers disappear (react-pdf #3402, #3566). It is set
 * on text styles only, always next to their fontSize (a bare number multiplies it).
 */
import { FONT_FAMILY, memoFontFiles } from '@briefing/fonts'
import { PALETTE } from '@briefing/views'
import { Font, StyleSheet } from '@react-pdf/renderer'
import { breakWord } from './lineBreaking.ts'

Font.register({
  family: FONT_FAMILY,
  fonts: [
    { src: memoFontFiles.regular, fontWeight: 400 },
    { src: memoFontFiles.semibold, fontWeight: 600 },
    { src: memoFontFiles.bold, fontWeight: 700 },
  ],
})
Font.registerHyphenationCallback(breakWord)

/** The shared palette (views) plus the memo's print-only greys and table tones. */
export const colour = {
  ink: PALETTE.ink,
  text: '#262626',
  muted: PALETTE.muted,
  faint: '#8a8a8a',
  navy: PALETTE.accent,
  rule: '#b4bcc6',
  hairline: '#d5d9de',
  band: '#eef1f5',
  bandStrong: '#dfe4ea',
  white: '#ffffff',
} as const

/** Page geometry in points (A4 = 595.28 × 841.89). */
export const page = {
  marginX: 56,
  marginTop: 66,
  marginBottom: 62,
  chromeInset: 30,
} as const

export const body = { fontSize: 10, lineHeight: 1.45 } as const
export const small = { fontSize: 9, lineHeight: 1.5 } as const

export const s = StyleSheet.create({
  page: {
    fontFamily: FONT_FAMILY,
    // Pretendard's chaining lookups are most of fontkit's shaping time (profiled: 'clig'
    // and 'calt' ~70% of it, ~0.5 s of a cold render). 'clig' changes no glyph of ours;
    // 'calt' only swaps in case-height - and ~ between digits, barely visible in print.
    fontFeatureSettings: { clig: false, calt: false },
    fontSize: body.fontSize,
    color: colour.text,
    paddingTop: page.chromeInset,
    paddingBottom: page.chromeInset,
    paddingHorizontal: page.marginX,
  },

  // Running header and footer: the page template's chrome (PageFrame), on every page.
  runningHeader: {
    // Never shrunk: on a page whose body overflows (a table row taller than the page, large
    // test) yoga squeezed the header and footer past the chrome inset.
    flexShrink: 0,
    marginBottom: page.marginTop - page.chromeInset - 14,
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    paddingBottom: 4,
    borderBottomWidth: 0.6,
    borderBottomColor: colour.rule,
  },
  // In a row beside a box that keeps its width (the marking, the page number), the text on
  // the left takes the room the box leaves (flex: 1, basis 0) and wraps there. With only
  // flexShrink, React-PDF laid the text out at the full width, under and past the box.
  runningTitle: { fontSize: 8, color: colour.muted, flex: 1, marginRight: 8 },
  classification: {
    flexShrink: 0,
    fontSize: 8,
    fontWeight: 700,
    color: colour.ink,
    borderWidth: 0.8,
    borderColor: colour.ink,
    paddingHorizontal: 5,
    paddingVertical: 1,
  },
  runningFooter: {
    flexShrink: 0,
    marginTop: page.marginBottom - page.chromeInset - 12,
    flexDirection: 'row',
    justifyContent: 'space-between',
    paddingTop: 4,
    borderTopWidth: 0.6,
    borderTopColor: colour.rule,
  },
  footerText: { fontSize: 8, color: colour.muted, flex: 1, marginRight: 8 },
  pageNumber: { fontSize: 8, color: colour.ink, fontWeight: 600, flexShrink: 0 },

  // Memo header block (page 1).
  headerBlock: { marginBottom: 4 },
  headerTopRule: { borderTopWidth: 3, borderTopColor: colour.navy, marginBottom: 6 },
  issuerLine: {
    fontSize: 9,
    color: colour.navy,
    fontWeight: 700,
    letterSpacing: 0.5,
    marginBottom: 2,
  },
  title: { fontSize: 20, lineHeight: 1.25, fontWeight: 700, color: colour.ink },
  subtitle: { fontSize: 11, lineHeight: 1.35, color: colour.muted, marginTop: 1, marginBottom: 6 },
  headerTable: {
    borderTopWidth: 1,
    borderTopColor: colour.ink,
    borderBottomWidth: 1,
    borderBottomColor: colour.ink,
  },
  headerRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colour.hairline },
  headerRowLast: { flexDirection: 'row' },
  headerLabel: {
    width: 58,
    fontSize: 9,
    lineHeight: 1.5,
    fontWeight: 700,
    color: colour.ink,
    backgroundColor: colour.band,
    paddingVertical: 1.5,
    paddingHorizontal: 6,
  },
  headerValue: {
    flex: 1,
    fontSize: 9,
    lineHeight: 1.5,
    paddingVertical: 1.5,
    paddingHorizontal: 6,
  },

  // The front page (issue 13): compact blocks under the header.
  frontPage: {},
  sectionHeadingCompact: {
    fontSize: 12.5,
    lineHeight: 1.3,
    fontWeight: 700,
    color: colour.navy,
    marginTop: 6,
    marginBottom: 2,
    paddingBottom: 2,
    borderBottomWidth: 1.2,
    borderBottomColor: colour.navy,
  },
  blockHeadingRow: { flexDirection: 'row', alignItems: 'center', marginTop: 5, marginBottom: 2 },
  blockHeading: {
    fontSize: 11,
    lineHeight: 1.35,
    fontWeight: 700,
    color: colour.ink,
    marginRight: 6,
  },
  frontItem: {
    flexDirection: 'row',
    marginBottom: 2.5,
  },
  frontNumber: { width: 14, fontSize: 10, lineHeight: 1.4, fontWeight: 700, color: colour.navy },
  frontBullet: { width: 14, fontSize: 10, lineHeight: 1.4, fontWeight: 700, color: colour.navy },
  frontStatement: { fontSize: 10, lineHeight: 1.4, fontWeight: 700, color: colour.ink },
  frontEstimate: { fontSize: 9, lineHeight: 1.3, fontWeight: 700, color: colour.muted },
  frontText: { flex: 1, fontSize: 10, lineHeight: 1.4 },
  /** 한국에 대한 결론: the first thing on page 1, set off by a rule on the left. */
  bottomLineBox: {
    marginTop: 2,
    marginBottom: 2,
    paddingLeft: 8,
    borderLeftWidth: 2.5,
    borderLeftColor: colour.navy,
  },
  bottomLineText: { fontSize: 10.5, lineHeight: 1.45, color: colour.ink },
  frontActionTitle: { fontSize: 10, lineHeight: 1.4, fontWeight: 700, color: colour.ink },
  actionParts: { fontSize: 9, lineHeight: 1.35, color: colour.text },
  limitsBox: {
    marginTop: 5,
    borderWidth: 0.8,
    borderColor: colour.rule,
    backgroundColor: colour.band,
    paddingVertical: 4,
    paddingHorizontal: 8,
  },
  limitsHeading: { fontSize: 10, lineHeight: 1.35, fontWeight: 700, color: colour.ink },
  limitsText: { fontSize: 9, lineHeight: 1.35 },
  limitsItem: { flexDirection: 'row' },
  /** 추정 표현의 뜻: the estimative key after the judgments' basis. */
  scaleBox: {
    marginTop: 8,
    borderWidth: 0.8,
    borderColor: colour.rule,
    paddingVertical: 4,
    paddingHorizontal: 8,
  },
  scaleColumns: { flexDirection: 'row', marginTop: 3 },
  scaleColumn: { flex: 1, paddingRight: 8 },
  scaleHeading: { fontSize: 9, lineHeight: 1.35, fontWeight: 700, color: colour.muted },
  scaleRow: { flexDirection: 'row', marginTop: 1 },
  scaleTerm: { width: 82, fontSize: 8.5, lineHeight: 1.35 },
  scaleTermUsed: { width: 82, fontSize: 8.5, lineHeight: 1.35, fontWeight: 700 },
  scaleBody: { flex: 1, flexDirection: 'row' },
  scaleRange: { width: 44, fontSize: 8.5, lineHeight: 1.35, color: colour.muted },
  scaleMeaning: { flex: 1, fontSize: 8.5, lineHeight: 1.35 },
  limitsMark: { width: 10, fontSize: 9, lineHeight: 1.35, color: colour.muted },
  limitsItemText: { flex: 1, fontSize: 9, lineHeight: 1.35 },
  annexDivider: {
    fontSize: 16,
    lineHeight: 1.3,
    marginTop: 22,
    paddingTop: 6,
    borderTopWidth: 3,
    borderTopColor: colour.navy,
    fontWeight: 700,
    color: colour.ink,
    marginBottom: 2,
  },
  colophon: {
    fontSize: 8.5,
    lineHeight: 1.4,
    color: colour.muted,
    marginTop: 14,
    paddingTop: 4,
    borderTopWidth: 0.5,
    borderTopColor: colour.hairline,
  },
  debateText: { fontSize: 10, lineHeight: 1.45 },
  interest: { fontSize: 9, lineHeight: 1.4, color: colour.ink, fontWeight: 600 },
  debateNote: {
    fontSize: 9.5,
    lineHeight: 1.5,
    color: colour.text,
    marginTop: 3,
    paddingLeft: 6,
    borderLeftWidth: 2,
    borderLeftColor: colour.ink,
  },
  stampLine: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    marginTop: 6,
  },
  stampText: { fontSize: 8.5, color: colour.muted },

  // Section headings.
  sectionHeading: {
    fontSize: 13.5,
    lineHeight: 1.3,
    fontWeight: 700,
    color: colour.navy,
    marginTop: 16,
    marginBottom: 8,
    paddingBottom: 3,
    borderBottomWidth: 1.2,
    borderBottomColor: colour.navy,
  },
  subHeading: {
    fontSize: 11,
    lineHeight: 1.4,
    fontWeight: 700,
    color: colour.ink,
    marginTop: 10,
    marginBottom: 4,
  },
  paragraph: { ...body, textAlign: 'left', marginBottom: 6 },
  runIn: { fontWeight: 700, color: colour.ink },
  citation: { fontSize: 8.5, color: colour.muted },
  citationLink: { color: colour.muted, textDecoration: 'none' },
  /** "블로그 1건" after a thin row's dimension: the views' evidence mark. */
  evidenceMark: { fontSize: 8.5, fontWeight: 400, color: colour.muted },
  note: { ...small, color: colour.muted },
  label: { fontSize: 9, fontWeight: 700, color: colour.muted },

  // Key judgments.
  judgment: {
    flexDirection: 'row',
    marginBottom: 9,
    paddingBottom: 8,
    borderBottomWidth: 0.5,
    borderBottomColor: colour.hairline,
  },
  judgmentNumber: {
    width: 20,
    fontSize: 11,
    lineHeight: 1.45,
    fontWeight: 700,
    color: colour.navy,
  },
  judgmentBody: { flex: 1 },
  judgmentStatement: { fontSize: 10.5, lineHeight: 1.5, fontWeight: 700, color: colour.ink },
  estimate: {
    alignSelf: 'flex-start',
    fontSize: 9,
    lineHeight: 1.4,
    fontWeight: 700,
    color: colour.ink,
    borderWidth: 0.7,
    borderColor: colour.ink,
    paddingHorizontal: 4,
    paddingVertical: 1,
    marginTop: 3,
    marginBottom: 3,
  },
  judgmentDetail: { ...body, lineHeight: 1.5, color: colour.text, marginTop: 1 },

  // Tables (comparison, figures, change log).
  tableGroupTitle: { flexDirection: 'row', alignItems: 'center', marginTop: 10, marginBottom: 2 },
  tag: {
    fontSize: 8,
    fontWeight: 700,
    color: colour.white,
    backgroundColor: colour.navy,
    paddingHorizontal: 4,
    paddingVertical: 1,
    marginRight: 6,
  },
  tagOutline: {
    fontSize: 8,
    fontWeight: 700,
    color: colour.ink,
    borderWidth: 0.7,
    borderColor: colour.ink,
    paddingHorizontal: 3,
    paddingTop: 1.2,
    paddingBottom: 0.6,
    marginTop: 2.5,
    marginRight: 5,
  },
  groupTitle: { fontSize: 11, lineHeight: 1.4, fontWeight: 700, color: colour.ink },
  takeaway: { fontSize: 10, lineHeight: 1.45, color: colour.muted, marginBottom: 5 },
  table: {
    borderTopWidth: 1,
    borderTopColor: colour.ink,
    borderBottomWidth: 1,
    borderBottomColor: colour.ink,
    marginBottom: 8,
  },
  tableHead: {
    flexDirection: 'row',
    backgroundColor: colour.bandStrong,
    borderBottomWidth: 0.7,
    borderBottomColor: colour.ink,
  },
  th: {
    fontSize: 9,
    lineHeight: 1.4,
    fontWeight: 700,
    color: colour.ink,
    paddingVertical: 3,
    paddingHorizontal: 4,
  },
  tr: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colour.hairline },
  trLast: { flexDirection: 'row' },
  td: { fontSize: 9, lineHeight: 1.45, paddingVertical: 4, paddingHorizontal: 4 },
  tdMuted: {
    fontSize: 8.5,
    lineHeight: 1.45,
    color: colour.muted,
    paddingVertical: 4,
    paddingHorizontal: 4,
  },
  tdStrong: {
    fontSize: 9,
    lineHeight: 1.45,
    fontWeight: 700,
    color: colour.ink,
    paddingVertical: 4,
    paddingHorizontal: 4,
  },
  /** 용어 해설: a definition is read as prose, so its table is at body size, not 9 pt. */
  glossaryTerm: {
    ...body,
    fontWeight: 700,
    color: colour.ink,
    paddingVertical: 4,
    paddingHorizontal: 4,
  },
  glossaryDefinition: { ...body, paddingVertical: 4, paddingHorizontal: 4 },
  cellCitation: { fontSize: 8, color: colour.muted },
  leaderCell: {
    flexDirection: 'row',
    alignItems: 'center',
    paddingVertical: 4,
    paddingHorizontal: 4,
  },
  leaderLabel: {
    fontSize: 9,
    lineHeight: 1.3,
    fontWeight: 700,
    color: colour.ink,
    marginLeft: 4,
  },

  // Strategies.
  countryBlock: { marginBottom: 6 },
  pillar: {
    flexDirection: 'row',
    marginBottom: 5,
  },
  pillarMark: { width: 16, fontSize: 10, lineHeight: 1.45, color: colour.navy, fontWeight: 700 },
  pillarBody: { flex: 1, fontSize: 10, lineHeight: 1.45 },

  // Key figures.
  figureGrid: { flexDirection: 'row', flexWrap: 'wrap', marginHorizontal: -4, marginBottom: 6 },
  figureCard: {
    width: '33.333%',
    paddingHorizontal: 4,
    marginBottom: 8,
  },
  figureCardInner: {
    borderTopWidth: 2,
    borderTopColor: colour.navy,
    backgroundColor: colour.band,
    paddingHorizontal: 7,
    paddingTop: 5,
    paddingBottom: 6,
    flexGrow: 1,
  },
  figureValue: { fontSize: 17, lineHeight: 1.25, fontWeight: 700, color: colour.navy },
  figureLabel: { fontSize: 10, lineHeight: 1.4, fontWeight: 700, color: colour.ink, marginTop: 2 },
  figureMeta: { fontSize: 8.5, lineHeight: 1.4, color: colour.muted, marginTop: 2 },

  // Chart.
  chartBlock: { marginTop: 4, marginBottom: 8 },
  chartTitle: {
    fontSize: 10,
    lineHeight: 1.4,
    fontWeight: 700,
    color: colour.ink,
    marginBottom: 4,
  },
  caption: { fontSize: 8.5, lineHeight: 1.45, color: colour.muted, marginTop: 4 },

  // Timeline.
  event: { flexDirection: 'row', marginBottom: 6 },
  eventDate: {
    width: 96,
    fontSize: 9,
    lineHeight: 1.5,
    fontWeight: 700,
    color: colour.ink,
    paddingRight: 8,
  },
  eventRail: { width: 10, alignItems: 'center', paddingTop: 3 },
  eventBody: { flex: 1, paddingLeft: 4 },
  eventHead: { flexDirection: 'row', alignItems: 'flex-start' },
  eventTitle: { flex: 1, fontSize: 10, lineHeight: 1.45, fontWeight: 700, color: colour.ink },
  eventDetail: { fontSize: 10, lineHeight: 1.45 },

  // Quotes.
  quote: {
    borderLeftWidth: 2,
    borderLeftColor: colour.rule,
    paddingLeft: 10,
    marginBottom: 8,
  },
  quoteText: { fontSize: 10, lineHeight: 1.45, fontWeight: 600, color: colour.ink },
  quoteAttribution: { fontSize: 9, lineHeight: 1.45, color: colour.text, marginTop: 1 },
  quoteContext: { fontSize: 8.5, lineHeight: 1.45, color: colour.muted },

  // Outlook.
  horizon: { marginBottom: 8 },
  horizonRow: { flexDirection: 'row', marginTop: 2 },
  horizonCountry: { width: 34, fontSize: 10, lineHeight: 1.45, fontWeight: 700, color: colour.ink },
  horizonText: { flex: 1, fontSize: 10, lineHeight: 1.45 },
  disagreement: { marginBottom: 8 },
  topic: { fontSize: 10.5, lineHeight: 1.5, fontWeight: 700, color: colour.ink },
  position: { flexDirection: 'row', marginTop: 2, paddingLeft: 4 },
  positionMark: { width: 20, fontSize: 10, lineHeight: 1.45, color: colour.muted },
  positionText: { flex: 1, fontSize: 10, lineHeight: 1.45 },

  // Recommendations and implications.
  item: { flexDirection: 'row', marginBottom: 8 },
  itemNumber: { width: 20, fontSize: 10, lineHeight: 1.45, fontWeight: 700, color: colour.navy },
  itemBody: { flex: 1 },
  itemTitleRow: { flexDirection: 'row', alignItems: 'center', flexWrap: 'wrap', marginBottom: 1 },
  itemTitle: { fontSize: 10, lineHeight: 1.45, fontWeight: 700, color: colour.ink, marginRight: 6 },
  originSource: {
    fontSize: 8,
    fontWeight: 700,
    color: colour.ink,
    borderWidth: 0.7,
    borderColor: colour.ink,
    paddingHorizontal: 3,
    paddingVertical: 0.5,
    marginRight: 4,
  },
  originAnalyst: {
    fontSize: 8,
    fontWeight: 700,
    color: colour.white,
    backgroundColor: colour.ink,
    paddingHorizontal: 3,
    paddingVertical: 0.5,
    marginRight: 4,
  },
  audience: { fontSize: 8, color: colour.muted },
  itemText: { fontSize: 10, lineHeight: 1.45 },

  // Endnotes.
  endnote: { flexDirection: 'row', marginBottom: 4 },
  endnoteNumber: { width: 24, fontSize: 8.5, lineHeight: 1.5, fontWeight: 700, color: colour.ink },
  endnoteBody: { flex: 1 },
  endnoteText: { fontSize: 8.5, lineHeight: 1.5 },
  /** 날짜 추정 근거 in the annex: the date, then the event and how its date was read. */
  dateBasisItem: { marginBottom: 3 },
  dateBasisEvent: { fontSize: 8.5, lineHeight: 1.5, fontWeight: 700, color: colour.ink },
  /** The outlets and people a document cites, under its endnote. */
  endnoteMentions: { fontSize: 8.5, lineHeight: 1.5, color: colour.muted, marginTop: 2 },
  url: { fontSize: 8.5, lineHeight: 1.45, color: colour.navy, textDecoration: 'none' },

  // Change log annex.
  annexNote: { ...small, color: colour.muted, marginBottom: 6 },
})
