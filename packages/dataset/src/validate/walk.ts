import type { DataPath } from '../problem.ts'

export type Visitor = (value: unknown, path: DataPath, key: string | number | undefined) => void

/** Depth-first walk over plain data, calling `visit` for every node with its path. */
export function walk(value: unknown, visit: Visitor, path: DataPath = []): void {
  visit(value, path, path[path.length - 1])
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(item, visit, [...path, i])
    })
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, visit, [...path, k])
  }
}

/** Every string in the data with its path (for glyph and character checks). */
export function strings(value: unknown): Array<{ text: string; path: DataPath }> {
  const out: Array<{ text: string; path: DataPath }> = []
  walk(value, (v, path) => {
    if (typeof v === 'string') out.push({ text: v, path })
  })
  return out
}
