import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type YAMLError,
} from 'yaml'
import { type Message, msg } from '../messages/catalogue.ts'
import type { DataPath, PendingProblem, Place } from '../problem.ts'
import { findSlips, itemAtLine } from './yamlSlips.ts'

/** One dataset file as read from disk: its section name, display name and text. */
export interface SourceFile {
  readonly section: string
  readonly fileName: string
  readonly text: string
}

export interface ParsedFile {
  readonly file: SourceFile
  readonly doc: Document.Parsed
  readonly lines: LineCounter
  readonly value: unknown
}

/** A byte-order mark is what Windows editors write; it is not an error. */
const BOM = '\uFEFF'

/**
 * Parses one YAML file, keeping positions. CRLF line ends are accepted as they are
 * (the yaml library handles them); a BOM is dropped. Syntax errors come back as
 * problems at the offending line, never thrown: one plain message per slip, not the
 * parser's cascade (see yamlSlips.ts).
 */
export function parseFile(file: SourceFile): { parsed?: ParsedFile; problems: PendingProblem[] } {
  const text = file.text.startsWith(BOM) ? file.text.slice(1) : file.text
  const lines = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    // YAML 1.2 core schema: `yes`/`no` stay strings, dates stay strings.
    version: '1.2',
    // Warnings become problems below; the library must not print `Warning:` itself
    // ('silent' would drop errors too, such as a second document).
    logLevel: 'error',
  })
  const at = (message: Message, place: Place): PendingProblem => {
    const item = itemAtLine(text, place.line)
    return {
      section: file.section,
      path: [],
      message,
      place,
      ...(item ? { item: { kind: 'item', text: item } as const } : {}),
    }
  }
  const posOf = (offset: number): Place => {
    const pos = lines.linePos(offset)
    return { line: pos.line, col: pos.col }
  }

  if (doc.errors.length > 0) return { problems: syntaxProblems(text, doc.errors, posOf, at) }

  const problems: PendingProblem[] = []
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1] ?? '!'
      problems.push(at(msg('yaml.unknownTag', { tag: shortTag(tag) }), posOf(warning.pos[0])))
    }
  }
  // Keys that are numbers, lists or mappings: the schema knows field names only, and
  // converting such a key to a JS object would move its position to the map's start.
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key
      if (isScalar(key) && typeof key.value === 'string') return
      const source = keySource(text, key)
      const offset = rangeStart(key) ?? 0
      problems.push(at(msg('yaml.keyNotText', { key: source }), posOf(offset)))
    },
  })
  if (problems.length > 0) return { problems }

  let value: unknown
  try {
    // maxAliasCount guards against alias bombs ("billion laughs").
    value = doc.toJS({ maxAliasCount: 50 })
  } catch {
    return { problems: [at(msg('yaml.aliases'), { line: 1, col: 1 })] }
  }
  return { parsed: { file, doc, lines, value }, problems }
}

function syntaxProblems(
  text: string,
  errors: readonly YAMLError[],
  posOf: (offset: number) => Place,
  at: (message: Message, place: Place) => PendingProblem,
): PendingProblem[] {
  const out: PendingProblem[] = []
  for (const e of errors) {
    if (e.code !== 'DUPLICATE_KEY') continue
    const place = posOf(e.pos[0])
    const key = /^\s*(?:- +)?("[^"]*"|'[^']*'|[^:\s]+)/.exec(text.slice(e.pos[0]))?.[1] ?? '?'
    out.push(at(msg('yaml.duplicateKey', { key, firstLine: firstUse(text, place, key) }), place))
  }
  if (errors.some((e) => e.code === 'MULTIPLE_DOCS')) {
    const e = errors.find((x) => x.code === 'MULTIPLE_DOCS') as YAMLError
    out.push(at(msg('yaml.twoDocuments'), posOf(e.pos[0])))
  }
  const slips = findSlips(text)
  for (const s of slips) out.push(at(s.message, s.place))
  if (out.length > 0) return out
  const first = errors[0] as YAMLError
  const message: Message =
    first.code === 'TAB_AS_INDENT'
      ? msg('yaml.tab')
      : first.code === 'BAD_INDENT'
        ? msg('yaml.indent', { columns: [] })
        : (first.code as string) === 'RESOURCE_EXHAUSTION'
          ? msg('yaml.tooDeep')
          : msg('yaml.syntax', { detail: first.message.split('\n')[0] ?? first.code })
  return [at(message, posOf(first.pos[0]))]
}

/** The line of the first `key:` in the same mapping above a duplicate. */
function firstUse(text: string, place: Place, key: string): number {
  const lines = text.split(/\r?\n/)
  const col = place.col - 1
  for (let i = place.line - 2; i >= 0; i--) {
    const line = lines[i] as string
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    const prefix = line.slice(0, col)
    if (line.slice(col).startsWith(`${key}:`) && /^ *(?:- *)?$/.test(prefix)) return i + 1
    // Left the mapping: a line that starts further left and is not its item's dash.
    if (line.length - line.trimStart().length < col && !/^ *- /.test(line)) break
  }
  return place.line
}

function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!')
}

function keySource(text: string, key: unknown): string {
  const range = (key as { range?: [number, number, number] | null } | null)?.range
  if (!range) return String(key)
  return text.slice(range[0], range[1]).trim()
}

/**
 * Where a data path sits in the file. Walks as deep as the path exists and stops at
 * the deepest existing node, so a missing field points at the object that lacks it.
 */
export function locate(parsed: ParsedFile, path: DataPath, at: 'key' | 'value' = 'value'): Place {
  let node: unknown = parsed.doc.contents
  let offset = rangeStart(node) ?? 0
  for (let i = 0; i < path.length; i++) {
    const part = path[i]
    const isLast = i === path.length - 1
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === part)
      if (!pair) break
      if (isLast && at === 'key') {
        offset = rangeStart(pair.key) ?? offset
        break
      }
      node = pair.value
      offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part]
      if (item === undefined) break
      node = item
      offset = rangeStart(item) ?? offset
    } else break
  }
  const pos = parsed.lines.linePos(offset)
  return { line: pos.line, col: pos.col }
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range
    return range?.[0]
  }
  return undefined
}
