/**
 * The pure parts of `pnpm bench` (bench/benchLib.mjs): the summaries it
 * reports, the one-figure edit it makes to a dataset, and the README table it writes.
 * No timing is asserted anywhere: the bench reports, it never fails on a slow machine.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadBriefing } from '@briefing/views/node'
import { describe, expect, it } from 'vitest'
import {
  editFigure,
  formatStats,
  type Measure,
  meets,
  type Results,
  ratioOf,
  renderTable,
  spliceBetweenMarks,
  summarize,
} from '../../bench/benchLib.mjs'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')

describe('summaries', () => {
  it('median of an odd count is the middle value, of an even count the mean of the middle two', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 })
    expect(summarize([4, 1, 3, 10])).toEqual({ median: 3.5, min: 1, max: 10, runs: 4 })
  })

  it('leaves out samples that are not numbers and refuses to summarise nothing', () => {
    expect(summarize([2, Number.NaN, 4])).toEqual({ median: 3, min: 2, max: 4, runs: 2 })
    expect(() => summarize([])).toThrow()
  })

  it('ours ÷ bare is the ratio of the medians; the range is that of each run’s pair', () => {
    // Medians 12 and 10; pairs 10/10, 12/8 and 14/12.
    const r = ratioOf([10, 12, 14], [10, 8, 12])
    expect(r.median).toBeCloseTo(1.2)
    expect(r.min).toBeCloseTo(1)
    expect(r.max).toBeCloseTo(1.5)
    expect(r.runs).toBe(3)
  })

  it('judges a median against a target, and nothing without one', () => {
    expect(meets(1.2, { op: '<=', value: 1.2 })).toBe(true)
    expect(meets(1.21, { op: '<=', value: 1.2 })).toBe(false)
    expect(meets(1.21, undefined)).toBeUndefined()
    expect(meets(Number.NaN, { op: '<=', value: 1 })).toBeUndefined()
  })
})

describe('the one-figure edit', () => {
  const yaml = readFileSync(join(root, 'shared-data/figures.yaml'), 'utf8')

  it('changes one number, differently every run, and nothing else', () => {
    const values = new Set<number>()
    for (let run = 0; run < 8; run++) {
      const edit = editFigure(yaml, run)
      expect(edit.to).not.toBe(edit.from)
      values.add(edit.to)
      expect(edit.text.replace(`value: ${edit.to}`, `value: ${edit.from}`)).toBe(yaml)
    }
    expect(values.size).toBe(8)
  })

  it('leaves the shipped dataset valid, with the new value in the view', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-edit-'))
    try {
      cpSync(join(root, 'shared-data'), dir, { recursive: true })
      const edit = editFigure(yaml, 4)
      writeFileSync(join(dir, 'figures.yaml'), edit.text)
      const loaded = loadBriefing(dir)
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
      const card = loaded.view.keyFigures.find((f) => f.id === edit.id)
      expect(card?.value).toContain(String(edit.to))
      expect(card?.value).not.toContain(String(edit.from))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says so when there is no key figure with a plain number', () => {
    expect(() => editFigure('figures:\n  - id: fig-a\n    value: 2\n', 0)).toThrow(/no key figure/)
  })
})

describe('the README table', () => {
  const stats = (median: number, min = median, max = median, runs = 5) => ({
    median,
    min,
    max,
    runs,
  })
  const measures: Measure[] = [
    {
      id: 'nothing',
      label: 'nothing changed',
      unit: 'ms',
      ours: stats(1180, 1160, 1190),
      target: { op: '<=', value: 2000 },
    },
    {
      id: 'deck',
      label: 'deck build',
      unit: 'ms',
      ours: stats(9600, 8400, 11400),
      bare: stats(7200, 6600, 8700),
      ratio: stats(1.33, 1.1, 1.5),
      target: { op: '<=', value: 1.2 },
      targetOn: 'ratio',
    },
    { id: 'install', label: 'install', unit: 'ms', ours: stats(7400, 5800, 14100) },
    { id: 'broken', label: 'hot reload', unit: 'ms', error: 'no Chromium' },
  ]
  const results: Results = {
    date: '2026-11-23T14:00:00.000Z',
    wallSeconds: 600,
    runs: 5,
    machine: {
      os: 'linux x64',
      cores: 2,
      cpu: 'AMD EPYC',
      memoryGiB: 24,
      node: 'v20.20.2',
      loadBefore: '1.0 / 1.0 / 1.0',
      loadAfter: '2.0 / 2.0 / 2.0',
    },
    measures,
  }
  const table = renderTable(results)
  const row = (label: string) => table.split('\n').find((l) => l.startsWith(`| ${label} |`)) ?? ''

  it('names the date and the machine', () => {
    expect(table).toContain('2026-11-23')
    expect(table).toContain('2 cores')
    expect(table).toContain('24 GiB')
    expect(table).toContain('Node v20.20.2')
  })

  it('has one row per measure, with median (min–max) and whether the target was met', () => {
    expect(row('nothing changed')).toBe(
      '| nothing changed | 1.18 s (1.16–1.19 s) |  |  | ≤ 2.00 s | met |',
    )
    expect(row('deck build')).toBe(
      '| deck build | 9.60 s (8.40–11.4 s) | 7.20 s (6.60–8.70 s) | 1.33 (1.10–1.50) | ≤ 1.20 | **missed** |',
    )
    expect(row('install')).toBe('| install | 7.40 s (5.80–14.1 s) |  |  | — |  |')
    expect(row('hot reload')).toContain('not measured')
  })

  it('goes between the markers and leaves the rest of the README as it was', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const updated = spliceBetweenMarks(readme, table)
    const [before] = readme.split('<!-- bench:start -->')
    const [, after] = readme.split('<!-- bench:end -->')
    expect(updated.startsWith(`${before}<!-- bench:start -->\n${table}\n<!-- bench:end -->`)).toBe(
      true,
    )
    expect(updated.endsWith(`<!-- bench:end -->${after}`)).toBe(true)
    expect(spliceBetweenMarks(updated, table)).toBe(updated)
    expect(() => spliceBetweenMarks('# no markers', table)).toThrow()
  })

  it('shows a single value without a range', () => {
    expect(formatStats(stats(175, 175, 175, 1), 'KB')).toBe('175 KB')
  })
})
