import type { z } from 'zod'
import { type Expected, type Got, isMessageKey, type Message, msg } from '../messages/catalogue.ts'
import type { DataPath, PendingProblem } from '../problem.ts'
import { DATE_PATTERN, MAX_YEAR, MIN_YEAR } from '../schema/primitives.ts'
import { closest } from '../suggest.ts'

/**
 * Turns zod issues into problems an analyst can act on: the data path, a message key
 * saying what is wrong and what would be right (allowed values, closest key, the number
 * inside "2년"). `allowedKeys` answers which keys an object at a path may have.
 * The schema's own messages are catalogue keys (`error: 'text.empty'`), so a rule and
 * its words stay apart; zod's built-in issues are mapped by their code.
 */
export function schemaProblems(
  section: string,
  issues: readonly z.core.$ZodIssue[],
  allowedKeys: (path: DataPath) => readonly string[],
): PendingProblem[] {
  const out: PendingProblem[] = []
  const seen = new Set<string>()
  for (const issue of issues) {
    for (const p of fromIssue(section, issue, allowedKeys)) {
      // One message per field: a date that is not a date is not also "not on the calendar".
      const at = p.path.join('\0')
      if (seen.has(at) && p.message.key !== 'field.unknown') continue
      seen.add(at)
      out.push(p)
    }
  }
  // A misspelt field is one mistake: "unknown field detial (did you mean detail?)" says
  // it, so "missing required field detail" at the same item is left out.
  const misspelt = new Set(
    out.flatMap((p) =>
      p.message.key === 'field.unknown' && p.message.params.hint
        ? [[...p.path.slice(0, -1), p.message.params.hint].join('\0')]
        : [],
    ),
  )
  return out.filter(
    (p) =>
      p.message.key !== 'field.missing' ||
      !misspelt.has([...p.path, p.message.params.field].join('\0')),
  )
}

function fromIssue(
  section: string,
  issue: z.core.$ZodIssue,
  allowedKeys: (path: DataPath) => readonly string[],
): PendingProblem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  const one = (message: Message, at = path): PendingProblem[] => [{ section, path: at, message }]
  const input = (issue as { input?: unknown }).input
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path)
      return issue.keys.map((key) => ({
        section,
        path: [...path, key],
        at: 'key' as const,
        message: unknownKey(key, allowed),
      }))
    }
    case 'invalid_type': {
      const expected = expectedOf(issue.expected)
      if ((input === undefined || input === null) && path.length === 0)
        return one(msg('file.empty'))
      if (input === undefined) {
        const name = path[path.length - 1]
        return one(msg('field.missing', { field: String(name), expected }), path.slice(0, -1))
      }
      if (expected === 'number' && typeof input === 'string') return one(numberHint(input))
      if (expected === 'text' && isLeadingReference(input))
        return one(msg('prose.leadingReference'))
      return one(msg('type.expected', { expected, got: describe(input) }))
    }
    case 'invalid_value': {
      const options = issue.values.map(String)
      const hint = typeof input === 'string' ? closest(input, options) : undefined
      return one(
        msg('value.notAllowed', { got: describe(input), options, ...(hint ? { hint } : {}) }),
      )
    }
    case 'too_small': {
      if (isMessageKey(issue.message)) return one(keyed(issue.message, issue))
      if (issue.origin === 'array') return one(msg('list.tooShort', { min: Number(issue.minimum) }))
      if (issue.origin === 'string') return one(msg('text.empty'))
      return one(msg('number.tooSmall', { min: Number(issue.minimum), got: Number(input) }))
    }
    case 'too_big': {
      if (isMessageKey(issue.message)) return one(keyed(issue.message, issue))
      if (issue.origin === 'array')
        return one(
          msg('list.tooLong', {
            count: Array.isArray(input) ? input.length : 0,
            max: Number(issue.maximum),
          }),
        )
      if (issue.origin === 'string')
        return one(
          msg('text.tooLong', {
            length: typeof input === 'string' ? input.length : 0,
            max: Number(issue.maximum),
          }),
        )
      return one(msg('number.tooBig', { max: Number(issue.maximum), got: Number(input) }))
    }
    case 'invalid_format': {
      if (issue.format === 'url') return one(msg('url.scheme'))
      if (isMessageKey(issue.message)) return one(keyed(issue.message, issue))
      return one(msg('schema.other', { detail: issue.message }))
    }
    default: {
      if (isMessageKey(issue.message)) return one(keyed(issue.message, issue))
      if (issue.code === 'not_multiple_of')
        return one(msg('number.notInteger', { got: Number(input) }))
      return one(msg('schema.other', { detail: issue.message }))
    }
  }
}

/** A schema message that is a catalogue key, filled with what the issue knows. */
function keyed(key: string, issue: z.core.$ZodIssue): Message {
  const input = (issue as { input?: unknown }).input
  const text = typeof input === 'string' ? input : String(input)
  const limit =
    (issue as { maximum?: unknown; minimum?: unknown }).maximum ??
    (issue as { minimum?: unknown }).minimum
  switch (key) {
    case 'id.format': {
      const suggestion = kebab(text)
      return msg('id.format', { got: text, ...(suggestion !== text ? { suggestion } : {}) })
    }
    case 'date.format': {
      const suggestion = dateHint(text)
      return msg('date.format', { got: text, ...(suggestion ? { suggestion } : {}) })
    }
    case 'date.notReal':
      return msg('date.notReal', { got: text })
    case 'date.yearRange':
      return msg('date.yearRange', { got: text, min: MIN_YEAR, max: MAX_YEAR })
    case 'list.tooLong':
      return msg('list.tooLong', {
        count: Array.isArray(input) ? input.length : 0,
        max: Number(limit),
      })
    case 'quote.tooLong':
      return msg('quote.tooLong', { max: Number(limit) })
    case 'year.invalid': {
      // An object-level rule: the input is the figure, the value is its year.
      const year = (input as { value?: unknown } | null)?.value ?? input
      return msg('year.invalid', { got: Number(year), min: MIN_YEAR, max: MAX_YEAR })
    }
    default:
      // Keys without parameters (text.empty, claim.needsSource, …).
      return { key, params: {} } as Message
  }
}

function unknownKey(key: string, allowed: readonly string[]): Message {
  // `value:23` with no following line parses as one key "value:23": a missing space.
  const slip = /^([A-Za-z_][\w-]*)\s*([:：])\s*(.*)$/.exec(key)
  if (slip && allowed.includes(slip[1] as string)) {
    return slip[2] === '：'
      ? msg('yaml.fullWidthColon')
      : msg('yaml.colonSpace', { written: key, fixed: `${slip[1]}: ${slip[3]}` })
  }
  const hint = closest(key, allowed)
  return msg('field.unknown', { field: key, ...(hint ? { hint } : {}), allowed })
}

/**
 * "2년" → 2 (the unit goes in unit), "1,000,000" → 1000000 (no commas), "약 2" → 2.
 * Only a hint: the number is read, never written back.
 */
export function numberHint(text: string): Message {
  const trimmed = text.trim()
  const commas = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.exec(trimmed)
  if (commas)
    return msg('number.expected', { got: text, number: trimmed.replace(/,/g, ''), commas: true })
  const withUnit = /^(?:약|최대|최소)?\s*(-?\d+(?:\.\d+)?)\s*(\D.*)?$/.exec(trimmed)
  if (withUnit?.[1] !== undefined)
    return msg('number.expected', {
      got: text,
      number: withUnit[1],
      ...(withUnit[2] ? { unit: withUnit[2].trim() } : {}),
    })
  return msg('number.expected', { got: text })
}

/** "2025년 7월" → "2025-07", "2025/11/10" → "2025-11-10", "2025.7.15" → "2025-07-15". */
export function dateHint(text: string): string | undefined {
  const t = text.trim()
  const pad = (s: string) => s.padStart(2, '0')
  const korean = /^(\d{4})\s*년(?:\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?)?$/.exec(t)
  const numeric = /^(\d{4})\s*[./]\s*(\d{1,2})(?:\s*[./]\s*(\d{1,2}))?\.?$/.exec(t)
  const m = korean ?? numeric
  if (!m) return undefined
  const [, y, mo, d] = m
  const out = [y, ...(mo ? [pad(mo)] : []), ...(mo && d ? [pad(d)] : [])].join('-')
  return DATE_PATTERN.test(out) ? out : undefined
}

function kebab(text: string): string {
  return text
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

function expectedOf(expected: string): Expected {
  switch (expected) {
    case 'string':
      return 'text'
    case 'number':
    case 'int':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'array':
      return 'list'
    case 'object':
      return 'mapping'
    default:
      return 'other'
  }
}

function describe(value: unknown): Got {
  if (value === null || value === undefined) return { kind: 'empty' }
  if (Array.isArray(value)) return { kind: 'list' }
  switch (typeof value) {
    case 'string':
      return { kind: 'text', text: value }
    case 'number':
      return { kind: 'number', value }
    case 'boolean':
      return { kind: 'boolean', value }
    case 'object':
      return { kind: 'mapping' }
    default:
      return { kind: 'other' }
  }
}

/** `label: {fig-x}` unquoted: YAML made a mapping `{ fig-x: null }` of a prose reference. */
function isLeadingReference(input: unknown): boolean {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return false
  const entries = Object.entries(input)
  return (
    entries.length === 1 && /^=?[^\s{}]+$/.test(entries[0]?.[0] ?? '') && entries[0]?.[1] === null
  )
}
