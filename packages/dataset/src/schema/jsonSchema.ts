import { z } from 'zod'
import { fileSchemas, SECTION_NAMES, type SectionName } from './dataset.ts'
import type { ActorIds } from './primitives.ts'

/**
 * JSON Schemas generated from the one zod schema, one per dataset file, so an editor
 * with the YAML language server autocompletes fields and flags mistakes as you type.
 * They are made for one briefing's actors (its meta.yaml), so the editor knows the
 * actor keys of comparison rows and strategies too.
 */
export function jsonSchemas(actors: ActorIds): Record<SectionName, string> {
  const out = {} as Record<SectionName, string>
  const schemas = fileSchemas(actors)
  for (const section of SECTION_NAMES) {
    const schema = z.toJSONSchema(schemas[section], {
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
