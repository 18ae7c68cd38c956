/**
 * What browser code (the deck's components) may import: modules without runtime
 * dependencies. The package root also brings the dataset package and zod.
 */
export { CHART_COLOURS } from './chart/colours.ts'
export { formatCitation, unionCitation } from './citationText.ts'
export type * from './types.ts'
