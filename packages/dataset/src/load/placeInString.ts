import { isMap, isPair, isScalar, isSeq, type Scalar } from 'yaml'
import type { DataPath, Place } from '../problem.ts'
import type { ParsedFile } from './parseFile.ts'

/**
 * Where character `offset` of the string at `path` sits in the file. YAML folds lines,
 * strips indentation and unescapes quotes, so the value and its source text differ in
 * whitespace and escapes only: walk both together, matching each visible character.
 * Returns undefined when the path is not a scalar (the caller falls back to the item).
 */
export function placeInString(
  parsed: ParsedFile,
  path: DataPath,
  offset: number,
): Place | undefined {
  const node = scalarAt(parsed, path)
  if (!node?.range || typeof node.value !== 'string') return undefined
  const value = node.value
  const source = parsed.file.text.startsWith('\uFEFF')
    ? parsed.file.text.slice(1)
    : parsed.file.text
  let s = node.range[0]
  const end = node.range[1]
  // Block scalars (| and >) start with their header line; the text begins on the next.
  if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
    const nl = source.indexOf('\n', s)
    s = nl === -1 ? s : nl + 1
  } else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') s += 1
  for (let i = 0; i < offset && i < value.length && s < end; i++) {
    const c = value[i] as string
    if (/\s/.test(c)) {
      while (s < end && !/\s/.test(source[s] as string) && source[s] !== '\\') s++
      while (s < end && /\s/.test(source[s] as string)) s++
    } else {
      while (s < end && source[s] !== c) s++
      s++
    }
  }
  // Folded text may leave the pointer on the indentation of a continuation line.
  while (s < end && (source[s] === ' ' || source[s] === '\n')) s++
  const pos = parsed.lines.linePos(s)
  return { line: pos.line, col: pos.col }
}

function scalarAt(parsed: ParsedFile, path: DataPath): Scalar | undefined {
  let node: unknown = parsed.doc.contents
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === part)
      if (!pair) return undefined
      node = pair.value
    } else if (isSeq(node) && typeof part === 'number') node = node.items[part]
    else return undefined
  }
  return isScalar(node) ? node : undefined
}
