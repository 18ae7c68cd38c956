/**
 * `pnpm data:check [dir]`, `pnpm data:fingerprint [dir]`, `pnpm data:schema`,
 * `pnpm data:diff [git-ref]`. The only place in this package that prints and exits:
 * problems are data until here, rendered by the message catalogue in Korean (default)
 * or English (`--lang en`), and everything printed is made terminal-safe.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { checkDataset } from '../check.ts'
import { contentDiff } from '../diff/contentDiff.ts'
import type { Lang } from '../messages/catalogue.ts'
import { terminalSafe, terminalSafeLines } from '../messages/terminalSafe.ts'
import { dataDirFromEnv, defaultDataDir, loadBriefingData, workspaceRoot } from '../node.ts'
import { formatProblemIn, formatSummary, type Problem } from '../problem.ts'
import { actorIdsIn, fileNameOf, SECTION_NAMES } from '../schema/dataset.ts'
import { jsonSchemas, schemaFileName } from '../schema/jsonSchema.ts'
import { outputProblems } from './outputChecks.ts'
import { parseArgs, usage } from './usage.ts'

/** Where the user typed the command: pnpm runs root scripts from the root, INIT_CWD keeps it. */
const userCwd = process.env.INIT_CWD ?? process.cwd()

const out = (text: string) => process.stdout.write(terminalSafeLines(text))
const err = (text: string) => process.stderr.write(terminalSafeLines(text))

function dirArg(arg: string | undefined): string {
  return arg ? resolve(userCwd, arg) : dataDirFromEnv()
}

function printProblems(problems: readonly Problem[], lang: Lang): void {
  for (const p of problems) process.stderr.write(`${formatProblemIn(p, lang)}\n`)
  err(`\n${formatSummary(problems, lang)}\n`)
}

async function run(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv)
  if (!args.ok) {
    err(`${args.error}\n\n${usage(args.command, 'ko')}\n`)
    return 2
  }
  const { command, lang, positional } = args
  if (args.help || command === undefined) {
    out(`${usage(command, lang)}\n`)
    return args.help ? 0 : 2
  }
  const arg = positional[0]
  switch (command) {
    case 'check': {
      const result = loadBriefingData(dirArg(arg), userCwd)
      if (!result.ok) {
        printProblems(result.problems, lang)
        return 1
      }
      // Valid data an output could not show (a deck item too tall for any slide).
      const unshowable = await outputProblems(result, workspaceRoot)
      if (unshowable.length > 0) {
        printProblems(unshowable, lang)
        return 1
      }
      const d = result.dataset
      const rows = d.comparison.groups.reduce((n, g) => n + g.rows.length, 0)
      const counts = [
        d.sources.sources.length,
        rows,
        d.figures.figures.length,
        d.timeline.events.length,
        d.judgments.keyJudgments.length,
      ] as const
      const [sources, comparison, figures, events, judgments] = counts
      out(
        lang === 'ko'
          ? `${result.dir}: 이상 없음 (출처 ${sources}개, 비교 행 ${comparison}개, 수치 ${figures}개, 사건 ${events}개, 핵심 판단 ${judgments}개)\n판차 ${d.meta.edition}  데이터 지문 ${result.fingerprint}\n`
          : `${result.dir}: valid (${sources} sources, ${comparison} comparison rows, ${figures} figures, ${events} events, ${judgments} key judgments)\nedition ${d.meta.edition}  fingerprint ${result.fingerprint}\n`,
      )
      return 0
    }
    case 'fingerprint': {
      const result = loadBriefingData(dirArg(arg), userCwd)
      if (!result.ok) {
        printProblems(result.problems, lang)
        return 1
      }
      // One fixed form in both languages: the build gate and the tests read it.
      out(`edition ${result.dataset.meta.edition}  fingerprint ${result.fingerprint}\n`)
      return 0
    }
    case 'schema':
      return schemaCommand(arg, lang)
    case 'diff':
      return diffCommand(arg ?? 'HEAD', lang)
  }
}

function schemaCommand(arg: string | undefined, lang: Lang): number {
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
  const same = SECTION_NAMES.length - changed
  out(
    lang === 'ko'
      ? `${dir}: 스키마 파일 ${changed}개 새로 씀, ${same}개 그대로\n`
      : `${dir}: ${changed} schema file(s) written, ${same} unchanged\n`,
  )
  return 0
}

/** `pnpm data:diff [ref]`: the dataset now against the same folder at a git commit. */
function diffCommand(ref: string, lang: Lang): number {
  const dir = dataDirFromEnv()
  const now = loadBriefingData(dir, userCwd)
  if (!now.ok) {
    printProblems(now.problems, lang)
    return 1
  }
  const git = (args: string[]) => spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
  const top = git(['rev-parse', '--show-toplevel'])
  if (top.status !== 0) {
    err(
      lang === 'ko'
        ? `${dir}은(는) git 저장소 안에 있지 않아 비교할 것이 없습니다\n`
        : `${dir} is not inside a git repository; nothing to compare with\n`,
    )
    return 1
  }
  const prefix = relative(top.stdout.trim(), dir)
  const files = new Map<string, string>()
  for (const section of SECTION_NAMES) {
    const shown = git(['show', `${ref}:${prefix ? `${prefix}/` : ''}${fileNameOf(section)}`])
    if (shown.status === 0) files.set(fileNameOf(section), shown.stdout)
  }
  if (files.size === 0) {
    err(
      lang === 'ko'
        ? `${ref}:${prefix}에 데이터 파일이 없습니다 — "${ref}"이(가) 데이터가 있는 커밋인가요?\n`
        : `no dataset files at ${ref}:${prefix}; is "${ref}" a commit that has them?\n`,
    )
    return 1
  }
  const before = checkDataset({ label: `${ref}:${prefix}`, files }, { skipProse: true })
  if (!before.ok) {
    err(
      lang === 'ko'
        ? `${ref} 시점의 데이터가 올바르지 않아(문제 ${before.problems.length}건) 비교할 수 없습니다\n`
        : `the dataset at ${ref} is not valid (${before.problems.length} problems); cannot compare\n`,
    )
    return 1
  }
  const lines = contentDiff(before.dataset, before.locate, now.dataset, now.locate)
  if (lines.length === 0) {
    const same = before.fingerprint === now.fingerprint
    out(same ? `내용 변화 없음 (${ref} 이후)\n` : `항목 순서만 바뀜 (${ref} 이후)\n`)
    return 0
  }
  const mark = { added: '+', removed: '-', changed: '~' } as const
  for (const l of lines)
    process.stdout.write(
      `${terminalSafe(`${l.file}:${l.line}:${l.col}  ${mark[l.kind]} ${l.text}`)}\n`,
    )
  out(
    `\n${ref} 이후 ${lines.length}건 변경 · 데이터 지문 ${before.fingerprint} → ${now.fingerprint}\n`,
  )
  return 0
}

try {
  process.exitCode = await run(process.argv.slice(2))
} catch (error) {
  // A bug of ours, not the analyst's: say so plainly; the stack only on request.
  const message = error instanceof Error ? error.message : String(error)
  err(
    `내부 오류(internal error): ${message}\n데이터 문제가 아니라 프로그램의 문제입니다. DEBUG=1로 다시 실행하면 자세한 내용이 나옵니다.\n`,
  )
  if (process.env.DEBUG && error instanceof Error) err(`${error.stack}\n`)
  process.exitCode = 2
}
