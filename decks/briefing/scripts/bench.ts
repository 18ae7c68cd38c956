/**
 * `pnpm bench` (in decks/briefing; not a test): how much the deck costs on top of bare
 * Slidev. Measures `slidev build`, and `slidev build --download` (the deck plus its PDF
 * from Slidev's exporter and the system Chromium, as `pnpm build` runs it; the PDF export
 * is the difference), of this deck and of a bare deck with the same number of plain
 * Markdown slides, generated in .bench-bare/ inside this package so it resolves the same
 * node_modules, in the same run, interleaved; then the dev loop (dataset save → slide
 * updated by hot reload).
 * Writes bench-results.json and the table between the bench markers in README.md.
 *
 *   RUNS=5 (default)   BENCH_HMR=0 to skip the dev-loop measurement
 */
import { execFileSync, spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { datasetDir, HANDOFF_ENV, handoffJson, loadDeckView } from '../src/data/loadView.ts'
import { speakerNotes } from './build.ts'
import { chromiumPath } from './chromium.ts'
import { startDevServer } from './devServer.ts'
import { measureHmr } from './hmrProbe.ts'
import { deckRoot, slidevBin } from './slidev.ts'

const RUNS = Number(process.env.RUNS ?? 5)
const work = join(deckRoot, '.bench-work')
const bare = join(deckRoot, '.bench-bare')
const bareFont = join(deckRoot, '.bench-bare-font')
const chromium = chromiumPath()

interface Sample {
  readonly seconds: number
  readonly peakMb: number
}

/** Runs the Slidev CLI under /usr/bin/time for wall time and peak memory. */
function timed(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Sample> {
  const timeFile = join(work, `time-${process.pid}.txt`)
  const useTime = existsSync('/usr/bin/time')
  const cli = cwd === deckRoot ? slidevBin : join(cwd, 'node_modules/@slidev/cli/bin/slidev.mjs')
  const [cmd, argv] = useTime
    ? ['/usr/bin/time', ['-f', '%e %M', '-o', timeFile, process.execPath, cli, ...args]]
    : [process.execPath, [cli, ...args]]
  return new Promise((ok, fail) => {
    const started = performance.now()
    const child = spawn(cmd, argv, {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...env },
    })
    let err = ''
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString()
    })
    child.on('exit', (code) => {
      const wall = (performance.now() - started) / 1000
      if (code !== 0)
        return fail(new Error(`slidev ${args.join(' ')} in ${cwd} failed:\n${err.slice(-2000)}`))
      if (!useTime) return ok({ seconds: wall, peakMb: 0 })
      const [, kb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number)
      ok({ seconds: wall, peakMb: Math.round((kb ?? 0) / 1024) })
    })
  })
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}
const stats = (xs: readonly number[]) => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  runs: xs.length,
})

/**
 * A bare Slidev deck: the same number of slides, plain Markdown, only what offline needs.
 * With `likeOurs`, it also has this deck's canvas (1280 px wide; the default is 980, and
 * Chromium takes twice as long to open the 34-slide print page at 1280) and loads
 * Pretendard as this deck does, so the comparison isolates what our components, data
 * and plan cost.
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
  // it for a global install and resolves differently (see scripts/slidev.ts).
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
  writeBareDeck(bareFont, slides.length, true)
  // As pnpm build runs Slidev: on the validated view handed off (see src/data/loadView.ts).
  const handoff = join(work, 'view.json')
  writeFileSync(handoff, handoffJson(loaded))
  const env = { BRIEFING_DATA: loaded.dir, [HANDOFF_ENV]: handoff }
  const decks = { ours: deckRoot, bare, bareFont } as const
  type Who = keyof typeof decks
  const samples: Record<Who, { build: Sample[]; withPdf: Sample[] }> = {
    ours: { build: [], withPdf: [] },
    bare: { build: [], withPdf: [] },
    bareFont: { build: [], withPdf: [] },
  }
  console.log(
    `bench: ${slides.length} slides, ${RUNS} runs each, interleaved (the order rotates every run)`,
  )
  const order: Who[] = ['ours', 'bare', 'bareFont']
  for (let run = 1; run <= RUNS; run++) {
    for (const who of [...order.slice((run - 1) % 3), ...order.slice(0, (run - 1) % 3)]) {
      const out = join(work, `${who}-dist`)
      rmSync(out, { recursive: true, force: true })
      const b = await timed(decks[who], ['build', 'slides.md', '--out', out], env)
      rmSync(out, { recursive: true, force: true })
      const p = await timed(
        decks[who],
        [
          'build',
          'slides.md',
          '--out',
          out,
          '--download',
          '--executable-path',
          chromium,
          '--timeout',
          '120000',
        ],
        env,
      )
      samples[who].build.push(b)
      samples[who].withPdf.push(p)
      console.log(
        `  run ${run} ${who}: build ${b.seconds.toFixed(1)} s (${b.peakMb} MB), build + PDF ${p.seconds.toFixed(1)} s (${p.peakMb} MB)`,
      )
    }
  }
  const keyFigures = slides.find((s) => s.kind === 'keyFigures')
  const hmr = process.env.BENCH_HMR === '0' || !keyFigures ? [] : await devLoop(keyFigures.no)
  const secs = (xs: Sample[]) => stats(xs.map((s) => s.seconds))
  const mb = (xs: Sample[]) => median(xs.map((s) => s.peakMb))
  const step = (k: 'build' | 'withPdf') => ({
    ours: secs(samples.ours[k]),
    bare: secs(samples.bare[k]),
    bareFont: secs(samples.bareFont[k]),
    peakMb: {
      ours: mb(samples.ours[k]),
      bare: mb(samples.bare[k]),
      bareFont: mb(samples.bareFont[k]),
    },
  })
  // The PDF export alone: each run's build + PDF minus the same run's build, then the median.
  const pdfOnly = (who: Who) =>
    stats(samples[who].withPdf.map((p, i) => p.seconds - (samples[who].build[i]?.seconds ?? 0)))
  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${process.platform} ${process.arch}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    chromium: execFileSync(chromium, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim(),
    slides: slides.length,
    build: step('build'),
    buildWithPdf: step('withPdf'),
    pdfExport: { ours: pdfOnly('ours'), bare: pdfOnly('bare'), bareFont: pdfOnly('bareFont') },
    hmrMs: hmr.length ? stats(hmr) : null,
  }
  writeFileSync(join(deckRoot, 'bench-results.json'), `${JSON.stringify(result, null, 2)}\n`)
  const f = (x: ReturnType<typeof stats>) =>
    `${x.median.toFixed(1)} s (${x.min.toFixed(1)}–${x.max.toFixed(1)})`
  type Row = {
    ours: ReturnType<typeof stats>
    bare: ReturnType<typeof stats>
    bareFont: ReturnType<typeof stats>
  }
  const row = (name: string, r: Row) =>
    `| ${name} | ${f(r.ours)} | ${f(r.bare)} | ${(r.ours.median / r.bare.median).toFixed(2)} | ${f(r.bareFont)} | ${(r.ours.median / r.bareFont.median).toFixed(2)} | ≤ 1.2 |`
  const table = [
    `Measured ${result.date} on ${result.machine}, ${result.chromium}; ${result.slides} slides; median (min–max) of ${RUNS} runs, all decks interleaved in the same run.`,
    '',
    '| step | this deck | bare deck | ratio | bare deck, our canvas and font | ratio | target |',
    '|---|---|---|---|---|---|---|',
    row('`slidev build`', result.build),
    row('PDF export (Slidev exporter, system Chromium)', result.pdfExport),
    row('`slidev build --download` (both, as `pnpm build` runs it)', result.buildWithPdf),
    `| peak memory, build / build + PDF | ${result.build.peakMb.ours} / ${result.buildWithPdf.peakMb.ours} MB | ${result.build.peakMb.bare} / ${result.buildWithPdf.peakMb.bare} MB | | ${result.build.peakMb.bareFont} / ${result.buildWithPdf.peakMb.bareFont} MB | | |`,
    ...(result.hmrMs
      ? [
          `| dataset save → slide updated (dev, hot reload) | ${result.hmrMs.median} ms (${result.hmrMs.min}–${result.hmrMs.max}) | | | | | ≤ 300 ms |`,
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
