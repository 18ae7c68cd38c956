import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadBriefing } from '@briefing/views/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { startInGroup } from './support/processGroup.ts'
import { root, run } from './support/run.ts'
import {
  deckDir,
  deckState,
  leftovers,
  memoState,
  type Snapshot,
  snapshot,
} from './support/wholeOutputs.ts'

/**
 * Ctrl-C during `pnpm build`, and two `pnpm build` at once, on the real checkout and its
 * real outputs. After each, every output is either byte-identical to what it was or a
 * whole new one (a PDF pdf.js reads, a deck page whose every asset exists), nothing is
 * left behind, and a rebuild of the shipped data puts the shipped outputs back.
 */
const work = mkdtempSync(join(tmpdir(), 'briefing-interrupt-'))
const shippedDir = join(root, 'shared-data')
const changedDir = join(work, 'changed')
let before: Snapshot
let shippedFp: string
let changedFp: string

function fingerprintOf(dir: string): string {
  const loaded = loadBriefing(dir)
  if (!loaded.ok) throw new Error(`${dir} is not a valid dataset`)
  return loaded.view.stamp.fingerprint
}

/** Processes still running from a deck build of this checkout (Slidev, Chromium). */
function strays(): string[] {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
  return ps.split('\n').filter((line) => line.includes(`${deckDir}/.dist-next.staging-`))
}

async function settle(): Promise<void> {
  // Killed processes are reaped by the kernel a moment after their parent sees them end.
  for (let i = 0; i < 50 && strays().length > 0; i++) await new Promise((r) => setTimeout(r, 100))
}

beforeAll(() => {
  before = snapshot()
  for (const [name, value] of Object.entries(before)) {
    if (value === 'missing') throw new Error(`${name} is missing: run pnpm build first`)
  }
  cpSync(shippedDir, changedDir, { recursive: true })
  const file = join(changedDir, 'figures.yaml')
  const doc = parseDocument(readFileSync(file, 'utf8'))
  const figures = doc.get('figures') as {
    items: Array<{ get(k: string): unknown; set(k: string, v: unknown): void }>
  }
  const lead = figures.items.find((f) => f.get('id') === 'fig-us-lead-years')
  if (!lead) throw new Error('fig-us-lead-years is gone from the shipped dataset')
  lead.set('value', 5)
  writeFileSync(file, doc.toString())
  shippedFp = fingerprintOf(shippedDir)
  changedFp = fingerprintOf(changedDir)
})

afterAll(async () => {
  rmSync(work, { recursive: true, force: true })
})

/** A rebuild of the shipped data puts whole outputs of the shipped data back. */
async function restoreShipped(): Promise<void> {
  const r = await run('pnpm', ['build'], {}, 300_000)
  expect(r.code, r.stderr + r.stdout).toBe(0)
  expect(await memoState()).toBe(`new:${shippedFp}`)
  expect(await deckState()).toBe(`new:${shippedFp}`)
}

describe('Ctrl-C during pnpm build never leaves a broken output, nor a split one', () => {
  // Where the Ctrl-C lands, named by what the build has printed (not by a clock, so a slow
  // machine moves nothing): while the memo renders and Slidev starts; right after the memo
  // is written (between the two renders); right after Slidev has written the deck and its
  // PDF; as the commit step moves the outputs into dist/.
  const points = [
    { when: 'as the deck build starts', marker: 'briefing deck: ' },
    { when: 'right after the memo is written', marker: ' pages  ' },
    { when: 'as the deck goes into place', marker: 'static deck and PDF built' },
    { when: 'as the outputs are committed', marker: '//:commit-outputs: ' },
  ]

  it.each(points)('Ctrl-C $when', async ({ marker }) => {
    const build = startInGroup('pnpm', ['build', '--force', '--verbose'], {
      BRIEFING_DATA: changedDir,
    })
    await build.printed(marker)
    build.interrupt()
    const ended = await build.done
    await settle()

    const memo = await memoState(before)
    const deck = await deckState(before)
    // One transaction (issue 15, B): both as they were, or both new of the same data.
    expect(
      [
        ['old', 'old'],
        [`new:${changedFp}`, `new:${changedFp}`],
      ],
      `memo and deck after Ctrl-C ${marker}:\n${ended.output.slice(-2000)}`,
    ).toContainEqual([memo, deck])
    expect(leftovers()).toEqual([])
    expect(strays()).toEqual([])
    // A normal stop (#16): one line, the shell's code for Ctrl-C, no package-manager noise.
    expect(ended.output.trimEnd().split('\n').at(-1)).toMatch(
      /^중단됨 — 출력물은 그대로 남아 있습니다/,
    )
    expect(ended.output).not.toMatch(/ELIFECYCLE|ERR_PNPM/)
    expect(ended.code === 130 || ended.signal === 'SIGINT', `${ended.code} ${ended.signal}`).toBe(
      true,
    )
  })

  it('the next build of the shipped data restores the shipped outputs', async () => {
    await restoreShipped()
  })
})

describe('a render that fails leaves every output as it was', () => {
  it('the deck PDF fails after the memo was rendered: neither output changes', async () => {
    const shipped = snapshot()
    // A Chromium that exits at once: the deck's print fails, after the memo was written.
    // --verbose: the memo's own "pages" line is what shows it was rendered.
    const r = await run(
      'pnpm',
      ['build', '--force', '--verbose'],
      { BRIEFING_DATA: changedDir, CHROMIUM_PATH: '/bin/false' },
      300_000,
    )
    const log = r.stdout + r.stderr
    expect(r.code, log.slice(-2000)).not.toBe(0)
    expect(log).toMatch(/policy-memo:build: .* pages {2}/)
    expect(await memoState(shipped), log.slice(-2000)).toBe('old')
    expect(await deckState(shipped)).toBe('old')
    expect(leftovers()).toEqual([])
  })
})

describe('two pnpm build at once', () => {
  it('run one after the other: both succeed, and the memo and deck on disk are of one build', async () => {
    const first = startInGroup('pnpm', ['build', '--force', '--verbose'], {
      BRIEFING_DATA: changedDir,
    })
    await first.printed('briefing deck: ')
    // The second may replay turbo's cache once it runs: what matters is when it runs.
    const second = startInGroup('pnpm', ['build'])
    const [a, b] = await Promise.all([first.done, second.done])
    expect(a.code, a.output.slice(-2000)).toBe(0)
    expect(b.code, b.output.slice(-2000)).toBe(0)
    // The second waited for the first instead of interleaving with it.
    expect(b.output).toMatch(/waiting for another build of this checkout \(pid \d+\)/)
    // The second (shipped data) ran last, so both outputs are of the shipped data.
    expect(await memoState()).toBe(`new:${shippedFp}`)
    expect(await deckState()).toBe(`new:${shippedFp}`)
    expect(leftovers()).toEqual([])
  })

  it('two deck builds into different folders at once each print their own slides', async () => {
    // Slidev's own exporter served every deck on the fixed port 12445, so two builds at once
    // collided; scripts/printDeck.ts serves each deck on a free port of its own.
    const outA = join(work, 'deck-a')
    const outB = join(work, 'deck-b')
    const tsx = join(root, 'node_modules/.bin/tsx')
    const build = (out: string, data: string) =>
      run(tsx, ['decks/briefing/scripts/build.ts', '--out', out], { BRIEFING_DATA: data }, 300_000)
    const [a, b] = await Promise.all([build(outA, changedDir), build(outB, shippedDir)])
    expect(a.code, a.stderr + a.stdout).toBe(0)
    expect(b.code, b.stderr + b.stdout).toBe(0)
    expect(readFileSync(join(outA, 'edition.txt'), 'utf8')).toContain(changedFp)
    expect(readFileSync(join(outB, 'edition.txt'), 'utf8')).toContain(shippedFp)
    const { pdfText } = await import('./support/outputs.ts')
    const stamp = (fp: string) => new RegExp(`데이터\\s*지문\\s*${fp}`)
    expect(await pdfText(join(outA, 'briefing.pdf'))).toMatch(stamp(changedFp))
    expect(await pdfText(join(outB, 'briefing.pdf'))).toMatch(stamp(shippedFp))
    expect(await pdfText(join(outA, 'briefing.pdf'))).not.toMatch(stamp(shippedFp))
  })

  it('the next build of the shipped data restores the shipped outputs', async () => {
    await restoreShipped()
  })
})
