import type { Dataset } from '@briefing/dataset'
import type { ActorWords, Messages } from '../messages/types.ts'
import { ACTOR_LINES, CONTESTED_MARK, type Mark } from '../style/palette.ts'
import type { ActorView } from '../types.ts'

/** The actors of meta.yaml, in its order, with their words, marks and rule style. */
export function actors(data: Dataset, m: Messages): ActorView[] {
  return data.meta.actors.map((a, i) => ({
    key: a.id,
    name: a.name,
    short: a.short,
    leads: m.leads(a.name),
    mark: { kind: a.marker, fill: a.colour, stroke: a.colour },
    colour: a.colour,
    line: ACTOR_LINES[i] ?? 'solid',
  }))
}

export function actorWords(list: readonly ActorView[], m: Messages): ActorWords {
  return { names: list.map((a) => a.name), together: m.together(list.map((a) => a.short)) }
}

/** Actor ids and both / korea / other → their words. */
export function countryLabels(
  list: readonly ActorView[],
  m: Messages,
): Readonly<Record<string, string>> {
  return {
    ...Object.fromEntries(list.map((a) => [a.key, a.name])),
    both: m.country.both(actorWords(list, m)),
    korea: m.country.korea,
    other: m.country.other,
  }
}

/** Actor ids and contested → "미국 우위", "경합". */
export function leaderLabels(
  list: readonly ActorView[],
  m: Messages,
): Readonly<Record<string, string>> {
  return { ...Object.fromEntries(list.map((a) => [a.key, a.leads])), contested: m.contested }
}

export function leaderMark(list: readonly ActorView[], key: string): Mark {
  return list.find((a) => a.key === key)?.mark ?? CONTESTED_MARK
}
