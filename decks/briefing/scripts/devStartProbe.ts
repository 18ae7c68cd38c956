/**
 * `pnpm bench`'s dev-start probe (issue 17): how long from typing `pnpm dev` until the
 * deck's first slide is shown in a browser. Starts the given command in its own process
 * group, reads the deck's address from Slidev's banner, opens it in Chromium at once and
 * waits for the first slide's title; then stops the command and prints one JSON line:
 *   { "readyMs": <command → Slidev's banner>, "shownMs": <command → first slide shown> }
 *
 *   node --import tsx scripts/devStartProbe.ts <cwd> <command> [args…]
 *
 * The memo watcher that `pnpm dev` also starts renders at the same time, as it does for a
 * person; the probe's browser is launched while the server starts, as a person's is open.
 */
import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts'

const [cwd, command, ...args] = process.argv.slice(2)
if (!cwd || !command) throw new Error('usage: devStartProbe.ts <cwd> <command> [args…]')

const started = performance.now()
const child = spawn(command, args, {
  cwd,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
})
const stop = (): void => {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
}
process.on('exit', stop)
const browser = chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })

let output = ''
const address = new Promise<{ url: string; at: number }>((ok, fail) => {
  const onData = (d: Buffer): void => {
    output += d.toString()
    // "public slide show   > http://localhost:3030/" (Slidev 52.20.1's banner), colours aside.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the banner is coloured.
    const plain = output.replace(/\u001b\[[0-9;]*m/g, '')
    const m = /public slide show\s*>\s*(http:\/\/\S+?)\/?\s/.exec(plain)
    if (m?.[1]) ok({ url: m[1], at: performance.now() - started })
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  child.on('exit', (code) => fail(new Error(`the command exited (${code}):\n${output}`)))
})

const timer = setTimeout(() => {
  console.error(`no slide shown in 120 s:\n${output}`)
  process.exit(1)
}, 120_000)
try {
  const { url, at } = await address
  const page = await (await browser).newPage({ viewport: { width: 1280, height: 720 } })
  await page.goto(`${url}/1`, { waitUntil: 'commit' })
  // The cover has no frame title (scripts/printDeck.ts): its first heading then.
  await page
    .locator('.slidev-page-1 [data-slide-title], .slidev-page-1 h1')
    .first()
    .waitFor({ state: 'visible' })
  const shown = performance.now() - started
  console.log(JSON.stringify({ readyMs: Math.round(at), shownMs: Math.round(shown) }))
} finally {
  clearTimeout(timer)
  await (await browser).close()
  stop()
}
