/**
 * `pnpm data:check [dir]`, `pnpm data:fingerprint [dir]`, `pnpm data:schema`,
 * `pnpm data:diff [git-ref]`. The only place in this package that prints and exits.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { dataDirFromEnv, defaultDataDir, loadBriefingData } from '../node.ts'
import { formatProblem, type Problem } from '../problem.ts'
import { SECTION_NAMES } from '../schema/dataset.ts'
import { jsonSchemas, schemaFileName } from '../schema/jsonSchema.ts'

const USAGE = `usage:
  pnpm data:check [dir]         validate a dataset folder (default: shared-data/ or $BRIEFING_DATA)
  pnpm data:fingerprint [dir]   print the edition and the 8-hex-digit fingerprint
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
      const dir = join(arg ? resolve(userCwd, arg) : defaultDataDir, 'schema')
      mkdirSync(dir, { recursive: true })
      const schemas = jsonSchemas()
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
    default:
      process.stderr.write(`${USAGE}\n`)
      return command === undefined || command === '--help' ? 0 : 2
  }
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
