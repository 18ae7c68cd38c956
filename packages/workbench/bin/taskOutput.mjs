// @ts-check
// Where the tools' output goes while a long command runs (issue 16): every line into a log
// file (logs/<command>.log, named at the end), and to the screen only when the command
// shows it live. After Ctrl-C nothing more reaches the screen: the tools' and package
// managers' own farewells ("ELIFECYCLE", stack traces of killed workers) stay in the log,
// and the person sees one line.
import { createWriteStream, mkdirSync } from 'node:fs'
import { join, relative } from 'node:path'

/** The one line a stop by Ctrl-C ends with. */
export const STOPPED = '중단됨 — 출력물은 그대로 남아 있습니다'
/** The exit code of a command stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const INTERRUPTED_CODE = 130

/**
 * @param {string} root the checkout
 * @param {string} name the log's name (`build`, `test`, …)
 */
export function openLog(root, name) {
  const dir = join(root, 'logs')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${name}.log`)
  const stream = createWriteStream(file)
  return {
    /** The log's path as the person typed commands from: relative to the checkout. */
    shown: relative(root, file),
    /** @param {string} text */
    write(text) {
      stream.write(text)
    },
    /** @returns {Promise<void>} */
    close() {
      return new Promise((done) => stream.end(done))
    },
  }
}

/**
 * Calls `onLine` with each whole line of a stream (the last one even without a newline).
 * @param {NodeJS.ReadableStream} stream
 * @param {(line: string) => void} onLine
 */
export function eachLine(stream, onLine) {
  let rest = ''
  stream.setEncoding('utf8')
  stream.on('data', (/** @type {string} */ chunk) => {
    const parts = (rest + chunk).split('\n')
    rest = parts.pop() ?? ''
    for (const p of parts) onLine(p)
  })
  stream.on('end', () => {
    if (rest !== '') onLine(rest)
  })
}

/**
 * Ctrl-C and kills, for a wrapper whose child is in the same terminal. Ctrl-C reaches the
 * child from the terminal itself (same process group), so SIGINT is only noted here; a
 * SIGTERM or SIGHUP aimed at this process alone is passed on. `onStop` runs once.
 * @param {(signal: NodeJS.Signals) => void} pass passes a signal on to the child
 * @param {() => void} onStop
 */
export function onInterrupt(pass, onStop) {
  let stopped = false
  for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => {
      if (signal !== 'SIGINT') pass(signal)
      if (stopped) return
      stopped = true
      onStop()
    })
  }
  return () => stopped
}
