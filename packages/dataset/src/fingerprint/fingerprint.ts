import { createHash } from 'node:crypto'

/**
 * Canonical JSON: object keys sorted, no whitespace. Two YAML files that differ only
 * in key order, quoting, comments or line breaks give the same canonical text.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** 8 hex digits of SHA-256 over the canonical dataset: what both outputs print. */
export function fingerprint(dataset: unknown): string {
  return createHash('sha256').update(canonicalJson(dataset)).digest('hex').slice(0, 8)
}
