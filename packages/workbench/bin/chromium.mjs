// @ts-check
// Where a Chromium, Chrome or Edge lives: the one lookup for setup (to decide whether to
// install one), the deck's build and PDF, and the browser tests. CHROMIUM_PATH first, then
// the usual install places of each platform, then the names on PATH. Plain Node with no
// shell (`command -v` does not exist on Windows): PATH is searched here.
import { posix, win32 } from 'node:path'
import { isFile, pathCandidates } from './which.mjs'

/**
 * @typedef {'linux' | 'darwin' | 'win32' | string} Platform
 * @typedef {Record<string, string | undefined>} Env
 */

/** Names a Chromium-family browser has on PATH, per platform (without `.exe`). */
const PATH_NAMES = {
  linux: [
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
    'microsoft-edge',
    'microsoft-edge-stable',
  ],
  darwin: ['chromium', 'google-chrome'],
  win32: ['chrome', 'msedge', 'chromium'],
}

/**
 * The fixed places to look, in order, for a platform. Pure: the environment is passed in
 * (Windows keeps its program folders in variables).
 * @param {Platform} platform
 * @param {Env} env
 * @returns {string[]}
 */
export function chromiumPlaces(platform, env) {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      /** @returns {r is string} */ (r) => typeof r === 'string' && r !== '',
    )
    const apps = [
      ['Google', 'Chrome', 'Application', 'chrome.exe'],
      ['Chromium', 'Application', 'chrome.exe'],
      ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
    ]
    return apps.flatMap((parts) => roots.map((r) => win32.join(r, ...parts)))
  }
  if (platform === 'darwin') {
    const bundles = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]
    const homes = ['/Applications', env.HOME ? posix.join(env.HOME, 'Applications') : '']
    return homes.filter(Boolean).flatMap((h) => bundles.map((b) => posix.join(h, b)))
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ]
}

/**
 * Every file named like a browser in the PATH folders, in PATH order. Pure.
 * @param {Platform} platform
 * @param {Env} env
 * @returns {string[]}
 */
export function browsersOnPath(platform, env) {
  const names = PATH_NAMES[/** @type {'linux'} */ (platform)] ?? PATH_NAMES.linux
  return names.flatMap((n) =>
    pathCandidates(n, platform, env).filter((f) => !/\.(cmd|bat)$/.test(f)),
  )
}

/**
 * The browser to use: CHROMIUM_PATH when set (and then only it), else the first candidate
 * that exists. `exists` is the only contact with the machine, so the order is testable.
 * @param {{ platform?: Platform, env?: Env, exists?: (file: string) => boolean }} [options]
 * @returns {string | undefined}
 */
export function findChromium({
  platform = process.platform,
  env = process.env,
  exists = isFile,
} = {}) {
  const chosen = env.CHROMIUM_PATH?.trim()
  if (chosen) return exists(chosen) ? chosen : undefined
  return [...chromiumPlaces(platform, env), ...browsersOnPath(platform, env)].find(exists)
}

/**
 * What to tell a user whose browser was not found, in Korean, for their platform.
 * @param {Platform} platform
 * @param {Env} env
 * @returns {string}
 */
export function chromiumMissingMessage(platform, env) {
  const chosen = env.CHROMIUM_PATH?.trim()
  if (chosen)
    return `CHROMIUM_PATH=${chosen} 파일이 없습니다. Chromium·Chrome·Edge 실행 파일의 경로로 고쳐 주세요.`
  const how =
    platform === 'darwin'
      ? 'Google Chrome을 설치하거나(brew install --cask google-chrome)'
      : platform === 'win32'
        ? 'Chrome 또는 Edge를 설치하거나'
        : 'Chromium을 설치하거나(Debian/Ubuntu: sudo apt-get install chromium)'
  return `Chromium·Chrome·Edge를 찾지 못했습니다. ${how} CHROMIUM_PATH에 실행 파일 경로를 지정하세요.`
}
