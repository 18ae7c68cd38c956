import { z } from 'zod'
import { DateText, Id, Text, tooMany } from './primitives.ts'

export const SourceKind = z.enum([
  'column',
  'blog',
  'news',
  'think-tank-summary',
  'news-report',
  'magazine-article',
  'remarks',
  'government-document',
])

export const Source = z
  .object({
    id: Id,
    kind: SourceKind,
    title: Text.optional().describe(
      'Title as read: required for a seed; for a cited outlet only when the seed prints it',
    ),
    name: Text.optional().describe(
      'For a cited outlet or person (via): who, as the seed names them, e.g. 월스트리트저널(WSJ), 리스 맥과이어',
    ),
    originalTitle: Text.optional().describe('Original title where the source is a translation'),
    author: Text.optional(),
    authorRole: Text.optional(),
    publisher: Text.optional().describe('Outlet, institution or event host'),
    date: DateText,
    dateInferred: z
      .boolean()
      .optional()
      .describe('true when the date is worked out from a relative phrase, not printed'),
    dateBasis: Text.optional().describe('How an inferred date was worked out'),
    url: z.url({ protocol: /^https?$/, error: 'url.scheme' }).optional(),
    seed: z.boolean().optional().describe('true for the documents we read directly'),
    via: Id.optional().describe('For second-hand sources: the seed document that cites it'),
    note: Text.optional(),
  })
  .strict()

export const SourcesFile = z
  .object({ sources: z.array(Source).min(1).max(150, tooMany(150, 'sources')) })
  .strict()
