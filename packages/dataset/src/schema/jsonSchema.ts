import { z } from 'zod'
import { FILE_SCHEMAS, SECTION_NAMES, type SectionName } from './dataset.ts'

/**
 * JSON Schemas generated from the one zod schema, one per dataset file, so an editor
 * with the YAML language server autocompletes fields and flags mistakes as you type.
 */
export function jsonSchemas(): Record<SectionName, string> {
  const out = {} as Record<SectionName, string>
  for (const section of SECTION_NAMES) {
    const schema = z.toJSONSchema(FILE_SCHEMAS[section], {
      io: 'input',
      target: 'draft-2020-12',
      unrepresentable: 'any',
    })
    const titled = { title: `${section}.yaml`, ...schema }
    out[section] = `${JSON.stringify(titled, null, 2)}\n`
  }
  return out
}

export const schemaFileName = (section: SectionName): string => `${section}.schema.json`
