import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DatasetListing } from './check.ts'

/** A dataset folder read into memory, for tests that mutate one file at a time. */
export function readListing(
  dir: string,
  label = 'data',
): DatasetListing & { files: Map<string, string> } {
  const files = new Map<string, string>()
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    files.set(name, readFileSync(join(dir, name), 'utf8'))
  }
  return { label, files }
}

/** 1-based line of the first line containing `needle` (computed independently of the loader). */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle))
  if (index < 0) throw new Error(`"${needle}" not in text`)
  return index + 1
}
