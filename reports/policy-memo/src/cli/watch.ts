/**
 * `pnpm dev`: one warm process (fonts registered once) that rebuilds the memo on
 * every save in the dataset directory. An invalid save prints its problems and
 * keeps the last good PDF. One line per build with the time it took.
 */
import { type FSWatcher, watch } from 'node:fs'
import { dataDirFromEnv } from '@briefing/views/node'
import { defaultMemoPath, writeMemo } from '../writeMemo.ts'
import { describeBuild, describeProblems, errorMessage, shownPath } from './report.ts'

const DEBOUNCE_MS = 100
const dir = dataDirFromEnv()
const out = defaultMemoPath

let running = false
let pending = false
let timer: NodeJS.Timeout | undefined

const clock = () => new Date().toTimeString().slice(0, 8)

async function rebuild(): Promise<void> {
  if (running) {
    pending = true
    return
  }
  running = true
  try {
    const build = await writeMemo(out, dir)
    if (build.ok) console.log(`[${clock()}] ${describeBuild(build)}`)
    else {
      console.error(`[${clock()}] the dataset has problems; keeping the last good PDF`)
      for (const line of describeProblems(build.problems, out))
        console.error(line === '' ? '' : `  ${line}`)
    }
  } catch (error) {
    console.error(`[${clock()}] policy-memo: ${errorMessage(error)}; keeping the last good PDF`)
  } finally {
    running = false
    if (pending) {
      pending = false
      void rebuild()
    }
  }
}

function schedule(): void {
  clearTimeout(timer)
  timer = setTimeout(() => void rebuild(), DEBOUNCE_MS)
}

let watcher: FSWatcher
try {
  // The directory, not each file: editors save by writing a new file and renaming.
  watcher = watch(dir, (_event, name) => {
    if (name === null || /\.ya?ml$/i.test(name)) schedule()
  })
} catch (error) {
  console.error(`policy-memo: cannot watch ${shownPath(dir)}: ${errorMessage(error)}`)
  process.exit(2)
}
console.log(`watching ${shownPath(dir)} → ${shownPath(out)} (Ctrl-C to stop)`)
await rebuild()

process.on('SIGINT', () => {
  watcher.close()
  process.exit(0)
})
