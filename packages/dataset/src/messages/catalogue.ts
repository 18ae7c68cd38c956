/**
 * Every message `data:check` can say, in Korean (the default: the analysts are Korean) and
 * English (`--lang en`). Checks never write prose: they return a key and its parameters
 * (`msg('ref.unknownSource', { ref, hint })`), and the edge renders it here. Adding a
 * message is one entry below; the parameter types follow from the entry.
 *
 * Style (Korean): what is wrong, then " — " and what to do. The English term in parentheses
 * where an analyst may meet it in an editor or a tutorial: 들여쓰기(indentation).
 */
import { josa } from './korean.ts'

export type Lang = 'ko' | 'en'
export const LANGS: readonly Lang[] = ['ko', 'en']

interface Entry<P> {
  readonly ko: (p: P) => string
  readonly en: (p: P) => string
}
type None = Record<string, never>
const entry = <P = None>(e: Entry<P>): Entry<P> => e

/** A value from the data, quoted and cut to a readable length. */
export function q(value: string | number): string {
  const text = String(value)
  return `"${text.length > 40 ? `${text.slice(0, 37)}…` : text}"`
}
const list = (items: readonly string[]): string => items.join(', ')
const n = (value: number): string => value.toLocaleString('en')
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Words for what a field expects, in both languages. */
export type Expected = 'text' | 'number' | 'boolean' | 'list' | 'mapping' | 'other'
const EXPECTED: Record<Expected, { ko: string; en: string }> = {
  text: { ko: '글(텍스트)', en: 'text' },
  number: { ko: '숫자', en: 'a number' },
  boolean: { ko: 'true 또는 false', en: 'true or false' },
  list: { ko: '목록("- "로 시작하는 줄들)', en: 'a list (lines starting with "- ")' },
  mapping: { ko: '필드 묶음(키: 값)', en: 'a mapping of fields (key: value)' },
  other: { ko: '다른 형식', en: 'another form' },
}

/** What the analyst wrote, described: `"23쪽"`, the number 3, an empty value, a list. */
export type Got =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'empty' | 'list' | 'mapping' | 'other' }
function got(g: Got, lang: Lang): string {
  switch (g.kind) {
    case 'text':
      return q(g.text)
    case 'number':
      return lang === 'ko' ? `숫자 ${g.value}` : `the number ${g.value}`
    case 'boolean':
      return String(g.value)
    case 'empty':
      return lang === 'ko' ? '빈 값' : 'an empty value'
    case 'list':
      return lang === 'ko' ? '목록' : 'a list'
    case 'mapping':
      return lang === 'ko' ? '필드 묶음' : 'a mapping'
    default:
      return lang === 'ko' ? '다른 값' : 'another value'
  }
}

/** What the data wrote a date about: the kind of item, for "as-of" messages. */
export type Dated = 'event' | 'source' | 'quote'
const DATED: Record<Dated, { ko: string; en: string }> = {
  event: { ko: '사건', en: 'event' },
  source: { ko: '출처', en: 'source' },
  quote: { ko: '인용', en: 'quote' },
}

/** What a reference points at. */
export type RefKind = 'source' | 'claim' | 'seed'
const REF: Record<RefKind, { ko: string; en: string }> = {
  source: { ko: '출처', en: 'source' },
  claim: { ko: '근거 항목', en: 'claim' },
  seed: { ko: '원자료(seed) 출처', en: 'seed source' },
}

/** What a deck.yaml evidence field names. */
export type DeckRef =
  | 'judgment'
  | 'figure'
  | 'group'
  | 'event'
  | 'quote'
  | 'disagreement'
  | 'implication'
  | 'action'
const DECK_REF: Record<DeckRef, { ko: string; en: string; file: string }> = {
  judgment: { ko: '핵심 판단', en: 'key judgment', file: 'judgments.yaml' },
  figure: { ko: '수치', en: 'figure', file: 'figures.yaml' },
  group: { ko: '비교 묶음', en: 'comparison group', file: 'comparison.yaml' },
  event: { ko: '사건', en: 'event', file: 'timeline.yaml' },
  quote: { ko: '발언', en: 'quote', file: 'quotes.yaml' },
  disagreement: { ko: '이견', en: 'disagreement', file: 'outlook.yaml' },
  implication: { ko: '시사점', en: 'implication', file: 'recommendations.yaml' },
  action: { ko: '제언(조치)', en: 'recommendation (action)', file: 'recommendations.yaml' },
}

const DATE_FORMS = '2025-07-15, 2025-07, 2025-spring, 2025'

export const CATALOGUE = {
  // ---- the folder and its files (read before parsing) ----
  'folder.missing': entry({
    ko: () => '데이터 폴더가 없습니다 — 경로를 확인하세요',
    en: () => 'dataset directory does not exist',
  }),
  'folder.notDirectory': entry({
    ko: () => '폴더가 아닙니다 — meta.yaml이 든 폴더를 주세요',
    en: () => 'not a directory; give the folder that holds meta.yaml',
  }),
  'folder.noYaml': entry({
    ko: () => 'YAML 파일이 없습니다 — 데이터 폴더에는 meta.yaml, sources.yaml 등이 있어야 합니다',
    en: () => 'no YAML files here; a dataset folder holds meta.yaml, sources.yaml, …',
  }),
  'folder.unreadable': entry<{ code: string }>({
    ko: (p) => `폴더를 읽을 수 없습니다(${p.code}) — 폴더 권한을 확인하세요`,
    en: (p) => `cannot read the folder (${p.code}); check its permissions`,
  }),
  'folder.tooLarge': entry<{ bytes: number; max: number }>({
    ko: (p) =>
      `데이터 전체가 너무 큽니다: ${mb(p.bytes)} — 최대 ${mb(p.max)}까지 (읽기 전에 멈췄습니다)`,
    en: (p) =>
      `the dataset is too large: ${mb(p.bytes)}; at most ${mb(p.max)} (stopped before reading)`,
  }),
  'file.unknown': entry<{ hint?: string; names: readonly string[] }>({
    ko: (p) =>
      p.hint
        ? `데이터 파일이 아닙니다 — ${josa(q(p.hint), '을')} 뜻하셨나요?`
        : `데이터 파일이 아닙니다 — 데이터 파일은 ${list(p.names)}입니다`,
    en: (p) =>
      p.hint
        ? `not a dataset file; did you mean ${q(p.hint)}?`
        : `not a dataset file; the dataset files are: ${list(p.names)}`,
  }),
  'file.missing': entry<{ name: string }>({
    ko: (p) => `파일이 없습니다 — 모든 데이터에 ${josa(p.name, '이')} 필요합니다`,
    en: (p) => `file is missing; every dataset needs ${p.name}`,
  }),
  'file.danglingLink': entry<{ lockFile: boolean }>({
    ko: (p) =>
      p.lockFile
        ? '편집기 잠금 파일(Emacs lock, .#…)입니다: 가리키는 파일이 없는 링크 — 편집 중인 파일을 저장하면 사라집니다'
        : '가리키는 파일이 없는 링크(symlink)입니다 — 링크를 고치거나 지우세요',
    en: (p) =>
      p.lockFile
        ? "an editor's lock file (Emacs, .#…): a link to nothing; save the file you are editing and it goes away"
        : 'a symbolic link to a file that does not exist; fix or delete the link',
  }),
  'file.unreadable': entry<{ code: string }>({
    ko: (p) => `파일을 읽을 수 없습니다(${p.code}) — 파일 권한을 확인하세요`,
    en: (p) => `cannot read the file (${p.code}); check its permissions`,
  }),
  'file.tooLarge': entry<{ bytes: number; max: number }>({
    ko: (p) =>
      `파일이 너무 큽니다: ${mb(p.bytes)} — 파일 하나는 최대 ${mb(p.max)}까지 (읽기 전에 멈췄습니다)`,
    en: (p) =>
      `the file is too large: ${mb(p.bytes)}; at most ${mb(p.max)} (stopped before reading)`,
  }),
  'file.utf16': entry({
    ko: () => 'UTF-16으로 저장된 파일입니다 — 편집기에서 인코딩을 UTF-8로 바꿔 다시 저장하세요',
    en: () => 'the file is saved as UTF-16; save it again as UTF-8',
  }),
  'file.empty': entry({
    ko: () => '파일이 비어 있습니다 — 필드 묶음(키: 값)이 필요합니다',
    en: () => 'the file is empty; expected a mapping of fields (key: value)',
  }),

  // ---- YAML slips: one plain message at the line of the slip ----
  'yaml.tab': entry({
    ko: () => '들여쓰기에 탭(tab)이 있습니다 — 스페이스로 바꾸세요',
    en: () => 'a tab is used for indentation; YAML needs spaces',
  }),
  'yaml.indent': entry<{ columns: readonly number[] }>({
    ko: (p) =>
      `들여쓰기(indentation)가 맞지 않습니다 — 같은 항목의 필드는 같은 칸에서 시작합니다${p.columns.length ? ` (이 자리는 ${p.columns.map((c) => `${c}칸`).join(' 또는 ')})` : ''}`,
    en: (p) =>
      `wrong indentation; the fields of one item start in the same column${p.columns.length ? ` (here: ${p.columns.map((c) => `${c} spaces`).join(' or ')})` : ''}`,
  }),
  'yaml.colonSpace': entry<{ written: string; fixed: string }>({
    ko: (p) => `콜론(:) 뒤에 빈칸이 필요합니다: ${q(p.written)} → ${q(p.fixed)}`,
    en: (p) => `a space is needed after the colon: ${q(p.written)} → ${q(p.fixed)}`,
  }),
  'yaml.fullWidthColon': entry({
    ko: () => '전각 콜론(：)을 썼습니다 — 반각 콜론(:)과 빈칸으로 바꾸세요',
    en: () => 'a full-width colon (：) is used; write a plain colon (:) and a space',
  }),
  'yaml.unclosedQuote': entry<{ quote: string }>({
    ko: (p) => `따옴표(${p.quote})가 닫히지 않았습니다 — 값 끝에 ${p.quote}를 넣으세요`,
    en: (p) => `the quote (${p.quote}) is not closed; put ${p.quote} at the end of the value`,
  }),
  'yaml.colonInValue': entry({
    ko: () => '값 안에 콜론과 빈칸(": ")이 있습니다 — 값 전체를 큰따옴표("…")로 감싸세요',
    en: () => 'the value holds a colon and a space (": "); put the whole value in double quotes',
  }),
  'yaml.unclosedBracket': entry<{ bracket: string }>({
    ko: (p) => `괄호(${p.bracket})가 닫히지 않았습니다 — 같은 줄에서 닫거나 "- " 목록으로 쓰세요`,
    en: (p) => `the bracket (${p.bracket}) is not closed; close it or write a "- " list`,
  }),
  'yaml.duplicateKey': entry<{ key: string; firstLine: number }>({
    ko: (p) =>
      `같은 키(key) ${josa(q(p.key), '이')} 두 번 나옵니다 (처음은 ${p.firstLine}행) — 하나만 남기세요`,
    en: (p) => `the same key ${q(p.key)} appears twice (first at line ${p.firstLine}); keep one`,
  }),
  'yaml.keyNotText': entry<{ key: string }>({
    ko: (p) => `키(key)는 영문 이름이어야 합니다: ${q(p.key)} — 필드 이름을 쓰세요`,
    en: (p) => `a key must be a field name: ${q(p.key)}`,
  }),
  'yaml.unknownTag': entry<{ tag: string }>({
    ko: (p) => `알 수 없는 YAML 태그(tag) ${josa(q(p.tag), '은')} 쓸 수 없습니다 — 태그를 지우세요`,
    en: (p) => `unknown YAML tag ${q(p.tag)}; delete it`,
  }),
  'yaml.twoDocuments': entry({
    ko: () => '한 파일에 문서가 둘 있습니다("---" 줄) — 하나로 합치세요',
    en: () => 'two documents in one file (a "---" line); keep one',
  }),
  'yaml.aliases': entry({
    ko: () => '별칭(alias, *이름)이 너무 많이 펼쳐집니다 — 별칭 없이 값을 그대로 쓰세요',
    en: () => 'aliases (*name) expand too much; write the values out',
  }),
  'yaml.tooDeep': entry({
    ko: () => '괄호([ ]나 { })가 너무 깊게 겹쳐 있습니다 — 겹침을 줄이세요',
    en: () => 'brackets ([ ] or { }) are nested too deeply',
  }),
  'yaml.syntax': entry<{ detail: string }>({
    ko: () => 'YAML 문법 오류(syntax error) — 이 줄의 들여쓰기·따옴표·콜론을 윗줄과 비교해 보세요',
    en: (p) => `YAML syntax: ${p.detail}`,
  }),

  // ---- the schema: types, fields, allowed values, ranges ----
  'type.expected': entry<{ expected: Expected; got: Got }>({
    ko: (p) => `${josa(EXPECTED[p.expected].ko, '이')} 필요합니다 — 받은 값: ${got(p.got, 'ko')}`,
    en: (p) => `expected ${EXPECTED[p.expected].en}, got ${got(p.got, 'en')}`,
  }),
  'number.expected': entry<{ got: string; number?: string; unit?: string; commas?: boolean }>({
    ko: (p) =>
      p.number === undefined
        ? `숫자가 필요합니다: ${q(p.got)}`
        : p.commas
          ? `숫자가 필요합니다: ${q(p.got)} → 쉼표 없이 ${josa(p.number, '으로')}`
          : `숫자가 필요합니다: ${q(p.got)} → ${p.number}${p.unit ? ' (단위는 unit에)' : ''}`,
    en: (p) =>
      p.number === undefined
        ? `expected a number, got ${q(p.got)}`
        : p.commas
          ? `expected a number, got ${q(p.got)}; write ${p.number}, without commas`
          : `expected a number, got ${q(p.got)}; write ${p.number}${p.unit ? ' (the unit goes in unit)' : ''}`,
  }),
  'field.missing': entry<{ field: string; expected: Expected }>({
    ko: (p) =>
      `필수 필드 ${josa(q(p.field), '이')} 없습니다 — "${p.field}: …" 줄을 추가하세요 (${EXPECTED[p.expected].ko})`,
    en: (p) => `missing required field ${q(p.field)} (${EXPECTED[p.expected].en})`,
  }),
  'field.unknown': entry<{ field: string; hint?: string; allowed: readonly string[] }>({
    ko: (p) =>
      p.hint
        ? `알 수 없는 필드 ${q(p.field)} — ${josa(q(p.hint), '을')} 뜻하셨나요?`
        : `알 수 없는 필드 ${q(p.field)} — 쓸 수 있는 필드: ${list(p.allowed)}`,
    en: (p) =>
      p.hint
        ? `unknown field ${q(p.field)}; did you mean ${q(p.hint)}?`
        : `unknown field ${q(p.field)}; allowed: ${list(p.allowed)}`,
  }),
  'value.notAllowed': entry<{ got: Got; options: readonly string[]; hint?: string }>({
    ko: (p) =>
      `${josa(got(p.got, 'ko'), '은')} 쓸 수 없는 값입니다 — 다음 중 하나: ${list(p.options)}${p.hint ? ` (${josa(q(p.hint), '을')} 뜻하셨나요?)` : ''}`,
    en: (p) =>
      `${got(p.got, 'en')} is not allowed; use one of: ${list(p.options)}${p.hint ? ` (did you mean ${q(p.hint)}?)` : ''}`,
  }),
  'text.empty': entry({
    ko: () => '비어 있습니다 — 내용을 쓰세요 (보이지 않는 글자만 있어도 빈 것으로 봅니다)',
    en: () => 'must not be empty (invisible characters alone count as empty)',
  }),
  'text.tooLong': entry<{ length: number; max: number }>({
    ko: (p) =>
      `글이 너무 깁니다: ${n(p.length)}자 — 슬라이드나 보고서 한 문단에는 최대 ${n(p.max)}자까지 들어갑니다`,
    en: (p) =>
      `text is ${n(p.length)} characters long; at most ${n(p.max)} fit a slide or a memo paragraph`,
  }),
  'list.tooShort': entry<{ min: number }>({
    ko: (p) => `목록이 비어 있거나 짧습니다 — 최소 ${p.min}개가 필요합니다`,
    en: (p) => `the list is too short; at least ${p.min} needed`,
  }),
  'list.tooLong': entry<{ count: number; max: number }>({
    ko: (p) =>
      `목록이 너무 깁니다: ${n(p.count)}개 — 브리핑에는 최대 ${n(p.max)}개까지 들어갑니다. 나누거나 나머지는 부록으로 옮기세요`,
    en: (p) =>
      `the list has ${n(p.count)} items; at most ${n(p.max)} fit a briefing; split it or move the rest to an annex`,
  }),
  'number.tooSmall': entry<{ min: number; got: number }>({
    ko: (p) => `${p.got}: 너무 작습니다 — ${p.min} 이상이어야 합니다`,
    en: (p) => `${p.got} is too small; it must be at least ${p.min}`,
  }),
  'number.tooBig': entry<{ max: number; got: number }>({
    ko: (p) => `${p.got}: 너무 큽니다 — ${n(p.max)} 이하여야 합니다`,
    en: (p) => `${p.got} is too large; it must be at most ${n(p.max)}`,
  }),
  'number.notInteger': entry<{ got: number }>({
    ko: (p) => `정수가 필요합니다: ${p.got} — 소수점 없이 쓰세요`,
    en: (p) => `expected a whole number, got ${p.got}`,
  }),
  'number.negativeZero': entry({
    ko: () => '-0은 쓸 수 없습니다 — 0으로 쓰세요',
    en: () => '-0 is not a value; write 0',
  }),
  'year.invalid': entry<{ got: number; min: number; max: number }>({
    ko: (p) => `연도(isYear: true)는 ${p.min}~${p.max} 사이의 정수여야 합니다: ${p.got}`,
    en: (p) =>
      `a year (isYear: true) must be a whole number from ${p.min} to ${p.max}, got ${p.got}`,
  }),
  'id.format': entry<{ got: string; suggestion?: string }>({
    ko: (p) =>
      `id는 영문 소문자·숫자·하이픈(kebab-case)으로 씁니다: ${q(p.got)}${p.suggestion ? ` → ${q(p.suggestion)}` : ''}`,
    en: (p) =>
      `id must be kebab-case (lowercase letters, digits and "-"): ${q(p.got)}${p.suggestion ? ` → ${q(p.suggestion)}` : ''}`,
  }),
  'date.format': entry<{ got: string; suggestion?: string }>({
    ko: (p) =>
      `날짜 형식이 아닙니다: ${q(p.got)}${p.suggestion ? ` → ${q(p.suggestion)}` : ''} (쓸 수 있는 형식: ${DATE_FORMS})`,
    en: (p) =>
      `not a date: ${q(p.got)}${p.suggestion ? ` → ${q(p.suggestion)}` : ''}; date must be YYYY-MM-DD, YYYY-MM, YYYY-spring|summer|autumn|winter or YYYY (${DATE_FORMS})`,
  }),
  'date.notReal': entry<{ got: string }>({
    ko: (p) => `달력에 없는 날짜입니다: ${q(p.got)} — 월(01~12)과 일을 확인하세요`,
    en: (p) => `no such calendar date: ${q(p.got)}`,
  }),
  'date.yearRange': entry<{ got: string; min: number; max: number }>({
    ko: (p) => `연도가 범위 밖입니다: ${q(p.got)} — ${p.min}~${p.max}년만 씁니다`,
    en: (p) => `the year of ${q(p.got)} is out of range; ${p.min} to ${p.max}`,
  }),
  'url.scheme': entry({
    ko: () => '주소(url)는 http:// 또는 https://로 시작해야 합니다',
    en: () => 'url must start with http:// or https://',
  }),
  'quote.tooLong': entry<{ max: number }>({
    ko: (p) => `인용문은 짧게: 최대 ${p.max}자까지`,
    en: (p) => `a quote should be short: at most ${p.max} characters`,
  }),
  'figure.rangeReversed': entry({
    ko: () => 'valueTo(범위의 끝)가 value보다 작습니다 — 두 값을 확인하세요',
    en: () => 'valueTo must not be smaller than value',
  }),
  'event.inferredNeedsBasis': entry({
    ko: () =>
      '추정한 날짜(dateInferred: true)에는 dateBasis가 필요합니다 — 근거 표현과 기준 문서의 날짜를 쓰세요',
    en: () => 'an inferred date needs dateBasis: the phrase and the document date it came from',
  }),
  'judgment.needsSupport': entry({
    ko: () => '판단에는 근거(support)가 필요합니다 — 비교 행·수치·사건·인용의 id를 쓰세요',
    en: () => 'a judgment needs support: ids of comparison rows, figures, events or quotes',
  }),
  'judgment.tooManyFront': entry({
    ko: () =>
      '메모 첫 장(front: true)에 올릴 핵심 판단은 4개까지입니다 — 나머지는 front를 지우세요',
    en: () => 'at most four key judgments may have front: true (the memo front page)',
  }),
  'meta.cutoffAfterAsOf': entry<{ cutoff: string; asOf: string }>({
    ko: (p) =>
      `자료 기준일(dataCutoff ${p.cutoff})이 발행일(asOf ${p.asOf})보다 늦습니다 — 자료 기준일은 발행일과 같거나 앞서야 합니다`,
    en: (p) => `dataCutoff ${p.cutoff} is after the issue date asOf ${p.asOf}`,
  }),
  'claim.needsSource': entry({
    ko: () => '모든 주장에는 출처가 하나 이상 필요합니다 — sources에 출처 id를 쓰세요',
    en: () => 'every claim needs at least one source id',
  }),
  'disagreement.needsTwo': entry({
    ko: () => '이견(disagreement)에는 입장이 둘 이상 필요합니다',
    en: () => 'a disagreement needs at least two positions',
  }),
  'schema.other': entry<{ detail: string }>({
    ko: (p) => `형식이 맞지 않습니다 (${p.detail})`,
    en: (p) => p.detail,
  }),

  // ---- characters ----
  'char.control': entry<{ codePoint: string; index: number }>({
    ko: (p) =>
      `제어 문자(control character) ${josa(p.codePoint, '이')} ${p.index}번째 글자에 있습니다 — 지우세요 (보이지 않고 배치를 깨뜨립니다)`,
    en: (p) =>
      `control character ${p.codePoint} at character ${p.index}; delete it (it is invisible and breaks layout)`,
  }),
  'char.notInFont': entry<{ char: string; codePoint: string; index: number; font: string }>({
    ko: (p) =>
      `글자 "${p.char}"(${p.codePoint}, ${p.index}번째)는 내장 글꼴 ${p.font}에 없습니다 — 바꿔 쓰세요 (이모지·한자·옛한글은 인쇄할 수 없습니다)`,
    en: (p) =>
      `character "${p.char}" (${p.codePoint}) at character ${p.index} is not in the embedded font ${p.font}; replace it (emoji, Hanja and old Hangul cannot be printed)`,
  }),

  // ---- across files: ids and references ----
  'id.duplicate': entry<{ id: string; see: string }>({
    ko: (p) => `중복된 id ${q(p.id)} — 이미 ${p.see}에서 썼습니다`,
    en: (p) => `duplicate id ${q(p.id)}; already used at ${p.see}`,
  }),
  'fact.writtenTwice': entry<{ id: string; figure: string; year: string; see: string }>({
    ko: (p) =>
      `같은 사실을 두 번 적었습니다: 사건 ${q(p.id)}의 날짜 ${p.year}년은 수치 ${q(p.figure)}(${p.see})의 값입니다 — 한쪽만 남기고, 글에서는 {${p.figure}}로 참조하세요`,
    en: (p) =>
      `the same fact is written twice: event ${q(p.id)} is dated ${p.year}, the value of figure ${q(p.figure)} (${p.see}); keep one and refer to it as {${p.figure}}`,
  }),
  'ref.unknown': entry<{ kind: RefKind; ref: string; hint?: string; known: readonly string[] }>({
    ko: (p) =>
      `알 수 없는 ${REF[p.kind].ko} ${q(p.ref)} — ${p.hint ? `${josa(q(p.hint), '을')} 뜻하셨나요?` : `있는 id: ${list(p.known)}`}`,
    en: (p) =>
      `unknown ${REF[p.kind].en} ${q(p.ref)}; ${p.hint ? `did you mean ${q(p.hint)}?` : `known: ${list(p.known)}`}`,
  }),
  'ref.sourceAsSupport': entry<{ ref: string }>({
    ko: (p) =>
      `${josa(q(p.ref), '은')} 출처입니다 — support에는 근거 항목(비교 행·수치·사건·인용·전략)을, 출처는 sources에 쓰세요`,
    en: (p) =>
      `${q(p.ref)} is a source; support names claims (rows, figures, events, quotes, pillars); put sources under "sources"`,
  }),
  'ref.mistypedId': entry<{ id: string; meant: string; uses: number }>({
    ko: (p) =>
      `id ${josa(q(p.id), '은')} 어디서도 쓰이지 않고, 없는 id ${josa(q(p.meant), '이')} ${p.uses}곳에서 쓰입니다 — 이 id를 ${josa(q(p.meant), '으로')} 고치세요`,
    en: (p) =>
      `id ${q(p.id)} is used nowhere, while the missing id ${q(p.meant)} is used ${p.uses} time(s); rename this id to ${q(p.meant)}`,
  }),
  'source.seedWithVia': entry({
    ko: () => '원자료(seed)는 직접 읽은 자료입니다 — "via"나 "seed: true" 중 하나를 지우세요',
    en: () => 'a seed is read directly; remove "via" or "seed: true"',
  }),
  'source.seedNeedsTitle': entry({
    ko: () => '직접 읽은 자료(seed)에는 자료에 인쇄된 제목(title)이 필요합니다',
    en: () => 'a seed needs its title as printed (title)',
  }),
  'source.mentionNeedsName': entry({
    ko: () =>
      '자료가 인용한 매체·인물에는 자료가 부르는 이름(name)이 필요합니다 — 예: name: 월스트리트저널(WSJ). 제목은 자료에 인쇄된 경우에만 씁니다',
    en: () =>
      'an outlet or person a seed cites needs the name the seed gives it (name); a title only when the seed prints one',
  }),
  'source.neverCited': entry<{ id: string }>({
    ko: (p) =>
      `출처 ${josa(q(p.id), '이')} 어디서도 인용되지 않습니다 — 주장에서 인용하거나 지우세요`,
    en: (p) => `source ${q(p.id)} is never cited; cite it from a claim or remove it`,
  }),
  'date.afterAsOf': entry<{ what: Dated; date: string; asOf: string; canPlan: boolean }>({
    ko: (p) =>
      `${DATED[p.what].ko} 날짜 ${josa(p.date, '이')} 기준일(asOf) ${p.asOf}보다 뒤입니다 — meta.yaml의 asOf를 옮기세요${p.canPlan ? ' (계획된 일이면 "planned: true")' : ''}`,
    en: (p) =>
      `${DATED[p.what].en} date ${p.date} is after the as-of date ${p.asOf} (meta.yaml asOf); move asOf forward${p.canPlan ? ' or mark the event "planned: true"' : ''}`,
  }),
  // The deck's dev server (pnpm dev) after an invalid save: its terminal line and panel.
  'dev.problemsHeading': entry({
    ko: () => '[briefing] 데이터에 문제가 있습니다',
    en: () => '[briefing] the dataset has problems',
  }),
  'dev.problemsCount': entry<{ count: number }>({
    ko: (p) => `데이터에 문제가 ${p.count}건 있습니다`,
    en: (p) => `the dataset has ${p.count} problem${p.count === 1 ? '' : 's'}`,
  }),
  'dev.problemsKept': entry<{ count: number }>({
    ko: (p) =>
      `데이터에 문제가 ${p.count}건 있습니다 — 슬라이드는 마지막으로 올바르던 내용을 보여 줍니다`,
    en: (p) =>
      `the dataset has ${p.count} problem${p.count === 1 ? '' : 's'}; the slides show the last valid content`,
  }),
  'dev.keptLastGood': entry({
    ko: () =>
      '슬라이드는 마지막으로 올바르던 내용을 보여 줍니다. 파일을 고쳐 저장하면 이 창은 저절로 닫힙니다.',
    en: () =>
      'The slides show the last valid content. Fix the file and save; this panel closes by itself.',
  }),
  // The deck's fit check (decks/briefing/src/plan/outputCheck.ts), run by data:check.
  'deck.itemTooTall': entry<{ slide: string; item: string; need: number; have: number }>({
    ko: (p) =>
      `덱 슬라이드 “${p.slide}”에 ${q(p.item)}이(가) 들어가지 않습니다(높이 약 ${p.need}px, 슬라이드 ${p.have}px) — 데이터의 글을 줄이세요`,
    en: (p) =>
      `deck slide "${p.slide}": ${q(p.item)} needs about ${p.need} px but a slide has ${p.have} px; shorten its text in the dataset`,
  }),
  'deck.chartTooSmall': entry<{ slide: string; rows: number; max: number }>({
    ko: (p) =>
      `덱 슬라이드 “${p.slide}”의 비교 묶음은 항목이 ${p.rows}개여서 발표용 글자 크기(24px)로는 그릴 수 없습니다(${p.max}개까지) — deck.yaml에서 항목이 적은 묶음을 고르거나 근거를 figures로 바꾸세요`,
    en: (p) =>
      `deck slide "${p.slide}": its comparison group has ${p.rows} rows, too many to draw at the talk's 24 px (at most ${p.max}); pick a smaller group in deck.yaml or show figures instead`,
  }),
  'deck.overviewTooTall': entry<{ slide: string; actor: string }>({
    ko: (p) =>
      `덱 슬라이드 “${p.slide}”에 ${p.actor} 전략 개요가 한 장에 들어가지 않습니다 — 개요(overview)를 줄이세요`,
    en: (p) =>
      `deck slide "${p.slide}": the overview of ${p.actor} does not fit one slide; shorten it`,
  }),
  'deck.pillarsTooTall': entry<{ slide: string; pillars: readonly string[] }>({
    ko: (p) =>
      `덱 슬라이드 “${p.slide}”에 전략 축 ${list(p.pillars.map((t) => q(t)))}이(가) 한 장에 들어가지 않습니다 — 제목을 줄이세요`,
    en: (p) =>
      `deck slide "${p.slide}": pillars ${list(p.pillars.map((t) => q(t)))} do not fit one slide; shorten their titles`,
  }),
  'deck.cardRowTooTall': entry<{ slide: string; need: number }>({
    ko: (p) =>
      `덱 슬라이드 “${p.slide}”의 수치 카드 한 줄이 너무 큽니다(약 ${p.need}px) — 이름(label)이나 단위를 줄이세요`,
    en: (p) =>
      `deck slide "${p.slide}": a row of figure cards needs ${p.need} px; shorten labels or units`,
  }),
  'deck.chartRowTooTall': entry<{ slide: string }>({
    ko: (p) =>
      `덱 슬라이드 “${p.slide}”에 차트의 한 줄이 들어가지 않습니다 — 비교 항목(dimension) 이름을 줄이세요`,
    en: (p) => `deck slide "${p.slide}": a chart row does not fit one slide; shorten the dimension`,
  }),
  // Actors (meta.yaml `actors`): who the briefing compares.
  'actor.reservedId': entry({
    ko: () =>
      '주체 id로 쓸 수 없는 말입니다(contested, both, other, korea는 다른 뜻으로 쓰임) — 다른 id를 쓰세요',
    en: () => 'an actor id must not be contested, both, other or korea; choose another id',
  }),
  'actor.fieldNameId': entry({
    ko: () =>
      '주체 id가 비교 행·전망의 필드 이름(id, dimension, assessment, leader, sources, label, fromYear, toYear, summary)과 같습니다 — 다른 id를 쓰세요',
    en: () =>
      'an actor id must not be a field name of a comparison row or horizon (id, dimension, assessment, leader, sources, label, fromYear, toYear, summary)',
  }),
  'actor.colourFormat': entry({
    ko: () => '색은 #rrggbb 형식의 소문자 16진수로 씁니다 — 예: "#1f3a5f"',
    en: () => 'colour must be #rrggbb in lowercase hex, e.g. "#1f3a5f"',
  }),
  'actors.tooFew': entry({
    ko: () => '비교하는 주체(actors)가 둘 이상이어야 합니다',
    en: () => 'a briefing compares at least two actors',
  }),
  'actors.tooMany': entry({
    ko: () => '주체(actors)는 셋까지입니다 — 표와 차트에 그 이상은 들어가지 않습니다',
    en: () => 'at most 3 actors fit the tables and the chart',
  }),
  'actors.duplicateId': entry({
    ko: () => '주체마다 id가 달라야 합니다',
    en: () => 'each actor needs its own id',
  }),
  'actors.duplicateColour': entry({
    ko: () => '주체마다 색(colour)이 달라야 합니다',
    en: () => 'each actor needs its own colour',
  }),
  'actors.duplicateMarker': entry({
    ko: () => '주체마다 표지 모양(marker)이 달라야 합니다 — 흑백 인쇄에서도 구분되도록',
    en: () => 'each actor needs its own marker shape, so the chart reads in black and white',
  }),
  // The talk (deck.yaml, validate/deck.ts).
  'deck.unknownRef': entry<{ kind: DeckRef; ref: string; hint?: string }>({
    ko: (p) =>
      `알 수 없는 ${DECK_REF[p.kind].ko} ${q(p.ref)} — ${
        p.hint
          ? `${josa(q(p.hint), '을')} 뜻하셨나요?`
          : `${DECK_REF[p.kind].file}에 있는 id를 씁니다`
      }`,
    en: (p) =>
      `unknown ${DECK_REF[p.kind].en} ${q(p.ref)}; ${p.hint ? `did you mean ${q(p.hint)}?` : `use an id from ${DECK_REF[p.kind].file}`}`,
  }),
  'deck.evidenceNeeds': entry<{ kind: string; field: string }>({
    ko: (p) =>
      `근거 종류 ${q(p.kind)}에는 ${p.field} 필드가 필요합니다 — 보여 줄 항목의 id를 적으세요`,
    en: (p) => `evidence of kind ${q(p.kind)} needs the field ${p.field}: the id of what to show`,
  }),
  'deck.tooMany': entry<{ what: DeckRef; count: number; max: number }>({
    ko: (p) =>
      `한 슬라이드에 ${DECK_REF[p.what].ko} ${p.count}개는 많습니다 — 최대 ${p.max}개, 나머지는 부록에 있습니다`,
    en: (p) =>
      `${p.count} ${DECK_REF[p.what].en}s on one slide is too many; at most ${p.max}, the rest are in the appendix`,
  }),
  'deck.noSuchPosition': entry<{ position: number; count: number }>({
    ko: (p) => `이견에 ${p.position}번째 입장이 없습니다 — 1부터 ${p.count} 사이의 번호를 씁니다`,
    en: (p) => `the disagreement has no position ${p.position}; use 1 to ${p.count}`,
  }),
  'deck.headlineTooLong': entry<{ length: number; max: number }>({
    ko: (p) =>
      `제목 문장이 ${p.length}자로 슬라이드 두 줄을 넘습니다 — ${p.max}자 이내로 줄이세요(참조 하나는 8자로 셉니다). 자세한 내용은 talk에`,
    en: (p) =>
      `the headline is ${p.length} characters, more than two lines on the slide; keep it within ${p.max} (a reference counts as 8); the detail goes into talk`,
  }),
  'deck.talkSentences': entry<{ count: number; min: number; max: number }>({
    ko: (p) => `말할 내용(talk)이 ${p.count}문장입니다 — ${p.min}~${p.max}문장으로 씁니다`,
    en: (p) => `the talk track has ${p.count} sentences; write ${p.min} to ${p.max}`,
  }),
  'deck.talkPace': entry<{
    reading: number
    minutes: number
    perMinute: number
    low: number
    high: number
  }>({
    ko: (p) =>
      `말할 내용(talk)은 분당 ${p.perMinute}자로 읽으면 약 ${p.reading}분인데 이 슬라이드의 시간(minutes)은 ${p.minutes}분입니다 — 원고를 ${p.low}~${p.high}자(공백 제외)로 맞추거나 minutes를 고치세요`,
    en: (p) =>
      `read at ${p.perMinute} characters a minute, the talk track takes about ${p.reading} min but the slide has ${p.minutes} min; write ${p.low}–${p.high} characters (without spaces) or change minutes`,
  }),
  'deck.slideCount': entry<{ count: number; min: number; max: number }>({
    ko: (p) =>
      `본 발표 슬라이드가 ${p.count}장입니다 — ${p.min}~${p.max}장으로 맞추세요(나머지 자료는 부록에 자동으로 실립니다)`,
    en: (p) =>
      `the main track has ${p.count} slides; keep it to ${p.min}–${p.max} (everything else is in the appendix anyway)`,
  }),
  'deck.minutesOff': entry<{ total: number; target: number; tolerance: number }>({
    ko: (p) =>
      `슬라이드 시간(minutes)의 합이 ${p.total}분으로 목표 ${p.target}분과 ${p.tolerance}분 넘게 차이 납니다 — minutes나 targetMinutes를 고치세요`,
    en: (p) =>
      `the slides' minutes add up to ${p.total}, more than ${p.tolerance} from the target of ${p.target}; change minutes or targetMinutes`,
  }),
  // A fact is written once (validate/prose.ts): references in prose, retyped figures.
  'prose.unknownRef': entry<{ ref: string; hint?: string }>({
    ko: (p) =>
      p.hint
        ? `알 수 없는 참조 {${p.ref}} — ${josa(`{${p.hint}}`, '을')} 뜻하셨나요?`
        : `알 수 없는 참조 {${p.ref}} — 수치(fig-…), 사건(ev-…), 핵심 판단(kj-…)의 id를 씁니다`,
    en: (p) =>
      p.hint
        ? `unknown reference {${p.ref}}; did you mean {${p.hint}}?`
        : `unknown reference {${p.ref}}; refer to a figure (fig-…), an event (ev-…) or a key judgment (kj-…)`,
  }),
  'prose.refInVerbatim': entry<{ ref: string }>({
    ko: (p) =>
      `인용문과 자료 제목은 적힌 그대로 보여 줍니다 — 참조 {${p.ref}}는 여기에 쓸 수 없습니다`,
    en: (p) =>
      `quotations and titles are shown exactly as written; the reference {${p.ref}} cannot be used here`,
  }),
  'prose.badRef': entry<{ raw: string }>({
    ko: (p) =>
      `참조 형식이 아닙니다: ${q(p.raw)} — id는 소문자·숫자·"-"로 씁니다(예: {fig-us-lead-years}). 중괄호 속 글을 그대로 보이려면 {=…}`,
    en: (p) =>
      `${q(p.raw)} is not a reference; ids are lowercase letters, digits and "-" (e.g. {fig-us-lead-years}); to show braced words as they are, write {=…}`,
  }),
  'prose.termVariant': entry<{ text: string; preferred: string; term: string }>({
    ko: (p) =>
      `용어를 통일하세요: ${josa(q(p.text), '은')} ${q(p.preferred)}의 다른 표기입니다 — ${josa(q(p.preferred), '으로')} 쓰세요(terms.yaml ${p.term}). 인용문과 제목은 그대로 둡니다`,
    en: (p) =>
      `use one term: ${q(p.text)} is a variant of ${q(p.preferred)}; write ${q(p.preferred)} (terms.yaml ${p.term}); quotations and titles stay as they are`,
  }),
  'prose.likelihoodRestated': entry<{ text: string }>({
    ko: (p) =>
      `가능성을 글로 다시 적었습니다: ${q(p.text)} — 가능성은 핵심 판단(judgments.yaml)의 likelihood에 한 번만 적고, 본문에서는 {kj-…}로 가리키세요. 자료의 말을 옮긴 것이면 "…다고 봄"처럼 누구의 말인지 밝히세요`,
    en: (p) =>
      `a likelihood restated in words: ${q(p.text)}; state it once as a judgment's likelihood and refer to it with {kj-…}; if it is a source's words, attribute them in reported speech`,
  }),
  'prose.retypedFigure': entry<{ text: string; id: string; label: string }>({
    ko: (p) =>
      `수치를 다시 적었습니다: ${josa(q(p.text), '은')} ${p.id}(${p.label})의 값입니다 — {${p.id}}(으)로 바꾸세요. 우연히 같은 말이면 {=${p.text}}`,
    en: (p) =>
      `a figure typed out again: ${q(p.text)} is the value of ${p.id} (${p.label}); write {${p.id}} instead, or {=${p.text}} if it is a coincidence`,
  }),
  'prose.leadingReference': entry({
    ko: () =>
      '값이 참조({…})로 시작하면 YAML이 묶음(mapping)으로 읽습니다 — 값 전체를 큰따옴표로 감싸세요: "{fig-…} …"',
    en: () =>
      'a value that begins with a reference ({…}) reads as a YAML mapping; put the whole value in double quotes: "{fig-…} …"',
  }),
} as const

export type MessageKey = keyof typeof CATALOGUE
export type ParamsOf<K extends MessageKey> = Parameters<(typeof CATALOGUE)[K]['ko']>[0]

/** A message as data: the key and its parameters, rendered only at the edge. */
export type Message = {
  [K in MessageKey]: { readonly key: K; readonly params: ParamsOf<K> }
}[MessageKey]

export function isMessageKey(text: string): text is MessageKey {
  return Object.hasOwn(CATALOGUE, text)
}

/** `msg('ref.unknown', { kind: 'source', ref, known })`: typed by the entry. */
export function msg<K extends MessageKey>(
  key: K,
  ...params: ParamsOf<K> extends None ? [] : [ParamsOf<K>]
): Message {
  return { key, params: params[0] ?? {} } as Message
}

export function renderMessage(message: Message, lang: Lang = 'ko'): string {
  const e = CATALOGUE[message.key] as Entry<unknown>
  return e[lang](message.params)
}
