/**
 * The memo's build runs from a bundle (scripts/bundleCli.ts, issue 14: the fresh process's
 * start-up). It must be the same program: the same bytes as the CLI run from source, and
 * never run once a file it was made from has changed (runBuild.mjs falls back to source).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundle } from '../../scripts/bundleCli.ts'
import { bundleIsFresh, hashOf } from '../../scripts/runBuild.mjs'
import { packageRoot } from '../writeMemo.ts'

describe('the bundled build command', () => {
  let tmp: string
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'memo-bundle-'))
  })
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('is fresh only while every file it lists has the content it was made from', () => {
    const input = join(tmp, 'input.ts')
    const out = join(tmp, 'fake.mjs')
    writeFileSync(input, 'export const a = 1\n')
    writeFileSync(out, '')
    expect(bundleIsFresh(out)).toBe(false) // no list of inputs
    writeFileSync(`${out}.inputs.json`, JSON.stringify({ './input.ts': hashOf(input) }))
    expect(bundleIsFresh(out)).toBe(true)
    writeFileSync(input, 'export const a = 2\n')
    expect(bundleIsFresh(out)).toBe(false)
  })

  it('writes the same PDF as the command run from source', async () => {
    // Beside the real bundle, so its imports resolve (or fail) as the real one's do.
    const bundled = join(packageRoot, '.bundle', `test-${process.pid}.mjs`)
    try {
      const inputs = await bundle(join(packageRoot, 'src/cli/build.ts'), bundled)
      // Our code only: the workspace packages are in it, no dependency is.
      expect(inputs.some((f) => f.includes('/packages/views/src/'))).toBe(true)
      expect(inputs.some((f) => f.includes('/node_modules/'))).toBe(false)
      expect(bundleIsFresh(bundled)).toBe(true)
      const run = (args: readonly string[], out: string) => {
        const r = spawnSync(process.execPath, [...args, '--out', out], {
          cwd: packageRoot,
          // The shipped data, found from the workspace root as `pnpm build` finds it.
          env: { ...process.env, BRIEFING_DATA: '', NODE_OPTIONS: '' },
          encoding: 'utf8',
          timeout: 120_000,
        })
        expect(r.status, r.stderr).toBe(0)
        return readFileSync(out)
      }
      const fromBundle = run([bundled], join(tmp, 'a.pdf'))
      const fromSource = run(['--import', 'tsx', 'src/cli/build.ts'], join(tmp, 'b.pdf'))
      expect(fromBundle.length).toBeGreaterThan(1000)
      expect(Buffer.compare(fromBundle, fromSource)).toBe(0)
    } finally {
      rmSync(bundled, { force: true })
      rmSync(`${bundled}.inputs.json`, { force: true })
    }
  }, 240_000)
})
