// @ts-check
// The decisions `npm run setup` makes for a platform, as pure functions over what it found
// on the machine (setup.mjs looks; these decide). Only Linux with apt runs in CI here, so
// each platform's choices are pinned by unit tests (setupPlan.test.ts) instead.

/**
 * @typedef {{ what: string, why: string, apt: string, brew?: string, windows?: string, forTests: boolean }} Need
 * @typedef {{ platform: string, chromium: boolean, has: (cmd: string) => boolean }} Found
 */

/**
 * What the machine still lacks. Chromium is needed to build the deck's PDF; poppler only
 * by the tests; `ip`, `unshare` and `strace` only by the Linux offline test (network namespaces
 * exist only on Linux, so no other platform is asked for them).
 * @param {Found} found
 * @returns {Need[]}
 */
export function systemNeeds({ platform, chromium, has }) {
  /** @type {Need[]} */
  const needs = []
  if (!chromium)
    needs.push({
      what: 'Chromium (또는 Chrome·Edge)',
      why: '덱 PDF와 브라우저 테스트',
      apt: 'chromium',
      brew: 'brew install --cask google-chrome',
      windows: 'Edge가 이미 있으면 그대로 씁니다; 없으면 https://www.google.com/chrome/',
      forTests: false,
    })
  if (!has('pdftoppm') || !has('pdffonts'))
    needs.push({
      what: 'poppler (pdftoppm, pdffonts)',
      why: 'PDF 검사 테스트',
      apt: 'poppler-utils',
      brew: 'brew install poppler',
      windows: 'scoop install poppler  (또는 choco install poppler)',
      forTests: true,
    })
  if (platform === 'linux') {
    if (!has('ip'))
      needs.push({ what: 'ip', why: '오프라인 빌드 테스트', apt: 'iproute2', forTests: true })
    if (!has('unshare'))
      needs.push({
        what: 'unshare',
        why: '오프라인 빌드 테스트',
        apt: 'util-linux',
        forTests: true,
      })
    // The offline test traces the build's system calls for DNS and connections (#15 F).
    if (!has('strace'))
      needs.push({ what: 'strace', why: '오프라인 빌드 테스트', apt: 'strace', forTests: true })
  }
  return needs
}

/**
 * @typedef {{ kind: 'nothing' }
 *   | { kind: 'apt', sudo: boolean, packages: string[] }
 *   | { kind: 'tell', command: string | undefined, lines: string[] }} SystemPlan
 */

/**
 * How to get the system packages: install them with apt where that is allowed without a
 * prompt (root, or sudo that needs no password), else say exactly what to run.
 * @param {Need[]} needs
 * @param {{ platform: string, root: boolean, sudoWithoutPassword: boolean, apt: boolean, brew: boolean }} machine
 * @returns {SystemPlan}
 */
export function systemPlan(needs, { platform, root, sudoWithoutPassword, apt, brew }) {
  if (needs.length === 0) return { kind: 'nothing' }
  const list = needs.map((n) => `  - ${n.what}: ${n.why}`)
  if (platform === 'linux' && apt) {
    const packages = needs.map((n) => n.apt)
    if (root || sudoWithoutPassword) return { kind: 'apt', sudo: !root, packages }
    return {
      kind: 'tell',
      command: `sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`,
      lines: ['관리자 권한이 없어 다음 시스템 패키지를 설치하지 못했습니다:', ...list],
    }
  }
  if (platform === 'darwin') {
    const brews = needs.flatMap((n) => (n.brew ? [n.brew] : []))
    return {
      kind: 'tell',
      command: brews.join(' && '),
      lines: [
        '다음 프로그램이 필요합니다:',
        ...list,
        brew ? 'Homebrew로 설치하세요:' : 'Homebrew(https://brew.sh)를 설치한 뒤:',
      ],
    }
  }
  if (platform === 'win32') {
    return {
      kind: 'tell',
      command: undefined,
      lines: ['다음 프로그램이 필요합니다:', ...needs.map((n) => `  - ${n.what}: ${n.windows}`)],
    }
  }
  return {
    kind: 'tell',
    command: undefined,
    lines: [
      '다음 프로그램을 이 시스템의 패키지 관리자로 설치하세요',
      `(Debian 이름: ${needs.map((n) => n.apt).join(', ')}):`,
      ...list,
    ],
  }
}

/**
 * How to install pnpm: globally where npm's global folder is writable (root, Windows'
 * %APPDATA%\npm, Homebrew's Node), else into the user's own ~/.local, which needs no
 * administrator rights. Returns npm's arguments and the folder pnpm's command lands in.
 * @param {{ platform: string, globalWritable: boolean, home: string, version: string }} options
 * @returns {{ args: string[], bin: string | undefined }}
 */
export function pnpmInstall({ platform, globalWritable, home, version }) {
  const pkg = `pnpm@${version}`
  if (globalWritable || platform === 'win32')
    return { args: ['install', '--global', pkg], bin: undefined }
  const prefix = `${home}/.local`
  return { args: ['install', '--global', '--prefix', prefix, pkg], bin: `${prefix}/bin` }
}
