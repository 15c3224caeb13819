import { chmodSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseRawLog } from '../../src/git/parse.js'
import { cleanupTempDirs, sh } from './git-fixture.js'
import { WINDOW, demoKeyFile, exportClosure, storeRepo, verify } from './store-fixture.js'

// Every store file is a regular file, mode 100644: a committed symlink or executable under a
// family root is a blocking STORE_FILE_MODE for the commit that made it, found in history (git log
// --raw), and still reported after a later commit sets it back, with and without the cache.

interface Report {
  defects: { defect_code: string; file: string; detail: string }[]
}

let key: string
beforeAll(() => {
  key = demoKeyFile()
})
afterAll(cleanupTempDirs)

async function exported(): Promise<string> {
  const dir = storeRepo()
  expect((await exportClosure(dir, key)).code).toBe(0)
  return dir
}

async function modeDefects(dir: string, extra: string[] = []): Promise<{ code: number; defects: Report['defects'] }> {
  const run = await verify(dir, ['--json', ...extra])
  const r = JSON.parse(run.stdout) as Report
  return { code: run.code, defects: r.defects.filter((d) => d.defect_code === 'STORE_FILE_MODE') }
}

const LOG = `closure-packets/${WINDOW}/verify-r001.log`
const NOTE = `closure-packets/${WINDOW}/.gitkeep`

describe('store file modes', () => {
  it('reads the new mode of every change from git log --raw', () => {
    const raw = Buffer.from(`\x01${'a'.repeat(40)}\x021700000000\0\n:100644 100755 ${'b'.repeat(40)} ${'b'.repeat(40)} M\0x/y.json\0:000000 120000 ${'0'.repeat(40)} ${'c'.repeat(40)} A\0x/l\0`)
    expect(parseRawLog(raw).events.map((e) => [e.path, e.status, e.newMode])).toEqual([
      ['x/y.json', 'M', '100755'],
      ['x/l', 'A', '120000']
    ])
  })

  it('an executable bit on a published file is STORE_FILE_MODE for that commit, not a rewrite, and stays reported after it is set back', async () => {
    const dir = await exported()
    expect((await modeDefects(dir)).code).toBe(0)
    chmodSync(join(dir, LOG), 0o755)
    sh(dir, ['commit', '-qam', 'make the log executable'])
    const bad = sh(dir, ['rev-parse', 'HEAD']).trim()
    expect(sh(dir, ['ls-tree', 'HEAD', LOG])).toMatch(/^100755 /)
    const found = await modeDefects(dir)
    expect(found.code).toBe(1)
    expect(found.defects).toEqual([expect.objectContaining({ file: LOG, detail: expect.stringContaining(`commit ${bad} changed ${LOG} as an executable file (mode 100755)`) })])
    // the bytes did not change: no STORE_FILE_REWRITTEN for a mode alone
    const all = JSON.parse((await verify(dir, ['--json'])).stdout) as Report
    expect(all.defects.map((d) => d.defect_code)).toEqual(['STORE_FILE_MODE'])
    // set back: the commit that did it is still reported (cache warm, and a full proof)
    chmodSync(join(dir, LOG), 0o644)
    sh(dir, ['commit', '-qam', 'set the mode back'])
    for (const extra of [[], ['--no-cache']]) {
      const after = await modeDefects(dir, extra)
      expect(after.code).toBe(1)
      expect(after.defects.map((d) => d.detail)).toEqual([expect.stringContaining(`commit ${bad} `)])
    }
  })

  it('a committed symlink under a store root is STORE_FILE_MODE, in history even once it is replaced by a regular file', async () => {
    const dir = await exported()
    symlinkSync('/etc/passwd', join(dir, NOTE))
    sh(dir, ['add', NOTE])
    sh(dir, ['commit', '-qm', 'a link in the store'])
    const bad = sh(dir, ['rev-parse', 'HEAD']).trim()
    expect(sh(dir, ['ls-tree', 'HEAD', NOTE])).toMatch(/^120000 /)
    const found = await modeDefects(dir)
    expect(found.code).toBe(1)
    expect(found.defects).toEqual([expect.objectContaining({ file: NOTE, detail: expect.stringContaining(`commit ${bad} added ${NOTE} as a symbolic link (mode 120000)`) })])
    rmSync(join(dir, NOTE))
    writeFileSync(join(dir, NOTE), '# notes\n')
    sh(dir, ['add', NOTE])
    sh(dir, ['commit', '-qm', 'a regular file instead'])
    expect(sh(dir, ['ls-tree', 'HEAD', NOTE])).toMatch(/^100644 /)
    const after = await modeDefects(dir, ['--no-cache'])
    expect(after.code).toBe(1)
    expect(after.defects.map((d) => d.detail)).toEqual([expect.stringContaining(`commit ${bad} added`)])
    // native git agrees on what was committed
    expect(sh(dir, ['fsck', '--no-progress'])).toBe('')
  })

  it('a submodule (gitlink, mode 160000) committed under a store root is STORE_FILE_MODE: another repository\'s commit is not a store file', async () => {
    const dir = await exported()
    const link = `closure-packets/${WINDOW}/vendored`
    const commit = sh(dir, ['rev-parse', 'HEAD']).trim()
    sh(dir, ['update-index', '--add', '--cacheinfo', `160000,${commit},${link}`])
    sh(dir, ['commit', '-qm', 'a submodule in the store'])
    const bad = sh(dir, ['rev-parse', 'HEAD']).trim()
    expect(sh(dir, ['ls-tree', 'HEAD', link])).toMatch(/^160000 commit /)
    for (const extra of [[], ['--no-cache']]) {
      const found = await modeDefects(dir, extra)
      expect(found.code).toBe(1)
      expect(found.defects).toEqual([expect.objectContaining({ file: link, detail: expect.stringContaining(`commit ${bad} added ${link} as a submodule (gitlink) (mode 160000)`) })])
    }
  })
})
