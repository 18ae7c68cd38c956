/**
 * `pnpm build`: the memo from the dataset (BRIEFING_DATA or shared-data/) to
 * dist-next/policy-memo.pdf, written atomically; `pnpm build`'s commit step moves it into
 * dist/ with the deck, once both built (issue 15). `--out <file>` writes there directly.
 * Exit 0: built. Exit 1: the dataset has problems (each printed with its place).
 * Exit 2: anything else went wrong (one line, no stack trace).
 */
import { dirname, resolve } from 'node:path'
import { stagedMemoPath, stampStaged, writeMemo } from '../writeMemo.ts'
import { describeBuild, describeProblems, errorMessage } from './report.ts'

function outPath(argv: readonly string[]): string {
  const i = argv.indexOf('--out')
  const value = i >= 0 ? argv[i + 1] : undefined
  return value ? resolve(value) : stagedMemoPath
}

const out = outPath(process.argv.slice(2))
try {
  const build = await writeMemo(out)
  if (build.ok) {
    if (out === stagedMemoPath)
      stampStaged(dirname(out), process.env.BRIEFING_DATA_FINGERPRINT ?? 'unknown')
    console.log(describeBuild(build))
  } else {
    for (const line of describeProblems(build.problems, out)) console.error(line)
    process.exitCode = 1
  }
} catch (error) {
  console.error(`policy-memo: the memo could not be built: ${errorMessage(error)}`)
  process.exitCode = 2
}
