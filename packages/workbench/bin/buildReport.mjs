// @ts-check
// What `pnpm build` prints without --verbose: one line per step as it starts and ends, each
// with its time, and at the end the outputs and the log file; about 15 lines in all. The
// tools' own output (Vite's chunk list, Slidev's banner, …) goes to the log only.
import { BUILD_STEPS, seconds, stepEvents, stepLine, taskLine } from './buildSteps.mjs'

/** How many of a failed task's last lines are shown: enough for its error message. */
const TAIL = 15

/**
 * @param {(text: string) => void} write
 * @param {readonly import('./buildSteps.mjs').Step[]} [steps]
 */
export function buildReport(write, steps = BUILD_STEPS) {
  const started = performance.now()
  /** @type {Map<string, number>} */
  const startedAt = new Map()
  /** @type {Map<string, string>} */
  const state = new Map()
  /** @type {Map<string, string[]>} */
  const tails = new Map()
  const byId = new Map(steps.map((s) => [s.id, s]))

  /** @param {string} id @param {'start' | 'done' | 'cached' | 'reused' | 'failed' | 'remembered' | 'stopped'} kind */
  function mark(id, kind) {
    const step = byId.get(id)
    if (!step || state.get(id) === kind) return
    const now = performance.now()
    // A step that never started did not fail: its task failed before it (the deck's PDF
    // when its site did not build).
    if (kind === 'failed' && state.get(id) === undefined) return
    if (kind === 'start') startedAt.set(id, now)
    else if (state.get(id) !== 'start' && state.get(id) !== undefined) return
    state.set(id, kind)
    write(`${stepLine(step, kind, now - (startedAt.get(id) ?? now))}\n`)
  }

  return {
    /** @param {string} id */
    start(id) {
      mark(id, 'start')
    },
    /** @param {string} id @param {'done' | 'failed' | 'remembered'} kind */
    end(id, kind) {
      mark(id, kind)
    },
    /** Reads one line of turbo's output. @param {string} line */
    feed(line) {
      const parsed = taskLine(line)
      // The tail keeps what the task itself said: not turbo's cache line or pnpm's banner.
      const said =
        parsed && parsed.text.trim() !== '' && !/^(> |cache (miss|hit|bypass))/.test(parsed.text)
      if (parsed && said) {
        const tail = tails.get(parsed.task) ?? []
        tail.push(parsed.text)
        if (tail.length > TAIL) tail.shift()
        tails.set(parsed.task, tail)
      }
      for (const e of stepEvents(line, steps)) mark(e.step, e.kind)
    },
    /**
     * The closing lines.
     * @param {number} code turbo's exit code
     * @param {string} log where the whole output is
     */
    finish(code, log) {
      const total = seconds(performance.now() - started)
      if (code === 0) {
        // A step whose end no line announced (a tool changed its wording) still ended.
        for (const s of steps) if (state.get(s.id) === 'start') mark(s.id, 'done')
        write(`\n완료 (${total}). 출력물:\n`)
        for (const s of steps) if (s.output) write(`  ${s.label}: ${s.output}\n`)
      } else {
        // The task that reported an error failed; turbo then stopped the ones still running.
        const reported = steps.filter((s) => state.get(s.id) === 'failed')
        const running = steps.filter((s) => state.get(s.id) === 'start')
        const failed = reported.length > 0 ? reported : running
        for (const s of running) mark(s.id, reported.length > 0 ? 'stopped' : 'failed')
        const named = failed.flatMap((s) => (s.task ? [s.task] : []))
        // No step to blame (a task failed before its first step showed): every task that
        // reported an error.
        const erred = [...tails]
          .filter(([, l]) => l.some((x) => /^ERROR\b/.test(x)))
          .map(([t]) => t)
        const tasks = [...new Set(named.length > 0 ? named : erred)]
        for (const task of tasks) {
          write(`\n${task}의 마지막 출력:\n`)
          for (const l of tails.get(task) ?? []) write(`  ${l}\n`)
        }
        write(`\n실패 (${total}). 마지막으로 성공한 출력물은 그대로 남아 있습니다.\n`)
      }
      write(`전체 기록: ${log}\n`)
    },
  }
}
