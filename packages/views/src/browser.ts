/**
 * What browser code (the deck's components) may import: modules without runtime
 * dependencies. The package root also brings the dataset package and zod.
 */
export { markShape } from './chart/marks.ts'
export { MARKER_BOX, PALETTE } from './style/palette.ts'
export { formatCitation, unionCitation } from './citationText.ts'
export type * from './types.ts'
