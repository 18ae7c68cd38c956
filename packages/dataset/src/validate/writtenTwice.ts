import { msg } from '../messages/catalogue.ts'
import type { PendingProblem } from '../problem.ts'
import type { Dataset } from '../schema/dataset.ts'

/**
 * A fact written twice in the structured data (brief: "a fact is written once"): a
 * timeline event dated by a year alone whose year is a year figure's value from the same
 * source. That is one target stated as a figure and again as a "planned" event (edition 1
 * had the 2028 national cloud both ways), so an edit to one leaves the other stale. Prose
 * retypes are caught by the prose step; this is its counterpart for two records. A
 * year-only date is rare enough (events are dated to the month or day) that the rule does
 * not fire on two different things that merely share a year and a source.
 */
export function writtenTwiceProblems(data: Dataset): PendingProblem[] {
  const problems: PendingProblem[] = []
  const yearFigures = data.figures.figures.filter((f) => f.isYear === true)
  data.timeline.events.forEach((event, i) => {
    if (!/^\d{4}$/.test(event.date)) return
    const year = Number(event.date)
    const twin = yearFigures.find(
      (f) =>
        (f.value === year || f.valueTo === year) &&
        f.sources.some((s) => event.sources.includes(s)),
    )
    if (!twin) return
    problems.push({
      section: 'timeline',
      path: ['events', i, 'date'],
      message: msg('fact.writtenTwice', {
        id: event.id,
        figure: twin.id,
        year: event.date,
        see: '',
      }),
      see: {
        section: 'figures',
        path: ['figures', data.figures.figures.indexOf(twin), 'value'],
      },
    })
  })
  return problems
}
