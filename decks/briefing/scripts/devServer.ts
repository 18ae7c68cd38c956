/**
 * Starts `slidev` (the dev server) for this deck on a given dataset, for the dev-loop
 * test and the benchmark; resolves once it listens. stop() ends it and its children.
 */
import { spawn } from 'node:child_process'
import { deckRoot, slidevBin } from './slidev.ts'

export interface DevServer {
  readonly url: string
  /** Everything the server printed so far (stdout and stderr). */
  output(): string
  stop(): void
}

export function startDevServer(dataDir: string, port: number): Promise<DevServer> {
  const child = spawn(process.execPath, [slidevBin, '--open', 'false', '--port', String(port)], {
    cwd: deckRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, BRIEFING_DATA: dataDir, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  })
  let out = ''
  const stop = () => {
    // The server's own process group: Slidev may have started helpers.
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
  }
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      stop()
      fail(new Error(`dev server did not start in 90 s:\n${out}`))
    }, 90_000)
    const onData = (d: Buffer) => {
      out += d.toString()
      if (out.includes('public slide show')) {
        clearTimeout(timer)
        ok({ url: `http://localhost:${port}`, output: () => out, stop })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`dev server exited (${code}):\n${out}`))
    })
  })
}
