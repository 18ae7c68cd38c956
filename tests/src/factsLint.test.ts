import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { datasetNames, findTypedFacts } from './factsLint.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Words that are code, not content, even though the dataset happens to use them too. */
const ALLOWED_NAMES = new Set([
  'Pretendard',
  'Svg',
  'Text',
  'View',
  'Page',
  'Document',
  'Link',
  'Font',
  'Image',
])

/** Findings that are layout or tooling, one by one, each with its reason. */
const ALLOWED_FINDINGS: ReadonlyArray<{ file: string; text: string; why: string }> = [
  {
    file: 'decks/briefing/scripts/chromium.ts',
    text: 'Google',
    why: 'the Google Chrome install path, not a claim',
  },
  {
    file: 'decks/briefing/scripts/hmrProbe.ts',
    text: '}/${',
    why: 'a URL path (base URL / slide number), not a line of text',
  },
  {
    file: 'decks/briefing/src/plan/plan.ts',
    text: '} · ${',
    why: 'names the item in a build problem ("content does not fit"), not an output string',
  },
  {
    file: 'decks/briefing/src/plan/notes.ts',
    text: '} — ${',
    why: 'speaker notes (deck only, Markdown for the presenter): view strings escaped whole',
  },
  {
    file: 'decks/briefing/src/vite/problemsOverlay.ts',
    text: ".join(';')",
    why: 'CSS declarations joined into a style attribute, not a line of text',
  },
  {
    file: 'decks/briefing/src/plan/notes.ts',
    text: '} · ${',
    why: 'speaker notes (deck only, Markdown for the presenter): view strings escaped whole',
  },
]

function sourcesUnder(dir: string): string[] {
  const out: string[] = []
  const skip = /(^|\/)(node_modules|dist|\.slidev|test|tests|test-output|fixtures)(\/|$)/
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (skip.test(relative(root, p))) continue
      if (statSync(p).isDirectory()) visit(p)
      else if (
        /\.(vue|tsx?|md)$/.test(name) &&
        !/\.(test|bench)\.tsx?$|^bench\.|README\.md$/.test(name)
      )
        out.push(p)
    }
  }
  visit(dir)
  return out
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out)
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) allStrings(v, out)
  return out
}

describe('the facts lint itself', () => {
  const names = new Set(['NVIDIA', 'DeepSeek'])
  it('finds Korean text, years, percentage ranges and dataset names', () => {
    const src = `<h1>미중 경쟁</h1>\nconst y = 2028\nconst p = '55~80%'\n<p>NVIDIA leads</p>`
    expect(findTypedFacts('x.vue', src, names).map((f) => `${f.line}:${f.rule}`)).toEqual([
      '1:hangul',
      '2:year',
      '3:percent',
      '4:dataset-name',
    ])
  })
  it('finds a line composed from view strings with a separator', () => {
    const src = [
      '<p>{{ q.attribution }}<template v-if="q.date"> · {{ q.date.text }}</template></p>',
      '<Text>{f.attribution} — {f.country}</Text>',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a template literal, linted as such
      'const line = `${h.issuer} · ${stamp.text}`',
      "const meta = [a, b].filter(Boolean).join(' · ')",
      "const fine = ({ a }: { a: number }, { b }: B) => [a, b].join(' ') + lines.join('\\n')",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a template literal, linted as such
      'const url = `${base}?slide=${n}`',
    ].join('\n')
    expect(findTypedFacts('x.vue', src, names).map((f) => `${f.line}:${f.rule}`)).toEqual([
      '1:join',
      '2:join',
      '3:join',
      '4:join',
    ])
  })
  it('ignores comments and layout constants', () => {
    const src = `// 2025년 기준 주석\n/* DeepSeek */\n<!-- 발표자 노트 -->\nconst w = 1280; const pad = '20px'; color: #2025ff; width: 100%`
    expect(findTypedFacts('x.vue', src, names)).toEqual([])
  })
})

describe('renderer sources hold no facts', () => {
  const dataDir = join(root, 'shared-data')
  const strings = readdirSync(dataDir)
    .filter((n) => n.endsWith('.yaml'))
    .flatMap((n) => allStrings(parse(readFileSync(join(dataDir, n), 'utf8'))))
  const names = new Set([...datasetNames(strings)].filter((n) => !ALLOWED_NAMES.has(n)))
  const files = [
    ...sourcesUnder(join(root, 'decks/briefing')),
    ...sourcesUnder(join(root, 'reports/policy-memo')),
  ]

  it('finds the renderer sources', () => {
    expect(files.length).toBeGreaterThan(5)
    expect(names.size).toBeGreaterThan(10)
  })

  it.each(files.map((f) => relative(root, f)))('%s', (file) => {
    const findings = findTypedFacts(file, readFileSync(join(root, file), 'utf8'), names).filter(
      (f) => !ALLOWED_FINDINGS.some((a) => a.file === f.file && a.text === f.text),
    )
    expect(findings.map((f) => `${f.file}:${f.line}  ${f.rule}  ${f.text}`)).toEqual([])
  })
})
