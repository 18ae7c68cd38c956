import { type DeckRef, msg } from '../messages/catalogue.ts'
import type { DataPath, PendingProblem } from '../problem.ts'
import { splitProse } from '../prose/syntax.ts'
import type { Dataset } from '../schema/dataset.ts'
import { DECK_RULES, EVIDENCE_FIELD } from '../schema/deck.ts'
import { closest } from '../suggest.ts'

/**
 * The talk (deck.yaml) against the rest of the dataset: every evidence reference names
 * an item of the right kind, the kind has the field it needs, headlines fit two lines,
 * talk tracks have 2–5 sentences, the main track has 10–14 slides and its minutes add
 * up to the target within the tolerance.
 */
export function deckProblems(data: Dataset): PendingProblem[] {
  const deck = data.deck
  const problems: PendingProblem[] = []
  const pools: Record<DeckRef, readonly string[]> = {
    judgment: data.judgments.keyJudgments.map((j) => j.id),
    figure: data.figures.figures.map((f) => f.id),
    group: data.comparison.groups.map((g) => g.id),
    event: data.timeline.events.map((e) => e.id),
    quote: data.quotes.quotes.map((q) => q.id),
    disagreement: data.outlook.disagreements.map((d) => d.id),
    implication: data.recommendations.implications.map((i) => i.id),
    // An action is one of ours for the Korean government (건의 사항, act-…), or an older
    // recommendation or implication (rec-…, imp-…).
    action: [
      ...data.recommendations.actions.map((a) => a.id),
      ...data.recommendations.recommendations.map((r) => r.id),
      ...data.recommendations.implications.map((r) => r.id),
    ],
  }
  const at = (path: DataPath, message: PendingProblem['message']): PendingProblem => ({
    section: 'deck',
    path,
    message,
  })
  const ref = (path: DataPath, kind: DeckRef, id: string | undefined) => {
    if (id === undefined || pools[kind].includes(id)) return
    const hint = closest(id, pools[kind])
    problems.push(at(path, msg('deck.unknownRef', { kind, ref: id, ...(hint ? { hint } : {}) })))
  }
  const refs = (path: DataPath, kind: DeckRef, ids: readonly string[] | undefined) => {
    ids?.forEach((id, i) => {
      ref([...path, i], kind, id)
    })
  }

  const count = deck.slides.length
  const { min, max } = DECK_RULES.mainSlides
  if (count < min || count > max)
    problems.push(at(['slides'], msg('deck.slideCount', { count, min, max })))

  const total = Math.round(deck.slides.reduce((sum, s) => sum + s.minutes, 0) * 100) / 100
  const tolerance = DECK_RULES.minutesTolerance(deck.targetMinutes)
  if (Math.abs(total - deck.targetMinutes) > tolerance)
    problems.push(
      at(
        ['targetMinutes'],
        msg('deck.minutesOff', { total, target: deck.targetMinutes, tolerance }),
      ),
    )

  deck.slides.forEach((s, i) => {
    const base: DataPath = ['slides', i]
    const e = s.evidence
    const ev: DataPath = [...base, 'evidence']
    for (const field of EVIDENCE_FIELD[e.kind])
      if ((e as Record<string, unknown>)[field] === undefined)
        problems.push(at(ev, msg('deck.evidenceNeeds', { kind: e.kind, field })))
    refs([...ev, 'judgments'], 'judgment', e.judgments)
    if ((e.judgments?.length ?? 0) > DECK_RULES.maxJudgments)
      problems.push(
        at(
          [...ev, 'judgments'],
          msg('deck.tooMany', {
            what: 'judgment',
            count: e.judgments?.length ?? 0,
            max: DECK_RULES.maxJudgments,
          }),
        ),
      )
    refs([...ev, 'figures'], 'figure', e.figures)
    if ((e.figures?.length ?? 0) > DECK_RULES.maxFigures)
      problems.push(
        at(
          [...ev, 'figures'],
          msg('deck.tooMany', {
            what: 'figure',
            count: e.figures?.length ?? 0,
            max: DECK_RULES.maxFigures,
          }),
        ),
      )
    ref([...ev, 'group'], 'group', e.group)
    ref([...ev, 'from'], 'event', e.from)
    ref([...ev, 'to'], 'event', e.to)
    ref([...ev, 'quote'], 'quote', e.quote)
    ref([...ev, 'disagreement'], 'disagreement', e.disagreement)
    refs([...ev, 'implications'], 'implication', e.implications)
    refs([...ev, 'actions'], 'action', e.actions)
    const dis = data.outlook.disagreements.find((d) => d.id === e.disagreement)
    e.stops?.forEach((stop, k) => {
      if (dis && stop.position > dis.positions.length)
        problems.push(
          at(
            [...ev, 'stops', k, 'position'],
            msg('deck.noSuchPosition', { position: stop.position, count: dis.positions.length }),
          ),
        )
    })

    const length = headlineLength(s.headline)
    if (length > DECK_RULES.headlineChars)
      problems.push(
        at(
          [...base, 'headline'],
          msg('deck.headlineTooLong', { length, max: DECK_RULES.headlineChars }),
        ),
      )
    const sentences = sentenceCount(s.talk)
    const t = DECK_RULES.talkSentences
    if (sentences < t.min || sentences > t.max)
      problems.push(
        at(
          [...base, 'talk'],
          msg('deck.talkSentences', { count: sentences, min: t.min, max: t.max }),
        ),
      )
    const pace = DECK_RULES.talkPace
    const reading = Math.round((talkChars(s.talk) / pace.charsPerMinute) * 10) / 10
    if (reading < s.minutes * pace.min || reading > s.minutes * pace.max)
      problems.push(
        at(
          [...base, 'talk'],
          msg('deck.talkPace', {
            reading,
            minutes: s.minutes,
            perMinute: pace.charsPerMinute,
            low: Math.ceil(s.minutes * pace.min * pace.charsPerMinute),
            high: Math.floor(s.minutes * pace.max * pace.charsPerMinute),
          }),
        ),
      )
  })
  return problems
}

/** Characters a talk track is read as: text without spaces, a reference as a short value. */
export function talkChars(text: string): number {
  return splitProse(text).reduce(
    (n, piece) =>
      n +
      (piece.kind === 'ref'
        ? DECK_RULES.talkPace.referenceChars
        : [...(piece.kind === 'bad-ref' ? piece.raw : piece.text).replace(/\s/g, '')].length),
    0,
  )
}

/** A headline's length as the slide will show it: a reference counts as a short value. */
export function headlineLength(text: string): number {
  return splitProse(text).reduce(
    (n, piece) =>
      n +
      (piece.kind === 'ref'
        ? DECK_RULES.referenceChars
        : piece.kind === 'bad-ref'
          ? [...piece.raw].length
          : [...piece.text].length),
    0,
  )
}

/**
 * Sentences of a talk track: text up to a full stop, question or exclamation mark
 * followed by a space or the end (a decimal point inside a reference is never seen:
 * references are counted as words). A last sentence without its stop still counts.
 */
export function sentenceCount(text: string): number {
  const plain = splitProse(text)
    .map((p) => (p.kind === 'text' || p.kind === 'literal' ? p.text : '값'))
    .join('')
    .trim()
  if (plain === '') return 0
  const stops = plain.match(/[.!?。](?=\s|$)/g)?.length ?? 0
  return /[.!?。]$/.test(plain) ? stops : stops + 1
}
