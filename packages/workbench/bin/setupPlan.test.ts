import { describe, expect, it } from 'vitest'
import { pnpmInstall, systemNeeds, systemPlan } from './setupPlan.mjs'

/**
 * What `npm run setup` decides on each platform (issue 16). CI has only Debian as root, so
 * the other machines are described here by what setup would find on them.
 */
const hasAll = () => true
const hasNone = () => false
const machine = { root: false, sudoWithoutPassword: false, apt: false, brew: false }

describe('what is still needed', () => {
  it('Linux: Chromium, poppler, and ip + unshare + strace for the offline test', () => {
    const needs = systemNeeds({ platform: 'linux', chromium: false, has: hasNone })
    expect(needs.map((n) => n.apt)).toEqual([
      'chromium',
      'poppler-utils',
      'iproute2',
      'util-linux',
      'strace',
    ])
    expect(needs.filter((n) => !n.forTests).map((n) => n.apt)).toEqual(['chromium'])
  })

  it('macOS and Windows are never asked for Linux-only tools', () => {
    for (const platform of ['darwin', 'win32']) {
      const needs = systemNeeds({ platform, chromium: false, has: hasNone })
      expect(needs.map((n) => n.apt)).toEqual(['chromium', 'poppler-utils'])
    }
    expect(systemNeeds({ platform: 'darwin', chromium: true, has: hasAll })).toEqual([])
  })
})

describe('how to get it', () => {
  const needs = systemNeeds({ platform: 'linux', chromium: false, has: hasNone })

  it('Linux with apt and root: installs with apt-get, no sudo', () => {
    expect(systemPlan(needs, { ...machine, platform: 'linux', apt: true, root: true })).toEqual({
      kind: 'apt',
      sudo: false,
      packages: ['chromium', 'poppler-utils', 'iproute2', 'util-linux', 'strace'],
    })
  })

  it('Linux with apt and a sudo that needs no password: apt-get through sudo', () => {
    const plan = systemPlan(needs, {
      ...machine,
      platform: 'linux',
      apt: true,
      sudoWithoutPassword: true,
    })
    expect(plan).toMatchObject({ kind: 'apt', sudo: true })
  })

  it('Linux with apt but no administrator rights: prints the one command, installs nothing', () => {
    const plan = systemPlan(needs, { ...machine, platform: 'linux', apt: true })
    expect(plan).toMatchObject({
      kind: 'tell',
      command:
        'sudo apt-get install -y --no-install-recommends chromium poppler-utils iproute2 util-linux strace',
    })
  })

  it('Linux without apt: names the packages, no apt command', () => {
    const plan = systemPlan(needs, { ...machine, platform: 'linux', root: true })
    expect(plan.kind).toBe('tell')
    if (plan.kind === 'tell') {
      expect(plan.command).toBe(undefined)
      expect(plan.lines.join('\n')).toMatch(/chromium, poppler-utils/)
    }
  })

  it('macOS: Homebrew commands for Chrome and poppler, never apt', () => {
    const mac = systemNeeds({ platform: 'darwin', chromium: false, has: hasNone })
    const plan = systemPlan(mac, { ...machine, platform: 'darwin', brew: true, root: true })
    expect(plan).toMatchObject({
      kind: 'tell',
      command: 'brew install --cask google-chrome && brew install poppler',
    })
  })

  it('Windows: says what to install (Edge counts as the browser), runs nothing', () => {
    const win = systemNeeds({ platform: 'win32', chromium: true, has: hasNone })
    const plan = systemPlan(win, { ...machine, platform: 'win32' })
    expect(plan.kind).toBe('tell')
    if (plan.kind === 'tell') expect(plan.lines.join('\n')).toMatch(/scoop install poppler/)
  })

  it('nothing missing: nothing to do', () => {
    expect(systemPlan([], { ...machine, platform: 'linux', apt: true, root: true })).toEqual({
      kind: 'nothing',
    })
  })
})

describe('installing pnpm', () => {
  const base = { home: '/home/kim', version: '10.34.9' }

  it('globally where npm’s global folder is writable (root, Homebrew’s Node)', () => {
    expect(pnpmInstall({ ...base, platform: 'linux', globalWritable: true })).toEqual({
      args: ['install', '--global', 'pnpm@10.34.9'],
      bin: undefined,
    })
  })

  it('without administrator rights: into ~/.local, whose bin/ then goes on PATH', () => {
    expect(pnpmInstall({ ...base, platform: 'darwin', globalWritable: false })).toEqual({
      args: ['install', '--global', '--prefix', '/home/kim/.local', 'pnpm@10.34.9'],
      bin: '/home/kim/.local/bin',
    })
  })

  it('Windows: npm’s global folder is the user’s own %APPDATA%\\npm, so global works', () => {
    expect(pnpmInstall({ ...base, platform: 'win32', globalWritable: false }).bin).toBe(undefined)
  })
})
