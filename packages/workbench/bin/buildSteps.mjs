// @ts-check
// The steps `pnpm build` reports to the person who ran it (issue 16), read off turbo's
// stream output. One registry: a new output (the handout) is one more entry here, and the
// wrapper, its messages and the tests follow. Pure: lines in, events out.

/**
 * @typedef {{ id: string, label: string, doing?: string, task?: string, output?: string,
 *   start?: RegExp, done?: RegExp, reused?: RegExp }} Step
 * @typedef {{ step: string, kind: 'start' | 'done' | 'cached' | 'reused' | 'failed' }} StepEvent
 */

/**
 * In the order they are shown. `task` is the turbo task whose output tells; `start` and
 * `done` match a line of that task (without turbo's prefix). A step without `start` starts
 * when its task starts; a step that is not the task's last ends where the next one starts.
 * @type {readonly Step[]}
 */
export const BUILD_STEPS = [
  { id: 'data', label: '데이터 검사', doing: '하는 중' },
  {
    id: 'memo',
    label: '메모 PDF',
    task: '@briefing/policy-memo:build',
    output: 'reports/policy-memo/dist/policy-memo.pdf',
    // The memo's build prints `dist/policy-memo.pdf  13 pages  175 KB  …` when written.
    done: /^dist\/policy-memo\.pdf {2}\d+ pages/,
  },
  {
    id: 'site',
    label: '덱 사이트',
    task: '@briefing/deck:build',
    output: 'decks/briefing/dist/index.html',
    // After Vite's build, or after the content was written into the site kept from the
    // last build when only the content changed (issue 17, decks/briefing/scripts/build.ts).
    done: /^briefing deck: site built /,
    reused: /^briefing deck: site reused/,
  },
  {
    id: 'pdf',
    label: '덱 PDF',
    task: '@briefing/deck:build',
    output: 'decks/briefing/dist/briefing.pdf',
    start: /^briefing deck: site (built|reused)/,
    done: /^briefing deck: deck PDF printed/,
  },
  {
    id: 'handout',
    label: '덱 유인물',
    task: '@briefing/deck:build',
    output: 'decks/briefing/dist/briefing-handout.pdf',
    // Printed in the same browser right after the deck PDF (decks/briefing/scripts/printDeck.ts).
    start: /^briefing deck: deck PDF printed/,
    done: /^briefing deck: static deck and PDF built/,
  },
]

/**
 * Splits a line of `turbo --ui=stream` output into its task and text.
 * @param {string} line
 * @returns {{ task: string, text: string } | undefined}
 */
export function taskLine(line) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: turbo colours its prefixes.
  const plain = line.replace(/\u001b\[[0-9;]*m/g, '')
  // Task output is prefixed `pkg:task: `; turbo's own error line about a task `pkg#task: `.
  const m = /^(@[\w.-]+\/[\w.-]+)[:#]([\w:-]+?): ?(.*)$/.exec(plain)
  if (!m) return undefined
  return { task: `${m[1]}:${m[2]}`, text: /** @type {string} */ (m[3]).trim() }
}

/**
 * What one line of turbo's output says about the steps.
 * @param {string} line
 * @param {readonly Step[]} [steps]
 * @returns {StepEvent[]}
 */
export function stepEvents(line, steps = BUILD_STEPS) {
  const parsed = taskLine(line)
  if (!parsed) return []
  const { task, text } = parsed
  const mine = steps.filter((s) => s.task === task)
  if (mine.length === 0) return []
  if (/^cache hit\b/.test(text)) return mine.map((s) => ({ step: s.id, kind: 'cached' }))
  if (/^cache (miss|bypass)\b/.test(text))
    return mine.filter((s) => !s.start).map((s) => ({ step: s.id, kind: 'start' }))
  if (/^ERROR\b|command finished with error/.test(text))
    return mine.map((s) => ({ step: s.id, kind: 'failed' }))
  /** @type {StepEvent[]} */
  const events = []
  for (const s of mine) {
    if (s.done?.test(text)) events.push({ step: s.id, kind: 'done' })
    if (s.reused?.test(text)) events.push({ step: s.id, kind: 'reused' })
    if (s.start?.test(text)) events.push({ step: s.id, kind: 'start' })
  }
  return events
}

/**
 * A duration as a person reads it: `0.4초`, `12.3초`, `1분 5초`.
 * @param {number} ms
 */
export function seconds(ms) {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}초`
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)}분 ${s % 60}초`
}

/**
 * The line shown for a step.
 * @param {Step} step
 * @param {'start' | 'done' | 'cached' | 'reused' | 'failed' | 'remembered' | 'stopped'} state
 * @param {number} [ms]
 */
export function stepLine(step, state, ms = 0) {
  const label = step.label
  if (state === 'start') return `  … ${label} ${step.doing ?? '만드는 중'}`
  if (state === 'done') return `  ✓ ${label} ${seconds(ms)}`
  if (state === 'cached') return `  ✓ ${label} 바뀐 것이 없어 지난 결과 그대로 (${seconds(ms)})`
  if (state === 'reused') return `  ✓ ${label} 구성이 그대로여서 새 내용만 반영 (${seconds(ms)})`
  if (state === 'remembered') return `  ✓ ${label} 지난번과 같은 데이터 (${seconds(ms)})`
  if (state === 'stopped') return `  – ${label} 다른 단계가 실패해 멈춤 (${seconds(ms)})`
  return `  ✗ ${label} 실패 (${seconds(ms)})`
}
