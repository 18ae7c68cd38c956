import { z } from 'zod'
import {
  type ActorIds,
  actorList,
  Confidence,
  DateText,
  Horizon,
  Id,
  isSaneYear,
  Likelihood,
  leaderOf,
  notNegativeZero,
  oneOf,
  SourceRefs,
  Text,
  tooMany,
} from './primitives.ts'

/*
 * The files that name actors (comparison, strategies, figures, timeline, outlook,
 * recommendations) have their schema made for the actors meta.yaml declares: a row
 * has one text per actor under the actor's id, `leader` is an actor id or contested.
 * The exported constants are those schemas for unknown actors (actor keys unchecked),
 * and give the TypeScript types; `…For(actors)` give the strict schema of one briefing.
 */

/** `{ us: schema, china: schema }` for the declared actors. */
function perActor<T extends z.ZodType>(actors: readonly string[], schema: (id: string) => T) {
  return Object.fromEntries(actors.map((id) => [id, schema(id)])) as Record<string, T>
}

/**
 * An object with the fixed fields plus one field per actor: strict when the actors are
 * known (so a typo in a key is caught, with the known keys suggested), else open. The
 * static type is the open one (actor fields are read with actorText()): the strict
 * schema's inferred type would have no name for the actor keys.
 */
function withActors<S extends z.ZodRawShape>(
  shape: S,
  actors: ActorIds,
  field: (id: string) => z.ZodType,
) {
  const open = z.object(shape).catchall(z.unknown())
  if (!actors) return open
  return z.object({ ...shape, ...perActor(actors, field) }).strict() as unknown as typeof open
}

/** background.yaml: the strategic context, a few paragraphs. */
export const ContextParagraph = z
  .object({ id: Id, heading: Text, text: Text, sources: SourceRefs })
  .strict()
export const BackgroundFile = z
  .object({ context: z.array(ContextParagraph).min(1).max(12, tooMany(12, 'context paragraphs')) })
  .strict()

/** comparison.yaml: dimensions compared, grouped; one deck slide per group. */
export const comparisonRowFor = (actors: ActorIds) =>
  withActors(
    {
      id: Id,
      dimension: Text.describe('What is compared, e.g. AI 반도체'),
      assessment: Text,
      leader: leaderOf(actors),
      sources: SourceRefs,
    },
    actors,
    (id) => CellText.describe(`The position of ${id}`),
  )

/**
 * One actor's cell of a comparison row: one text, or parts that each carry their own
 * sources when the cell joins what different documents say (a blog's 2025 snapshot and a
 * newspaper's later report), so the views can label each part with where it comes from.
 */
export const CellPart = z.object({ text: Text, sources: SourceRefs }).strict()
export const CellText = z.union([Text, z.array(CellPart).min(1).max(4)])

export const comparisonFileFor = (actors: ActorIds) => {
  const group = z
    .object({
      id: Id,
      title: Text,
      takeaway: Text.describe('One-sentence message of the group, used as the slide title'),
      horizon: Horizon,
      rows: z.array(comparisonRowFor(actors)).min(1).max(30, tooMany(30, 'rows in one group')),
    })
    .strict()
  return z
    .object({ groups: z.array(group).min(1).max(12, tooMany(12, 'comparison groups')) })
    .strict()
}
export const ComparisonRow = comparisonRowFor(undefined)
export const ComparisonFile = comparisonFileFor(undefined)
export const ComparisonGroup = ComparisonFile.shape.groups.element

/** strategies.yaml: each actor's pillars, under the actor's id. */
export const Pillar = z.object({ id: Id, title: Text, summary: Text, sources: SourceRefs }).strict()
export const CountryStrategy = z
  .object({ overview: Text, pillars: z.array(Pillar).min(1).max(20, tooMany(20, 'pillars')) })
  .strict()
export const StrategiesFile = z.record(Id, CountryStrategy)
export const strategiesFileFor = (actors: ActorIds) =>
  actors
    ? (z
        .object(perActor(actors, () => CountryStrategy))
        .strict() as unknown as typeof StrategiesFile)
    : StrategiesFile

/** figures.yaml: every number the seeds give. */
export const Qualifier = z
  .enum(['약', '최대', '최소', '이상', '이하', '이내', '이후', '까지', '만에', '뒤', '은 더'])
  .describe('How the number is hedged or bounded; placed before or after the number by the views')
export const figureFor = (actors: ActorIds) =>
  z
    .object({
      id: Id,
      value: z.number().finite().min(0).max(1e15).refine(notNegativeZero, 'number.negativeZero'),
      valueTo: z
        .number()
        .finite()
        .min(0)
        .max(1e15)
        .refine(notNegativeZero, 'number.negativeZero')
        .optional()
        .describe('Upper end of a range'),
      unit: z.string().trim().max(20).describe('Unit word, e.g. 쪽, 개, 년; empty for none'),
      isYear: z.boolean().optional().describe('Print as a year (no digit grouping)'),
      qualifier: Qualifier.optional(),
      label: Text.describe('Short name of the figure, for a card title'),
      measure: Text.describe('What the number measures, in a sentence'),
      country: oneOf(
        actors && [...actors, 'both'],
        `Whose figure: ${actorList(actors)} or both`,
      ).optional(),
      date: DateText.optional(),
      dateInferred: z.boolean().optional().describe('true when worked out from a relative phrase'),
      dateBasis: Text.optional().describe(
        'The phrase and the document date it was worked out from',
      ),
      attribution: Text.optional().describe('Who says so, when it is a claim of a person or body'),
      key: z.boolean().optional().describe('Show as a key figure card in the deck and memo'),
      sources: SourceRefs,
    })
    .strict()
    .refine((f) => f.valueTo === undefined || f.valueTo >= f.value, {
      message: 'figure.rangeReversed',
      path: ['valueTo'],
    })
    .refine((f) => !f.dateInferred || f.dateBasis !== undefined, {
      message: 'event.inferredNeedsBasis',
      path: ['dateBasis'],
    })
    .refine(
      (f) =>
        !f.isYear || (isSaneYear(f.value) && (f.valueTo === undefined || isSaneYear(f.valueTo))),
      { message: 'year.invalid', path: ['value'] },
    )
export const figuresFileFor = (actors: ActorIds) =>
  z.object({ figures: z.array(figureFor(actors)).min(1).max(80, tooMany(80, 'figures')) }).strict()
export const Figure = figureFor(undefined)
export const FiguresFile = figuresFileFor(undefined)

/** timeline.yaml: dated events. */
export const timelineEventFor = (actors: ActorIds) =>
  z
    .object({
      id: Id,
      date: DateText,
      dateInferred: z.boolean().optional().describe('true when worked out from a relative phrase'),
      dateBasis: Text.optional().describe(
        'The phrase and the document date it was worked out from',
      ),
      title: Text,
      detail: Text,
      country: oneOf(
        actors && [...actors, 'both', 'other'],
        `Whose event: ${actorList(actors)}, both or other`,
      ),
      planned: z
        .boolean()
        .optional()
        .describe('true for a announced target or plan that lies after the as-of date'),
      sources: SourceRefs,
    })
    .strict()
    .refine((e) => !e.dateInferred || e.dateBasis !== undefined, {
      message: 'event.inferredNeedsBasis',
      path: ['dateBasis'],
    })
export const timelineFileFor = (actors: ActorIds) =>
  z
    .object({ events: z.array(timelineEventFor(actors)).min(1).max(100, tooMany(100, 'events')) })
    .strict()
export const TimelineEvent = timelineEventFor(undefined)
export const TimelineFile = timelineFileFor(undefined)

/** How many key judgments and actions the memo's front page holds (issue 13). */
export const FRONT_JUDGMENTS_MAX = 4
export const FRONT_ACTIONS_MAX = 4

/** quotes.yaml: short, attributed quotations. */
export const Quote = z
  .object({
    id: Id,
    text: Text.max(200, 'quote.tooLong'),
    speaker: Text,
    role: Text.optional().describe('Omit when the speaker is named by role, e.g. NVIDIA 대변인'),
    context: Text.describe('Where and when it was said'),
    date: DateText.optional(),
    dateInferred: z.boolean().optional().describe('true when worked out from a relative phrase'),
    dateBasis: Text.optional().describe('The phrase and the document date it was worked out from'),
    sources: SourceRefs,
  })
  .strict()
  .refine((q) => !q.dateInferred || q.dateBasis !== undefined, {
    message: 'event.inferredNeedsBasis',
    path: ['dateBasis'],
  })
export const QuotesFile = z
  .object({ quotes: z.array(Quote).min(1).max(40, tooMany(40, 'quotes')) })
  .strict()

/** judgments.yaml: the bottom line in estimative language. */
export const KeyJudgment = z
  .object({
    id: Id,
    statement: Text,
    likelihood: Likelihood,
    confidence: Confidence,
    basis: Text.describe('Why we judge so, in a sentence or two'),
    dissent: z
      .union([Text, z.object({ text: Text, sources: SourceRefs }).strict()])
      .optional()
      .describe(
        'Where the sources disagree with this judgment; with its own sources when they are not the basis (they are cited, not counted as support)',
      ),
    front: z
      .boolean()
      .optional()
      .describe('true: shown on the memo front page (at most four judgments)'),
    support: z
      .array(Id)
      .min(1, 'judgment.needsSupport')
      .describe('Ids of the claims (rows, figures, events, quotes, pillars) that support it'),
    sources: SourceRefs,
  })
  .strict()
export const JudgmentsFile = z
  .object({ keyJudgments: z.array(KeyJudgment).min(1).max(12, tooMany(12, 'key judgments')) })
  .strict()

/** outlook.yaml: outlook by horizon, and where sources disagree. */
export const outlookHorizonFor = (actors: ActorIds) =>
  withActors(
    {
      id: Id,
      label: Text.describe('e.g. 2025~2030'),
      fromYear: z.int().min(1900).max(2200),
      toYear: z.int().min(1900).max(2200).optional(),
      summary: Text,
      sources: SourceRefs,
    },
    actors,
    (id) => Text.describe(`The outlook for ${id}`),
  )
export const OutlookHorizon = outlookHorizonFor(undefined)
export const DisagreementPosition = z
  .object({ holder: Text, view: Text, sources: SourceRefs })
  .strict()
export const Disagreement = z
  .object({
    id: Id,
    topic: Text,
    positions: z.array(DisagreementPosition).min(2, 'disagreement.needsTwo'),
    note: Text.optional(),
  })
  .strict()
export const outlookFileFor = (actors: ActorIds) =>
  z
    .object({
      horizons: z.array(outlookHorizonFor(actors)).min(1).max(8, tooMany(8, 'horizons')),
      disagreements: z.array(Disagreement).max(20, tooMany(20, 'disagreements')),
    })
    .strict()
export const OutlookFile = outlookFileFor(undefined)

/** recommendations.yaml: what to do, and what it means for Korea. */
export const Origin = z
  .enum(['source', 'analyst'])
  .describe('source: a source recommends it; analyst: our own judgment')
export const recommendationFor = (actors: ActorIds) =>
  z
    .object({
      id: Id,
      audience: oneOf(
        actors && [...actors, 'both', 'korea'],
        `To whom: ${actorList(actors)}, both or korea`,
      ),
      title: Text,
      text: Text,
      origin: Origin,
      sources: SourceRefs,
    })
    .strict()

/**
 * One voice in a debate the sources hold about what the US should do: who says it, what
 * exactly (only what the source says), and the speaker's stake when it has one.
 */
export const DebatePosition = z
  .object({
    id: Id,
    holder: Text.describe('Who says it, as the source names them: 브루킹스(카일 찬), 젠슨 황'),
    title: Text.describe('The position in a few words'),
    text: Text.describe('What the source says, in our words; nothing the source did not say'),
    interest: Text.optional().describe(
      'The holder’s own stake, e.g. 엔비디아 CEO: 대중 칩 판매 당사자',
    ),
    sources: SourceRefs,
  })
  .strict()
/** 주요 논자의 대미 제언: one question, the positions side by side. */
export const DebateTopic = z
  .object({
    id: Id,
    topic: Text,
    positions: z.array(DebatePosition).min(1).max(6, tooMany(6, 'positions')),
    note: Text.optional().describe(
      '분석 판단: how the positions relate (without weighing them away)',
    ),
    sources: SourceRefs.optional(),
  })
  .strict()

export const Implication = z
  .object({ id: Id, title: Text, text: Text, origin: Origin, sources: SourceRefs })
  .strict()

/** 건의 사항: what we ask our government to do, each actionable (issue 13). */
export const Action = z
  .object({
    id: Id,
    title: Text.describe('The action, as a short imperative'),
    text: Text.describe('Why, from the seeds’ facts by reference ({fig-…}, {ev-…}, {kj-…})'),
    lead: Text.describe('Lead role (부처·기관의 역할, not a named office): 산업통상 주무 부처'),
    instrument: Text.describe('The instrument: 점검 회의, 지침, 심사 항목 …'),
    timing: Text.describe('When: 즉시, 단기(올해 안), 중기 …'),
    indicator: Text.describe('What we watch, and how it would change the judgment'),
    sources: SourceRefs,
  })
  .strict()

/** 자료와 한계: one limit of what this memo rests on. */
export const Limit = z.object({ id: Id, text: Text, sources: SourceRefs.optional() }).strict()

export const recommendationsFileFor = (actors: ActorIds) =>
  z
    .object({
      recommendations: z
        .array(recommendationFor(actors))
        .max(20, tooMany(20, 'recommendations'))
        .default([])
        .describe('Older flat list of recommendations; new data goes in usDebate and actions'),
      usDebate: z
        .array(DebateTopic)
        .max(8, tooMany(8, 'debate topics'))
        .default([])
        .describe('주요 논자의 대미 제언: attributed, side by side'),
      bottomLine: z
        .object({ text: Text, sources: SourceRefs })
        .strict()
        .optional()
        .describe(
          '한국에 대한 결론: the one paragraph at the top of page 1 (분석 판단), grounded in the sources by reference',
        ),
      implications: z.array(Implication).min(1).max(20, tooMany(20, 'implications')),
      actions: z
        .array(Action)
        .max(FRONT_ACTIONS_MAX, tooMany(FRONT_ACTIONS_MAX, 'actions'))
        .default([])
        .describe('건의 사항: our own actions requested of our government (분석 판단)'),
      limits: z
        .array(Limit)
        .max(6, tooMany(6, 'limits'))
        .default([])
        .describe('자료와 한계: what the sources are and do not cover'),
    })
    .strict()
export const Recommendation = recommendationFor(undefined)
export const RecommendationsFile = recommendationsFileFor(undefined)
