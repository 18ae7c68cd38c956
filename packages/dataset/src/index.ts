/**
 * The dataset pipeline, readable in one place:
 *   read directory (edge, ./node.ts) → parse YAML with positions → validate each file
 *   against its schema → check characters against the embedded fonts → check
 *   cross-file references → a typed Dataset and its fingerprint, or every problem.
 * Everything exported here is pure: no file system, no console, no exit.
 */
export { type CheckOptions, type CheckResult, checkDataset, type DatasetListing } from './check.ts'
export { canonicalJson, fingerprint } from './fingerprint/fingerprint.ts'
export { formatProblem, type Problem } from './problem.ts'
export { type FactEntry, type FactKind, referableFacts } from './prose/facts.ts'
export {
  datasetStrings,
  mapProse,
  type ProseString,
  roleOf,
  type StringRole,
} from './prose/fields.ts'
export { type ProsePiece, referencesIn, splitProse } from './prose/syntax.ts'
export * from './schema/index.ts'
export { jsonSchemas, schemaFileName } from './schema/jsonSchema.ts'
export { codePoint, type GlyphCoverage } from './validate/characters.ts'
export { startOf } from './validate/references.ts'
