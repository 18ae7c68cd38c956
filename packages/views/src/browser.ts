/**
 * What browser code (the deck's components) may import: modules without runtime
 * dependencies. The package root also brings the dataset package and zod.
 */
export { markShape } from './chart/marks.ts'
export { formatCitation, unionCitation } from './citationText.ts'
export { headingWithPage, pageOf, sectionHeading } from './pageText.ts'
export type { ActorLine, Mark, MarkKind } from './style/palette.ts'
export { MARKER_BOX, PALETTE } from './style/palette.ts'
export { charEm, textEm } from './style/textWidth.ts'
export type * from './types.ts'
