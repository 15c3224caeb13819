import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { commitFiles } from '../../src/store/write.js'
import { assertCleanRepo, cleanupTempDirs, head, makeRepo, sh, writeFiles } from './git-fixture.js'

const committer = { name: 'release-evidence', email: 'release-evidence@example.test', timestamp: Date.parse('2026-11-23T14:00:00Z') / 1000 }
const bytes = (s: string) => Buffer.from(s, 'utf8')

afterAll(cleanupTempDirs)

describe('commitFiles: the write-once commit', () => {
  it('builds the commit on the given parent; native git sees the same tree, message, identity and date, and a clean repo', async () => {
    const dir = makeRepo()
    const parent = head(dir)
    const { commitOid, worktreeUpdated } = await commitFiles({
      dir,
      branch: 'main',
      parentOid: parent,
      committer,
      message: 'closure-packets: w1 r001',
      files: [
        { path: 'closure-packets/w1/packet-r001.json', bytes: bytes('{"a":1}\n') },
        { path: 'closure-packets/w1/packet-r001.sig', bytes: bytes('sig\n') },
        { path: 'closure-packets/w1/verify-r001.log', bytes: bytes('log\n') }
      ]
    })
    expect(worktreeUpdated).toBe(true)
    expect(head(dir)).toBe(commitOid)
    expect(sh(dir, ['rev-parse', `${commitOid}^`]).trim()).toBe(parent)
    expect(sh(dir, ['ls-tree', '-r', '--name-only', commitOid]).trim().split('\n')).toEqual([
      'README.md',
      'closure-packets/w1/packet-r001.json',
      'closure-packets/w1/packet-r001.sig',
      'closure-packets/w1/verify-r001.log'
    ])
    expect(sh(dir, ['log', '-1', '--format=%an <%ae>|%cn <%ce>|%cI|%B', commitOid])).toBe(
      'release-evidence <release-evidence@example.test>|release-evidence <release-evidence@example.test>|2026-11-23T14:00:00+00:00|closure-packets: w1 r001\n\n'
    )
    expect(sh(dir, ['show', `${commitOid}:closure-packets/w1/packet-r001.json`])).toBe('{"a":1}\n')
    expect(readFileSync(join(dir, 'closure-packets/w1/packet-r001.json'), 'utf8')).toBe('{"a":1}\n')
    expect(assertCleanRepo(dir)).toEqual({ fsck: '', status: '' })
  })

  it('is deterministic: the same files, parent, identity and time give the same commit id', async () => {
    const a = makeRepo()
    const b = makeRepo()
    const args = { branch: 'main', committer, message: 'm', files: [{ path: 'closure-packets/w/packet-r001.json', bytes: bytes('x') }] }
    const ca = await commitFiles({ ...args, dir: a, parentOid: head(a) })
    const cb = await commitFiles({ ...args, dir: b, parentOid: head(b) })
    expect(ca.commitOid).toBe(cb.commitOid)
  })

  it('refuses to rewrite a path that exists in the parent (write-once guard) and leaves the branch alone', async () => {
    const dir = makeRepo({ 'closure-packets/w1/packet-r001.json': 'original\n' })
    const before = head(dir)
    await expect(
      commitFiles({ dir, branch: 'main', parentOid: before, committer, message: 'm', files: [{ path: 'closure-packets/w1/packet-r001.json', bytes: bytes('changed\n') }] })
    ).rejects.toMatchObject({ code: 'WRITE_ONCE' })
    expect(head(dir)).toBe(before)
    expect(readFileSync(join(dir, 'closure-packets/w1/packet-r001.json'), 'utf8')).toBe('original\n')
    expect(assertCleanRepo(dir)).toEqual({ fsck: '', status: '' })
  })

  it('refuses to move a branch that no longer points at the expected commit (lost race)', async () => {
    const dir = makeRepo()
    const old = head(dir)
    sh(dir, ['commit', '-q', '--allow-empty', '-m', 'someone else'])
    const tip = head(dir)
    await expect(
      commitFiles({ dir, branch: 'main', parentOid: old, expectedRefOid: old, committer, message: 'm', files: [{ path: 'closure-packets/w/packet-r001.json', bytes: bytes('x') }] })
    ).rejects.toMatchObject({ code: 'REF_MOVED' })
    expect(head(dir)).toBe(tip)
  })

  it('commits to a branch that is not checked out without touching the working tree or index', async () => {
    const dir = makeRepo()
    sh(dir, ['branch', 'evidence'])
    const parent = sh(dir, ['rev-parse', 'evidence']).trim()
    const r = await commitFiles({ dir, branch: 'evidence', parentOid: parent, committer, message: 'm', files: [{ path: 'closure-packets/w/packet-r001.json', bytes: bytes('x') }] })
    expect(r.worktreeUpdated).toBe(false)
    expect(sh(dir, ['rev-parse', 'evidence']).trim()).toBe(r.commitOid)
    expect(sh(dir, ['rev-parse', 'main']).trim()).toBe(parent)
    expect(assertCleanRepo(dir)).toEqual({ fsck: '', status: '' })
  })

  it('keeps staged work of the user staged, and refuses an untracked file with other bytes in the way', async () => {
    const dir = makeRepo()
    writeFiles(dir, { 'notes.txt': 'wip\n' })
    sh(dir, ['add', 'notes.txt'])
    await commitFiles({ dir, branch: 'main', parentOid: head(dir), committer, message: 'm', files: [{ path: 'closure-packets/w/packet-r001.json', bytes: bytes('x') }] })
    expect(sh(dir, ['status', '--porcelain'])).toBe('A  notes.txt\n')

    writeFiles(dir, { 'closure-packets/w/packet-r002.json': 'stray\n' })
    await expect(
      commitFiles({ dir, branch: 'main', parentOid: head(dir), committer, message: 'm', files: [{ path: 'closure-packets/w/packet-r002.json', bytes: bytes('y') }] })
    ).rejects.toMatchObject({ code: 'REPO_INVALID' })
  })

  it('starts an unborn branch', async () => {
    const dir = makeRepo()
    const r = await commitFiles({ dir, branch: 'orphan-store', parentOid: null, committer, message: 'm', files: [{ path: 'closure-packets/w/packet-r001.json', bytes: bytes('x') }] })
    expect(sh(dir, ['rev-list', '--count', 'orphan-store']).trim()).toBe('1')
    expect(sh(dir, ['rev-parse', 'orphan-store']).trim()).toBe(r.commitOid)
    expect(assertCleanRepo(dir).fsck).toBe('')
  })
})
