#!/usr/bin/env node
// `pnpm bench`: measures, never asserts. Runs the memo's and the deck's own benchmarks
// (each against a bare baseline of its framework, in the same run) and times
// `pnpm build` with nothing changed, then writes bench/results.json.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' }
const runs = Number(process.env.BENCH_RUNS ?? 5)

function sh(cmd, args) {
  const started = performance.now()
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`)
  return performance.now() - started
}
function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]
  return {
    median_ms: Math.round(median),
    min_ms: Math.round(sorted[0]),
    max_ms: Math.round(sorted.at(-1)),
    runs: samples.length,
  }
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cores: cpus().length,
    memory_gib: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
}

process.stdout.write('\n== memo benchmark (reports/policy-memo)\n')
sh('pnpm', ['--filter', '@briefing/policy-memo', 'bench'])
process.stdout.write('\n== deck benchmark (decks/briefing)\n')
sh('pnpm', ['--filter', '@briefing/deck', 'bench'])

process.stdout.write('\n== pnpm build, nothing changed (Turborepo cache on)\n')
sh('pnpm', ['build'])
const cached = []
for (let i = 0; i < runs; i++) cached.push(sh('pnpm', ['build']))
results.build_nothing_changed = { ...summary(cached), target_ms: 2000 }

for (const [name, file] of [
  ['memo', 'reports/policy-memo/bench-results.json'],
  ['deck', 'decks/briefing/bench-results.json'],
]) {
  try {
    results[name] = JSON.parse(readFileSync(join(root, file), 'utf8'))
  } catch {
    results[name] = `not written: see ${file}`
  }
}
mkdirSync(join(root, 'bench'), { recursive: true })
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
process.stdout.write(
  `\nbuild, nothing changed: median ${results.build_nothing_changed.median_ms} ms (target 2000 ms)\nwrote bench/results.json\n`,
)
