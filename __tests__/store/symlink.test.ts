import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { commitFiles } from '../../src/store/write.js'
import { UserError } from '../../src/errors.js'
import { cleanupTempDirs, head, makeRepo, sh, tempDir } from './git-fixture.js'
import { WINDOW, demoKeyFile, edit, exportClosure, policyFiles, storeRepo } from './store-fixture.js'

// The store writes its files into the working tree of a checked-out branch. A symbolic link
// anywhere between the repository root and a file (closure-packets/, the window folder, the file
// itself), left there untracked by an earlier step, would carry that write outside the
// repository. Every such link is refused before anything is written: no object, no commit, no
// file inside or outside the repository.

afterAll(cleanupTempDirs)

/** What a refused export must leave as it was. */
function snapshot(dir: string): { head: string; objects: string; status: string } {
  return { head: head(dir), objects: sh(dir, ['count-objects']), status: sh(dir, ['status', '--porcelain', '--untracked-files=all']) }
}

describe('export-closure with a symbolic link in the store path', () => {
  it.each([
    ['the window folder', `closure-packets/${WINDOW}`, (elsewhere: string) => elsewhere],
    ['the store folder', 'closure-packets', (elsewhere: string) => elsewhere],
    ['the packet file itself', `closure-packets/${WINDOW}/packet-r001.json`, (elsewhere: string) => join(elsewhere, 'packet.json')],
    ['a link that stays inside the repository', `closure-packets/${WINDOW}`, () => '../policies']
  ])('refuses a link at %s (exit 2), writes nothing anywhere and names the path and the fix', async (_name, link, target) => {
    const dir = storeRepo()
    const elsewhere = tempDir('re-elsewhere-')
    mkdirSync(join(dir, link, '..'), { recursive: true })
    const to = target(elsewhere)
    symlinkSync(to, join(dir, link))
    const before = snapshot(dir)

    const r = await exportClosure(dir, demoKeyFile())
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`REPO_INVALID: ${link}: is a symbolic link (to ${to}) in the working tree`)
    expect(r.stderr).toContain(`remove it (rm ${link}) and run again`)
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /)
    expect(readdirSync(elsewhere)).toEqual([])
    expect(snapshot(dir)).toEqual(before)
    expect(readdirSync(join(dir, 'policies')).sort()).toEqual(Object.keys(policyFiles()).map((p) => p.slice('policies/'.length)))
  })

  it('refuses before writing any window when a later window is the linked one', async () => {
    const dir = storeRepo()
    edit(dir, 'examples/alarms.csv', (t) => `${t.trimEnd()}\nALM-9001,page,RW-2026-11-Z,2026-11-23T10:00:00Z,app-oncall,sre-oncall,second window\n`)
    sh(dir, ['commit', '-qam', 'another window'])
    const elsewhere = tempDir('re-elsewhere-')
    mkdirSync(join(dir, 'closure-packets'))
    symlinkSync(elsewhere, join(dir, 'closure-packets/rw-2026-11-z'))
    const before = snapshot(dir)

    const r = await exportClosure(dir, demoKeyFile())
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('REPO_INVALID: closure-packets/rw-2026-11-z: is a symbolic link')
    expect(readdirSync(elsewhere)).toEqual([])
    expect(snapshot(dir)).toEqual(before)
    expect(existsSync(join(dir, 'closure-packets', WINDOW))).toBe(false)
  })

  it('still writes through real folders that already exist', async () => {
    const dir = storeRepo()
    mkdirSync(join(dir, 'closure-packets', WINDOW), { recursive: true })
    const r = await exportClosure(dir, demoKeyFile())
    expect(r.code).toBe(0)
    expect(readdirSync(join(dir, 'closure-packets', WINDOW)).sort()).toEqual(['README.md', 'packet-r001.json', 'packet-r001.sig', 'verify-r001.log'])
  })
})

describe('commitFiles with a symbolic link in the way', () => {
  it('refuses a checked-out branch write through a linked folder before writing any object', async () => {
    const dir = makeRepo()
    const elsewhere = tempDir('re-elsewhere-')
    symlinkSync(elsewhere, join(dir, 'store'))
    const before = snapshot(dir)
    const err = await commitFiles({
      dir,
      branch: 'main',
      parentOid: head(dir),
      committer: { name: 'x', email: 'x@example.test', timestamp: 0 },
      message: 'x',
      files: [{ path: 'store/w1/a.json', bytes: Buffer.from('{}\n') }]
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).message).toMatch(/^store: is a symbolic link \(to .*\) in the working tree/)
    expect(readdirSync(elsewhere)).toEqual([])
    expect(snapshot(dir)).toEqual(before)
  })

  it('does not care about links in the working tree when the branch is not checked out', async () => {
    const dir = makeRepo()
    const parent = head(dir)
    sh(dir, ['branch', 'store'])
    const elsewhere = tempDir('re-elsewhere-')
    symlinkSync(elsewhere, join(dir, 'store'))
    writeFileSync(join(elsewhere, 'keep'), '')
    const r = await commitFiles({
      dir,
      branch: 'store',
      parentOid: parent,
      committer: { name: 'x', email: 'x@example.test', timestamp: 0 },
      message: 'x',
      files: [{ path: 'store/w1/a.json', bytes: Buffer.from('{}\n') }]
    })
    expect(r.worktreeUpdated).toBe(false)
    expect(readdirSync(elsewhere)).toEqual(['keep'])
  })
})
