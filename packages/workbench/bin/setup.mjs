#!/usr/bin/env node
// @ts-check
// `npm run setup`: everything a fresh machine needs, then both outputs. Plain Node (no
// TypeScript, no dependencies) because it runs before pnpm exists. It looks at the machine
// here; what to do about it is decided in setupPlan.mjs (pure, unit-tested per platform).
// No shell constructs: Windows has no `sh`, so programs are found on PATH by which.mjs.
import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromiumMissingMessage, findChromium } from './chromium.mjs'
import { pnpmInstall, systemNeeds, systemPlan } from './setupPlan.mjs'
import { which } from './which.mjs'

const HELP = `사용법: npm run setup

새 컴퓨터에 필요한 것을 모두 준비하고 두 출력물을 만듭니다:
  1. Node.js 버전 확인 (20.19 이상)
  2. pnpm 설치 (관리자 권한이 없으면 ~/.local 에)
  3. 시스템 프로그램: Chromium(또는 Chrome·Edge), poppler; Linux에서는 ip, unshare
     (apt와 관리자 권한이 있으면 설치하고, 없으면 실행할 명령을 알려 줍니다)
  4. 의존성 설치 (pnpm install --frozen-lockfile)
  5. pnpm build

환경 변수: CHROMIUM_PATH=<브라우저 실행 파일>  이미 설치된 Chrome·Chromium·Edge를 쓸 때
자세한 내용: README.md의 "macOS", "Windows", "Without administrator rights"
`
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(HELP)
  process.exit(0)
}

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const pnpmVersion = pkg.packageManager.replace(/^pnpm@/, '')
const platform = process.platform
const windows = platform === 'win32'
/** @type {Record<string, string | undefined>} */
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', TURBO_TELEMETRY_DISABLED: '1' }
/** Problems that do not stop the build but must be fixed before `pnpm test`. */
const later = /** @type {string[]} */ ([])

/** @param {string} title */
function step(title) {
  process.stdout.write(`\n== ${title}\n`)
}
/** @param {string} message @returns {never} */
function fail(message) {
  process.stderr.write(`\nsetup 실패: ${message}\n`)
  process.exit(1)
}
// An ordinary Linux user's PATH lacks the sbin folders, where Debian keeps `ip`.
const sbin = platform === 'linux' ? `${delimiter}/usr/sbin${delimiter}/sbin` : ''
const has = (/** @type {string} */ cmd) =>
  which(cmd, { env: { ...env, PATH: `${env.PATH ?? ''}${sbin}` } }) !== undefined

/**
 * Runs a program without a shell. A Windows `.cmd` (npm, pnpm) can only be started through
 * cmd.exe (Node refuses otherwise since 20.12), so there, and only with fixed arguments, a
 * shell is used.
 * @param {string} cmd @param {string[]} args @param {{ quiet?: boolean }} [options]
 */
function run(cmd, args, { quiet = false } = {}) {
  const r = spawnSync(cmd, args, {
    stdio: quiet ? 'pipe' : 'inherit',
    cwd: root,
    env,
    encoding: 'utf8',
    shell: windows && /\.(cmd|bat)$/i.test(cmd),
  })
  const ok = !r.error && r.status === 0
  return {
    ok,
    stdout: r.stdout ?? '',
    message: r.error?.message ?? `${cmd} ${args.join(' ')} → ${r.status}`,
  }
}
/** npm itself: the npm that runs this script (npm_execpath) with this Node, else npm on PATH. */
function npm(/** @type {string[]} */ args, quiet = false) {
  const cli = process.env.npm_execpath
  if (cli && /npm-cli\.js$/.test(cli)) return run(process.execPath, [cli, ...args], { quiet })
  return run(which('npm', { env }) ?? 'npm', args, { quiet })
}
function pnpmCommand() {
  return which('pnpm', { env })
}

step('Node.js')
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19))
  fail(`Node ${process.versions.node}은(는) 너무 오래되었습니다. Node 20.19 이상을 설치하세요.`)
process.stdout.write(`Node ${process.versions.node}: ok\n`)

step(`pnpm ${pnpmVersion}`)
let pnpm = pnpmCommand()
const current = pnpm ? run(pnpm, ['--version'], { quiet: true }) : undefined
if (current?.ok && current.stdout.trim() === pnpmVersion) {
  process.stdout.write(`pnpm ${pnpmVersion}: 이미 설치됨 (${pnpm})\n`)
} else {
  // pnpm 11+ needs Node 22.13 (node:sqlite): pin the version the lockfile was made with.
  const prefix = npm(['prefix', '--global'], true).stdout.trim()
  const plan = pnpmInstall({
    platform,
    globalWritable: prefix !== '' && writable(windows ? prefix : join(prefix, 'lib')),
    home: homedir(),
    version: pnpmVersion,
  })
  if (plan.bin) process.stdout.write(`관리자 권한 없이 ${plan.bin} 에 설치합니다.\n`)
  const r = npm([...plan.args, '--loglevel=warn'])
  if (!r.ok)
    fail(
      `pnpm을 설치하지 못했습니다 (${r.message}). pnpm ${pnpmVersion}을 직접 설치한 뒤 다시 실행하세요.`,
    )
  if (plan.bin) {
    const onPath = (process.env.PATH ?? '').split(delimiter).includes(plan.bin)
    env.PATH = `${plan.bin}${delimiter}${env.PATH ?? ''}`
    if (!onPath)
      later.push(
        `pnpm이 ${plan.bin} 에 있습니다. 이 폴더를 PATH에 넣으세요 (~/.profile 또는 ~/.zshrc에):\n    export PATH="${plan.bin}:$PATH"`,
      )
  }
  pnpm = pnpmCommand()
}
const pnpmBin = pnpm ?? fail('pnpm을 설치했지만 PATH에서 찾을 수 없습니다.')

step('시스템 프로그램 (Chromium: 덱 PDF와 브라우저 테스트, poppler: PDF 검사)')
const chromium = findChromium({ env })
// A chosen browser whose path is wrong: say that, rather than install another one.
const chosenMissing = Boolean(env.CHROMIUM_PATH?.trim()) && chromium === undefined
if (chosenMissing) process.stdout.write(`${chromiumMissingMessage(platform, env)}\n`)
const needs = systemNeeds({ platform, chromium: chromium !== undefined || chosenMissing, has })
const root_ = process.getuid?.() === 0
const apt = has('apt-get')
const sudoWithoutPassword =
  !root_ && apt && has('sudo') && run('sudo', ['-n', 'true'], { quiet: true }).ok
const plan = systemPlan(needs, {
  platform,
  root: root_,
  sudoWithoutPassword,
  apt,
  brew: has('brew'),
})
let chromiumMissing = chromium === undefined
if (plan.kind === 'nothing') {
  if (chromium) process.stdout.write(`Chromium: ${chromium}; poppler 있음\n`)
} else if (plan.kind === 'apt') {
  const sudo = plan.sudo ? ['sudo', '-n'] : []
  env.DEBIAN_FRONTEND = 'noninteractive'
  const apt = (/** @type {string[]} */ args) =>
    sudo.length ? run('sudo', ['-n', 'apt-get', ...args]) : run('apt-get', args)
  let r = apt(['update', '-qq'])
  if (r.ok) r = apt(['install', '-y', '-qq', '--no-install-recommends', ...plan.packages])
  if (!r.ok) fail(`apt-get이 ${plan.packages.join(' ')}을(를) 설치하지 못했습니다 (${r.message})`)
  chromiumMissing = findChromium({ env }) === undefined
} else {
  const text = [...plan.lines, ...(plan.command ? [`    ${plan.command}`] : [])].join('\n')
  process.stdout.write(`${text}\n`)
  if (!chromiumMissing) later.push(text)
}

step('의존성 (pnpm install)')
// .npmrc silences pnpm's own messages for everyday commands; setup wants to see them.
let r = run(pnpmBin, [
  'install',
  '--loglevel=info',
  ...(existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : []),
])
if (!r.ok) fail(r.message)

if (chromiumMissing)
  fail(
    '브라우저가 없어 덱 PDF를 만들 수 없습니다. 위 안내대로 설치하거나 CHROMIUM_PATH를 지정한 뒤 npm run setup을 다시 실행하세요.',
  )

step('두 출력물 만들기 (pnpm build)')
r = run(pnpmBin, ['build'])
if (!r.ok) fail(r.message)
process.stdout.write(
  '\n완료. 출력물:\n  reports/policy-memo/dist/policy-memo.pdf\n  decks/briefing/dist/index.html\n  decks/briefing/dist/briefing.pdf\n  decks/briefing/dist/briefing-handout.pdf\n테스트: pnpm test\n',
)
if (later.length > 0)
  process.stdout.write(`\n테스트 전에 할 일:\n${later.map((l) => `- ${l}`).join('\n')}\n`)

/** @param {string} dir */
function writable(dir) {
  try {
    accessSync(dir, constants.W_OK)
    return true
  } catch {
    return false
  }
}
