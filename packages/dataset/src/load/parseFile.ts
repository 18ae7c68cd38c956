import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { DataPath, PendingProblem, Place } from '../problem.ts'

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
 * problems at the offending line, never thrown.
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
  })
  const problems: PendingProblem[] = []
  for (const error of doc.errors) {
    const pos = lines.linePos(error.pos[0])
    problems.push({
      section: file.section,
      path: [],
      message: `YAML syntax: ${describeYamlError(error.code, error.message)}`,
      place: { line: pos.line, col: pos.col },
    })
  }
  if (problems.length > 0) return { problems }
  let value: unknown
  try {
    // maxAliasCount guards against alias bombs ("billion laughs").
    value = doc.toJS({ maxAliasCount: 50 })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { problems: [{ section: file.section, path: [], message: `YAML: ${message}` }] }
  }
  return { parsed: { file, doc, lines, value }, problems }
}

function describeYamlError(code: string, message: string): string {
  const firstLine = message.split('\n')[0] ?? message
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'the same key appears twice in one mapping; keep one'
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML needs spaces'
    case 'MISSING_CHAR':
    case 'MISSING_TAG':
      return firstLine
    case 'BAD_INDENT':
      return `${firstLine} (check the indentation of this line against the one above)`
    default:
      return firstLine.replace(/ at line \d+, column \d+.*$/, '')
  }
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
