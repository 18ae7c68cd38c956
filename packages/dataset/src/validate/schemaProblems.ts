import type { z } from 'zod'
import type { DataPath, PendingProblem } from '../problem.ts'
import { closest } from '../suggest.ts'

/**
 * Turns zod issues into problems an analyst can act on: the data path, what is
 * wrong in plain words, and what would be right (allowed values, closest key).
 * `allowedKeys` answers which keys an object at a path may have, for typo hints.
 */
export function schemaProblems(
  section: string,
  issues: readonly z.core.$ZodIssue[],
  allowedKeys: (path: DataPath) => readonly string[],
): PendingProblem[] {
  const out: PendingProblem[] = []
  for (const issue of issues) out.push(...fromIssue(section, issue, allowedKeys))
  return out
}

function fromIssue(
  section: string,
  issue: z.core.$ZodIssue,
  allowedKeys: (path: DataPath) => readonly string[],
): PendingProblem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path)
      return issue.keys.map((key) => {
        const hint = closest(key, allowed)
        const tail = hint ? `; did you mean "${hint}"?` : `; allowed: ${allowed.join(', ')}`
        return {
          section,
          path: [...path, key],
          at: 'key' as const,
          message: `unknown field "${key}"${tail}`,
        }
      })
    }
    case 'invalid_type': {
      if ((issue.input === undefined || issue.input === null) && path.length === 0) {
        return [
          {
            section,
            path,
            message: `the file is empty; expected ${expectedWords(issue.expected)}`,
          },
        ]
      }
      if (issue.input === undefined) {
        const name = path[path.length - 1]
        return [
          {
            section,
            path: path.slice(0, -1),
            message: `missing required field "${String(name)}" (${expectedWords(issue.expected)})`,
          },
        ]
      }
      return [
        {
          section,
          path,
          message: `expected ${expectedWords(issue.expected)}, got ${describeValue(issue.input)}`,
        },
      ]
    }
    case 'invalid_value': {
      const options = issue.values.map(String)
      const got = describeValue(issue.input)
      const hint = typeof issue.input === 'string' ? closest(issue.input, options) : undefined
      return [
        {
          section,
          path,
          message: `${got} is not allowed; use one of: ${options.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`,
        },
      ]
    }
    case 'invalid_union':
      return [{ section, path, message: issue.message }]
    default:
      return [{ section, path, message: issue.message }]
  }
}

function expectedWords(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text'
    case 'number':
    case 'int':
      return 'a number'
    case 'boolean':
      return 'true or false'
    case 'array':
      return 'a list (lines starting with "- ")'
    case 'object':
      return 'a mapping of fields (key: value)'
    default:
      return expected
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `text "${value.slice(0, 37)}…"` : `"${value}"`
    case 'number':
      return `the number ${value}`
    case 'boolean':
      return `${value}`
    case 'object':
      return 'a mapping'
    default:
      return typeof value
  }
}
