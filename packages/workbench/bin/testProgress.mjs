// @ts-check
// `pnpm test` says at least every 15 s what is running (issue 16): when the tools have been
// quiet that long, one line with the packages still at work and the test file each is in
// (named by vitestProgress.mjs as it starts).
import { seconds, taskLine } from './buildSteps.mjs'

export const QUIET_MS = 15_000

/**
 * @typedef {{ task: string, file: string | undefined, since: number }} Running
 */

/**
 * The line shown after a quiet spell. Pure.
 * @param {readonly Running[]} running
 * @param {number} now
 * @param {number} started
 */
export function progressLine(running, now, started) {
  const what =
    running.length === 0
      ? '타입 검사 등'
      : running
          .map(
            (r) =>
              `${r.task.replace(/:test$/, '')}${r.file ? ` ${r.file}` : ''} (${seconds(now - r.since)}째)`,
          )
          .join(', ')
  return `… ${seconds(now - started)} 경과 — 실행 중: ${what}`
}

/**
 * Tracks turbo's output. `feed` every line; `tick` now and then returns a line to print
 * when the output has been quiet for QUIET_MS, else undefined.
 */
export function testProgress(now = () => performance.now()) {
  const started = now()
  let lastShown = started
  /** @type {Map<string, Running>} */
  const running = new Map()
  return {
    /** @param {string} line */
    feed(line) {
      lastShown = now()
      const parsed = taskLine(line)
      if (!parsed) return
      const { task, text } = parsed
      if (/^cache (miss|bypass)\b/.test(text))
        running.set(task, { task, file: undefined, since: now() })
      else if (/^cache hit\b/.test(text) || /^\s*Duration\s/.test(text) || /^ERROR\b/.test(text))
        running.delete(task)
      else if (text.startsWith('▶ ')) running.set(task, { task, file: text.slice(2), since: now() })
    },
    tick() {
      const t = now()
      if (t - lastShown < QUIET_MS) return undefined
      lastShown = t
      // A type check prints nothing and turbo does not say when a task ends, so only the
      // test tasks (which name their files and print a summary) are listed.
      const tests = [...running.values()].filter((r) => r.task.endsWith(':test'))
      return progressLine(tests, t, started)
    },
  }
}
