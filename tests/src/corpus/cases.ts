/**
 * The bad-input corpus: broken copies of the shipped dataset, generated from it on
 * every run so they stay current. Each case says what must happen: `invalid` with a
 * problem in a given file whose message matches, or `valid` (what editors write and
 * the loader must accept).
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export type Files = Map<string, string>

export interface CorpusCase {
  readonly name: string
  /** Returns the dataset folder's files, or a special folder state. */
  readonly make: (shipped: Files) => Files | 'empty-dir' | 'no-dir'
  /** What a Map of texts cannot say: links, bytes that are not UTF-8 (run on the folder). */
  readonly after?: (dir: string) => void
  readonly expect:
    | { readonly valid: true }
    | {
        readonly valid: false
        readonly file?: string
        /** Matched against the Korean message (the default language of `data:check`). */
        readonly message: RegExp
        readonly path?: string
        /**
         * Valid data that an output cannot show: the loader accepts it, `data:check` (which
         * runs the outputs' checks) and so `pnpm build` refuse it.
         */
        readonly cliOnly?: boolean
        /** The item as printed, e.g. `fig-us-lead-years › value`. */
        readonly item?: string | RegExp
        /** The problem is on the line of the case's file that holds this text. */
        readonly lineOf?: string
        /** The whole report has exactly this many problems (one per mistake). */
        readonly count?: number
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

const bad = (
  file: string,
  message: RegExp,
  path?: string,
  more: { item?: string | RegExp; lineOf?: string; count?: number; cliOnly?: boolean } = {},
) => ({ valid: false, file, message, ...(path ? { path } : {}), ...more }) as const

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
    expect: bad(
      'timeline.yaml',
      /^들여쓰기에 탭\(tab\)이 있습니다 — 스페이스로 바꾸세요$/,
      undefined,
      {
        lineOf: '\ttitle:',
        count: 1,
      },
    ),
  },
  {
    name: 'bad indentation',
    make: edit('comparison.yaml', /\n {8}dimension:/, '\n          dimension:'),
    expect: bad('comparison.yaml', /^들여쓰기\(indentation\)가 맞지 않습니다/, undefined, {
      item: /^cmp-[a-z0-9-]+ › dimension$/,
      lineOf: '          dimension:',
      count: 1,
    }),
  },
  {
    name: 'unclosed double quote',
    make: edit('meta.yaml', /\ntitle: (.*)/, '\ntitle: "$1'),
    expect: bad('meta.yaml', /^따옴표\("\)가 닫히지 않았습니다/, undefined, {
      item: 'title',
      lineOf: 'title: "',
      count: 1,
    }),
  },
  {
    name: 'unclosed single quote',
    make: edit('quotes.yaml', /\n {4}speaker: /, "\n    speaker: 'x "),
    expect: bad('quotes.yaml', /^따옴표\('\)가 닫히지 않았습니다/, undefined, {
      lineOf: "speaker: 'x",
      count: 1,
    }),
  },
  {
    name: 'duplicate key',
    make: edit('meta.yaml', /\nedition: (\d+)/, '\nedition: $1\nedition: 2'),
    expect: bad(
      'meta.yaml',
      /^같은 키\(key\) "edition"이\(가\) 두 번 나옵니다 \(처음은 \d+행\) — 하나만 남기세요$/,
      undefined,
      { lineOf: 'edition: 2', count: 1 },
    ),
  },
  {
    name: 'unclosed flow list',
    make: edit('figures.yaml', /\n {4}sources:\n {6}- ([a-z0-9-]+)/, '\n    sources: [$1\n'),
    expect: bad('figures.yaml', /^괄호\(\[\)가 닫히지 않았습니다/, undefined, { count: 1 }),
  },
  {
    name: 'two documents in one file',
    make: set('quotes.yaml', (t) => `${t}\n---\nquotes: []\n`),
    expect: bad('quotes.yaml', /^한 파일에 문서가 둘 있습니다/),
  },
  {
    name: 'alias bomb',
    make: set(
      'background.yaml',
      () =>
        `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
    ),
    expect: bad('background.yaml', /^별칭\(alias, \*이름\)이 너무 많이 펼쳐집니다/),
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
    expect: bad('background.yaml', /U\+FFFD, \d+번째\)는 내장 글꼴 \S+에 없습니다/),
  },
  // Wrong types
  {
    name: 'text where a number belongs',
    make: edit('meta.yaml', /\nedition: \d+/, '\nedition: 첫째'),
    expect: bad('meta.yaml', /^숫자가 필요합니다: "첫째"$/, 'edition', { item: 'edition' }),
  },
  {
    name: 'figure value with words',
    make: edit('figures.yaml', /\n {4}value: \d+/, '\n    value: 약 2'),
    expect: bad('figures.yaml', /^숫자가 필요합니다: "약 2" → 2$/, 'figures[0].value', {
      item: 'fig-us-plan-pages › value',
    }),
  },
  {
    name: 'sources as a string, not a list',
    make: edit(
      'quotes.yaml',
      /\n {4}sources:\n {6}- ([a-z0-9-]+)(\n {6}- [a-z0-9-]+)*/,
      '\n    sources: $1',
    ),
    expect: bad(
      'quotes.yaml',
      /^목록\("- "로 시작하는 줄들\)이 필요합니다 — 받은 값: "/,
      'quotes[0].sources',
    ),
  },
  {
    name: 'a list where a mapping belongs',
    make: set('meta.yaml', () => '- title: x\n'),
    expect: bad('meta.yaml', /^필드 묶음\(키: 값\)이 필요합니다 — 받은 값: 목록$/),
  },
  {
    name: 'empty required value',
    make: edit('meta.yaml', /\ntitle: .*/, '\ntitle:'),
    expect: bad('meta.yaml', /^글\(텍스트\)이 필요합니다 — 받은 값: 빈 값$/, 'title'),
  },
  // Missing things
  {
    name: 'missing required field',
    make: edit('judgments.yaml', /\n {4}statement: .*/, ''),
    expect: bad('judgments.yaml', /^필수 필드 "statement"이\(가\) 없습니다/, 'keyJudgments[0]', {
      item: /^kj-[a-z0-9-]+$/,
    }),
  },
  {
    name: 'missing file',
    make: without('quotes.yaml'),
    expect: bad('quotes.yaml', /^파일이 없습니다 — 모든 데이터에 quotes\.yaml이\(가\) 필요합니다$/),
  },
  {
    name: 'empty file',
    make: set('outlook.yaml', () => ''),
    expect: bad('outlook.yaml', /^파일이 비어 있습니다/),
  },
  // Unknown things
  {
    name: 'typo in a key',
    make: edit('timeline.yaml', /\n {4}detail:/, '\n    detial:'),
    expect: bad(
      'timeline.yaml',
      /^알 수 없는 필드 "detial" — "detail"을\(를\) 뜻하셨나요\?$/,
      'events[0].detial',
      // One mistake, one problem: not also "missing required field detail".
      { count: 1 },
    ),
  },
  {
    name: 'unknown top-level key',
    make: set('figures.yaml', (t) => `${t}\nextra: 1\n`),
    expect: bad('figures.yaml', /^알 수 없는 필드 "extra"/, 'extra'),
  },
  {
    name: 'misnamed file',
    make: (s) => {
      const f = without('timeline.yaml')(s)
      f.set('timline.yaml', s.get('timeline.yaml') as string)
      return f
    },
    expect: bad('timline.yaml', /^데이터 파일이 아닙니다 — "timeline\.yaml"을\(를\) 뜻하셨나요\?$/),
  },
  // Ids and references
  {
    name: 'unknown source id',
    make: edit('figures.yaml', /\n {6}- src-([a-z0-9-]+)/, '\n      - src-nowhere-$1'),
    expect: bad('figures.yaml', /^알 수 없는 출처 "src-nowhere-/),
  },
  {
    // Edition 1 had the 2028 national-cloud target as a figure and again as a planned
    // event; the figure stays, so a year-only event with the figure's year and source
    // is the same fact written twice.
    name: 'a year figure written again as a timeline event',
    make: set(
      'timeline.yaml',
      (text) =>
        `${text.trimEnd()}\n\n  - id: ev-cloud-again\n    date: "2028"\n    title: 국가 클라우드 목표\n    country: china\n    planned: true\n    sources:\n      - src-kmib-ai-cold-war-2025\n`,
    ),
    expect: bad(
      'timeline.yaml',
      /^같은 사실을 두 번 적었습니다: 사건 "ev-cloud-again"의 날짜 2028년은 수치 "fig-national-cloud-year"\(\S*figures\.yaml:\d+\)의 값입니다/,
      'events[14].date',
    ),
  },
  {
    name: 'duplicate id within a file',
    make: edit(
      'timeline.yaml',
      /(\n {2}- id: (ev-[a-z0-9-]+)[\s\S]*?\n {2}- id: )ev-[a-z0-9-]+/,
      '$1$2',
    ),
    expect: bad(
      'timeline.yaml',
      /^중복된 id "ev-[a-z0-9-]+" — 이미 \S+timeline\.yaml:\d+에서 썼습니다$/,
    ),
  },
  {
    name: 'duplicate id across files',
    make: edit('quotes.yaml', /\n {2}- id: q-[a-z0-9-]+/, '\n  - id: kj-us-frontier-lead'),
    expect: bad(
      'judgments.yaml',
      /^중복된 id "kj-us-frontier-lead" — 이미 \S*quotes\.yaml:\d+에서 썼습니다$/,
    ),
  },
  {
    name: 'support that points nowhere',
    make: edit('judgments.yaml', /\n {6}- cmp-[a-z0-9-]+/, '\n      - cmp-does-not-exist'),
    expect: bad('judgments.yaml', /^알 수 없는 근거 항목 "cmp-does-not-exist"/),
  },
  {
    name: 'via to a source that is not a seed',
    make: edit('sources.yaml', /\n {4}via: [a-z0-9-]+/, '\n    via: src-mcguire-remark'),
    expect: bad('sources.yaml', /^알 수 없는 원자료\(seed\) 출처 "src-mcguire-remark"/),
  },
  {
    name: 'a source nobody cites',
    make: set(
      'sources.yaml',
      (t) =>
        `${t}\n  - id: src-orphan\n    kind: blog\n    title: 인용되지 않는 글\n    date: "2025"\n`,
    ),
    expect: bad(
      'sources.yaml',
      /^출처 "src-orphan"이\(가\) 어디서도 인용되지 않습니다/,
      undefined,
      {
        item: 'src-orphan › id',
      },
    ),
  },
  {
    name: 'id not in kebab-case',
    make: edit('figures.yaml', /\n {2}- id: fig-/, '\n  - id: Fig_'),
    expect: bad('figures.yaml', /^id는 영문 소문자·숫자·하이픈\(kebab-case\)으로 씁니다: "Fig_/),
  },
  // Dates
  {
    name: 'impossible date',
    make: edit('timeline.yaml', /date: "\d{4}-\d{2}-\d{2}"/, 'date: "2025-02-30"'),
    expect: bad('timeline.yaml', /^달력에 없는 날짜입니다: "2025-02-30"/),
  },
  {
    name: 'badly formatted date',
    make: edit('timeline.yaml', /date: "\d{4}-\d{2}-\d{2}"/, 'date: "2025/11/10"'),
    expect: bad(
      'timeline.yaml',
      /^날짜 형식이 아닙니다: "2025\/11\/10" → "2025-11-10" \(쓸 수 있는 형식/,
    ),
  },
  {
    name: 'month 13',
    make: edit('sources.yaml', /date: "(\d{4})-\d{2}"/, 'date: "$1-13"'),
    expect: bad('sources.yaml', /^달력에 없는 날짜입니다: "\d{4}-13"/),
  },
  {
    name: 'as-of date before the newest event',
    make: edit('meta.yaml', /\nasOf: .*/, '\nasOf: "2025-01-01"'),
    expect: bad('timeline.yaml', /^사건 날짜 \S+ 기준일\(asOf\) 2025-01-01보다 뒤입니다/),
  },
  {
    name: 'inferred date without its basis',
    make: edit('timeline.yaml', /\n {4}dateBasis: >-\n(?: {6}.*\n)+/, '\n'),
    expect: bad('timeline.yaml', /^추정한 날짜\(dateInferred: true\)에는 dateBasis가 필요합니다/),
  },
  // Empty sections, unsupported claims
  {
    name: 'empty section',
    make: set('timeline.yaml', () => 'events: []\n'),
    expect: bad('timeline.yaml', /^목록이 비어 있거나 짧습니다 — 최소 1개가 필요합니다$/, 'events'),
  },
  {
    name: 'judgment without support',
    make: edit('judgments.yaml', /\n {4}support:\n(?: {6}- .*\n)+/, '\n    support: []\n'),
    expect: bad('judgments.yaml', /^판단에는 근거\(support\)가 필요합니다/),
  },
  {
    name: 'claim without a source',
    make: edit('figures.yaml', /\n {4}sources:\n(?: {6}- .*\n)+/, '\n    sources: []\n'),
    expect: bad('figures.yaml', /^모든 주장에는 출처가 하나 이상 필요합니다/),
  },
  // Out of range
  {
    name: 'negative figure',
    make: edit('figures.yaml', /\n {4}value: \d+/, '\n    value: -5'),
    expect: bad('figures.yaml', /^-5: 너무 작습니다 — 0 이상이어야 합니다$/, 'figures[0].value'),
  },
  {
    name: 'edition zero',
    make: edit('meta.yaml', /\nedition: \d+/, '\nedition: 0'),
    expect: bad('meta.yaml', /^0: 너무 작습니다 — 1 이상이어야 합니다$/, 'edition'),
  },
  {
    name: 'range upper end below lower end',
    make: edit('figures.yaml', /\n {4}value: (\d+)\n/, '\n    value: $1\n    valueTo: 0\n'),
    expect: bad('figures.yaml', /^valueTo\(범위의 끝\)가 value보다 작습니다/),
  },
  {
    name: 'likelihood word not on the scale',
    make: edit('judgments.yaml', /likelihood: [a-z-]+/, 'likelihood: probable'),
    expect: bad(
      'judgments.yaml',
      /^"probable"은\(는\) 쓸 수 없는 값입니다 — 다음 중 하나: almost-no-chance/,
    ),
  },
  // Characters the fonts lack, control characters
  {
    name: 'emoji',
    make: edit('background.yaml', /\n {4}heading: /, '\n    heading: 🚀 '),
    expect: bad('background.yaml', /^글자 "🚀"\(U\+1F680, \d+번째\)는 내장 글꼴/),
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
    expect: bad('meta.yaml', /^제어 문자\(control character\) U\+0008이 \d+번째 글자에 있습니다/),
  },
  // Size
  {
    name: 'a 5 MB string',
    make: edit(
      'background.yaml',
      /\n {4}heading: .*/,
      `\n    heading: ${'가'.repeat((5 * 1024 * 1024) / 3)}`,
    ),
    expect: bad('background.yaml', /^파일이 너무 큽니다: 5\.0 MB — 파일 하나는 최대 1\.0 MB까지/),
  },
  {
    name: '2,000 comparison rows',
    make: edit('comparison.yaml', /\n {4}rows:\n/, `\n    rows:\n${rows(2000)}`),
    expect: bad('comparison.yaml', /^목록이 너무 깁니다: 2,0\d\d개 — 브리핑에는 최대 30개까지/),
  },
  {
    name: 'deeply nested junk',
    make: set('figures.yaml', (t) => `${t}junk: ${'['.repeat(2000)}${']'.repeat(2000)}\n`),
    expect: bad('figures.yaml', /^괄호\(\[ \]나 \{ \}\)가 너무 깊게 겹쳐 있습니다/),
  },
  {
    name: 'a javascript: link',
    make: edit('sources.yaml', /url: "?https?:[^\s"]+"?/, 'url: "javascript:alert(1)"'),
    expect: bad('sources.yaml', /^주소\(url\)는 http:\/\/ 또는 https:\/\/로 시작해야 합니다$/),
  },
  // Round two (#11 §4, #15 C, D, G, I, minor): one plain Korean message per mistake
  {
    name: 'a key one space too deep (the parser blames the line above)',
    make: edit('figures.yaml', /\n {4}unit: /, '\n     unit: '),
    expect: bad(
      'figures.yaml',
      /^들여쓰기\(indentation\)가 맞지 않습니다 — .*\(이 자리는 4칸\)$/,
      undefined,
      {
        item: 'fig-us-plan-pages › unit',
        lineOf: '     unit:',
        count: 1,
      },
    ),
  },
  {
    name: 'a key one space too shallow',
    make: edit('figures.yaml', /\n {4}unit: /, '\n   unit: '),
    expect: bad('figures.yaml', /^들여쓰기\(indentation\)가 맞지 않습니다/, undefined, {
      lineOf: '   unit:',
      count: 1,
    }),
  },
  {
    name: 'no space after the colon (value:23)',
    make: edit('figures.yaml', /\n {4}value: (\d+)/, '\n    value:$1'),
    expect: bad(
      'figures.yaml',
      /^콜론\(:\) 뒤에 빈칸이 필요합니다: "value:\d+" → "value: \d+"$/,
      undefined,
      {
        item: 'fig-us-plan-pages › value',
        lineOf: 'value:2',
        count: 1,
      },
    ),
  },
  {
    name: 'a full-width colon',
    make: edit('meta.yaml', /\nsubtitle: /, '\nsubtitle： '),
    expect: bad('meta.yaml', /^전각 콜론\(：\)을 썼습니다/, undefined, {
      lineOf: 'subtitle：',
      count: 1,
    }),
  },
  {
    name: 'a colon and a space inside a plain value',
    make: edit('meta.yaml', /\nsubtitle: /, '\nsubtitle: 부제: '),
    expect: bad(
      'meta.yaml',
      /^값 안에 콜론과 빈칸\(": "\)이 있습니다 — 값 전체를 큰따옴표/,
      undefined,
      {
        lineOf: 'subtitle: 부제:',
        count: 1,
      },
    ),
  },
  {
    name: 'keys that are not text point at their own lines',
    make: edit('meta.yaml', /\nissuer: /, '\n12: 숫자 키\n[a, b]: 목록 키\nissuer: '),
    expect: bad('meta.yaml', /^키\(key\)는 영문 이름이어야 합니다: "\[a, b\]"/, undefined, {
      lineOf: '[a, b]:',
      count: 2,
    }),
  },
  {
    name: 'a number with thousands commas',
    make: edit('figures.yaml', /\n {4}value: \d+/, '\n    value: "1,000,000"'),
    expect: bad(
      'figures.yaml',
      /^숫자가 필요합니다: "1,000,000" → 쉼표 없이 1000000으로$/,
      'figures[0].value',
      {
        count: 1,
      },
    ),
  },
  {
    name: 'the unit typed into the number',
    make: edit('figures.yaml', /(id: fig-us-lead-years\n {4}value: )2/, '$12년'),
    expect: bad('figures.yaml', /^숫자가 필요합니다: "2년" → 2 \(단위는 unit에\)$/, undefined, {
      item: 'fig-us-lead-years › value',
      lineOf: 'value: 2년',
      count: 1,
    }),
  },
  {
    name: 'a date written in Korean',
    make: edit('figures.yaml', /date: "2025-07"/, 'date: 2025년 7월'),
    expect: bad(
      'figures.yaml',
      /^날짜 형식이 아닙니다: "2025년 7월" → "2025-07" \(쓸 수 있는 형식: 2025-07-15, 2025-07, 2025-spring, 2025\)$/,
      undefined,
      { item: 'fig-us-plan-pages › date', count: 1 },
    ),
  },
  {
    name: 'a typo in an id in sources.yaml itself: one problem, at that id',
    make: edit('sources.yaml', /id: src-us-ai-plan-2025\n/, 'id: src-us-ai-plan-2025x\n'),
    expect: bad(
      'sources.yaml',
      /^id "src-us-ai-plan-2025x"은\(는\) 어디서도 쓰이지 않고, 없는 id "src-us-ai-plan-2025"가 \d+곳에서 쓰입니다 — 이 id를 "src-us-ai-plan-2025"로 고치세요$/,
      undefined,
      { item: 'src-us-ai-plan-2025x › id', lineOf: 'src-us-ai-plan-2025x', count: 1 },
    ),
  },
  {
    name: 'terminal escapes in the data are shown, not obeyed',
    make: edit(
      'meta.yaml',
      /\nsubtitle: .*/,
      '\nsubtitle: "\\e[2J\\e[31mALL DATA VALID\\e]0;pwned\\a"',
    ),
    expect: bad(
      'meta.yaml',
      /^제어 문자\(control character\) U\+001B이\(가\) 1번째 글자에 있습니다/,
      'subtitle',
    ),
  },
  {
    name: "a dangling link .#meta.yaml (Emacs' unsaved-edits lock)",
    make: (s) => s,
    after: (dir) => symlinkSync('analyst@desk.4242:1764000000', join(dir, '.#meta.yaml')),
    expect: bad('.#meta.yaml', /^편집기 잠금 파일\(Emacs lock, \.#…\)입니다/, undefined, {
      count: 1,
    }),
  },
  {
    name: 'a link that loops (unreadable)',
    make: (s) => s,
    after: (dir) => symlinkSync('loop.yaml', join(dir, 'loop.yaml')),
    expect: bad(
      'loop.yaml',
      /^파일을 읽을 수 없습니다\(ELOOP\) — 파일 권한을 확인하세요$/,
      undefined,
      {
        count: 1,
      },
    ),
  },
  {
    name: '50 MB of data: refused before parsing',
    make: (s) => s,
    after: (dir) =>
      writeFileSync(join(dir, 'timeline.yaml'), Buffer.alloc(50 * 1024 * 1024, '# 주석\n')),
    expect: bad(
      'timeline.yaml',
      /^파일이 너무 큽니다: 50\.0 MB — 파일 하나는 최대 1\.0 MB까지 \(읽기 전에 멈췄습니다\)$/,
      undefined,
      {
        count: 1,
      },
    ),
  },
  {
    name: '999 change-log entries',
    make: edit(
      'meta.yaml',
      /\nchanges:\n/,
      `\nchanges:\n${'  - edition: 1\n    date: "2026-04-16"\n    summary: 변경\n'.repeat(998)}`,
    ),
    expect: bad('meta.yaml', /^목록이 너무 깁니다: 999개 — 브리핑에는 최대 100개까지/, 'changes'),
  },
  {
    name: '70,000 keywords',
    make: edit('meta.yaml', /\nkeywords:\n/, `\nkeywords:\n${'  - 낱말\n'.repeat(69_993)}`),
    expect: bad(
      'meta.yaml',
      /^목록이 너무 깁니다: 70,000개 — 브리핑에는 최대 30개까지/,
      'keywords',
    ),
  },
  {
    name: '-0 as a figure',
    make: edit('figures.yaml', /\n {4}value: \d+/, '\n    value: -0'),
    expect: bad('figures.yaml', /^-0은 쓸 수 없습니다 — 0으로 쓰세요$/, 'figures[0].value'),
  },
  {
    name: 'a year figure 2027.5',
    make: edit('figures.yaml', /\n {4}value: \d+\n/, '\n    value: 2027.5\n    isYear: true\n'),
    expect: bad(
      'figures.yaml',
      /^연도\(isYear: true\)는 1900~2200 사이의 정수여야 합니다: 2027\.5$/,
      'figures[0].value',
    ),
  },
  {
    name: 'a date in the year 0024',
    make: edit('timeline.yaml', /date: "\d{4}-(\d{2}-\d{2})"/, 'date: "0024-$1"'),
    expect: bad(
      'timeline.yaml',
      /^연도가 범위 밖입니다: "0024-\d\d-\d\d" — 1900~2200년만 씁니다$/,
      undefined,
      {
        count: 1,
      },
    ),
  },
  {
    name: 'text of invisible characters only',
    make: edit('meta.yaml', /\nissuer: .*/, '\nissuer: "\\u200B\\u2060\\uFEFF\\u3164"'),
    expect: bad(
      'meta.yaml',
      /^비어 있습니다 — 내용을 쓰세요 \(보이지 않는 글자만 있어도 빈 것으로 봅니다\)$/,
      'issuer',
    ),
  },
  {
    name: 'a !!js/function tag',
    make: edit('meta.yaml', /\nsubtitle: /, '\nsubtitle: !!js/function '),
    expect: bad(
      'meta.yaml',
      /^알 수 없는 YAML 태그\(tag\) "!!js\/function"은\(는\) 쓸 수 없습니다/,
      undefined,
      {
        count: 1,
      },
    ),
  },
  {
    name: 'a custom tag',
    make: edit('meta.yaml', /\nsubtitle: /, '\nsubtitle: !custom '),
    expect: bad('meta.yaml', /^알 수 없는 YAML 태그\(tag\) "!custom"/, undefined, { count: 1 }),
  },
  {
    name: 'a UTF-16 file',
    make: (s) => s,
    after: (dir) => {
      const text = readFileSync(join(dir, 'quotes.yaml'), 'utf8')
      writeFileSync(
        join(dir, 'quotes.yaml'),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      )
    },
    expect: bad(
      'quotes.yaml',
      /^UTF-16으로 저장된 파일입니다 — 편집기에서 인코딩을 UTF-8로 바꿔 다시 저장하세요$/,
      undefined,
      {
        count: 1,
      },
    ),
  },
  {
    name: 'a tab before a list item',
    make: edit('figures.yaml', /\n {6}- src-/, '\n\t  - src-'),
    expect: bad('figures.yaml', /^들여쓰기에 탭\(tab\)이 있습니다/, undefined, {
      lineOf: '\t  - src-',
      count: 1,
    }),
  },
  {
    name: 'a list item one space out of line',
    make: edit('sources.yaml', /\n {2}- id: src-blog/, '\n   - id: src-blog'),
    expect: bad('sources.yaml', /^들여쓰기\(indentation\)가 맞지 않습니다/, undefined, {
      item: /^src-blog[a-z0-9-]*$/,
      lineOf: '   - id: src-blog',
      count: 1,
    }),
  },
  {
    name: 'the same key twice inside one item',
    make: edit('figures.yaml', /\n {4}unit: 쪽\n/, '\n    unit: 쪽\n    unit: 페이지\n'),
    expect: bad(
      'figures.yaml',
      /^같은 키\(key\) "unit"이\(가\) 두 번 나옵니다 \(처음은 \d+행\)/,
      undefined,
      {
        lineOf: 'unit: 페이지',
        count: 1,
      },
    ),
  },
  {
    name: 'an unclosed quote in a list item',
    make: edit('sources.yaml', /\n {4}title: "(.*)"\n/, '\n    title: "$1\n'),
    expect: bad('sources.yaml', /^따옴표\("\)가 닫히지 않았습니다/, undefined, { count: 1 }),
  },
  {
    name: 'a date written 2025.7.15',
    make: edit('timeline.yaml', /date: "\d{4}-\d{2}-\d{2}"/, 'date: "2025.7.15"'),
    expect: bad('timeline.yaml', /^날짜 형식이 아닙니다: "2025\.7\.15" → "2025-07-15"/, undefined, {
      count: 1,
    }),
  },
  {
    name: 'an id in camelCase',
    make: edit('figures.yaml', /id: fig-us-plan-pages\n/, 'id: figUsPlanPages\n'),
    expect: bad(
      'figures.yaml',
      /^id는 .*\(kebab-case\)으로 씁니다: "figUsPlanPages" → "fig-us-plan-pages"$/,
    ),
  },
  {
    name: 'yes/no written in Korean',
    make: edit('figures.yaml', /\n {4}key: true\n/, '\n    key: 예\n'),
    expect: bad('figures.yaml', /^true 또는 false이\(가\) 필요합니다 — 받은 값: "예"$/, undefined, {
      item: 'fig-us-plan-pages › key',
    }),
  },
  {
    // Valid for the schema, but no slide can hold it: data:check says so at the row, so
    // `pnpm build` never refuses what the check accepted (#15).
    name: 'an assessment too long for any deck slide',
    make: edit(
      'comparison.yaml',
      /assessment: 미국 우위\. 중국은 엔비디아 없이도 일부 성과 확보\n/,
      `assessment: ${'미국 우위가 이어지는 가운데 중국은 대체 칩으로 일부 성과를 거두고 있음. '.repeat(25)}\n`,
    ),
    expect: bad(
      'comparison.yaml',
      /덱 슬라이드 “comparison: .*”에 "AI 반도체"이\(가\) 들어가지 않습니다/,
      undefined,
      { item: 'cmp-ai-chips', lineOf: '- id: cmp-ai-chips', cliOnly: true },
    ),
  },
  // Whole folders
  { name: 'empty directory', make: () => 'empty-dir', expect: bad('', /^YAML 파일이 없습니다/) },
  {
    name: 'directory that does not exist',
    make: () => 'no-dir',
    expect: bad('', /^데이터 폴더가 없습니다/),
  },
]
