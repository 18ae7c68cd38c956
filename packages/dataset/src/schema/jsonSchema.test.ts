import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { SECTION_NAMES } from './dataset.ts'
import { jsonSchemas, schemaFileName } from './jsonSchema.ts'

const schemaDir = fileURLToPath(new URL('../../../../shared-data/schema/', import.meta.url))

describe('committed JSON Schemas', () => {
  const fresh = jsonSchemas()
  it.each(SECTION_NAMES)(
    'shared-data/schema/%s.schema.json matches the zod schema (run `pnpm data:schema`)',
    (section) => {
      const committed = readFileSync(`${schemaDir}${schemaFileName(section)}`, 'utf8')
      expect(committed).toBe(fresh[section])
    },
  )

  it('forbids unknown keys, so editors flag typos', () => {
    const timeline = JSON.parse(fresh.timeline) as { additionalProperties?: boolean }
    expect(timeline.additionalProperties).toBe(false)
  })
})
