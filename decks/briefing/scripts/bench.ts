/**
 * `pnpm bench` (in decks/briefing; not a test), also run by the root `pnpm bench` (issue
 * #7), which passes BENCH_RESULTS=<file> for the raw figures. How much the deck costs on
 * top of bare Slidev, this deck and a bare deck with the same number of plain Markdown
 * slides (generated in .bench-bare/ inside this package so it resolves the same
 * node_modules), interleaved, the order rotating every run:
 *
 *   ours  the deck's own build command (package.json `scripts.build`, as `pnpm build` runs
 *         it) into a scratch folder: validate, `slidev build`, print the PDF
 *         (scripts/printDeck.ts), metadata, notes. It reports how long `slidev build` and
 *         the PDF (print + metadata) took.
 *   bare  `slidev build --download`: the static deck, then the PDF from Slidev's own
 *         exporter, split where Vite reports the build done ("✓ built in").
 *
 * Then the dev loop: dataset save → slide updated by hot reload, in Chromium. The bare
 * runs hold the machine-wide lock on Slidev's fixed export port 12445 (builds of older
 * checkouts use it too); time spent waiting for it is not counted.
 *
 * Writes bench-results.json, the table between the bench markers in README.md and, if
 * set, BENCH_RESULTS.
 *
 *   BENCH_RUNS=5 (default; RUNS also works)   BENCH_HMR=0 skips the dev loop
 *   BENCH_DECK_DIAG=1 adds a second baseline: the bare deck with this deck's 1280 px canvas
 *   and Pretendard loaded as this deck loads it (to see what canvas and font cost)
 */
import { execFileSync, spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { withLock } from '@briefing/workbench/lock'
import { datasetDir, HANDOFF_ENV, handoffJson, loadDeckView } from '../src/data/loadView.ts'
import { speakerNotes } from './build.ts'
import { chromiumPath } from './chromium.ts'
import { startDevServer } from './devServer.ts'
import { measureHmr } from './hmrProbe.ts'
import { deckRoot } from './slidev.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? process.env.RUNS ?? 5)
const DIAG = process.env.BENCH_DECK_DIAG === '1'
const work = join(deckRoot, '.bench-work')
const bare = join(deckRoot, '.bench-bare')
const bareFont = join(deckRoot, '.bench-bare-font')
const chromium = chromiumPath()
/** The lock that every `slidev build --download` on this machine takes (its fixed port 12445). */
const PORT_LOCK = 'slidev-download-port-12445'
const gnuTime = existsSync('/usr/bin/time')

interface Sample {
  /** The whole command: ours scripts/build.ts, bare `slidev build --download`. */
  readonly totalMs: number
  /** `slidev build` to Vite's "✓ built in" (ours: build.ts's figure less Slidev's tail). */
  readonly buildMs: number
  /** The rest: Slidev's tail after the build, then the PDF (ours: print and metadata). */
  readonly exportMs: number
  /** Ours only (NaN for bare, which has none): the handout, printed after the deck PDF. */
  readonly handoutMs: number
  /** User + system CPU of the process and the children it waited for (NaN without GNU time). */
  readonly cpuMs: number
  /** Peak RSS of the largest single process, Chromium's included (NaN without GNU time). */
  readonly peakMb: number
}

/** The deck's build command from package.json, `tsx`/`node` resolved, with `--out`. */
function ourBuild(out: string): string[] {
  const pkg = JSON.parse(readFileSync(join(deckRoot, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>
  }
  const [bin, ...args] = (pkg.scripts?.build ?? 'tsx scripts/build.ts').trim().split(/\s+/)
  const cmd = bin === 'node' ? process.execPath : join(deckRoot, 'node_modules/.bin', bin ?? 'tsx')
  return [cmd, ...args, '--out', out]
}

/**
 * Runs one deck build, timed (and under GNU time for CPU and peak memory): ours with the
 * deck's build command, bare with `slidev build --download`.
 */
function timed(
  who: 'ours' | 'bare',
  cwd: string,
  out: string,
  env: NodeJS.ProcessEnv,
): Promise<Sample> {
  const timeFile = join(work, `time-${process.pid}.txt`)
  const command =
    who === 'ours'
      ? ourBuild(out)
      : [
          process.execPath,
          join(cwd, 'node_modules/@slidev/cli/bin/slidev.mjs'),
          'build',
          'slides.md',
          '--out',
          out,
          '--download',
          '--executable-path',
          chromium,
          '--timeout',
          '120000',
        ]
  // %e wall, %M peak RSS in KB, %U %S CPU seconds (the child and the children it waited for).
  const [cmd, ...argv] = gnuTime
    ? ['/usr/bin/time', '-f', '%e %M %U %S', '-o', timeFile, ...command]
    : command
  return new Promise((ok, fail) => {
    const started = performance.now()
    let builtAt = Number.NaN
    let doneAt = Number.NaN
    const child = spawn(cmd as string, argv, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...env },
    })
    let log = ''
    const take = (d: Buffer) => {
      const text = d.toString()
      log += text
      if (Number.isNaN(builtAt) && /✓ built in/.test(text)) builtAt = performance.now() - started
      if (Number.isNaN(doneAt) && /static deck and PDF built/.test(text))
        doneAt = performance.now() - started
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.on('exit', (code) => {
      const totalMs = performance.now() - started
      if (code !== 0) return fail(new Error(`${who} deck build failed:\n${log.slice(-2000)}`))
      let buildMs = builtAt
      let exportMs = totalMs - builtAt
      let handoutMs = Number.NaN
      if (who === 'ours') {
        const m = /site (\d+) ms, PDF (\d+) ms, handout (\d+) ms/.exec(log)
        if (!m || Number.isNaN(builtAt) || Number.isNaN(doneAt))
          return fail(new Error(`scripts/build.ts reported no durations:\n${log.slice(-2000)}`))
        // Split where the bare deck's run is split, at Vite's "✓ built in": what Slidev does
        // after it (404.html, _redirects, its exit) goes to the PDF side here as it does there.
        // The handout is printed after the deck PDF and kept out of the PDF's figure: the
        // bare deck has no handout, so the PDF ratio compares the same work.
        handoutMs = Number(m[3])
        const tail = Math.max(0, doneAt - Number(m[2]) - handoutMs - builtAt)
        buildMs = Number(m[1]) - tail
        exportMs = Number(m[2]) + tail
      }
      if (Number.isNaN(buildMs)) return fail(new Error(`no "✓ built in" line from Slidev:\n${log}`))
      let cpuMs = Number.NaN
      let peakMb = Number.NaN
      if (gnuTime) {
        const [, kb, user, sys] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number)
        peakMb = (kb ?? Number.NaN) / 1024
        cpuMs = ((user ?? Number.NaN) + (sys ?? Number.NaN)) * 1000
      }
      ok({ totalMs, buildMs, exportMs, handoutMs, cpuMs, peakMb })
    })
  })
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}
type Stats = { median: number; min: number; max: number; runs: number }
const stats = (xs: readonly number[]): Stats => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  runs: xs.length,
})
/** Ours ÷ baseline: the ratio of the medians, with the spread of each run's pair. */
const ratio = (ours: readonly number[], base: readonly number[]): Stats => {
  const pairs = ours.map((x, i) => x / (base[i] ?? Number.NaN))
  return { ...stats(pairs), median: median(ours) / median(base) }
}

function treeBytes(dir: string): number {
  let total = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    total += e.isDirectory() ? treeBytes(p) : e.isFile() ? statSync(p).size : 0
  }
  return total
}

/**
 * A bare Slidev deck: the same number of slides, plain Markdown, only what offline needs.
 * With `likeOurs`, it also has this deck's canvas (1280 px wide; the default is 980) and
 * loads Pretendard as this deck does; the bare deck alone has no Korean font on a machine
 * without one, and Chromium prints empty boxes, which cost nothing.
 */
function writeBareDeck(dir: string, slides: number, likeOurs: boolean): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'public'), { recursive: true })
  const body = Array.from(
    { length: slides },
    (_, i) =>
      `# 슬라이드 ${i + 1}\n\n평범한 마크다운 문단입니다. 표와 그림 없이 글자만 있습니다.\n\n- 첫째 항목\n- 둘째 항목\n- 셋째 항목\n`,
  )
  // Offline needs two settings even in a bare deck: no Google Fonts link and a local favicon.
  const head = `---\ntheme: default\nfonts:\n  provider: none\nfavicon: /favicon.svg\n${likeOurs ? 'canvasWidth: 1280\n' : ''}---\n\n`
  writeFileSync(join(dir, 'slides.md'), head + body.join('\n---\n\n'))
  cpSync(join(deckRoot, 'public/favicon.svg'), join(dir, 'public/favicon.svg'))
  if (likeOurs) {
    const css = readFileSync(join(deckRoot, 'styles/index.css'), 'utf8')
    const faces = css.slice(0, css.indexOf(':root'))
    mkdirSync(join(dir, 'styles'))
    writeFileSync(
      join(dir, 'styles/index.css'),
      `${faces}\n.slidev-layout { font-family: Pretendard, sans-serif; }\n`,
    )
  }
  // The CLI must be started from a node_modules inside the deck's folder, or Slidev takes
  // it for a global install and resolves differently (slidevjs/slidev#1566, scripts/slidev.ts).
  mkdirSync(join(dir, 'node_modules'))
  symlinkSync(join(deckRoot, 'node_modules/@slidev'), join(dir, 'node_modules/@slidev'))
}

/** Starts the dev server of this deck on a copy of the dataset and times hot updates. */
async function devLoop(slideNo: number): Promise<number[]> {
  const data = join(work, 'hmr-data')
  rmSync(data, { recursive: true, force: true })
  cpSync(await datasetDir(), data, { recursive: true })
  const server = await startDevServer(data, 3900 + (process.pid % 90))
  try {
    const result = await measureHmr(server.url, data, slideNo, RUNS)
    if (result.reloaded) throw new Error('the page reloaded: that is not a hot update')
    return result.ms
  } finally {
    server.stop()
  }
}

async function main(): Promise<void> {
  const loaded = await loadDeckView()
  if (!loaded.ok) throw new Error('the dataset is invalid: run pnpm data:check')
  const slides = speakerNotes(loaded.view)
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  writeBareDeck(bare, slides.length, false)
  if (DIAG) writeBareDeck(bareFont, slides.length, true)
  // As pnpm build runs Slidev: on the validated view handed off (see src/data/loadView.ts).
  const handoff = join(work, 'view.json')
  writeFileSync(handoff, handoffJson(loaded))
  const env = { BRIEFING_DATA: loaded.dir, [HANDOFF_ENV]: handoff }
  const decks = { ours: deckRoot, bare, bareFont } as const
  type Who = keyof typeof decks
  const who: Who[] = DIAG ? ['ours', 'bare', 'bareFont'] : ['ours', 'bare']
  const samples: Partial<Record<Who, Sample[]>> = {}
  const distBytes: Partial<Record<Who, number>> = {}
  /** Time spent waiting for other checkouts' deck builds to release the port (not timed). */
  let lockWaitMs = 0
  const pdfBytes: Partial<Record<Who, number>> = {}
  /** Ours: the double-click file (dist/index.html, everything inlined) and the handout. */
  let singleFileBytes = 0
  let handoutBytes = 0
  console.log(
    `bench: ${slides.length} slides, ${RUNS} runs of ${who.join(', ')}, interleaved (the order rotates every run)`,
  )
  for (let run = 1; run <= RUNS; run++) {
    const k = (run - 1) % who.length
    for (const w of [...who.slice(k), ...who.slice(0, k)]) {
      const out = join(work, `${w}-dist`)
      rmSync(out, { recursive: true, force: true })
      const asked = performance.now()
      const s =
        w === 'ours'
          ? await timed('ours', deckRoot, out, {
              BRIEFING_DATA: loaded.dir,
              BRIEFING_FULL_BUILD: '1',
            })
          : await withLock(
              PORT_LOCK,
              `deck bench in ${deckRoot}`,
              () => {
                lockWaitMs += performance.now() - asked
                return timed('bare', decks[w], out, env)
              },
              (pid) =>
                console.log(`  (waiting for a deck build elsewhere on this machine, pid ${pid})`),
            )
      const list = samples[w] ?? []
      samples[w] = list
      list.push(s)
      // The deck PDF, not the handout beside it (briefing-handout.pdf sorts first).
      const pdf = readdirSync(out).find((f) => f.endsWith('.pdf') && !f.endsWith('-handout.pdf'))
      if (!pdf) throw new Error(`${w}: the deck build wrote no PDF`)
      distBytes[w] = treeBytes(out)
      pdfBytes[w] = statSync(join(out, pdf)).size
      if (w === 'ours') {
        singleFileBytes = statSync(join(out, 'index.html')).size
        handoutBytes = statSync(join(out, 'briefing-handout.pdf')).size
      }
      console.log(
        `  run ${run} ${w}: build ${(s.buildMs / 1000).toFixed(1)} s + PDF ${(s.exportMs / 1000).toFixed(1)} s = ${(s.totalMs / 1000).toFixed(1)} s, CPU ${(s.cpuMs / 1000).toFixed(1)} s, peak ${Math.round(s.peakMb)} MB`,
      )
      rmSync(out, { recursive: true, force: true })
    }
  }
  // The figure table's first slide: its first row is the key figure the dev-loop probe edits.
  const figureTable = slides.find((s) => s.kind === 'figureTable' && s.part === 0)
  const hmr = process.env.BENCH_HMR === '0' || !figureTable ? [] : await devLoop(figureTable.no)

  const series = (w: Who) => {
    const xs = samples[w] ?? []
    return {
      totalMs: xs.map((s) => s.totalMs),
      buildMs: xs.map((s) => s.buildMs),
      exportMs: xs.map((s) => s.exportMs),
      handoutMs: xs.map((s) => s.handoutMs),
      cpuMs: xs.map((s) => s.cpuMs),
      peakMb: xs.map((s) => s.peakMb),
    }
  }
  const raw = Object.fromEntries(who.map((w) => [w, series(w)])) as Record<
    Who,
    ReturnType<typeof series>
  >
  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${process.platform} ${process.arch}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
    chromium: execFileSync(chromium, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim(),
    slides: slides.length,
    runs: RUNS,
    baselines: who.slice(1),
    samples: raw,
    distBytes,
    pdfBytes,
    singleFileBytes,
    handoutBytes,
    hmrMs: hmr.length ? stats(hmr) : null,
    lockWaitMs: Math.round(lockWaitMs),
  }
  writeFileSync(join(deckRoot, 'bench-results.json'), `${JSON.stringify(result, null, 2)}\n`)
  if (process.env.BENCH_RESULTS)
    writeFileSync(process.env.BENCH_RESULTS, `${JSON.stringify(result, null, 2)}\n`)

  const sec = (x: Stats) =>
    `${(x.median / 1000).toFixed(1)} s (${(x.min / 1000).toFixed(1)}–${(x.max / 1000).toFixed(1)})`
  const rat = (x: Stats) => `${x.median.toFixed(2)} (${x.min.toFixed(2)}–${x.max.toFixed(2)})`
  type Key = 'buildMs' | 'exportMs' | 'totalMs' | 'cpuMs'
  const row = (name: string, key: Key, target: string) => {
    const cells = [name, sec(stats(raw.ours[key]))]
    for (const w of who.slice(1))
      cells.push(sec(stats(raw[w][key])), rat(ratio(raw.ours[key], raw[w][key])))
    return `| ${[...cells, target].join(' | ')} |`
  }
  const mb = (w: Who) => `${Math.round(median(raw[w].peakMb))} MB`
  const kb = (w: Who) =>
    `${Math.round((distBytes[w] ?? 0) / 1024)} KB (PDF ${Math.round((pdfBytes[w] ?? 0) / 1024)} KB)`
  const head = ['step', 'this deck', 'bare deck', 'ratio']
  if (DIAG) head.push('bare deck, our canvas and font', 'ratio')
  head.push('target')
  const extra = (f: (w: Who) => string) => who.slice(1).flatMap((w) => [f(w), ''])
  const table = [
    `Measured ${result.date} on ${result.machine}, ${result.chromium}; ${result.slides} slides; median (min–max) of ${RUNS} runs, all decks interleaved in the same run; a ratio's range is the spread of each run's pair. Load average at the end ${result.loadAverage.join(' / ')}.`,
    '',
    `| ${head.join(' | ')} |`,
    `|${' --- |'.repeat(head.length)}`,
    row(
      '`slidev build` (ours: one file with fonts inlined, hash router; bare: Vite’s usual chunks)',
      'buildMs',
      '≤ 1.2',
    ),
    row('PDF (ours: scripts/printDeck.ts + metadata; bare: Slidev exporter)', 'exportMs', '≤ 1.2'),
    `| handout PDF (ours only: main track with talk tracks, A4, same Chromium after the deck PDF) | ${sec(stats(raw.ours.handoutMs))} | ${extra(() => '—').join(' | ')} | |`,
    row(
      'whole deck build (ours: `scripts/build.ts`, validation included; bare: `slidev build --download`)',
      'totalMs',
      '',
    ),
    ...(gnuTime
      ? [
          row('CPU time (user + sys), whole deck build', 'cpuMs', ''),
          `| peak memory (largest process), whole deck build | ${mb('ours')} | ${extra(mb).join(' | ')} | |`,
        ]
      : []),
    `| output size (\`--out\` folder) | ${kb('ours')} | ${extra(kb).join(' | ')} | |`,
    `| double-click file \`dist/index.html\` (ours only: scripts, styles and four Pretendard weights inside) | ${Math.round(singleFileBytes / 1024)} KB | ${extra(() => '—').join(' | ')} | |`,
    `| handout \`dist/briefing-handout.pdf\` | ${Math.round(handoutBytes / 1024)} KB | ${extra(() => '—').join(' | ')} | |`,
    ...(result.hmrMs
      ? [
          `| dataset save → slide updated (dev, hot reload) | ${Math.round(result.hmrMs.median)} ms (${result.hmrMs.min}–${result.hmrMs.max}) | ${extra(() => '').join(' | ')} | ≤ 300 ms |`,
        ]
      : []),
  ].join('\n')
  const readme = join(deckRoot, 'README.md')
  if (existsSync(readme)) {
    const text = readFileSync(readme, 'utf8')
    const updated = text.replace(
      /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
      `<!-- bench:start -->\n${table}\n<!-- bench:end -->`,
    )
    writeFileSync(readme, updated)
  }
  console.log(`\n${table}\n`)
  rmSync(work, { recursive: true, force: true })
  rmSync(bare, { recursive: true, force: true })
  rmSync(bareFont, { recursive: true, force: true })
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
