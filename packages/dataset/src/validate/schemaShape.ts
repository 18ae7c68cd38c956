import { z } from 'zod'
import type { DataPath } from '../problem.ts'

/** The keys an object schema at `path` allows, for "did you mean" hints. */
export function allowedKeysAt(schema: z.ZodType, path: DataPath): string[] {
  let node: z.ZodType | undefined = schema
  for (const part of path) {
    node = unwrap(node)
    if (node instanceof z.ZodObject && typeof part === 'string') {
      node = (node.shape as Record<string, z.ZodType>)[part]
    } else if (node instanceof z.ZodArray && typeof part === 'number') {
      node = node.element as z.ZodType
    } else {
      return []
    }
    if (!node) return []
  }
  node = unwrap(node)
  return node instanceof z.ZodObject ? Object.keys(node.shape) : []
}

function unwrap(node: z.ZodType | undefined): z.ZodType | undefined {
  let current = node
  for (let i = 0; i < 10 && current; i++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType
    } else break
  }
  return current
}
