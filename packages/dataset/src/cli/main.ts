/**
 * `pnpm data:check [dir]`, `pnpm data:fingerprint [dir]`, `pnpm data:schema`,
 * `pnpm data:diff [git-ref]`. The only place in this package that prints and exits.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { checkDataset } from '../check.ts'
import { contentDiff } from '../diff/contentDiff.ts'
import { dataDirFromEnv, defaultDataDir, loadBriefingData } from '../node.ts'
import { formatProblem, type Problem } from '../problem.ts'
import { actorIdsIn, fileNameOf, SECTION_NAMES } from '../schema/dataset.ts'
import { jsonSchemas, schemaFileName } from '../schema/jsonSchema.ts'

const USAGE = `usage:
  pnpm data:check [dir]         validate a dataset folder (default: shared-data/ or $BRIEFING_DATA)
  pnpm data:fingerprint [dir]   print the edition and the 8-hex-digit fingerprint
  pnpm data:diff [git-ref]      what changed in the content since a commit (default: HEAD)
  pnpm data:schema              regenerate shared-data/schema/*.schema.json from the zod schema`

/** Where the user typed the command: pnpm runs root scripts from the root, INIT_CWD keeps it. */
const userCwd = process.env.INIT_CWD ?? process.cwd()

function dirArg(arg: string | undefined): string {
  return arg ? resolve(userCwd, arg) : dataDirFromEnv()
}

function printProblems(problems: readonly Problem[]): void {
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`)
  const files = new Set(problems.map((p) => p.file)).size
  process.stderr.write(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was changed.\n`,
  )
}

function run(argv: readonly string[]): number {
  const [command, arg] = argv
  switch (command) {
    case 'check': {
      const result = loadBriefingData(dirArg(arg), userCwd)
      if (!result.ok) {
        printProblems(result.problems)
        return 1
      }
      const d = result.dataset
      process.stdout.write(
        `${result.dir}: valid (${d.sources.sources.length} sources, ${d.comparison.groups.reduce((n, g) => n + g.rows.length, 0)} comparison rows, ${d.figures.figures.length} figures, ${d.timeline.events.length} events, ${d.judgments.keyJudgments.length} key judgments)\nedition ${d.meta.edition}  fingerprint ${result.fingerprint}\n`,
      )
      return 0
    }
    case 'fingerprint': {
      const result = loadBriefingData(dirArg(arg), userCwd)
      if (!result.ok) {
        printProblems(result.problems)
        return 1
      }
      process.stdout.write(
        `edition ${result.dataset.meta.edition}  fingerprint ${result.fingerprint}\n`,
      )
      return 0
    }
    case 'schema': {
      const dataDir = arg ? resolve(userCwd, arg) : defaultDataDir
      const dir = join(dataDir, 'schema')
      mkdirSync(dir, { recursive: true })
      // The schemas name the actors of this dataset's meta.yaml (its comparison keys…).
      const schemas = jsonSchemas(
        actorIdsIn(parseYaml(readFileSync(join(dataDir, 'meta.yaml'), 'utf8'))),
      )
      let changed = 0
      for (const section of SECTION_NAMES) {
        const file = join(dir, schemaFileName(section))
        let old = ''
        try {
          old = readFileSync(file, 'utf8')
        } catch {}
        if (old === schemas[section]) continue
        writeFileSync(`${file}.tmp`, schemas[section])
        renameSync(`${file}.tmp`, file)
        changed++
      }
      process.stdout.write(
        `${dir}: ${changed} schema file(s) written, ${SECTION_NAMES.length - changed} unchanged\n`,
      )
      return 0
    }
    case 'diff':
      return diffCommand(arg ?? 'HEAD')
    default:
      process.stderr.write(`${USAGE}\n`)
      return command === undefined || command === '--help' ? 0 : 2
  }
}

/** `pnpm data:diff [ref]`: the dataset now against the same folder at a git commit. */
function diffCommand(ref: string): number {
  const dir = dataDirFromEnv()
  const now = loadBriefingData(dir, userCwd)
  if (!now.ok) {
    printProblems(now.problems)
    return 1
  }
  const git = (args: string[]) => spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
  const top = git(['rev-parse', '--show-toplevel'])
  if (top.status !== 0) {
    process.stderr.write(`${dir} is not inside a git repository; nothing to compare with\n`)
    return 1
  }
  const prefix = relative(top.stdout.trim(), dir)
  const files = new Map<string, string>()
  for (const section of SECTION_NAMES) {
    const shown = git(['show', `${ref}:${prefix ? `${prefix}/` : ''}${fileNameOf(section)}`])
    if (shown.status === 0) files.set(fileNameOf(section), shown.stdout)
  }
  if (files.size === 0) {
    process.stderr.write(
      `no dataset files at ${ref}:${prefix}; is "${ref}" a commit that has them?\n`,
    )
    return 1
  }
  const before = checkDataset({ label: `${ref}:${prefix}`, files }, { skipProse: true })
  if (!before.ok) {
    process.stderr.write(
      `the dataset at ${ref} is not valid (${before.problems.length} problems); cannot compare\n`,
    )
    return 1
  }
  const lines = contentDiff(before.dataset, before.locate, now.dataset, now.locate)
  if (lines.length === 0) {
    const same = before.fingerprint === now.fingerprint
    process.stdout.write(
      same ? `내용 변화 없음 (${ref} 이후)\n` : `항목 순서만 바뀜 (${ref} 이후)\n`,
    )
    return 0
  }
  const mark = { added: '+', removed: '-', changed: '~' } as const
  for (const l of lines)
    process.stdout.write(`${l.file}:${l.line}:${l.col}  ${mark[l.kind]} ${l.text}\n`)
  process.stdout.write(
    `\n${ref} 이후 ${lines.length}건 변경 · 데이터 지문 ${before.fingerprint} → ${now.fingerprint}\n`,
  )
  return 0
}

try {
  process.exitCode = run(process.argv.slice(2))
} catch (error) {
  // A bug of ours, not the analyst's: say so plainly; the stack only on request.
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`internal error: ${message}\n(set DEBUG=1 for details)\n`)
  if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
  process.exitCode = 2
}
