import { z } from 'zod'

/** Kebab-case ids: stable handles that other sections and both outputs refer to. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id.format')
  .describe('Stable id, kebab-case, unique across the whole dataset')

/**
 * Characters that show nothing: zero-width space/joiners, word joiner, BOM, the Hangul
 * fillers. Text made only of them (and spaces) looks empty on the page, so it is (#15).
 */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff\u115f\u1160\u3164\uffa0\u180e]/gu
export const hasVisibleText = (text: string): boolean => text.replace(INVISIBLE, '') !== ''

/**
 * Non-empty single-paragraph text written by the analyst. Messages in the schema are
 * keys of the message catalogue (messages/catalogue.ts), rendered in Korean or English.
 */
export const Text = z.string().trim().min(1, 'text.empty').refine(hasVisibleText, 'text.empty')

export const SourceRefs = z
  .array(Id)
  .min(1, 'claim.needsSource')
  .describe('Ids of the sources this claim comes from (sources.yaml)')

/**
 * A date with its precision, as the analyst writes it:
 * "2025-11-10" (day), "2025-11" (month), "2025-spring" (season), "2025" (year).
 */
export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(spring|summer|autumn|winter))?$/

export const DateText = z
  .string()
  .regex(DATE_PATTERN, 'date.format')
  .refine((t) => !DATE_PATTERN.test(t) || isRealDate(t), 'date.notReal')
  .refine((t) => !DATE_PATTERN.test(t) || isSaneYear(Number(t.slice(0, 4))), 'date.yearRange')
  .describe('Date with precision: YYYY-MM-DD, YYYY-MM, YYYY-<season> or YYYY')

/** Years a briefing may name (dates and year figures): 0024 or 9999 is a slip. */
export const MIN_YEAR = 1900
export const MAX_YEAR = 2200
export const isSaneYear = (year: number): boolean =>
  Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR

/** -0 passes min(0) and prints "-0쪽"; it is never what an analyst means (#15). */
export const notNegativeZero = (value: number): boolean => !Object.is(value, -0)

export function isRealDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text)
  if (!m) return false
  const [, y, mo, d] = m
  if (mo === undefined) return true
  const month = Number(mo)
  if (month < 1 || month > 12) return false
  if (d === undefined) return true
  const day = Number(d)
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate()
  return day >= 1 && day <= daysInMonth
}

/**
 * Words the data uses beside the actor ids declared in meta.yaml: who leads may be
 * `contested`; a figure, event or recommendation may concern `both` (every actor),
 * `other` (an event of a third party) or `korea` (a recommendation to Korea). An
 * actor id must not be one of these.
 */
export const CONTESTED = 'contested'
export const RESERVED_ACTOR_IDS = ['contested', 'both', 'other', 'korea'] as const

/** Field names of the items that carry one field per actor: an actor id must differ from them. */
export const ACTOR_KEYED_FIELDS = [
  'id',
  'dimension',
  'assessment',
  'leader',
  'sources',
  'label',
  'fromYear',
  'toYear',
  'summary',
] as const

/** Marker shapes an actor may take; the diamond is kept for "contested". */
export const ACTOR_MARKERS = ['circle', 'square', 'triangle'] as const

/**
 * The actor ids of a briefing (meta.yaml `actors`), or undefined when meta.yaml could
 * not be read: then the files that name actors are checked without their actor keys,
 * so a broken meta.yaml gives its own problem and not one per row elsewhere.
 */
export type ActorIds = readonly string[] | undefined

/** One of the listed words, or (actors unknown) any id. */
export function oneOf(words: readonly string[] | undefined, description: string) {
  const [first, ...rest] = words ?? []
  return (first === undefined ? Id : z.enum([first, ...rest])).describe(description)
}

/** Who leads on a dimension: an actor id or contested. */
export const leaderOf = (actors: ActorIds) =>
  oneOf(
    actors && [...actors, CONTESTED],
    `Who leads on this dimension: ${actorList(actors)} or contested`,
  )

export const actorList = (actors: ActorIds): string =>
  actors ? actors.join(', ') : 'an actor id of meta.yaml'

/** ICD 203 likelihood scale; the words shown come from the views' messages. */
export const Likelihood = z.enum([
  'almost-no-chance',
  'very-unlikely',
  'unlikely',
  'roughly-even',
  'likely',
  'very-likely',
  'almost-certain',
])

export const Confidence = z.enum(['low', 'moderate', 'high'])

export const Horizon = z
  .enum(['current', 'short-term', 'medium-long-term'])
  .describe('Time horizon of an assessment: current, short-term or medium-long-term')

/**
 * Upper bounds keep a dataset inside what a briefing can show (and what a renderer
 * can lay out in seconds); past them the analyst gets a message, not a 300-page memo.
 */
export function tooMany(max: number, what: string): string {
  // `what` names the list for a reader of the schema; the message (with the count and
  // the limit) comes from the catalogue.
  void max
  void what
  return 'list.tooLong'
}
