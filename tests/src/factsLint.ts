/**
 * Finds facts typed into renderer sources. Renderers get every word of content and
 * every label from the views, so in a deck or memo source file (comments aside):
 *   - no Hangul at all (content and labels are Korean, layout is not);
 *   - no year (1900-2099) and no percentage range;
 *   - no proper name or model name that also occurs in the dataset;
 *   - no composed line: two interpolated values joined by a separator (" · ", " — ",
 *     ", ", " / ", ": "), in a Vue template, JSX or a template literal, and no
 *     `.join(' · ')` with a visible separator. A line both outputs show is composed
 *     once, in the views (figure meta, quote byline, …); a renderer prints it whole.
 * Layout constants (sizes, colours, slide order) contain none of these.
 */
export interface Finding {
  readonly file: string
  readonly line: number
  readonly text: string
  readonly rule: 'hangul' | 'year' | 'percent' | 'dataset-name' | 'join'
}

/** Replaces comments with spaces, keeping line numbers. */
export function stripComments(source: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ')
  return source
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (m, pre: string) => pre + blank(m.slice(pre.length)))
}

/** Latin names from the dataset (e.g. NVIDIA, DeepSeek, Brookings): 3+ letters, capitalised. */
export function datasetNames(strings: readonly string[]): Set<string> {
  const names = new Set<string>()
  for (const s of strings) {
    for (const m of s.matchAll(/\b[A-Z][A-Za-z0-9.-]{2,}\b/g)) names.add(m[0].replace(/[.-]+$/, ''))
  }
  return names
}

/**
 * Two interpolated values around a visible separator. In a Vue template (`}} · {{`) any
 * of · — – , / : | (tags between are skipped: `}}<template v-if="d"> · {{`); in JSX (`} · {`) and template literals (`} · ${`) only the middle
 * dot, dashes and slash, because `}, {`, `}: {` and `} | {` are ordinary code there.
 */
const VUE_JOIN = /\}\}(?:\s*<[^>]*>)*\s*(?:·|—|–|,|\/|:|\|)\s*(?:<[^>]*>\s*)*\{\{/
const CODE_JOIN = /\}\s*(?:·|—|–|\/)\s*\$?\{/
/** `.join(' · ')`: any separator with a visible character in it. */
const JOIN_CALL = /\.join\(\s*(['"`])([^'"`]*[^\s'"`][^'"`]*)\1\s*\)/

export function findTypedFacts(
  file: string,
  source: string,
  names: ReadonlySet<string>,
): Finding[] {
  const findings: Finding[] = []
  const lines = stripComments(source).split('\n')
  lines.forEach((line, i) => {
    const add = (rule: Finding['rule'], text: string) =>
      findings.push({ file, line: i + 1, text, rule })
    const hangul = line.match(/[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]+/)
    if (hangul) add('hangul', hangul[0])
    const year = line.match(/(?<![\w.#-])(19|20)\d{2}(?![\w.%-]|px|em|rem)/)
    if (year) add('year', year[0])
    const percent = line.match(/\d+\s*~\s*\d+\s*%/)
    if (percent) add('percent', percent[0])
    const joined = VUE_JOIN.exec(line) ?? CODE_JOIN.exec(line)
    if (joined) add('join', joined[0])
    const call = JOIN_CALL.exec(line)
    if (call && call[2] !== '\\n') add('join', call[0])
    for (const word of line.matchAll(/\b[A-Z][A-Za-z0-9.-]{2,}\b/g)) {
      const w = word[0].replace(/[.-]+$/, '')
      if (names.has(w)) add('dataset-name', w)
    }
  })
  return findings
}
