import { z } from 'zod'
import { DateText, Text, tooMany } from './primitives.ts'

export const ChangeEntry = z
  .object({
    edition: z.int().min(1),
    date: DateText,
    summary: Text.describe('What changed in this edition, in one sentence'),
  })
  .strict()

export const MetaFile = z
  .object({
    title: Text,
    subtitle: Text,
    edition: z.int().min(1).max(999).describe('Edition number, 1 for the first'),
    asOf: DateText.describe('The date the content is current as of (YYYY-MM-DD)'),
    language: z.enum(['ko']).describe('Language of the text; selects labels and formats'),
    classification: Text.describe('Handling marking printed on every page, e.g. 대외주의'),
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
