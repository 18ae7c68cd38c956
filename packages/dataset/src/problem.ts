import { type Lang, type Message, renderMessage } from './messages/catalogue.ts'
import { terminalSafe } from './messages/terminalSafe.ts'

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
  readonly message: Message
  readonly at?: 'key' | 'value'
  /** Already known place (YAML syntax errors), used as is. */
  readonly place?: Place
  /**
   * Another place the message refers to (the first use of a duplicate id): its
   * `file:line` is filled in as the message's `see` parameter once files are located.
   */
  readonly see?: { readonly section: string; readonly path: DataPath }
  /** A place inside the string at `path` (a reference or a retyped figure), 0-based. */
  readonly offset?: number
  /** The item, when it cannot be found from the path (a file that did not parse). */
  readonly item?: ItemLabel
}

export interface Place {
  readonly line: number
  readonly col: number
}

/**
 * Which item a problem is about, as the analyst names it: the nearest id and the field
 * below it (`fig-us-lead-years › value`), or the whole file or folder.
 */
export type ItemLabel =
  | { readonly kind: 'item'; readonly text: string }
  | { readonly kind: 'file' }
  | { readonly kind: 'folder' }

/** A problem with its place; data until the edge prints it with `formatProblem`. */
export interface Problem {
  readonly file: string
  readonly line: number
  readonly col: number
  readonly item: ItemLabel
  /** The data path with 0-based indices (`figures[3].value`), for programs and tests. */
  readonly path: string
  readonly message: Message
}

/** `events[3].sources[0]`: the path as zod sees it, kept for programs. */
export function formatPath(path: DataPath): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? part : `.${part}`
  }
  return out === '' ? '(file)' : out
}

/** Lists of ids: the message names the id, so the position in the list adds nothing. */
const REFERENCE_LISTS = new Set(['sources', 'support', 'keywords'])

/**
 * The label of the item at `path` in a file's data: the id of the deepest object on the
 * path that has one, then the fields below it; list positions 1-based (`changes #2`).
 */
export function itemLabel(value: unknown, path: DataPath): ItemLabel {
  if (path.length === 0) return { kind: 'file' }
  let node: unknown = value
  let idAt = -1
  let id: string | undefined
  for (let i = 0; i < path.length; i++) {
    const part = path[i] as string | number
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<string | number, unknown>)[part]
        : undefined
    const own = (node as { id?: unknown } | undefined)?.id
    if (
      node !== null &&
      typeof node === 'object' &&
      !Array.isArray(node) &&
      typeof own === 'string' &&
      own !== ''
    ) {
      idAt = i
      id = own.length > 48 ? `${own.slice(0, 45)}…` : own
    }
  }
  const rest = path.slice(idAt + 1)
  const parts: string[] = []
  rest.forEach((part, i) => {
    if (typeof part === 'string') parts.push(part)
    else {
      const isLast = i === rest.length - 1
      const parent = rest[i - 1]
      if (isLast && typeof parent === 'string' && REFERENCE_LISTS.has(parent)) return
      if (parts.length === 0) parts.push(`#${part + 1}`)
      else parts[parts.length - 1] += ` #${part + 1}`
    }
  })
  const text = [...(id ? [id] : []), ...parts].join(' › ')
  return text === '' ? { kind: 'file' } : { kind: 'item', text }
}

export function renderItem(item: ItemLabel, lang: Lang = 'ko'): string {
  switch (item.kind) {
    case 'item':
      return item.text
    case 'file':
      return lang === 'ko' ? '(파일)' : '(file)'
    default:
      return lang === 'ko' ? '(폴더)' : '(folder)'
  }
}

/**
 * `shared-data/figures.yaml:44:12  fig-us-lead-years › value  숫자가 필요합니다: "2년" → 2 …`
 * Terminal-safe: whatever the data holds prints as text on one line.
 */
export function formatProblem(p: Problem): string {
  return formatProblemIn(p, 'ko')
}

/** The same in a chosen language (`pnpm data:check --lang en`). */
export function formatProblemIn(p: Problem, lang: Lang): string {
  return terminalSafe(
    `${p.file}:${p.line}:${p.col}  ${renderItem(p.item, lang)}  ${renderMessage(p.message, lang)}`,
  )
}

/** The last line of a report: how many problems in how many files. */
export function formatSummary(problems: readonly Problem[], lang: Lang = 'ko'): string {
  const files = new Set(problems.map((p) => p.file)).size
  const count = problems.length
  return lang === 'ko'
    ? `문제 ${count}건(파일 ${files}개) — 아무것도 바꾸지 않았습니다.`
    : `${count} problem${count === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was changed.`
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col
}
