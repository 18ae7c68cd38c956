// Values: the schema as a whole and the date helpers. Types: one per dataset item,
// named as analysts name them (Figure, TimelineEvent, KeyJudgment, …).
export {
  type Dataset,
  DatasetSchema,
  FILE_SCHEMAS,
  fileNameOf,
  SECTION_NAMES,
  type SectionName,
} from './dataset.ts'
export { DATE_PATTERN, isRealDate } from './primitives.ts'
export type * from './types.ts'
