import { describe, expect, it } from 'vitest'
import { chromiumMissingMessage, findChromium } from './chromium.mjs'

/**
 * The one browser lookup, per platform. Only Linux runs here, so each platform's order is
 * checked against a pretend file system: `exists` answers for the files listed.
 */
const only =
  (...files: string[]) =>
  (f: string) =>
    files.includes(f)

describe('findChromium', () => {
  it('CHROMIUM_PATH wins over everything, and only it counts when set', () => {
    const env = { CHROMIUM_PATH: '/opt/my/chrome', PATH: '/usr/bin' }
    const exists = only('/opt/my/chrome', '/usr/bin/chromium')
    expect(findChromium({ platform: 'linux', env, exists })).toBe('/opt/my/chrome')
    // Set but wrong: not silently replaced by another browser.
    expect(findChromium({ platform: 'linux', env, exists: only('/usr/bin/chromium') })).toBe(
      undefined,
    )
  })

  it('Linux: Debian’s chromium first, then Chrome, then a browser found on PATH', () => {
    const env = { PATH: '/home/a/bin:/usr/local/bin' }
    expect(
      findChromium({
        platform: 'linux',
        env,
        exists: only('/usr/bin/google-chrome', '/usr/bin/chromium'),
      }),
    ).toBe('/usr/bin/chromium')
    expect(
      findChromium({ platform: 'linux', env, exists: only('/usr/local/bin/chromium-browser') }),
    ).toBe('/usr/local/bin/chromium-browser')
  })

  it('macOS: Chrome in /Applications, else Chromium or Edge, also in ~/Applications', () => {
    const env = { HOME: '/Users/kim', PATH: '/usr/bin:/opt/homebrew/bin' }
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    const userEdge = '/Users/kim/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
    expect(findChromium({ platform: 'darwin', env, exists: only(userEdge, chrome) })).toBe(chrome)
    expect(findChromium({ platform: 'darwin', env, exists: only(userEdge) })).toBe(userEdge)
    expect(
      findChromium({ platform: 'darwin', env, exists: only('/opt/homebrew/bin/chromium') }),
    ).toBe('/opt/homebrew/bin/chromium')
  })

  it('Windows: Chrome, then Edge (there on every Windows 10/11), from the program folders', () => {
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\kim\\AppData\\Local',
      Path: 'C:\\Windows\\system32;C:\\tools',
    }
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    const userChrome = 'C:\\Users\\kim\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    expect(findChromium({ platform: 'win32', env, exists: only(edge, userChrome) })).toBe(
      userChrome,
    )
    expect(findChromium({ platform: 'win32', env, exists: only(edge) })).toBe(edge)
    // PATH is `Path` on Windows and `;`-separated; chrome.exe found there too.
    expect(findChromium({ platform: 'win32', env, exists: only('C:\\tools\\chrome.exe') })).toBe(
      'C:\\tools\\chrome.exe',
    )
  })

  it('finds nothing when nothing is there, and says how to get one for that platform', () => {
    expect(
      findChromium({ platform: 'linux', env: { PATH: '/usr/bin' }, exists: () => false }),
    ).toBe(undefined)
    expect(chromiumMissingMessage('linux', {})).toMatch(/apt-get install chromium/)
    expect(chromiumMissingMessage('darwin', {})).toMatch(/brew install --cask google-chrome/)
    expect(chromiumMissingMessage('win32', {})).toMatch(/Edge/)
    expect(chromiumMissingMessage('linux', { CHROMIUM_PATH: '/x' })).toMatch(/CHROMIUM_PATH=\/x/)
  })

  it('on this machine finds a real browser (setup installs one)', () => {
    expect(findChromium()).toBeTruthy()
  })
})
