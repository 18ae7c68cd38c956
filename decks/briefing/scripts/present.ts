/**
 * `pnpm present`: serves the built deck (dist/) on this machine and prints the audience
 * and presenter URLs. Offline: the deck needs nothing from the network. Without a build
 * it runs the Slidev dev server instead (slower to start, same URLs).
 *
 *   PORT=3030 (default)   HOST=127.0.0.1 (default; HOST=0.0.0.0 to show it on another screen of the LAN)
 *
 * A busy port and Ctrl-C each end with one Korean line (issue 16), not a stack trace.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { HELP, portBusyMessage } from '@briefing/workbench/help'
import { INTERRUPTED_CODE, STOPPED } from '@briefing/workbench/taskOutput'
import { serveStatic } from './serve.ts'
import { deckRoot, slidevBin } from './slidev.ts'

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(HELP.present ?? '')
  process.exit(0)
}
const port = Number(process.env.PORT ?? 3030)
const host = process.env.HOST ?? '127.0.0.1'
const dist = join(deckRoot, 'dist')

function printUrls(base: string, what: string): void {
  console.log(`\n  Briefing deck (${what})\n`)
  // The built deck uses the hash router (one file, scripts/build.ts); the dev server does
  // not, and scripts/serve.ts sends /presenter/1 to /#/presenter/1, so both forms work.
  const at = what === 'dev server' ? '' : '/#'
  console.log(`  audience    ${base}${at}/1`)
  console.log(`  presenter   ${base}${at}/presenter/1   (speaker notes, timer, next slide)`)
  console.log(`  overview    ${base}${at}/overview`)
  console.log(
    '\n  Open the audience URL on the projector and the presenter URL on your own screen;',
  )
  console.log('  they stay in step. Ctrl+C to stop.\n')
}

if (existsSync(join(dist, 'index.html'))) {
  const server = await serveStatic(dist, port, host).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error
    console.error(portBusyMessage(port))
    process.exit(1)
  })
  // Before the URLs are printed: a Ctrl-C the moment they appear is a clean stop too.
  const stop = () =>
    void server.close().then(() => {
      console.error(STOPPED)
      process.exit(INTERRUPTED_CODE)
    })
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  const shown = host === '0.0.0.0' ? `http://localhost:${server.port}` : server.url
  printUrls(
    shown,
    `built: ${join('dist', 'index.html')}${existsSync(join(dist, 'briefing.pdf')) ? ', PDF in dist/briefing.pdf' : ''}`,
  )
} else {
  console.log(
    'briefing deck: no dist/ yet (pnpm build makes one); starting the dev server instead.',
  )
  const child = spawn(process.execPath, [slidevBin, '--open', 'false', '--port', String(port)], {
    cwd: deckRoot,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  })
  let stopped = false
  child.on('exit', (code) => {
    if (stopped) console.error(STOPPED)
    process.exit(stopped ? INTERRUPTED_CODE : (code ?? 0))
  })
  // Before the URLs are printed, as above.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      stopped = true
      child.kill(signal)
    })
  printUrls(`http://localhost:${port}`, 'dev server')
}
