/**
 * The presenter's timer starts with the talk (issue 12, item 5). Slidev 52.20.1 shows
 * "-:--" until the presenter clicks the small play button beside it
 * (@slidev/client internals/TimerInlined.vue, composables/useTimer.ts), which nobody
 * remembers while the room settles. Here the first slide change in the presenter view
 * starts it, through the same shared state the button writes (`sharedState.timer`,
 * state/shared.ts), so the audience window and a second presenter window see it too.
 * Pausing and resetting by hand still work: the timer is started only from "stopped",
 * and only on a change of slide, never on load.
 */
import type { AppContext } from '@slidev/types'

export interface TimerState {
  status: 'stopped' | 'running' | 'paused'
  startedAt: number
  pausedAt: number
}

/** A route as this rule needs it: its name and the slide number in it. */
export interface RouteLike {
  readonly name?: string | symbol | null
  readonly params: Readonly<Record<string, unknown>>
}

/** Whether going from `from` to `to` is the presenter's first slide change. */
export function startsTimer(from: RouteLike, to: RouteLike, status: TimerState['status']): boolean {
  return (
    status === 'stopped' &&
    from.name === 'presenter' &&
    to.name === 'presenter' &&
    String(from.params.no ?? '') !== '' &&
    String(from.params.no) !== String(to.params.no)
  )
}

/** Starts the shared timer on the presenter's first slide change (side effect at the edge). */
export function startTimerOnFirstSlideChange(
  router: AppContext['router'],
  timer: () => TimerState,
): void {
  router.afterEach((to, from) => {
    const state = timer()
    if (startsTimer(from, to, state.status)) {
      state.status = 'running'
      state.startedAt = Date.now()
      state.pausedAt = 0
    }
  })
}
