/**
 * The dataset pipeline, readable in one place (./check.ts, one file per step in ./steps):
 *   read directory (edge, ./node.ts) → list files → limits before parsing → parse YAML
 *   with positions → each file against its schema → characters against the embedded
 *   fonts → cross-file references → a typed Dataset and its fingerprint, or every problem
 *   as data (a message key and its parameters), rendered by ./messages/catalogue.ts.
 * Everything exported here is pure: no file system, no console, no exit.
 */
export { type CheckOptions, type CheckResult, checkDataset, type DatasetListing } from './check.ts'
export type { OutputCheck, OutputProblem } from './cli/outputChecks.ts'
export { canonicalJson, fingerprint } from './fingerprint/fingerprint.ts'
export { itemById } from './items.ts'
export {
  CATALOGUE,
  type Lang,
  type Message,
  type MessageKey,
  msg,
  renderMessage,
} from './messages/catalogue.ts'
export { terminalSafe, terminalSafeLines } from './messages/terminalSafe.ts'
export {
  formatProblem,
  formatProblemIn,
  formatSummary,
  type ItemLabel,
  type Problem,
  renderItem,
} from './problem.ts'
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
