import type { z } from 'zod'
import type * as C from './content.ts'
import type * as D from './deck.ts'
import type { Actor as ActorSchema, MetaFile } from './meta.ts'
import type * as P from './primitives.ts'
import type { SourceKind as SourceKindSchema, Source as SourceSchema } from './sources.ts'
import type { Term as TermSchema } from './terms.ts'

export type Meta = z.infer<typeof MetaFile>
export type Actor = z.infer<typeof ActorSchema>
export type ActorMarker = Actor['marker']
export type Source = z.infer<typeof SourceSchema>
export type SourceKind = z.infer<typeof SourceKindSchema>
export type ContextParagraph = z.infer<typeof C.ContextParagraph>
export type ComparisonGroup = z.infer<typeof C.ComparisonGroup>
export type ComparisonRow = z.infer<typeof C.ComparisonRow>
export type Pillar = z.infer<typeof C.Pillar>
export type Figure = z.infer<typeof C.Figure>
export type Qualifier = z.infer<typeof C.Qualifier>
export type TimelineEvent = z.infer<typeof C.TimelineEvent>
export type Quote = z.infer<typeof C.Quote>
export type KeyJudgment = z.infer<typeof C.KeyJudgment>
export type OutlookHorizon = z.infer<typeof C.OutlookHorizon>
export type Disagreement = z.infer<typeof C.Disagreement>
export type Recommendation = z.infer<typeof C.Recommendation>
export type Implication = z.infer<typeof C.Implication>
/** An actor id of meta.yaml, or contested. */
export type Leader = string
export type Likelihood = z.infer<typeof P.Likelihood>
export type Confidence = z.infer<typeof P.Confidence>
export type Horizon = z.infer<typeof P.Horizon>
export type Term = z.infer<typeof TermSchema>
export type DeckSlide = z.infer<typeof D.DeckSlide>
export type DeckEvidence = z.infer<typeof D.Evidence>
