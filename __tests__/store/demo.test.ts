import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { sh } from './git-fixture.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const made: string[] = []
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true })
})

async function demo(): Promise<{ code: number; out: string; dir: string }> {
  let out = ''
  const code = await runCli(['demo'], { io: { stdout: (t) => void (out += t), stderr: (t) => void (out += t) }, cwd: ROOT, env: {}, clock: () => 0 })
  const dir = /in (\S+release-evidence-demo-\S+)\n/.exec(out)?.[1] ?? ''
  if (dir) made.push(dir)
  return { code, out, dir }
}

describe('release-evidence demo (what npm run demo runs)', () => {
  it('runs gate, export, re-export and verify on the examples in a fresh repo, and exits 0 although a window is no-go', async () => {
    const { code, out, dir } = await demo()
    expect(code).toBe(0)
    expect(dir).not.toBe('')
    expect(out).toMatch(/^ {2}\S+: no-go/m)
    expect(out).toMatch(/Closure packets: [1-9]\d* written, 0 unchanged, 0 rejected on branch main/)
    expect(out).toMatch(/^ {2}\S+: unchanged \(nothing written\)$/m)
    expect(out).not.toMatch(/^ {2}\S+: written$/m)
    expect(out).toContain('Store verification: PASS')
    expect(out).toContain('The demo ran as designed')
    expect(sh(dir, ['fsck', '--strict', '--no-dangling'])).toBe('')
    expect(sh(dir, ['status', '--porcelain'])).toBe('')
    expect(sh(dir, ['log', '--format=%s']).trim().split('\n').filter((s) => s.startsWith('closure-packets: ')).length).toBeGreaterThan(0)
    // step 8: a purge with two approvals that verify accepts
    expect(out).toMatch(/verify \(pinned trust root\) at \S+: PASS; the deletion it accepts:\n {4}PURGE_APPLIED /)
  }, 300_000)

  it('is deterministic: two runs produce the same commits', async () => {
    const a = await demo()
    const b = await demo()
    expect(sh(a.dir, ['rev-parse', 'HEAD'])).toBe(sh(b.dir, ['rev-parse', 'HEAD']))
  }, 600_000)
})
