import { canonicalJson } from '../fingerprint/fingerprint.ts'
import type { DataPath, Place } from '../problem.ts'
import { referableFacts } from '../prose/facts.ts'
import { datasetStrings } from '../prose/fields.ts'
import { referencesIn } from '../prose/syntax.ts'
import { DATA_FILES, type Dataset, type SectionName } from '../schema/dataset.ts'
import { walk } from '../validate/walk.ts'

export type Locate = (section: SectionName, path: DataPath) => { file: string } & Place

export interface DiffLine {
  readonly file: string
  readonly line: number
  readonly col: number
  readonly kind: 'added' | 'removed' | 'changed'
  /** Plain Korean: "수치 “미국의 기술 우위 폭”(fig-us-lead-years): 값 2 → 3" */
  readonly text: string
}

interface Item {
  readonly section: SectionName
  readonly path: DataPath
  readonly value: Record<string, unknown>
}

/**
 * What an analyst calls an item: the data-file registry's word for the list it sits in
 * (the last list key on its path); an actor's pillars take the actor's name first.
 */
function kindOf(section: SectionName, path: DataPath, actorNames: ActorNames): string {
  const items: Readonly<Record<string, string>> = DATA_FILES[section].items
  const list = [...path].reverse().find((p): p is string => typeof p === 'string' && p in items)
  const word = list === undefined ? section : (items[list] as string)
  const actor = section === 'strategies' ? actorNames.get(String(path[0])) : undefined
  return actor ? `${actor} ${word}` : word
}

/** Actor ids → names (meta.yaml `actors`), for the diff's words. */
type ActorNames = ReadonlyMap<string, string>

const FIELD_WORDS: Readonly<Record<string, string>> = {
  value: '값',
  valueTo: '상한',
  unit: '단위',
  qualifier: '한정어',
  isYear: '연도 표기',
  date: '날짜',
  dateInferred: '날짜 추정 여부',
  dateBasis: '날짜 근거',
  title: '제목',
  originalTitle: '원제',
  text: '내용',
  heading: '소제목',
  statement: '판단',
  likelihood: '가능성',
  confidence: '신뢰도',
  basis: '근거 설명',
  dissent: '이견',
  support: '근거 항목',
  sources: '출처',
  leader: '우위',
  assessment: '평가',
  dimension: '항목',
  takeaway: '요지',
  horizon: '시기',
  label: '이름',
  measure: '의미',
  attribution: '발언 주체',
  summary: '요약',
  overview: '개요',
  detail: '내용',
  speaker: '화자',
  role: '직책',
  context: '발언 자리',
  author: '저자',
  publisher: '발행처',
  url: '주소',
  kind: '종류',
  via: '재인용 경로',
  origin: '판단 주체',
  audience: '대상',
  key: '핵심 수치 표시',
  planned: '계획 여부',
  country: '국가',
  topic: '주제',
  positions: '입장',
  note: '비고',
  edition: '판',
  asOf: '기준일',
  subtitle: '부제',
  classification: '보안 등급',
  issuer: '발신',
  recipients: '수신',
  copyTo: '참조',
  subjectLine: '제목 줄',
  keywords: '키워드',
  previousEdition: '직전판',
  changes: '개정 이력',
  fromYear: '시작 연도',
  toYear: '끝 연도',
  holder: '주체',
  view: '견해',
}

function collect(data: Dataset): Map<string, Item> {
  const items = new Map<string, Item>()
  for (const section of Object.keys(data) as SectionName[]) {
    walk(data[section], (v, path) => {
      if (
        v &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        typeof (v as { id?: unknown }).id === 'string'
      ) {
        items.set((v as { id: string }).id, { section, path, value: v as Record<string, unknown> })
      }
    })
  }
  return items
}

function nameOf(item: Item, actorNames: ActorNames): string {
  const v = item.value
  const title = [
    v.label,
    v.title,
    v.dimension,
    v.heading,
    v.topic,
    v.statement,
    v.speaker,
    v.headline,
    v.preferred,
    v.text,
  ].find((x): x is string => typeof x === 'string')
  return `${kindOf(item.section, item.path, actorNames)} “${short(title ?? '', 30)}”(${String(v.id)})`
}

function short(text: string, max = 40): string {
  // "{=2030년}" is the analyst's mark for plain words: show the words.
  const one = text
    .replace(/\{=([^{}\n]*)\}/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
  return one.length > max ? `${one.slice(0, max - 1)}…` : one
}

function show(value: unknown): string {
  if (value === undefined) return '(없음)'
  if (typeof value === 'string') return short(value)
  if (Array.isArray(value) && value.every((x) => typeof x !== 'object'))
    return short(value.join(', '))
  return short(JSON.stringify(value))
}

/** Field-level differences, skipping nested lists of id'd items (diffed on their own). */
function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  actorNames: ActorNames = new Map(),
): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  const out: string[] = []
  for (const key of keys) {
    const a = before[key]
    const b = after[key]
    const nested = (x: unknown) =>
      Array.isArray(x) && x.some((e) => e && typeof e === 'object' && 'id' in e)
    if (nested(a) || nested(b)) continue
    if (canonicalJson(a) !== canonicalJson(b))
      out.push(`${actorNames.get(key) ?? FIELD_WORDS[key] ?? key} ${show(a)} → ${show(b)}`)
  }
  return out
}

/** The item (the nearest object with an id) that holds the string at `path`. */
function holderOf(data: Dataset, section: SectionName, path: DataPath): Item | undefined {
  let node: unknown = data[section]
  let holder: Item | undefined
  for (let i = 0; i <= path.length; i++) {
    if (node && typeof node === 'object' && !Array.isArray(node) && 'id' in node)
      holder = { section, path: path.slice(0, i), value: node as Record<string, unknown> }
    if (i === path.length || node === null || typeof node !== 'object') break
    node = (node as Record<string | number, unknown>)[path[i] as string | number]
  }
  return holder
}

/**
 * Every place in the prose that shows this fact through a reference, e.g.
 * "핵심 판단 “미국은 …”(kj-us-frontier-lead) 이견": what an edit to it will change.
 */
export function placesUsing(
  data: Dataset,
  id: string,
  actorNames: ActorNames = new Map(data.meta.actors.map((a) => [a.id, a.name])),
): string[] {
  const places: string[] = []
  for (const s of datasetStrings(data)) {
    if (s.role !== 'prose' || !referencesIn(s.text).includes(id)) continue
    const holder = holderOf(data, s.section, s.path)
    const field = FIELD_WORDS[s.key] ?? actorNames.get(s.key) ?? s.key
    const place = holder
      ? `${nameOf(holder, actorNames)} ${field}`
      : `${kindOf(s.section, s.path, actorNames)} ${field}`
    if (!places.includes(place)) places.push(place)
  }
  return places
}

/**
 * What changed in the content between two valid datasets, in the analyst's words.
 * Items are matched by id, so moving an item or reordering keys is no change.
 */
export function contentDiff(
  before: Dataset,
  beforeAt: Locate,
  after: Dataset,
  afterAt: Locate,
): DiffLine[] {
  const lines: DiffLine[] = []
  const actorNames: ActorNames = new Map(
    [...before.meta.actors, ...after.meta.actors].map((a) => [a.id, a.name]),
  )
  const old = collect(before)
  const now = collect(after)
  const facts = referableFacts(after)
  for (const [id, item] of now) {
    const prev = old.get(id)
    const at = afterAt(item.section, item.path)
    if (!prev) {
      lines.push({ ...at, kind: 'added', text: `새 ${nameOf(item, actorNames)}` })
      continue
    }
    const changes = fieldChanges(prev.value, item.value, actorNames)
    if (changes.length === 0) continue
    const fact = facts.get(id)
    // A figure shows in the figure table, and as a card when `key: true`, besides the prose.
    const own =
      fact?.kind === 'figure'
        ? ['주요 수치 표', ...(item.value.key === true ? ['핵심 수치 카드'] : [])]
        : []
    const places = fact ? [...own, ...placesUsing(after, id, actorNames)] : []
    const where =
      places.length === 0
        ? ''
        : ` — 이 ${fact?.kind === 'event' ? '날짜' : fact?.kind === 'judgment' ? '판단' : '수치'}가 쓰인 곳: ${places.join(', ')}`
    lines.push({
      ...at,
      kind: 'changed',
      text: `${nameOf(item, actorNames)}: ${changes.join('; ')}${where}`,
    })
  }
  for (const [id, item] of old) {
    if (!now.has(id))
      lines.push({
        ...beforeAt(item.section, item.path),
        kind: 'removed',
        text: `삭제된 ${nameOf(item, actorNames)}`,
      })
  }
  const meta = fieldChanges(
    before.meta as Record<string, unknown>,
    after.meta as Record<string, unknown>,
  )
  if (meta.length > 0)
    lines.push({ ...afterAt('meta', []), kind: 'changed', text: `기본 정보: ${meta.join('; ')}` })
  return lines
}
