/** How the memo's CLIs describe a build to a person: one place for both. */
import { relative } from 'node:path'
import type { Problem } from '@briefing/dataset'
import { formatProblem } from '@briefing/views/node'
import type { MemoBuild } from '../writeMemo.ts'

type Built = Extract<MemoBuild, { ok: true }>

export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel.startsWith('..') || rel === '' ? path : rel
}

export function describeBuild(build: Built): string {
  const kb = (build.bytes / 1024).toFixed(0)
  const seconds = (build.ms / 1000).toFixed(2)
  return `${shownPath(build.out)}  ${build.pages} pages  ${kb} KB  ${build.stamp}  (${seconds} s)`
}

/** Every problem as `file:line:col  data.path  message`, then a one-line summary. */
export function describeProblems(problems: readonly Problem[], out: string): string[] {
  const files = new Set(problems.map((p) => p.file)).size
  const noun = problems.length === 1 ? 'problem' : 'problems'
  return [
    ...problems.map(formatProblem),
    '',
    `${problems.length} ${noun} in ${files} file${files === 1 ? '' : 's'}; the memo was not built and ${shownPath(out)} was left as it was.`,
  ]
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error)
}
