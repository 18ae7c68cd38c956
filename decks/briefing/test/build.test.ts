/**
 * `pnpm build` refuses bad input before touching dist/: an invalid dataset (every
 * problem as file:line:col  data.path  message) and content that cannot fit any slide
 * (the slide named). Both stop at validation, so this runs in seconds.
 */
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { datasetDir } from '../src/data/loadView.ts'
import { deckRoot, distDir } from './builtDeck.ts'

const scratch = mkdtempSync(join(tmpdir(), 'briefing-deck-build-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A copy of the dataset with one file rewritten. */
async function datasetWith(
  name: string,
  file: string,
  edit: (text: string) => string,
): Promise<string> {
  const dir = join(scratch, name)
  cpSync(await datasetDir(), dir, { recursive: true })
  const path = join(dir, file)
  const before = readFileSync(path, 'utf8')
  const after = edit(before)
  if (after === before) throw new Error(`the edit of ${file} changed nothing`)
  writeFileSync(path, after)
  return dir
}

function build(data: string) {
  const distMtime = existsSync(join(distDir, 'index.html'))
    ? statSync(join(distDir, 'index.html')).mtimeMs
    : undefined
  const run = spawnSync(join(deckRoot, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
    cwd: deckRoot,
    env: { ...process.env, BRIEFING_DATA: data },
    encoding: 'utf8',
    timeout: 120_000,
  })
  const after = existsSync(join(distDir, 'index.html'))
    ? statSync(join(distDir, 'index.html')).mtimeMs
    : undefined
  return { status: run.status, stderr: run.stderr, distUntouched: distMtime === after }
}

describe('pnpm build with bad input', () => {
  it('fails on an invalid dataset with every problem located, and leaves dist/ as it was', async () => {
    const data = await datasetWith('invalid', 'figures.yaml', (t) =>
      t.replace(/\n(\s*)value: /, '\n$1bogus: 1\n$1value: '),
    )
    const r = build(data)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(
      /figures\.yaml:\d+:\d+ {2}fig-[a-z0-9-]+ › bogus {2}알 수 없는 필드 "bogus"/,
    )
    expect(r.distUntouched).toBe(true)
  })

  it('fails naming the slide when one item cannot fit any slide', async () => {
    const long = '아주 긴 비교 설명이 끝없이 이어지는 셀 '.repeat(40)
    const data = await datasetWith('too-tall', 'comparison.yaml', (t) =>
      t.replace(/\n(\s*)us: .*/, `\n$1us: ${long}`),
    )
    const r = build(data)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(
      /덱 슬라이드 “comparison: .+”에 ".+"이\(가\) 들어가지 않습니다\(높이 약 \d+px, 슬라이드 \d+px\)/,
    )
    expect(r.distUntouched).toBe(true)
  })
})
