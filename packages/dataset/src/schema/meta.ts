import { z } from 'zod'
import {
  ACTOR_KEYED_FIELDS,
  ACTOR_MARKERS,
  DateText,
  Id,
  RESERVED_ACTOR_IDS,
  Text,
  tooMany,
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
      message: 'actor.reservedId',
    })
      .refine((id) => !(ACTOR_KEYED_FIELDS as readonly string[]).includes(id), {
        message: 'actor.fieldNameId',
      })
      .describe('Key of this actor in the other files, e.g. us, china, eu'),
    name: Text.max(12).describe('Name shown in tables and headings, e.g. 미국'),
    short: Text.max(4).describe('Short name for joined forms, e.g. 미 (미중 공통)'),
    colour: z
      .string()
      .regex(/^#[0-9a-f]{6}$/, 'actor.colourFormat')
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
  .refine((a) => a.length >= 2, 'actors.tooFew')
  .refine((a) => a.length <= 3, 'actors.tooMany')
  .refine(distinct('id'), 'actors.duplicateId')
  .refine(distinct('colour'), 'actors.duplicateColour')
  .refine(distinct('marker'), 'actors.duplicateMarker')
  .describe('The actors compared, in the order of the table columns')

/**
 * Handling markings (issue 13): the grades of 보안업무규정 (I·II·III급비밀) and 대외비,
 * plus 공개 for a memo from public sources, and 없음 for no marking at all (none is
 * printed). Written in the analyst's words; the outputs print the word as written.
 */
export const CLASSIFICATIONS = [
  '없음',
  '공개',
  '대외비',
  'III급비밀',
  'II급비밀',
  'I급비밀',
] as const

export const MetaFile = z
  .object({
    title: Text,
    subtitle: Text,
    edition: z.int().min(1).max(999).describe('Edition number, 1 for the first'),
    asOf: DateText.describe('The issue date (발행일, YYYY-MM-DD); dataCutoff is the data’s date'),
    actors: Actors,
    language: z.enum(['ko']).describe('Language of the text; selects labels and formats'),
    dataCutoff: DateText.optional().describe(
      'The newest date of the material the memo rests on (자료 기준일), separate from asOf',
    ),
    classification: z
      .enum(CLASSIFICATIONS)
      .describe(
        'Marking on every page (보안업무규정): 없음, 공개, 대외비, III급비밀, II급비밀, I급비밀. 공개 자료만 쓴 메모는 공개 또는 없음',
      ),
    issuer: Text.describe('Issuing organisation (memo 발신, PDF author)'),
    recipients: Text.describe('Memo 수신: roles, not people'),
    copyTo: Text.optional().describe('Memo 참조: roles, not people'),
    subjectLine: Text.describe('Memo 제목 line'),
    keywords: z.array(Text).min(1).max(30, tooMany(30, 'keywords')).describe('PDF keywords'),
    previousEdition: z
      .object({ edition: z.int().min(1), asOf: DateText })
      .strict()
      .nullable()
      .describe('The edition this one replaces, or null for the first edition'),
    changes: z
      .array(ChangeEntry)
      .min(1)
      .max(100, tooMany(100, 'change-log entries'))
      .describe('Change log, newest last'),
  })
  .strict()
