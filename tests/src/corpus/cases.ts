/**
 * The bad-input corpus: broken copies of the shipped dataset, generated from it on
 * every run so they stay current. Each case says what must happen: `invalid` with a
 * problem in a given file whose message matches, or `valid` (what editors write and
 * the loader must accept).
 */
export type Files = Map<string, string>

export interface CorpusCase {
  readonly name: string
  /** Returns the dataset folder's files, or a special folder state. */
  readonly make: (shipped: Files) => Files | 'empty-dir' | 'no-dir'
  readonly expect:
    | { readonly valid: true }
    | {
        readonly valid: false
        readonly file?: string
        readonly message: RegExp
        readonly path?: string
      }
}

/** Replaces the first match in one file; throws if the pattern is gone (keeps cases honest). */
function edit(file: string, find: string | RegExp, replace: string) {
  return (shipped: Files): Files => {
    const files = new Map(shipped)
    const text = files.get(file)
    if (text === undefined) throw new Error(`corpus: no ${file}`)
    const next = text.replace(find, replace)
    if (next === text) throw new Error(`corpus: ${String(find)} not found in ${file}`)
    files.set(file, next)
    return files
  }
}

function set(file: string, content: (text: string) => string) {
  return (shipped: Files): Files => {
    const files = new Map(shipped)
    files.set(file, content(files.get(file) ?? ''))
    return files
  }
}

function without(file: string) {
  return (shipped: Files): Files => {
    const files = new Map(shipped)
    files.delete(file)
    return files
  }
}

const bad = (file: string, message: RegExp, path?: string) =>
  ({ valid: false, file, message, ...(path ? { path } : {}) }) as const

/** A comparison row in YAML, for cases that add many. */
function rows(count: number): string {
  let out = ''
  for (let i = 0; i < count; i++) {
    out += `      - id: cmp-bulk-${i}\n        dimension: 항목 ${i}\n        us: 미국\n        china: 중국\n        assessment: 평가\n        leader: contested\n        sources: [src-brookings-chan-2026]\n`
  }
  return out
}

export const CASES: readonly CorpusCase[] = [
  // YAML syntax
  {
    name: 'tab used for indentation',
    make: edit('timeline.yaml', /\n {4}title:/, '\n\ttitle:'),
    expect: bad('timeline.yaml', /tab|indent/i),
  },
  {
    name: 'bad indentation',
    make: edit('comparison.yaml', /\n {8}dimension:/, '\n          dimension:'),
    expect: bad('comparison.yaml', /YAML syntax/),
  },
  {
    name: 'unclosed double quote',
    make: edit('meta.yaml', /\ntitle: (.*)/, '\ntitle: "$1'),
    expect: bad('meta.yaml', /YAML syntax/),
  },
  {
    name: 'unclosed single quote',
    make: edit('quotes.yaml', /\n {4}speaker: /, "\n    speaker: 'x "),
    expect: bad('quotes.yaml', /YAML syntax/),
  },
  {
    name: 'duplicate key',
    make: edit('meta.yaml', /\nedition: (\d+)/, '\nedition: $1\nedition: 2'),
    expect: bad('meta.yaml', /same key/),
  },
  {
    name: 'unclosed flow list',
    make: edit('figures.yaml', /\n {4}sources:\n {6}- ([a-z0-9-]+)/, '\n    sources: [$1\n'),
    expect: bad('figures.yaml', /YAML syntax/),
  },
  {
    name: 'two documents in one file',
    make: set('quotes.yaml', (t) => `${t}\n---\nquotes: []\n`),
    expect: bad('quotes.yaml', /YAML syntax/),
  },
  {
    name: 'alias bomb',
    make: set(
      'background.yaml',
      () =>
        `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
    ),
    expect: bad('background.yaml', /alias|YAML/i),
  },
  // Encodings editors produce: accepted
  { name: 'byte-order mark', make: set('meta.yaml', (t) => `\uFEFF${t}`), expect: { valid: true } },
  {
    name: 'CRLF line ends',
    make: (s) => new Map([...s].map(([n, t]) => [n, t.replace(/\n/g, '\r\n')])),
    expect: { valid: true },
  },
  {
    name: 'invalid UTF-8 (Latin-1 bytes)',
    make: edit('background.yaml', /\n {4}heading: /, '\n    heading: caf\uFFFD '),
    expect: bad('background.yaml', /U\+FFFD/),
  },
  // Wrong types
  {
    name: 'text where a number belongs',
    make: edit('meta.yaml', /\nedition: \d+/, '\nedition: 첫째'),
    expect: bad('meta.yaml', /expected a number/, 'edition'),
  },
  {
    name: 'figure value with words',
    make: edit('figures.yaml', /\n {4}value: \d+/, '\n    value: 약 2'),
    expect: bad('figures.yaml', /expected a number/, 'figures[0].value'),
  },
  {
    name: 'sources as a string, not a list',
    make: edit(
      'quotes.yaml',
      /\n {4}sources:\n {6}- ([a-z0-9-]+)(\n {6}- [a-z0-9-]+)*/,
      '\n    sources: $1',
    ),
    expect: bad('quotes.yaml', /expected a list/, 'quotes[0].sources'),
  },
  {
    name: 'a list where a mapping belongs',
    make: set('meta.yaml', () => '- title: x\n'),
    expect: bad('meta.yaml', /expected a mapping/),
  },
  {
    name: 'empty required value',
    make: edit('meta.yaml', /\ntitle: .*/, '\ntitle:'),
    expect: bad('meta.yaml', /expected text, got an empty value/, 'title'),
  },
  // Missing things
  {
    name: 'missing required field',
    make: edit('judgments.yaml', /\n {4}statement: .*/, ''),
    expect: bad('judgments.yaml', /missing required field "statement"/, 'keyJudgments[0]'),
  },
  {
    name: 'missing file',
    make: without('quotes.yaml'),
    expect: bad('quotes.yaml', /file is missing/),
  },
  {
    name: 'empty file',
    make: set('outlook.yaml', () => ''),
    expect: bad('outlook.yaml', /file is empty/),
  },
  // Unknown things
  {
    name: 'typo in a key',
    make: edit('timeline.yaml', /\n {4}detail:/, '\n    detial:'),
    expect: bad(
      'timeline.yaml',
      /unknown field "detial"; did you mean "detail"/,
      'events[0].detial',
    ),
  },
  {
    name: 'unknown top-level key',
    make: set('figures.yaml', (t) => `${t}\nextra: 1\n`),
    expect: bad('figures.yaml', /unknown field "extra"/, 'extra'),
  },
  {
    name: 'misnamed file',
    make: (s) => {
      const f = without('timeline.yaml')(s)
      f.set('timline.yaml', s.get('timeline.yaml') as string)
      return f
    },
    expect: bad('timline.yaml', /did you mean "timeline.yaml"/),
  },
  // Ids and references
  {
    name: 'unknown source id',
    make: edit('figures.yaml', /\n {6}- src-([a-z0-9-]+)/, '\n      - src-nowhere-$1'),
    expect: bad('figures.yaml', /unknown source "src-nowhere-/),
  },
  {
    name: 'duplicate id within a file',
    make: edit(
      'timeline.yaml',
      /(\n {2}- id: (ev-[a-z0-9-]+)[\s\S]*?\n {2}- id: )ev-[a-z0-9-]+/,
      '$1$2',
    ),
    expect: bad('timeline.yaml', /duplicate id/),
  },
  {
    name: 'duplicate id across files',
    make: edit('quotes.yaml', /\n {2}- id: q-[a-z0-9-]+/, '\n  - id: kj-us-frontier-lead'),
    expect: bad(
      'judgments.yaml',
      /duplicate id "kj-us-frontier-lead"; already used at \S*quotes\.yaml:\d+ \(quotes\[\d+\]\)/,
    ),
  },
  {
    name: 'support that points nowhere',
    make: edit('judgments.yaml', /\n {6}- cmp-[a-z0-9-]+/, '\n      - cmp-does-not-exist'),
    expect: bad('judgments.yaml', /unknown claim "cmp-does-not-exist"/),
  },
  {
    name: 'via to a source that is not a seed',
    make: edit('sources.yaml', /\n {4}via: [a-z0-9-]+/, '\n    via: src-mcguire-remark'),
    expect: bad('sources.yaml', /unknown seed source "src-mcguire-remark"/),
  },
  {
    name: 'a source nobody cites',
    make: set(
      'sources.yaml',
      (t) =>
        `${t}\n  - id: src-orphan\n    kind: blog\n    title: 인용되지 않는 글\n    date: "2025"\n`,
    ),
    expect: bad('sources.yaml', /never cited/),
  },
  {
    name: 'id not in kebab-case',
    make: edit('figures.yaml', /\n {2}- id: fig-/, '\n  - id: Fig_'),
    expect: bad('figures.yaml', /kebab-case/),
  },
  // Dates
  {
    name: 'impossible date',
    make: edit('timeline.yaml', /date: "\d{4}-\d{2}-\d{2}"/, 'date: "2025-02-30"'),
    expect: bad('timeline.yaml', /no such calendar date/),
  },
  {
    name: 'badly formatted date',
    make: edit('timeline.yaml', /date: "\d{4}-\d{2}-\d{2}"/, 'date: "2025/11/10"'),
    expect: bad('timeline.yaml', /YYYY-MM-DD/),
  },
  {
    name: 'month 13',
    make: edit('sources.yaml', /date: "(\d{4})-\d{2}"/, 'date: "$1-13"'),
    expect: bad('sources.yaml', /no such calendar date/),
  },
  {
    name: 'as-of date before the newest event',
    make: edit('meta.yaml', /\nasOf: .*/, '\nasOf: "2025-01-01"'),
    expect: bad('timeline.yaml', /after the as-of date/),
  },
  {
    name: 'inferred date without its basis',
    make: edit('timeline.yaml', /\n {4}dateBasis: >-\n(?: {6}.*\n)+/, '\n'),
    expect: bad('timeline.yaml', /needs dateBasis/),
  },
  // Empty sections, unsupported claims
  {
    name: 'empty section',
    make: set('timeline.yaml', () => 'events: []\n'),
    expect: bad('timeline.yaml', /Too small|at least|>=1/i, 'events'),
  },
  {
    name: 'judgment without support',
    make: edit('judgments.yaml', /\n {4}support:\n(?: {6}- .*\n)+/, '\n    support: []\n'),
    expect: bad('judgments.yaml', /needs support/),
  },
  {
    name: 'claim without a source',
    make: edit('figures.yaml', /\n {4}sources:\n(?: {6}- .*\n)+/, '\n    sources: []\n'),
    expect: bad('figures.yaml', /at least one source/),
  },
  // Out of range
  {
    name: 'negative figure',
    make: edit('figures.yaml', /\n {4}value: \d+/, '\n    value: -5'),
    expect: bad('figures.yaml', /Too small|>=0/i, 'figures[0].value'),
  },
  {
    name: 'edition zero',
    make: edit('meta.yaml', /\nedition: \d+/, '\nedition: 0'),
    expect: bad('meta.yaml', /Too small|>=1/i, 'edition'),
  },
  {
    name: 'range upper end below lower end',
    make: edit('figures.yaml', /\n {4}value: (\d+)\n/, '\n    value: $1\n    valueTo: 0\n'),
    expect: bad('figures.yaml', /valueTo must not be smaller/),
  },
  {
    name: 'likelihood word not on the scale',
    make: edit('judgments.yaml', /likelihood: [a-z-]+/, 'likelihood: probable'),
    expect: bad('judgments.yaml', /not allowed; use one of: almost-no-chance/),
  },
  // Characters the fonts lack, control characters
  {
    name: 'emoji',
    make: edit('background.yaml', /\n {4}heading: /, '\n    heading: 🚀 '),
    expect: bad('background.yaml', /U\+1F680/),
  },
  {
    name: 'rare Hanja',
    make: edit('background.yaml', /\n {4}heading: /, '\n    heading: 覇權 '),
    expect: bad('background.yaml', /U\+8987/),
  },
  {
    name: 'old Hangul jamo',
    make: edit('background.yaml', /\n {4}heading: /, '\n    heading: ᄒᆞᆫ '),
    expect: bad('background.yaml', /U\+1112/),
  },
  {
    name: 'control character',
    make: edit('meta.yaml', /\nsubtitle: (.*)/, '\nsubtitle: "$1\\u0008"'),
    expect: bad('meta.yaml', /control character U\+0008/),
  },
  // Size
  {
    name: 'a 5 MB string',
    make: edit(
      'background.yaml',
      /\n {4}heading: .*/,
      `\n    heading: ${'가'.repeat((5 * 1024 * 1024) / 3)}`,
    ),
    expect: bad('background.yaml', /characters long/),
  },
  {
    name: '2,000 comparison rows',
    make: edit('comparison.yaml', /\n {4}rows:\n/, `\n    rows:\n${rows(2000)}`),
    expect: bad('comparison.yaml', /at most 30 rows/),
  },
  {
    name: 'deeply nested junk',
    make: set('figures.yaml', (t) => `${t}junk: ${'['.repeat(2000)}${']'.repeat(2000)}\n`),
    expect: bad('figures.yaml', /unknown field "junk"|YAML/),
  },
  {
    name: 'a javascript: link',
    make: edit('sources.yaml', /url: "?https?:[^\s"]+"?/, 'url: "javascript:alert(1)"'),
    expect: bad('sources.yaml', /http/),
  },
  // Whole folders
  { name: 'empty directory', make: () => 'empty-dir', expect: bad('', /no YAML files here/) },
  {
    name: 'directory that does not exist',
    make: () => 'no-dir',
    expect: bad('', /does not exist/),
  },
]
