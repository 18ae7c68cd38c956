import { spawn } from 'node:child_process'
import { root } from './run.ts'

/**
 * A command started in its own process group, as a terminal starts it: `interrupt()` sends
 * SIGINT to the whole group, exactly what Ctrl-C does (pnpm, the wrapper, turbo, every task
 * and the processes they started all receive it).
 */
export interface Started {
  readonly pid: number
  /** Everything printed so far, stdout and stderr interleaved. */
  output(): string
  /** Resolves when `marker` has been printed; rejects if the command ends first. */
  printed(marker: string): Promise<void>
  interrupt(): void
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>
}

export function startInGroup(
  cmd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  limitMs = 300_000,
): Started {
  const child = spawn(cmd, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  if (child.pid === undefined) throw new Error(`${cmd} did not start`)
  const pid = child.pid
  let text = ''
  const waiters: Array<{ marker: string; ok: () => void; fail: (e: Error) => void }> = []
  const seen = (chunk: Buffer): void => {
    text += chunk.toString('utf8')
    for (const w of waiters.splice(0)) {
      if (text.includes(w.marker)) w.ok()
      else waiters.push(w)
    }
  }
  child.stdout.on('data', seen)
  child.stderr.on('data', seen)
  const timer = setTimeout(() => process.kill(-pid, 'SIGKILL'), limitMs)
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>(
    (resolve) => {
      child.on('close', (code, signal) => {
        clearTimeout(timer)
        for (const w of waiters.splice(0)) {
          w.fail(new Error(`ended before printing "${w.marker}":\n${text.slice(-3000)}`))
        }
        resolve({ code, signal, output: text })
      })
    },
  )
  return {
    pid,
    output: () => text,
    printed: (marker) =>
      text.includes(marker)
        ? Promise.resolve()
        : new Promise((ok, fail) => waiters.push({ marker, ok, fail })),
    interrupt: () => {
      try {
        process.kill(-pid, 'SIGINT')
      } catch {
        // The group has already ended.
      }
    },
    done,
  }
}
