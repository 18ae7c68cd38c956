import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkData, gateKey } from '@briefing/workbench/dataGate'
import { afterAll, describe, expect, it } from 'vitest'
import { root } from './support/run.ts'

/**
 * `pnpm build` skips validating a dataset it has validated before (packages/workbench/bin/
 * dataGate.mjs). That memory must never let a changed or broken dataset through.
 */
const work = mkdtempSync(join(tmpdir(), 'briefing-gate-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A stand-in checkout with the files the key covers, so one can be changed safely. */
function fakeCheckout(): string {
  const fake = join(work, 'checkout')
  for (const dir of [
    'packages/dataset/src',
    'packages/fonts/src',
    'packages/views/src',
    'decks/briefing/src/plan',
    'decks/briefing/src/layout',
  ]) {
    mkdirSync(join(fake, dir), { recursive: true })
    writeFileSync(join(fake, dir, 'index.ts'), 'export {}\n')
  }
  writeFileSync(join(fake, 'packages/dataset/package.json'), '{}\n')
  writeFileSync(join(fake, 'packages/fonts/package.json'), '{}\n')
  writeFileSync(join(fake, 'pnpm-lock.yaml'), 'lockfileVersion: 9.0\n')
  writeFileSync(join(fake, 'package.json'), '{}\n')
  return fake
}

describe('the dataset gate of pnpm build', () => {
  it('keys on every data byte and on the validator code', () => {
    const fake = fakeCheckout()
    const data = join(work, 'data-key')
    cpSync(join(root, 'shared-data'), data, { recursive: true })
    const first = gateKey(fake, data)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(gateKey(fake, data)).toBe(first)

    const figures = join(data, 'figures.yaml')
    const text = readFileSync(figures, 'utf8')
    writeFileSync(figures, `${text} `)
    expect(gateKey(fake, data)).not.toBe(first)
    writeFileSync(figures, text)
    expect(gateKey(fake, data)).toBe(first)

    writeFileSync(join(fake, 'packages/dataset/src/index.ts'), 'export const x = 1\n')
    expect(gateKey(fake, data)).not.toBe(first)
    writeFileSync(join(fake, 'packages/dataset/src/index.ts'), 'export {}\n')
    writeFileSync(join(fake, 'pnpm-lock.yaml'), 'lockfileVersion: 9.1\n')
    expect(gateKey(fake, data)).not.toBe(first)
    // The deck's fit planner is part of what data:check decides (#15).
    const second = gateKey(fake, data)
    writeFileSync(join(fake, 'decks/briefing/src/plan/index.ts'), 'export const y = 2\n')
    expect(gateKey(fake, data)).not.toBe(second)

    expect(gateKey(fake, join(work, 'no-such-folder'))).toBeNull()
  })

  it('remembers a valid dataset, re-checks it once changed, and never remembers a broken one', () => {
    const data = join(work, 'data-check')
    cpSync(join(root, 'shared-data'), data, { recursive: true })
    const env = { ...process.env, BRIEFING_DATA: data }

    const first = checkData(root, env)
    expect(first.ok).toBe(true)
    const again = checkData(root, env)
    expect(again).toEqual({ ...first, remembered: true })

    // Broken after it was remembered: checked again, and refused every time.
    const meta = join(data, 'meta.yaml')
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^asOf:.*$/m, 'asOf: 2026-13-45'))
    for (let i = 0; i < 2; i++) {
      const broken = checkData(root, env)
      expect(broken.ok).toBe(false)
      if (!broken.ok) expect(broken.output).toMatch(/meta\.yaml:\d+:\d+ {2}asOf {2}/)
    }
  })
})
