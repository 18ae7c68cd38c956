import { type Message, msg } from '../messages/catalogue.ts'
import type { Place } from '../problem.ts'

/** One typing slip, found by reading the lines as an analyst wrote them. */
export interface Slip {
  readonly message: Message
  readonly place: Place
}

/**
 * The slips analysts make in YAML, found line by line, each at the line where it was
 * made. Used only when the parser has already refused the file: the parser's own errors
 * come in dozens for one slip ("Nested mappings are not allowed in compact mappings"),
 * often at the line before (a key one space too deep continues the value above it).
 *
 * What is found: a tab in the indentation, a full-width colon, a key without a space
 * after its colon (`value:23`), a quote or a `[` that is never closed, and an indentation
 * that matches no open level (one space too many or too few).
 */
export function findSlips(text: string): Slip[] {
  const lines = text.split(/\r?\n/)
  const slips: Slip[] = []
  const add = (message: Message, line: number, col: number) => {
    if (!slips.some((s) => s.place.line === line)) slips.push({ message, place: { line, col } })
  }
  /** Columns where an open mapping's keys or a sequence's dashes start. */
  let levels: number[] = [0]
  /** The last structural line opened a block (`key:` alone, or `-` alone). */
  let opened: { indent: number } | undefined
  /** Inside a block scalar (`key: >-`): lines deeper than this belong to the text. */
  let blockOf: number | undefined
  let lastKeyIndent = 0

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string
    const lineNo = i + 1
    if (raw.trim() === '') continue
    const indent = raw.length - raw.trimStart().length
    if (blockOf !== undefined) {
      if (indent > blockOf) continue
      blockOf = undefined
    }
    if (raw.trimStart().startsWith('#')) continue

    const tab = /^[ ]*\t/.exec(raw)
    if (tab) {
      add(msg('yaml.tab'), lineNo, tab[0].length)
      continue
    }

    const body = stripComment(raw.slice(indent))
    const dash = /^-( +|$)/.exec(body)
    const keyCol = dash ? indent + dash[0].length : indent
    const rest = dash ? body.slice(dash[0].length) : body

    const wide = /^([A-Za-z_][\w-]*)\s*：/.exec(rest)
    if (wide) {
      add(msg('yaml.fullWidthColon'), lineNo, keyCol + wide[0].length)
      continue
    }
    const tight = /^([A-Za-z_][\w-]*):(?![\s/]|$)(.*)$/.exec(rest)
    if (tight) {
      const written = `${tight[1]}:${tight[2]}`
      add(
        msg('yaml.colonSpace', { written, fixed: `${tight[1]}: ${tight[2]}` }),
        lineNo,
        keyCol + (tight[1] as string).length + 1,
      )
      continue
    }

    const key = /^([A-Za-z_][\w-]*|"[^"]*"|'[^']*'):(?: +(.*))?$/.exec(rest)
    const isKey = key !== null
    const structural = isKey || dash !== null

    // Indentation: a structural line must start at an open level, or deeper than a
    // line that opened a block. A deeper line that is not a key continues a plain
    // value (valid YAML); a deeper key line is the slip.
    if (structural) {
      if (opened && (indent > opened.indent || (dash && indent === opened.indent))) {
        levels.push(indent)
      } else if (!levels.includes(indent)) {
        const deeper = indent > (levels.at(-1) ?? 0)
        if (deeper || indent < (levels.at(-1) ?? 0)) {
          const near = levels.filter((l) => Math.abs(l - indent) <= 2)
          add(msg('yaml.indent', { columns: near }), lineNo, indent + 1)
          continue
        }
      } else levels = levels.filter((l) => l <= indent)
      if (dash && key) levels.push(keyCol)
      if (isKey) lastKeyIndent = keyCol
    } else if (!opened && indent <= lastKeyIndent && !levels.includes(indent)) {
      add(msg('yaml.indent', { columns: [] }), lineNo, indent + 1)
      continue
    }

    const value = dash && !key ? rest : (key?.[2] ?? '')
    opened = undefined
    if (structural && value === '') opened = { indent: keyCol }
    if (/^[|>][-+0-9]*$/.test(value)) blockOf = keyCol

    // `statement: {fig-x} 중국의 …`: YAML reads a leading `{` as a mapping. Prose
    // references are ours, so the slip is ours to name (README: quote such a value).
    if (isKey && /^\{=?[^\s{}]+\}/.test(value)) {
      add(msg('prose.leadingReference'), lineNo, raw.indexOf(value) + 1)
      continue
    }

    const inside = /^[^"'[{|>&*!].*?(: |:$)/.exec(value)
    if (isKey && inside) {
      add(msg('yaml.colonInValue'), lineNo, raw.indexOf(value) + 1)
      continue
    }

    const quote = unclosedQuote(value)
    if (quote && nextIsKey(lines, i)) {
      add(msg('yaml.unclosedQuote', { quote }), lineNo, raw.indexOf(value) + 1)
      // The parser reads on inside the quote: what follows is not the analyst's slip.
      break
    }
    const bracket = unclosedBracket(value)
    if (bracket && nextIsKey(lines, i)) {
      add(
        msg('yaml.unclosedBracket', { bracket }),
        lineNo,
        raw.indexOf(value) + value.indexOf(bracket) + 1,
      )
      break
    }
  }
  return slips
}

/**
 * The item a line belongs to, read from the text (the file did not parse): the nearest
 * `- id: …` above it that encloses it, and the key on the line. `fig-us-lead-years › unit`.
 */
export function itemAtLine(text: string, line: number): string | undefined {
  const lines = text.split(/\r?\n/)
  const here = lines[line - 1] ?? ''
  const indent = here.length - here.trimStart().length
  const key = /^\s*(?:- +)?([A-Za-z_][\w-]*)\s*[:：]/.exec(here)?.[1]
  let id: string | undefined
  for (let i = line - 1; i >= 0; i--) {
    const m = /^(\s*)- +id:\s*["']?([\w-]+)/.exec(lines[i] as string)
    if (m && (m[1] as string).length < indent) {
      id = m[2]
      break
    }
    if (m && i === line - 1) {
      id = m[2]
      break
    }
  }
  const parts = [...(id ? [id] : []), ...(key && !(id && key === 'id') ? [key] : [])]
  return parts.length ? parts.join(' › ') : undefined
}

/** A value that opens a quote it does not close on its line. */
function unclosedQuote(value: string): string | undefined {
  if (value.startsWith('"')) {
    const closed = /^"(?:[^"\\]|\\.)*"/.test(value)
    return closed ? undefined : '"'
  }
  if (value.startsWith("'")) {
    const closed = /^'(?:[^']|'')*'/.test(value)
    return closed ? undefined : "'"
  }
  return undefined
}

function unclosedBracket(value: string): string | undefined {
  for (const [open, close] of [
    ['[', ']'],
    ['{', '}'],
  ] as const) {
    if (!value.startsWith(open)) continue
    let depth = 0
    for (const ch of value) {
      if (ch === open) depth++
      else if (ch === close) depth--
    }
    if (depth > 0) return open
  }
  return undefined
}

/** The next line with content is a key or a list item: a quote left open swallowed it. */
function nextIsKey(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j] as string
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    return /^\s*(?:- +)?[A-Za-z_][\w-]*: /.test(line) || /^\s*- /.test(line)
  }
  return true
}

/** A line without its trailing comment (a `#` after a space, outside quotes). */
function stripComment(body: string): string {
  let quote: string | undefined
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (quote) {
      if (ch === quote) quote = undefined
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '#' && (i === 0 || body[i - 1] === ' ')) return body.slice(0, i).trimEnd()
  }
  return body.trimEnd()
}
