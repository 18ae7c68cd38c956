import type { DataPath } from './problem.ts'
import { type Dataset, SECTION_NAMES, type SectionName } from './schema/dataset.ts'
import { walk } from './validate/walk.ts'

/** Where the item with this id sits in the dataset (ids are unique across files). */
export function itemById(
  data: Dataset,
  id: string,
): { readonly section: SectionName; readonly path: DataPath } | undefined {
  for (const section of SECTION_NAMES) {
    let found: DataPath | undefined
    walk(data[section], (value, path) => {
      if (found) return
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        if ((value as { id?: unknown }).id === id) found = path
      }
    })
    if (found) return { section, path: found }
  }
  return undefined
}
