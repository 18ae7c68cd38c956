import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { chooseDataDir, listDataFiles, resolvedDataEnv } from './dataFolder.mjs'

const work = mkdtempSync(join(tmpdir(), 'data-folder-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('choosing the data folder (one edge for the gate, the tasks and the CLI)', () => {
  it('a relative BRIEFING_DATA is resolved from where the command was typed (INIT_CWD)', () => {
    const env = { BRIEFING_DATA: '../data', INIT_CWD: '/home/analyst/work' }
    expect(chooseDataDir(env, '/repo')).toBe('/home/analyst/data')
    // The tasks run in package folders: they get the absolute path, resolved once.
    const passed = resolvedDataEnv(env)
    expect(passed.BRIEFING_DATA).toBe('/home/analyst/data')
    expect(chooseDataDir({ ...passed, INIT_CWD: '/repo/decks/briefing' }, '/repo')).toBe(
      '/home/analyst/data',
    )
  })

  it('unset or blank means shared-data/ of the checkout', () => {
    expect(chooseDataDir({}, '/repo')).toBe('/repo/shared-data')
    expect(chooseDataDir({ BRIEFING_DATA: '  ' }, '/repo')).toBe('/repo/shared-data')
    expect(resolvedDataEnv({ BRIEFING_DATA: '' })).toEqual({ BRIEFING_DATA: '' })
  })
})

describe('listing its files', () => {
  it('YAML files directly in the folder; links to nothing and loops as troubles, not throws', () => {
    const dir = join(work, 'listing')
    mkdirSync(join(dir, 'schema'), { recursive: true })
    writeFileSync(join(dir, 'meta.yaml'), 'title: x\n')
    writeFileSync(join(dir, 'notes.txt'), 'x')
    writeFileSync(join(dir, 'schema', 'meta.schema.json'), '{}')
    symlinkSync('nowhere', join(dir, '.#meta.yaml'))
    symlinkSync('loop.yml', join(dir, 'loop.yml'))
    const listed = listDataFiles(dir, { maxBytes: 5 })
    if (!listed.ok) throw new Error(listed.reason)
    expect(listed.files).toEqual([])
    expect(listed.troubles).toEqual([
      { name: '.#meta.yaml', path: join(dir, '.#meta.yaml'), kind: 'danglingLink', lockFile: true },
      { name: 'loop.yml', path: join(dir, 'loop.yml'), kind: 'unreadable', code: 'ELOOP' },
      { name: 'meta.yaml', path: join(dir, 'meta.yaml'), kind: 'tooLarge', bytes: 9 },
    ])
  })

  it('a folder that is missing, a file, or holds no YAML', () => {
    expect(listDataFiles(join(work, 'none'))).toMatchObject({ ok: false, reason: 'missing' })
    writeFileSync(join(work, 'file.yaml'), '')
    expect(listDataFiles(join(work, 'file.yaml'))).toMatchObject({
      ok: false,
      reason: 'notDirectory',
    })
    mkdirSync(join(work, 'empty'))
    expect(listDataFiles(join(work, 'empty'))).toMatchObject({ ok: false, reason: 'noYaml' })
  })
})
