/** A path inside one YAML file, as zod and the yaml library see it. */
export type DataPath = readonly (string | number)[]

/**
 * A problem before it has a place: which section (file) and where inside it.
 * `at: 'key'` points at the key of the last path element (unknown fields), otherwise
 * at its value; a missing value is reported at the nearest existing parent.
 */
export interface PendingProblem {
  readonly section: string
  readonly path: DataPath
  readonly message: string
  readonly at?: 'key' | 'value'
  /** Already known place (YAML syntax errors), used as is. */
  readonly place?: Place
  /**
   * Another place the message refers to (the first use of a duplicate id): its
   * `file:line` is filled in for `{see}` in the message once the files are located.
   */
  readonly see?: { readonly section: string; readonly path: DataPath }
  /** A place inside the string at `path` (a reference or a retyped figure), 0-based. */
  readonly offset?: number
}

export interface Place {
  readonly line: number
  readonly col: number
}

/** A problem with its place, ready to print as `file:line:col  data.path  message`. */
export interface Problem {
  readonly file: string
  readonly line: number
  readonly col: number
  readonly path: string
  readonly message: string
}

/** `events[3].sources[0]` — the form analysts see in messages. */
export function formatPath(path: DataPath): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? part : `.${part}`
  }
  return out === '' ? '(file)' : out
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}  ${p.path}  ${p.message}`
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col
}
