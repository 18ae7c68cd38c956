// Values: the schema as a whole and the date helpers. Types: one per dataset item,
// named as analysts name them (Figure, TimelineEvent, KeyJudgment, …).

export { FRONT_ACTIONS_MAX, FRONT_JUDGMENTS_MAX } from './content.ts'
export {
  type ActorPart,
  actorIdsIn,
  actorParts,
  actorText,
  DATA_FILES,
  type Dataset,
  DatasetSchema,
  datasetSchema,
  FILE_SCHEMAS,
  fileNameOf,
  fileSchemas,
  SECTION_NAMES,
  type SectionName,
} from './dataset.ts'
export { DECK_RULES, EVIDENCE_KINDS, type EvidenceKind } from './deck.ts'
export { CLASSIFICATIONS } from './meta.ts'
export {
  ACTOR_MARKERS,
  type ActorIds,
  CONTESTED,
  DATE_PATTERN,
  isRealDate,
  RESERVED_ACTOR_IDS,
} from './primitives.ts'
export type * from './types.ts'
