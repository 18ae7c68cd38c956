import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../../..', import.meta.url))
export const tsx = join(root, 'node_modules/.bin/tsx')

export const OUTPUTS = [
  'reports/policy-memo/dist/policy-memo.pdf',
  'decks/briefing/dist/index.html',
  'decks/briefing/dist/briefing.pdf',
] as const

export interface RunResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly ms: number
}

/** Runs a command to completion with a hard time limit (a hang is a failure, not a wait). */
export function run(
  cmd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  limitMs = 120_000,
): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(cmd, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => {
      stdout += d
    })
    child.stderr.on('data', (d) => {
      stderr += d
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, ms: performance.now() - started })
    })
  })
}

/** Runs tasks with at most `width` at a time, keeping result order. */
export async function pool<T, R>(
  items: readonly T[],
  width: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker))
  return results
}

/** sha256 of each built output (or "missing"), to prove a failed build touched nothing. */
export function outputHashes(): Record<string, string> {
  const out: Record<string, string> = {}
  for (const rel of OUTPUTS) {
    const p = join(root, rel)
    out[rel] = existsSync(p)
      ? createHash('sha256').update(readFileSync(p)).digest('hex')
      : 'missing'
  }
  return out
}

/**
 * The form every problem line takes: `file:line:col  item  message`, where the item is an
 * id and its field (`fig-us-lead-years › value`): single spaces inside, two around it.
 */
export const PROBLEM_LINE = /^\S.*:\d+:\d+ {2}\S(?:[^ ]| (?! ))* {2}\S.*$/
