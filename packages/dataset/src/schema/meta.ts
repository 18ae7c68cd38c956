import { z } from 'zod'
import {
  ACTOR_KEYED_FIELDS,
  ACTOR_MARKERS,
  DateText,
  Id,
  RESERVED_ACTOR_IDS,
  Text,
} from './primitives.ts'

export const ChangeEntry = z
  .object({
    edition: z.int().min(1),
    date: DateText,
    summary: Text.describe('What changed in this edition, in one sentence'),
  })
  .strict()

/**
 * One side of the competition the briefing is about (미국, 중국, EU, …). Its id is the
 * key the other files use (comparison rows, strategies, outlook, `leader`, `country`).
 */
export const Actor = z
  .object({
    id: Id.refine((id) => !(RESERVED_ACTOR_IDS as readonly string[]).includes(id), {
      message: `an actor id must not be one of ${RESERVED_ACTOR_IDS.join(', ')}`,
    })
      .refine((id) => !(ACTOR_KEYED_FIELDS as readonly string[]).includes(id), {
        message: `an actor id must not be a field name of a comparison row or horizon (${ACTOR_KEYED_FIELDS.join(', ')})`,
      })
      .describe('Key of this actor in the other files, e.g. us, china, eu'),
    name: Text.max(12).describe('Name shown in tables and headings, e.g. 미국'),
    short: Text.max(4).describe('Short name for joined forms, e.g. 미 (미중 공통)'),
    colour: z
      .string()
      .regex(/^#[0-9a-f]{6}$/, 'colour must be #rrggbb in lowercase hex, e.g. #1f3a5f')
      .describe('Colour of its marks in the chart, tables and cards'),
    marker: z
      .enum(ACTOR_MARKERS)
      .describe('Marker shape, so the chart reads in black and white: circle, square or triangle'),
  })
  .strict()

const distinct =
  (key: 'id' | 'colour' | 'marker') =>
  (actors: ReadonlyArray<z.infer<typeof Actor>>): boolean =>
    new Set(actors.map((a) => a[key])).size === actors.length

// The count is a refinement too (not .min/.max): zod runs length checks on any input
// with a length, so a string written in place of the list would get a second problem.
export const Actors = z
  .array(Actor)
  .refine((a) => a.length >= 2, 'a briefing compares at least two actors')
  .refine((a) => a.length <= 3, 'at most 3 actors fit the tables and the chart')
  .refine(distinct('id'), 'each actor needs its own id')
  .refine(distinct('colour'), 'each actor needs its own colour')
  .refine(distinct('marker'), 'each actor needs its own marker shape')
  .describe('The actors compared, in the order of the table columns')

export const MetaFile = z
  .object({
    title: Text,
    subtitle: Text,
    edition: z.int().min(1).max(999).describe('Edition number, 1 for the first'),
    asOf: DateText.describe('The date the content is current as of (YYYY-MM-DD)'),
    actors: Actors,
    language: z.enum(['ko']).describe('Language of the text; selects labels and formats'),
    classification: Text.describe('Handling marking printed on every page, e.g. 대외주의'),
    issuer: Text.describe('Issuing organisation (memo 발신, PDF author)'),
    recipients: Text.describe('Memo 수신: roles, not people'),
    copyTo: Text.optional().describe('Memo 참조: roles, not people'),
    subjectLine: Text.describe('Memo 제목 line'),
    keywords: z.array(Text).min(1).describe('PDF keywords'),
    previousEdition: z
      .object({ edition: z.int().min(1), asOf: DateText })
      .strict()
      .nullable()
      .describe('The edition this one replaces, or null for the first edition'),
    changes: z.array(ChangeEntry).min(1).describe('Change log, newest last'),
  })
  .strict()
