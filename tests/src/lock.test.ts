import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { acquire, lockPath } from '@briefing/workbench/lock'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * The lock that makes two `pnpm build` run one after the other, and that keeps two deck
 * builds off Slidev's one export port (packages/workbench/bin/lock.mjs).
 */
const name = `test-${process.pid}-${Date.now()}`
const lockModule = new URL('../../packages/workbench/bin/lock.mjs', import.meta.url).pathname
afterAll(() => rmSync(lockPath(name), { recursive: true, force: true }))

describe('the build lock', () => {
  it('takes over a lock whose owner is gone (a build killed with SIGKILL)', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    })
    const deadPid = Number(dead.stdout)
    mkdirSync(lockPath(name), { recursive: true })
    writeFileSync(join(lockPath(name), 'owner.json'), JSON.stringify({ pid: deadPid }))

    const waited: number[] = []
    const release = await acquire(name, 'test', (pid) => waited.push(pid))
    expect(waited).toEqual([])
    expect(JSON.parse(readFileSync(join(lockPath(name), 'owner.json'), 'utf8')).pid).toBe(
      process.pid,
    )
    release()
    expect(existsSync(lockPath(name))).toBe(false)
  })

  it('makes a second process wait while the first holds it, then lets it in', async () => {
    const release = await acquire(name, 'test')
    // The second process reports when it starts waiting and when it has the lock.
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { acquire } = await import(${JSON.stringify(lockModule)})
         const release = await acquire(${JSON.stringify(name)}, 'child', (pid) => console.log('waiting for ' + pid))
         console.log('got it')
         release()`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    const waiting = new Promise<void>((resolve) => {
      child.stdout.on('data', (d) => {
        out += d
        if (out.includes('waiting for')) resolve()
      })
    })
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    await waiting
    expect(out).toBe(`waiting for ${process.pid}\n`)
    release()
    expect(await exited).toBe(0)
    expect(out).toBe(`waiting for ${process.pid}\ngot it\n`)
    expect(existsSync(lockPath(name))).toBe(false)
  })
})
