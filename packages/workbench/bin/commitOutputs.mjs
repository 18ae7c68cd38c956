// @ts-check
// The commit step of `pnpm build` (issue 15, class B), called by turbo.mjs after turbo
// succeeded: every package's staged output moves over its dist/ together.
import { join } from 'node:path'
import { commitOutputs, recoverCommit, STAGED } from './outputs.mjs'

/** The packages whose `build` writes a user-facing output, relative to the root. */
export const OUTPUT_PACKAGES = ['reports/policy-memo', 'decks/briefing']

/** @param {string} root */
const journalOf = (root) => join(root, 'node_modules/.cache/briefing-commit.json')

/** @param {string} root */
const movesOf = (root) =>
  OUTPUT_PACKAGES.map((pkg) => ({
    staged: join(root, pkg, STAGED),
    target: join(root, pkg, 'dist'),
  }))

/**
 * Before a build: finish a commit that a kill interrupted.
 * @param {string} root
 */
export function recoverOutputs(root) {
  return recoverCommit(journalOf(root))
}

/**
 * After turbo succeeded: all outputs in place, or none and the reasons.
 * @param {string} root
 * @param {string} fingerprint
 */
export function commitBuild(root, fingerprint) {
  return commitOutputs(movesOf(root), fingerprint, journalOf(root))
}

// As turbo's root task `//#commit-outputs` (turbo.json), after both builds succeeded.
// Compared as paths, not by splitting on '/': Windows paths use '\\' (#16).
const { dirname, resolve } = await import('node:path')
const { fileURLToPath } = await import('node:url')
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
  // A few renames: Ctrl-C now would split the outputs, so it waits for them to finish.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {})
  const fingerprint = process.env.BRIEFING_DATA_FINGERPRINT ?? ''
  const result = fingerprint
    ? commitBuild(root, fingerprint)
    : { ok: false, problems: ['BRIEFING_DATA_FINGERPRINT is not set: run pnpm build'] }
  if (result.ok)
    process.stdout.write(`build: memo and deck moved into dist/ together (${fingerprint})\n`)
  else {
    process.stderr.write(`build: no output was replaced:\n  ${result.problems.join('\n  ')}\n`)
    process.exitCode = 1
  }
}
