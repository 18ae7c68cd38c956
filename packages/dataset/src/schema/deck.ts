import { z } from 'zod'
import { Id, Text, tooMany } from './primitives.ts'

/**
 * deck.yaml: the talk. The deck's main track in order, each slide an assertion (its
 * headline), one piece of evidence chosen by reference, what to say (talk) and how long
 * (minutes). The facts stay in the other files: headline and talk are the deck's own
 * words and name facts only by reference ({fig-…}, {ev-…}, {kj-…}).
 */

/** What a slide shows as its one piece of evidence; the field it needs is checked per kind. */
export const EVIDENCE_KINDS = [
  'title',
  'agenda',
  'judgments',
  'figures',
  'comparison',
  'timeline',
  'range',
  'quote',
  'disagreement',
  'implications',
  'actions',
  'closing',
] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

/** One stop of a range strip: a position of the disagreement, with a short label. */
export const RangeStop = z
  .object({
    position: z.int().min(1).max(20).describe('Which position of the disagreement (1 = first)'),
    label: Text.describe('What this source says, in a few words: "몇 개월", "{fig-us-lead-years}"'),
  })
  .strict()

export const Evidence = z
  .object({
    kind: z.enum(EVIDENCE_KINDS).describe('What the slide shows'),
    judgments: z
      .array(Id)
      .min(1)
      .optional()
      .describe('kind judgments: key judgment ids (kj-…), at most 3'),
    figures: z.array(Id).min(1).optional().describe('kind figures: figure ids (fig-…), at most 4'),
    group: Id.optional().describe('kind comparison: a comparison group id (grp-…)'),
    from: Id.optional().describe('kind timeline: the first event shown (ev-…)'),
    to: Id.optional().describe('kind timeline: the last event shown (ev-…)'),
    quote: Id.optional().describe('kind quote: a quote id (q-…)'),
    disagreement: Id.optional().describe('kind disagreement or range: a disagreement id (dis-…)'),
    stops: z
      .array(RangeStop)
      .min(2)
      .max(6)
      .optional()
      .describe('kind range: the positions in order, shortest first'),
    implications: z
      .array(Id)
      .min(1)
      .optional()
      .describe('kind implications: implication ids (imp-…)'),
    actions: z
      .array(Id)
      .min(1)
      .optional()
      .describe(
        'kind actions or closing: our actions for the Korean government (act-…), or recommendation or implication ids (rec-…, imp-…)',
      ),
  })
  .strict()

export const DeckSlide = z
  .object({
    id: Id,
    part: Text.describe(
      'The part of the talk it belongs to (agenda line, running header), e.g. 근거',
    ),
    headline: Text.describe(
      'The point of the slide as one sentence, at most two lines on the slide',
    ),
    evidence: Evidence,
    talk: Text.describe('What to say: 2 to 5 Korean sentences; facts only by reference'),
    minutes: z.number().min(0.25).max(10).describe('Planned speaking time in minutes'),
  })
  .strict()

export const DeckFile = z
  .object({
    targetMinutes: z.int().min(3).max(90).describe('How long the talk may take, in minutes'),
    briefer: Text.describe('Who presents: role, e.g. 선임연구원'),
    occasion: Text.describe('For whom and why, e.g. 관계 부처 정책결정자 브리핑'),
    slides: z.array(DeckSlide).min(1).max(30, tooMany(30, 'main-track slides')),
  })
  .strict()

/**
 * The talk's rules, one place for the check and the deck. Headline: the main track's
 * title is 34 px Pretendard on a 1184 px body, about 36 Hangul syllables a line with
 * spaces; two lines with whole words (keep-all loses up to a word a line) hold about 64,
 * and a reference prints a few characters more than its id costs here (counted as 8:
 * "최대 2년", "2025년 7월(추정)"), so 60 leaves a margin. The deck measures the real
 * two-line fit too. Minutes: a briefing lands within 10 % of its slot (at least 1 min).
 */
export const DECK_RULES = {
  headlineChars: 60,
  referenceChars: 8,
  talkSentences: { min: 2, max: 5 },
  // Read aloud, a talk track should take about its planned minutes (issue 12: the first
  // talk was 5 minutes of text for a 15-minute slot). Korean read aloud runs at about 300
  // syllables a minute; a briefer who stops to point at the slide says about 250 in a
  // minute. A reference is read as about 4. The track's reading time must lie between half
  // and one and a half times the slide's minutes: the rest is pointing and pausing.
  talkPace: { charsPerMinute: 250, referenceChars: 4, min: 0.5, max: 1.5 },
  mainSlides: { min: 10, max: 14 },
  minutesTolerance: (target: number): number => Math.max(1, Math.round(target * 0.1 * 10) / 10),
  maxJudgments: 3,
  maxFigures: 4,
} as const

/** Which field each evidence kind needs (title, agenda and closing need none). */
export const EVIDENCE_FIELD: Readonly<Record<EvidenceKind, readonly string[]>> = {
  title: [],
  agenda: [],
  judgments: ['judgments'],
  figures: ['figures'],
  comparison: ['group'],
  timeline: ['from', 'to'],
  range: ['disagreement', 'stops'],
  quote: ['quote'],
  disagreement: ['disagreement'],
  implications: ['implications'],
  actions: ['actions'],
  closing: [],
}
