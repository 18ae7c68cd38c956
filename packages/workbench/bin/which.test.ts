import { describe, expect, it } from 'vitest'
import { pathCandidates, which } from './which.mjs'

describe('which (command -v without a shell)', () => {
  it('POSIX: PATH split on ":", the bare name in each folder, empty entries skipped', () => {
    expect(pathCandidates('pnpm', 'linux', { PATH: '/a::/b' })).toEqual(['/a/pnpm', '/b/pnpm'])
  })

  it('Windows: Path split on ";", and the .exe, .cmd and .bat forms', () => {
    expect(pathCandidates('npm', 'win32', { Path: 'C:\\node;D:\\x' })).toEqual([
      'C:\\node\\npm.exe',
      'C:\\node\\npm.cmd',
      'C:\\node\\npm.bat',
      'D:\\x\\npm.exe',
      'D:\\x\\npm.cmd',
      'D:\\x\\npm.bat',
    ])
  })

  it('answers the first that exists, or undefined', () => {
    const env = { PATH: '/a:/b' }
    expect(which('x', { platform: 'linux', env, exists: (f) => f.startsWith('/b') })).toBe('/b/x')
    expect(which('x', { platform: 'linux', env, exists: () => false })).toBe(undefined)
    expect(which('node')).toBeTruthy()
  })
})
