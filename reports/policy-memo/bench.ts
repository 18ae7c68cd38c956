/**
 * Memo benchmark (not a test): `pnpm --filter @briefing/policy-memo bench`.
 *
 *   cold  `tsx src/cli/build.ts --out <tmp>` in a fresh process: load, validate,
 *         render, write; wall time and peak RSS (GNU time, when installed)
 *   warm  renderMemo(view) again in this process, as `pnpm dev` does on every save
 *   bare  a React-PDF document with the same number of pages, each holding that
 *         page's text of the memo as one plain <Text> in the same font, with
 *         React-PDF's defaults; cold and warm, each in its own process so nothing
 *         (fonts, line breaker, caches) is shared with ours
 *
 * Medians of RUNS runs with min and max. Targets (issue 3, 2-core machine): cold
 * ≤ 3 s, warm ≤ 1 s, PDF ≤ 300 KB, ours ÷ bare ≤ 1.5. Prints a Markdown table and
 * the raw figures as JSON; writes nothing but temporary files.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const here = resolve(fileURLToPath(new URL('.', import.meta.url)))
const tsx = join(here, 'node_modules/.bin/tsx')
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

interface Stats {
  readonly median: number
  readonly min: number
  readonly max: number
}

const stats = (values: readonly number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number }
}

/** Run a command in a fresh process: wall time in ms and peak RSS in KB (if known). */
function timeProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): { ms: number; rssKb?: number } {
  const [command, ...rest] = gnuTime ? [gnuTime, '-f', 'maxrss=%M', ...args] : args
  const started = performance.now()
  const run = spawnSync(command as string, rest, {
    cwd: here,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  const ms = performance.now() - started
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`)
  const rss = /maxrss=(\d+)/.exec(run.stderr)?.[1]
  return rss ? { ms, rssKb: Number(rss) } : { ms }
}

// --- bare baseline, run as child processes of this script ------------------------

async function bareDocument(pagesFile: string) {
  const { createElement: h } = await import('react')
  const { Document, Font, Page, Text } = await import('@react-pdf/renderer')
  const { FONT_FAMILY, memoFontFiles } = await import('@briefing/fonts')
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: memoFontFiles.regular, fontWeight: 400 },
      { src: memoFontFiles.semibold, fontWeight: 600 },
      { src: memoFontFiles.bold, fontWeight: 700 },
    ],
  })
  const pages = JSON.parse(readFileSync(pagesFile, 'utf8')) as string[]
  const style = { fontFamily: FONT_FAMILY, fontSize: 9, padding: 56 }
  return h(
    Document,
    { creationDate: new Date(0) },
    ...pages.map((text, i) =>
      h(Page, { key: i, size: 'A4', style, wrap: false }, h(Text, null, text)),
    ),
  )
}

async function bareCold(pagesFile: string, out: string): Promise<void> {
  const { renderToBuffer } = await import('@react-pdf/renderer')
  writeFileSync(out, await renderToBuffer(await bareDocument(pagesFile)))
}

async function bareWarm(pagesFile: string): Promise<void> {
  const { renderToBuffer } = await import('@react-pdf/renderer')
  const doc = await bareDocument(pagesFile)
  const first = await renderToBuffer(doc)
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    await renderToBuffer(doc)
    times.push(performance.now() - t)
  }
  console.log(JSON.stringify({ times, bytes: first.length }))
}

// --- the benchmark ----------------------------------------------------------------

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'memo-bench-'))
  try {
    const { loadBriefing, formatProblem } = await import('@briefing/views/node')
    const { renderMemo, countPages } = await import('./src/render.ts')
    const { extractText } = await import('unpdf')

    const loaded = loadBriefing()
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'))
    const view = loaded.view

    // Cold: the whole `pnpm build` minus pnpm itself, in fresh processes.
    const coldOut = join(tmp, 'cold.pdf')
    const cold = Array.from({ length: RUNS }, () =>
      timeProcess([tsx, 'src/cli/build.ts', '--out', coldOut]),
    )

    // Warm: in-process renders of the loaded view after a first one.
    const first = await renderMemo(view)
    const warmMs: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now()
      await renderMemo(view)
      warmMs.push(performance.now() - t)
    }
    const warmLoadMs: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now()
      const again = loadBriefing()
      if (again.ok) await renderMemo(again.view)
      warmLoadMs.push(performance.now() - t)
    }
    const warmRssKb = process.resourceUsage().maxRSS

    // Bare: same pages of text, same font, React-PDF defaults.
    const pages = (await extractText(new Uint8Array(first))).text
    const pagesFile = join(tmp, 'pages.json')
    writeFileSync(pagesFile, JSON.stringify(pages))
    const bareOut = join(tmp, 'bare.pdf')
    const bareColdRuns = Array.from({ length: RUNS }, () =>
      timeProcess([tsx, 'bench.ts', '--bare-cold', pagesFile, bareOut]),
    )
    const bareWarmRun = spawnSync(tsx, ['bench.ts', '--bare-warm', pagesFile], {
      cwd: here,
      encoding: 'utf8',
    })
    if (bareWarmRun.status !== 0) throw new Error(bareWarmRun.stderr)
    const bareWarm = JSON.parse(bareWarmRun.stdout.trim().split('\n').at(-1) ?? '{}') as {
      times: number[]
      bytes: number
    }

    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
      runs: RUNS,
      stamp: view.stamp.text,
      pages: countPages(first),
      pdfBytes: first.length,
      coldMs: stats(cold.map((r) => r.ms)),
      coldPeakRssMb: cold[0]?.rssKb ? stats(cold.map((r) => (r.rssKb ?? 0) / 1024)) : undefined,
      warmRenderMs: stats(warmMs),
      warmLoadAndRenderMs: stats(warmLoadMs),
      warmProcessPeakRssMb: warmRssKb / 1024,
      bare: {
        pages: countPages(readFileSync(bareOut)),
        pdfBytes: statSync(bareOut).size,
        coldMs: stats(bareColdRuns.map((r) => r.ms)),
        warmRenderMs: stats(bareWarm.times),
      },
    }
    const ratioCold = result.coldMs.median / result.bare.coldMs.median
    const ratioWarm = result.warmRenderMs.median / result.bare.warmRenderMs.median
    const f = (s: Stats, unit = 's', scale = 1000) =>
      `${(s.median / scale).toFixed(2)} ${unit} (${(s.min / scale).toFixed(2)}–${(s.max / scale).toFixed(2)})`
    const mark = (ok: boolean) => (ok ? 'met' : 'missed')
    const rows = [
      ['measure', `median (min–max), ${RUNS} runs`, 'target', ''],
      [
        'cold process (`tsx src/cli/build.ts`)',
        f(result.coldMs),
        '≤ 3 s',
        mark(result.coldMs.median <= 3000),
      ],
      [
        'warm render, in-process',
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
      ['peak RSS, warm process (bench)', `${result.warmProcessPeakRssMb.toFixed(0)} MB`, '', ''],
      [
        'bare React-PDF, cold process',
        `${f(result.bare.coldMs)}, ${result.bare.pages} pages`,
        '',
        '',
      ],
      ['bare React-PDF, warm render', f(result.bare.warmRenderMs), '', ''],
      ['ours ÷ bare, cold', ratioCold.toFixed(2), '≤ 1.5', mark(ratioCold <= 1.5)],
      ['ours ÷ bare, warm', ratioWarm.toFixed(2), '≤ 1.5', mark(ratioWarm <= 1.5)],
    ]
    console.log(`\n${result.date} · ${result.machine} · ${result.stamp}\n`)
    console.log(
      rows
        .map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${' --- |'.repeat(r.length)}` : ''}`)
        .join('\n'),
    )
    console.log(`\n${JSON.stringify({ ...result, ratioCold, ratioWarm })}`)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

const [mode, a, b] = process.argv.slice(2)
if (mode === '--bare-cold' && a && b) await bareCold(a, b)
else if (mode === '--bare-warm' && a) await bareWarm(a)
else await main()
