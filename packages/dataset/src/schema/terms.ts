import { z } from 'zod'
import { Id, Text, tooMany } from './primitives.ts'

/**
 * One term of the briefing: the word prose uses, the variants it must not use (the check
 * flags them in prose, quotations and titles exempt), a one-line definition in our own
 * words, and whether the glossary lists it.
 */
export const Term = z
  .object({
    id: Id,
    preferred: Text.describe('The word prose uses, e.g. 엔비디아'),
    variants: z
      .array(Text)
      .max(12)
      .default([])
      .describe('Other spellings prose must not use, e.g. NVIDIA'),
    keep: z
      .array(Text)
      .max(12)
      .optional()
      .describe('Phrases where a variant is right and not flagged, e.g. 저정밀 연산'),
    definition: Text.describe('One line, our own words, consistent with the seeds'),
    glossary: z
      .boolean()
      .optional()
      .describe('true: listed in the glossary (memo annex, deck appendix)'),
  })
  .strict()

export const TermsFile = z.object({ terms: z.array(Term).max(200, tooMany(200, 'terms')) }).strict()
