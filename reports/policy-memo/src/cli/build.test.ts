/**
 * The build CLI as a user runs it, in a child process: a good dataset writes the PDF
 * whole; a broken one prints every problem with its place, exits 1 without a stack
 * trace and leaves the previous PDF byte for byte; other failures exit 2 in one line.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { workspaceRoot } from '@briefing/views/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { packageRoot } from '../writeMemo.ts'

const fixtureDir = join(workspaceRoot, 'packages/dataset/fixtures/minimal')

function build(
  dataDir: string,
  out: string,
  env: Record<string, string> = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/build.ts', '--out', out], {
    cwd: packageRoot,
    env: { ...process.env, BRIEFING_DATA: dataDir, NODE_OPTIONS: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

describe('pnpm build (src/cli/build.ts)', () => {
  let tmp: string
  let out: string
  let good: SpawnSyncReturns<string>

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'memo-cli-'))
    out = join(tmp, 'dist', 'policy-memo.pdf')
    good = build(fixtureDir, out)
  })
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('builds a valid dataset and says where, how many pages, how big, which edition', () => {
    expect(good.stderr).toBe('')
    expect(good.status).toBe(0)
    const pdf = readFileSync(out)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(good.stdout).toMatch(
      /policy-memo\.pdf {2}\d+ pages {2}\d+ KB {2}제\d+판 · 데이터 지문 [0-9a-f]{8}/,
    )
    expect(readdirSync(join(tmp, 'dist'))).toEqual(['policy-memo.pdf'])
  })

  it('gives the same bytes without the shaping cache (React-PDF as shipped)', () => {
    const plain = join(tmp, 'plain.pdf')
    const run = build(fixtureDir, plain, { MEMO_SHAPING_CACHE: 'off' })
    expect(run.status).toBe(0)
    expect(Buffer.compare(readFileSync(plain), readFileSync(out))).toBe(0)
  })

  it('refuses a broken dataset: every problem with file:line:col, exit 1, previous PDF untouched', () => {
    const before = readFileSync(out)
    const broken = join(tmp, 'broken')
    cpSync(fixtureDir, broken, { recursive: true })
    const meta = join(broken, 'meta.yaml')
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^edition: 1$/m, 'edition: first'))
    const judgments = join(broken, 'judgments.yaml')
    writeFileSync(
      judgments,
      readFileSync(judgments, 'utf8').replace('sources: [src-test]', 'sources: [src-missing]'),
    )

    const run = build(broken, out)
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    const lines = run.stderr.trim().split('\n')
    const problems = lines.filter((l) => /^\S+\.yaml:\d+:\d+ {2}\S+ {2}\S/.test(l))
    expect(problems.some((l) => l.includes('meta.yaml') && l.includes('edition'))).toBe(true)
    expect(lines.at(-1)).toMatch(/problems? in \d+ files?; the memo was not built/)
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(Buffer.compare(readFileSync(out), before)).toBe(0)
    expect(readdirSync(join(tmp, 'dist'))).toEqual(['policy-memo.pdf'])
  })

  it('reports an unexpected failure in one line with exit 2', () => {
    const blocked = join(tmp, 'a-file')
    writeFileSync(blocked, '')
    const run = build(fixtureDir, join(blocked, 'memo.pdf'))
    expect(run.status).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^policy-memo: the memo could not be built: /)
  })
})
