import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { actorIdsIn, SECTION_NAMES } from './dataset.ts'
import { jsonSchemas, schemaFileName } from './jsonSchema.ts'

const schemaDir = fileURLToPath(new URL('../../../../shared-data/schema/', import.meta.url))

describe('committed JSON Schemas', () => {
  const fresh = jsonSchemas(actorIdsIn(parse(readFileSync(`${schemaDir}../meta.yaml`, 'utf8'))))
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

  it('names the actors of meta.yaml as the keys of a comparison row and of strategies', () => {
    const strategies = JSON.parse(fresh.strategies) as {
      required?: string[]
      additionalProperties?: boolean
    }
    expect(strategies.required).toEqual(['us', 'china'])
    expect(strategies.additionalProperties).toBe(false)
  })
})
