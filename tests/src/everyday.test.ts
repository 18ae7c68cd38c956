import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startInGroup } from './support/processGroup.ts'
import { root, run } from './support/run.ts'

/**
 * The commands as an analyst types them (#16): `pnpm build` speaks in Korean steps and keeps
 * the tools' output in a log; every command answers --help in Korean; a busy port and
 * Ctrl-C end with one line. Nothing here is timed.
 */
const HANGUL = /[가-힣]/

describe('pnpm build speaks in steps', () => {
  let out = ''
  let code: number | null = null
  beforeAll(async () => {
    const r = await run('pnpm', ['build'], {}, 300_000)
    out = r.stdout + r.stderr
    code = r.code
  }, 300_000)

  it('succeeds in about 30 lines at most, the four steps in order, each with its time', () => {
    expect(code, out).toBe(0)
    const lines = out.trimEnd().split('\n')
    expect(lines.length, out).toBeLessThanOrEqual(30)
    const ends = ['데이터 검사', '메모 PDF', '덱 사이트', '덱 PDF'].map((label) =>
      lines.findIndex((l) => new RegExp(`^ {2}✓ ${label} .*\\d+\\.\\d초`).test(l)),
    )
    for (const i of ends) expect(i, out).toBeGreaterThanOrEqual(0)
    // The deck's PDF is printed from its site, so it ends after it.
    expect(ends[3], out).toBeGreaterThan(ends[2] as number)
  })

  it('no tool chatter on screen; all of it in the log named at the end', () => {
    expect(out).not.toMatch(/PLUGIN_TIMINGS|gzip:|Slidev {2}v|ELIFECYCLE/)
    const named = /전체 기록: (\S+)\s*$/.exec(out)?.[1]
    expect(named, out).toBe('logs/build.log')
    const log = readFileSync(join(root, named as string), 'utf8')
    // The memo's bundle step, the two builds and the commit step (#15: one build, one
    // transaction).
    expect(log).toMatch(/Tasks: +4 successful, 4 total/)
  })

  it('shows no other checkout’s paths (worktrees share turbo’s cache)', () => {
    const log = readFileSync(join(root, 'logs/build.log'), 'utf8')
    for (const text of [out, log]) {
      // Every absolute path shown is inside this checkout.
      const paths = text.match(/(?<![\w.])\/(?:work|home|root|tmp|Users)\/[^\s'"`)]+/g) ?? []
      for (const p of paths)
        expect(`${p}/`.startsWith(root) || root.startsWith(`${p}/`), p).toBe(true)
    }
  })
})

describe('every command answers --help in Korean', () => {
  const commands: Array<[string, string[]]> = [
    ['pnpm build', ['node', 'packages/workbench/bin/turbo.mjs', 'run', 'build', '--help']],
    [
      'pnpm test',
      ['node', 'packages/workbench/bin/turbo.mjs', 'run', 'typecheck', 'test', '--help'],
    ],
    ['pnpm typecheck', ['node', 'packages/workbench/bin/turbo.mjs', 'run', 'typecheck', '--help']],
    ['pnpm dev', ['node', 'packages/workbench/bin/turbo.mjs', 'run', 'dev', '--help']],
    ['pnpm present', ['pnpm', 'present', '--help']],
    ['pnpm lint', ['pnpm', 'lint', '--help']],
    ['pnpm format', ['pnpm', 'format', '--help']],
    ['npm run setup', ['node', 'packages/workbench/bin/setup.mjs', '--help']],
    ['pnpm bench', ['node', 'bench/bench.mjs', '--help']],
  ]
  it.each(commands)('%s --help', async (name, [cmd, ...args]) => {
    const r = await run(cmd as string, args)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout, name).toMatch(/^(\n?> .*\n)*\n?사용법: /)
    expect(r.stdout).toMatch(HANGUL)
    // --help only answers: it neither builds nor serves nor formats.
    expect(r.stdout).not.toMatch(/✓|Checked \d+ files|audience/)
  })
})

describe('pnpm present', () => {
  let busy: Server
  let port = 0
  beforeAll(async () => {
    busy = createServer(() => {})
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', () => ok()))
    port = (busy.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((ok) => busy.close(() => ok())))

  it('on a busy port: one Korean line naming the next port, no stack trace', async () => {
    expect(existsSync(join(root, 'decks/briefing/dist/index.html'))).toBe(true)
    const r = await run('pnpm', ['present'], { PORT: String(port) })
    expect(r.code).toBe(1)
    expect(r.stderr.trim()).toBe(
      `포트 ${port}번이 사용 중입니다 — \`pnpm dev\`를 끄거나 PORT=${port + 1}로 실행하세요 (예: PORT=${port + 1} pnpm present)`,
    )
    expect(r.stderr + r.stdout).not.toMatch(/EADDRINUSE|\n\s+at /)
  })

  it('Ctrl-C: one line, no package-manager noise; the script itself exits 130', async () => {
    // Through pnpm, as typed: the shell sees pnpm end by SIGINT (what it reports as 130).
    const typed = startInGroup('pnpm', ['present'], { PORT: '0' })
    await typed.printed('presenter')
    typed.interrupt()
    const ended = await typed.done
    expect(ended.output.trimEnd().split('\n').at(-1)).toBe('중단됨 — 출력물은 그대로 남아 있습니다')
    expect(ended.output).not.toMatch(/ELIFECYCLE|ERR_PNPM|\n\s+at /)
    expect(ended.code === 130 || ended.signal === 'SIGINT', `${ended.code} ${ended.signal}`).toBe(
      true,
    )
    // pnpm's own ending hides the script's code, so the script alone is asked for it.
    const direct = startInGroup('node', ['--import', 'tsx', 'decks/briefing/scripts/present.ts'], {
      PORT: '0',
    })
    await direct.printed('presenter')
    direct.interrupt()
    expect((await direct.done).code).toBe(130)
  })
})
