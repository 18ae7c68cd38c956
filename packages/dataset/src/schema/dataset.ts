import { z } from 'zod'
import {
  BackgroundFile,
  ComparisonFile,
  FiguresFile,
  JudgmentsFile,
  OutlookFile,
  QuotesFile,
  RecommendationsFile,
  StrategiesFile,
  TimelineFile,
} from './content.ts'
import { MetaFile } from './meta.ts'
import { SourcesFile } from './sources.ts'

/**
 * The dataset is one YAML file per section; the key here is the file's name without
 * ".yaml". Order is the order an analyst reads them in, and the order problems print in.
 */
export const FILE_SCHEMAS = {
  meta: MetaFile,
  sources: SourcesFile,
  background: BackgroundFile,
  comparison: ComparisonFile,
  strategies: StrategiesFile,
  figures: FiguresFile,
  timeline: TimelineFile,
  quotes: QuotesFile,
  judgments: JudgmentsFile,
  outlook: OutlookFile,
  recommendations: RecommendationsFile,
} as const

export type SectionName = keyof typeof FILE_SCHEMAS
export const SECTION_NAMES = Object.keys(FILE_SCHEMAS) as SectionName[]

export const DatasetSchema = z.object(FILE_SCHEMAS).strict()
export type Dataset = z.infer<typeof DatasetSchema>

export const fileNameOf = (section: SectionName): string => `${section}.yaml`
