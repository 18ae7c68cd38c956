/**
 * Memo benchmark (not a test): `pnpm --filter @briefing/policy-memo bench`, and part of
 * the root `pnpm bench` (issue #7), which passes BENCH_RESULTS=<file> for the raw figures.
 *
 *   cold  the package's own build command (package.json `scripts.build`, as `pnpm build`
 *         runs it) with `--out <tmp>`, in a fresh process: load, validate, render, write;
 *         wall time and peak RSS (GNU time at /usr/bin/time, when installed)
 *   warm  renderMemo(view) again in a process that has rendered it before, as `pnpm dev`
 *         does on every save; and load + validate + render, all of a save but the write
 *   bare  a React-PDF document with the same number of pages, each holding that
 *         page's text of the memo as one plain <Text> in the same font, with
 *         React-PDF's defaults; cold and warm, each in its own process, started the same
 *         way as ours, so nothing (fonts, line breaker, caches) is shared with ours
 *
 * Ours and bare alternate, run by run (the order flips every run), cold and warm alike:
 * the warm renders come from two long-lived processes, one each, told in turn to render
 * once more. So a slow minute on a shared machine hits both, and a ratio's spread is the
 * spread of each run's pair. Medians of BENCH_RUNS (default 5) runs with min and max.
 * Targets: issue 3 (cold ≤ 3 s, warm ≤ 1 s, PDF ≤ 300 KB) and issue 7 (ours ÷ bare ≤
 * 1.5). Prints a Markdown table and the raw figures as JSON; writes only temporary files
 * and, if set, BENCH_RESULTS.
 */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { bareDocument } from './bareMemo.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const here = resolve(fileURLToPath(new URL('.', import.meta.url)))
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/**
 * How `pnpm build` starts the memo: the package's build script as pnpm runs it (e.g.
 * `node scripts/runBuild.mjs`, which runs the bundle scripts/bundleCli.ts made), with
 * `node` resolved to this Node.
 */
function buildCommand(): readonly string[] {
  const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>
  }
  const words = (pkg.scripts?.build ?? '').trim().split(/\s+/)
  if (words[0] !== 'node')
    throw new Error(`the build script is not a node command: "${pkg.scripts?.build}"`)
  return [process.execPath, ...words.slice(1)]
}
/** The warm renderers run bench.ts itself, from source. */
const warmPrefix = [process.execPath, '--import', 'tsx'] as const

interface Stats {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly runs: number
}

const stats = (values: readonly number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number, runs: values.length }
}

/** Ours ÷ bare: the ratio of the medians, and the spread of each run's pair. */
const ratio = (ours: readonly number[], bare: readonly number[]): Stats => {
  const pairs = stats(ours.map((x, i) => x / (bare[i] ?? Number.NaN)).filter(Number.isFinite))
  return { ...pairs, median: stats(ours).median / stats(bare).median }
}

/** Run a command in a fresh process: wall time in ms and peak RSS in KB (if known). */
function timeProcess(args: readonly string[]): { ms: number; rssKb?: number } {
  const [command, ...rest] = gnuTime ? [gnuTime, '-f', 'maxrss=%M', ...args] : args
  const started = performance.now()
  const run = spawnSync(command as string, rest, { cwd: here, encoding: 'utf8' })
  const ms = performance.now() - started
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`)
  const rss = /maxrss=(\d+)/.exec(run.stderr)?.[1]
  return rss ? { ms, rssKb: Number(rss) } : { ms }
}

// --- child processes of this script -------------------------------------------------

/**
 * A warm renderer: renders once, prints `ready`, then renders again for every `render`
 * line on stdin (and loads, validates and renders for every `load` line), printing the
 * milliseconds; on `end`, prints its peak RSS in KB and exits.
 */
async function warmServer(who: 'ours' | 'bare', pagesFile: string): Promise<void> {
  const { renderToBuffer } = await import('@react-pdf/renderer')
  let render: () => Promise<unknown>
  let loadAndRender: () => Promise<unknown> = () => Promise.reject(new Error('bare: no load'))
  if (who === 'bare') {
    const doc = bareDocument(pagesFile)
    render = () => renderToBuffer(doc)
  } else {
    const { loadBriefing } = await import('@briefing/views/node')
    const { renderMemo } = await import('./src/render.ts')
    const loaded = loadBriefing()
    if (!loaded.ok) throw new Error('the dataset is invalid: run pnpm data:check')
    render = () => renderMemo(loaded.view)
    loadAndRender = async () => {
      const again = loadBriefing()
      if (!again.ok) throw new Error('the dataset is invalid')
      return renderMemo(again.view)
    }
  }
  await render()
  console.log('ready')
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'end') break
    const t = performance.now()
    await (line === 'load' ? loadAndRender() : render())
    console.log(String(performance.now() - t))
  }
  // Exit once the reply is written: stdin, still open, would keep this process alive.
  process.stdout.write(`${process.resourceUsage().maxRSS}\n`, () => process.exit(0))
}

/** Starts a warm server and returns a function that sends one command and awaits the reply. */
async function startWarm(who: 'ours' | 'bare', pagesFile: string) {
  const [cmd, ...args] = [...warmPrefix, 'bench.ts', '--warm', who, pagesFile]
  const child: ChildProcessWithoutNullStreams = spawn(cmd as string, args, { cwd: here })
  let err = ''
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString()
  })
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const next = async (): Promise<string> => {
    const r = await lines.next()
    if (r.done) throw new Error(`the ${who} warm renderer stopped:\n${err}`)
    return r.value
  }
  if ((await next()) !== 'ready') throw new Error(`the ${who} warm renderer did not start:\n${err}`)
  return async (command: 'render' | 'load' | 'end'): Promise<number> => {
    child.stdin.write(`${command}\n`)
    const reply = Number(await next())
    if (command === 'end') child.stdin.end()
    return reply
  }
}

// --- the benchmark ----------------------------------------------------------------

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'memo-bench-'))
  try {
    const { loadBriefing, formatProblem } = await import('@briefing/views/node')
    const { renderMemo, countPages } = await import('./src/render.ts')
    const { extractText } = await import('unpdf')
    const command = buildCommand()
    // Both fresh processes start from a bundle made the same way: ours as `pnpm build`
    // makes it (refreshed here, so the bench never times the slower from-source fallback),
    // the bare baseline from bareMemo.ts.
    const { bundle, bundleDir } = await import('./scripts/bundleCli.ts')
    const { bundleIsFresh } = await import('./scripts/runBuild.mjs')
    await bundle(join(here, 'src/cli/build.ts'), join(bundleDir, 'build.mjs'))
    const bareBundle = join(bundleDir, 'bare.mjs')
    await bundle(join(here, 'bareMemoMain.ts'), bareBundle)
    if (!bundleIsFresh()) throw new Error('the memo bundle is stale right after bundling')

    const loaded = loadBriefing()
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'))
    const view = loaded.view
    const first = await renderMemo(view)

    // Bare: the same pages of text, the same font, React-PDF defaults.
    const pages = (await extractText(new Uint8Array(first))).text
    const pagesFile = join(tmp, 'pages.json')
    writeFileSync(pagesFile, JSON.stringify(pages))
    const bareOut = join(tmp, 'bare.pdf')

    // Warm: one long-lived renderer each, told in turn to render once more.
    const ours = await startWarm('ours', pagesFile)
    const bare = await startWarm('bare', pagesFile)
    const warmMs: number[] = []
    const bareWarmMs: number[] = []
    for (let i = 0; i < RUNS; i++) {
      if (i % 2) {
        bareWarmMs.push(await bare('render'))
        warmMs.push(await ours('render'))
      } else {
        warmMs.push(await ours('render'))
        bareWarmMs.push(await bare('render'))
      }
    }
    const warmLoadMs: number[] = []
    for (let i = 0; i < RUNS; i++) warmLoadMs.push(await ours('load'))
    const warmRssKb = await ours('end')
    await bare('end')
    console.error(
      `  warm: ours ${warmMs.map((x) => Math.round(x)).join(', ')} ms; bare ${bareWarmMs.map((x) => Math.round(x)).join(', ')} ms`,
    )

    // Cold: the memo's part of `pnpm build` minus pnpm and turbo, in fresh processes,
    // alternating with the bare document started the same way.
    const coldOut = join(tmp, 'cold.pdf')
    const cold: Array<{ ms: number; rssKb?: number }> = []
    const bareCold: Array<{ ms: number; rssKb?: number }> = []
    for (let i = 0; i < RUNS; i++) {
      const runOurs = () => cold.push(timeProcess([...command, '--out', coldOut]))
      const runBare = () =>
        bareCold.push(timeProcess([process.execPath, bareBundle, pagesFile, bareOut]))
      if (i % 2) {
        runBare()
        runOurs()
      } else {
        runOurs()
        runBare()
      }
      console.error(
        `  cold run ${i + 1}: ours ${((cold.at(-1)?.ms ?? 0) / 1000).toFixed(2)} s, bare ${((bareCold.at(-1)?.ms ?? 0) / 1000).toFixed(2)} s`,
      )
    }
    const rssMb = (runs: ReadonlyArray<{ rssKb?: number }>) =>
      runs[0]?.rssKb ? stats(runs.map((r) => (r.rssKb ?? 0) / 1024)) : undefined

    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
      runs: RUNS,
      stamp: view.stamp.text,
      command: command.map((w) => w.replace(`${here}/`, '')).join(' '),
      pages: countPages(first),
      pdfBytes: first.length,
      coldMs: stats(cold.map((r) => r.ms)),
      coldPeakRssMb: rssMb(cold),
      warmRenderMs: stats(warmMs),
      warmLoadAndRenderMs: stats(warmLoadMs),
      warmProcessPeakRssMb: warmRssKb / 1024,
      bare: {
        pages: countPages(readFileSync(bareOut)),
        pdfBytes: statSync(bareOut).size,
        coldMs: stats(bareCold.map((r) => r.ms)),
        coldPeakRssMb: rssMb(bareCold),
        warmRenderMs: stats(bareWarmMs),
      },
      ratioCold: ratio(
        cold.map((r) => r.ms),
        bareCold.map((r) => r.ms),
      ),
      ratioWarm: ratio(warmMs, bareWarmMs),
    }
    const f = (s: Stats, unit = 's', scale = 1000) =>
      `${(s.median / scale).toFixed(2)} ${unit} (${(s.min / scale).toFixed(2)}–${(s.max / scale).toFixed(2)})`
    const r = (s: Stats) => `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`
    const mark = (ok: boolean) => (ok ? 'met' : 'missed')
    const rows = [
      ['measure', `median (min–max), ${RUNS} runs`, 'target', ''],
      [
        `cold process (\`${result.command}\`)`,
        f(result.coldMs),
        '≤ 3 s',
        mark(result.coldMs.median <= 3000),
      ],
      [
        'warm render (a process that rendered before)',
        f(result.warmRenderMs),
        '≤ 1 s',
        mark(result.warmRenderMs.median <= 1000),
      ],
      ['warm load + validate + render', f(result.warmLoadAndRenderMs), '', ''],
      [
        'PDF size',
        `${(result.pdfBytes / 1024).toFixed(0)} KB, ${result.pages} pages`,
        '≤ 300 KB',
        mark(result.pdfBytes <= 300 * 1024),
      ],
      [
        'peak RSS, cold process',
        result.coldPeakRssMb ? `${f(result.coldPeakRssMb, 'MB', 1)}` : 'n/a',
        '',
        '',
      ],
      ['peak RSS, warm process', `${result.warmProcessPeakRssMb.toFixed(0)} MB`, '', ''],
      [
        'bare React-PDF, cold process',
        `${f(result.bare.coldMs)}, ${result.bare.pages} pages`,
        '',
        '',
      ],
      ['bare React-PDF, warm render', f(result.bare.warmRenderMs), '', ''],
      ['ours ÷ bare, cold', r(result.ratioCold), '≤ 1.5', mark(result.ratioCold.median <= 1.5)],
      ['ours ÷ bare, warm', r(result.ratioWarm), '≤ 1.5', mark(result.ratioWarm.median <= 1.5)],
    ]
    console.log(`\n${result.date} · ${result.machine} · ${result.stamp}\n`)
    console.log(
      rows
        .map(
          (row, i) => `| ${row.join(' | ')} |${i === 0 ? `\n|${' --- |'.repeat(row.length)}` : ''}`,
        )
        .join('\n'),
    )
    const resultsFile = process.env.BENCH_RESULTS
    if (resultsFile) writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`)
    else console.log(`\n${JSON.stringify(result)}`)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

const [mode, a, b] = process.argv.slice(2)
if (mode === '--warm' && (a === 'ours' || a === 'bare') && b) await warmServer(a, b)
else await main()
