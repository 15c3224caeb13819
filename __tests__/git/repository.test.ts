import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { childEnv, git } from '../../src/git/exec.js'
import { initRepository, openRepository, remoteRefOid, type Repository } from '../../src/git/index.js'
import { cleanupTempDirs, commitAll, FIXED_DATE, head, makeRepo, sh, shStatus, tempDir, writeFiles } from '../store/git-fixture.js'
import { git as helperGit, startGitHttpServer, type GitHttpServer } from '../helpers/git-http-server.js'

// The git boundary (src/git) against real repositories in temp dirs: fixed identities and dates
// (git-fixture.ts), so every object id is the same on every run. Native git is the referee for
// what the in-process object writes produce, and the pinned environment is checked with real
// hooks, grafts and child processes.

const FIXED_SECONDS = Date.parse(FIXED_DATE) / 1000
const who = { name: 'Boundary', email: 'boundary@example.test', timestamp: FIXED_SECONDS, timezoneOffset: 0 }

afterAll(cleanupTempDirs)

/** main: c1 (README) <- c2 (store/a.txt) <- c3 (store/a.txt changed, store/b c.txt added) <- c4 (store/a.txt deleted); side: c1 <- s1 */
function historyRepo() {
  const dir = makeRepo()
  const c1 = head(dir)
  writeFiles(dir, { 'store/a.txt': 'one\n' })
  const c2 = commitAll(dir, 'add a')
  writeFiles(dir, { 'store/a.txt': 'two\n', 'store/b c.txt': 'spaces\n' })
  const c3 = commitAll(dir, 'change a, add b c')
  sh(dir, ['rm', '-q', 'store/a.txt'])
  const c4 = commitAll(dir, 'delete a')
  sh(dir, ['branch', 'side', c1])
  sh(dir, ['checkout', '-q', 'side'])
  writeFiles(dir, { 'side.txt': 'side\n' })
  const s1 = commitAll(dir, 'side')
  sh(dir, ['checkout', '-q', 'main'])
  return { dir, c1, c2, c3, c4, s1 }
}

describe('the repository itself', () => {
  let repo: ReturnType<typeof historyRepo>
  beforeAll(() => {
    repo = historyRepo()
    mkdirSync(join(repo.dir, 'sub/deeper'), { recursive: true })
  })

  it.each([
    ['the top level', '', true],
    ['a subfolder', 'sub/deeper', true],
    ['the git directory', '.git', false]
  ])('topLevel, isInsideWorkTree and describe from %s', async (_, rel, inside) => {
    const r = openRepository(join(repo.dir, rel))
    expect(await r.isInsideWorkTree()).toBe(inside)
    if (!inside) return
    expect(await r.topLevel()).toBe(sh(repo.dir, ['rev-parse', '--show-toplevel']).trim())
    expect(await r.describe('release-evidence')).toEqual({ top: await r.topLevel(), shallow: false, gitPath: join(repo.dir, '.git', 'release-evidence'), head: repo.c4 })
  })

  it.each([
    ['a folder outside any repository', () => tempDir()],
    ['a folder that does not exist', () => join(tempDir(), 'missing')]
  ])('%s: no top level, not inside, no description', async (_, where) => {
    const r = openRepository(where())
    expect(await r.topLevel()).toBeNull()
    expect(await r.isInsideWorkTree()).toBe(false)
    expect(await r.describe('release-evidence')).toBeNull()
  })

  it('an unborn repository: described with head null, no HEAD commit, its branch is current', async () => {
    const dir = tempDir()
    const r = await initRepository(dir, { branch: 'trunk' })
    expect(await r.describe('x')).toMatchObject({ shallow: false, head: null })
    expect(await r.headOid()).toBeNull()
    expect(await r.currentBranch()).toBe('trunk')
  })

  it('isShallow and shallowCommits: a full clone has none, a depth-1 clone names its boundary', async () => {
    const full = openRepository(repo.dir)
    expect(await full.isShallow()).toBe(false)
    expect(await full.shallowCommits()).toEqual([])
    const clone = tempDir()
    sh(clone, ['clone', '-q', '--depth', '1', '--branch', 'main', `file://${repo.dir}`, '.'])
    const shallow = openRepository(clone)
    expect(await shallow.isShallow()).toBe(true)
    expect(await shallow.shallowCommits()).toEqual([repo.c4])
    expect(await shallow.describe('x')).toMatchObject({ shallow: true, head: repo.c4 })
  })
})

describe('refs', () => {
  let repo: ReturnType<typeof historyRepo>
  let r: Repository
  beforeAll(() => {
    repo = historyRepo()
    r = openRepository(repo.dir)
    sh(repo.dir, ['tag', '-a', '-m', 'annotated', 'v1', repo.c2])
    sh(repo.dir, ['tag', 'side', repo.c3]) // a tag with a branch's name
  })

  it.each([
    ['HEAD', 'c4'],
    ['refs/heads/main', 'c4'],
    ['main', 'c4'],
    ['refs/heads/side', 's1'],
    ['v1 (an annotated tag, peeled to its commit)', 'c2'],
    ['refs/heads/absent', null],
    ['not a ref at all', null]
  ] as const)('tryResolveRef(%s)', async (ref, expected) => {
    const oid = await r.tryResolveRef(ref.split(' ')[0])
    expect(oid).toBe(expected === null ? null : repo[expected])
  })

  it('resolveRef throws for a missing ref; headOid is HEAD', async () => {
    await expect(r.resolveRef('refs/heads/absent')).rejects.toMatchObject({ code: 'GIT' })
    expect(await r.resolveRef('main')).toBe(repo.c4)
    expect(await r.headOid()).toBe(repo.c4)
  })

  it.each([
    ['main checked out', ['checkout', '-q', 'main'], 'main'],
    ['a branch that shares its name with a tag', ['switch', '-q', 'side'], 'side'],
    ['a detached HEAD', ['checkout', '-q', '--detach', 'main'], null]
  ])('currentBranch with %s', async (_, checkout, expected) => {
    sh(repo.dir, checkout)
    expect(await r.currentBranch()).toBe(expected)
    sh(repo.dir, ['checkout', '-q', 'main'])
  })

  it.each([
    ['c1', 'c4', true],
    ['c4', 'c1', false],
    ['c3', 'c3', true],
    ['s1', 'c4', false],
    ['c1', 's1', true]
  ] as const)('isAncestor(%s, %s) is %s', async (a, d, expected) => {
    expect(await r.isAncestor(repo[a], repo[d])).toBe(expected)
  })

  it.each([
    ['creates an absent ref when null is expected', 'refs/heads/new-1', null, 'c2', true, 'c2'],
    ['refuses to create when null is expected but the ref exists', 'refs/heads/side', null, 'c2', false, 's1'],
    ['moves a ref that is where it is expected', 'refs/heads/move-1', 'c1', 'c3', true, 'c3'],
    ['refuses to move a ref that is elsewhere (lost race)', 'refs/heads/move-2', 'c2', 'c3', false, 'c1']
  ] as const)('updateRef %s', async (_, ref, expected, value, ok, after) => {
    if (ref.startsWith('refs/heads/move-')) sh(repo.dir, ['update-ref', ref, repo.c1])
    expect(await r.updateRef(ref, repo[value], expected === null ? null : repo[expected], 'test: cas')).toBe(ok)
    expect(sh(repo.dir, ['rev-parse', ref]).trim()).toBe(repo[after])
  })

  it('resetKeep moves the checked-out branch, and refuses (changing nothing) over a local modification', async () => {
    const { dir, c2, c3, c4 } = historyRepo()
    const x = openRepository(dir)
    sh(dir, ['reset', '-q', '--hard', c2])
    expect(await x.resetKeep(c3)).toBe(true)
    expect(head(dir)).toBe(c3)
    writeFileSync(join(dir, 'store/a.txt'), 'local edit\n')
    expect(await x.resetKeep(c4)).toBe(false)
    expect(head(dir)).toBe(c3)
    expect(readFileSync(join(dir, 'store/a.txt'), 'utf8')).toBe('local edit\n')
  })
})

describe('history and content reads', () => {
  let repo: ReturnType<typeof historyRepo>
  let r: Repository
  beforeAll(() => {
    repo = historyRepo()
    r = openRepository(repo.dir)
  })

  it('scanHistory: every change under the root, oldest first, with blob ids and commit times', async () => {
    const scan = await r.scanHistory({ root: 'store', until: repo.c4 })
    expect(scan.commits).toEqual([repo.c2, repo.c3, repo.c4])
    const blob = (text: string) => sh(repo.dir, ['hash-object', '--stdin'], text).trim()
    expect(scan.events.map((e) => [e.order, e.status, e.path, e.oldOid, e.newOid, e.time])).toEqual([
      [0, 'A', 'store/a.txt', '', blob('one\n'), FIXED_SECONDS],
      [1, 'M', 'store/a.txt', blob('one\n'), blob('two\n'), FIXED_SECONDS],
      [1, 'A', 'store/b c.txt', '', blob('spaces\n'), FIXED_SECONDS],
      [2, 'D', 'store/a.txt', blob('two\n'), '', FIXED_SECONDS]
    ])
    // native git agrees on the commits that touched the folder
    expect(sh(repo.dir, ['log', '--reverse', '--format=%H', repo.c4, '--', 'store']).trim().split('\n')).toEqual(scan.commits)
  })

  it.each([
    ['since c2', 'c2', ['c3', 'c4']],
    ['since c3', 'c3', ['c4']],
    ['since the tip itself', 'c4', []]
  ] as const)('scanHistory %s', async (_, since, commits) => {
    const scan = await r.scanHistory({ root: 'store', until: repo.c4, since: repo[since] })
    expect(scan.commits).toEqual(commits.map((c) => repo[c]))
  })

  it.each([
    ['a folder', 'store', ['store/a.txt', 'store/b c.txt']],
    ['a file with a space', 'store/b c.txt', ['store/b c.txt']],
    ['a glob taken literally', 'store/*', []],
    ['a missing folder', 'nothing', []]
  ])('listTree of %s at c3', async (_, root, paths) => {
    const files = await r.listTree(repo.c3, root)
    expect(files.map((f) => f.path)).toEqual(paths)
    for (const f of files) expect(f).toMatchObject({ mode: '100644', oid: sh(repo.dir, ['rev-parse', `${repo.c3}:${f.path}`]).trim() })
  })

  it('listTree of several roots, of none; listFolder lists one level with types', async () => {
    expect((await r.listTree(repo.c3, ['README.md', 'store/a.txt'])).map((f) => f.path)).toEqual(['README.md', 'store/a.txt'])
    expect(await r.listTree(repo.c3, [])).toEqual([])
    writeFiles(repo.dir, { 'store/deep/x.txt': 'x\n' })
    const c5 = commitAll(repo.dir, 'deep')
    expect((await r.listFolder(c5, 'store')).map((e) => [e.path, e.type])).toEqual([
      ['store/b c.txt', 'blob'],
      ['store/deep', 'tree']
    ])
    expect(await r.listFolder(c5, 'absent')).toEqual([])
  })

  it('readBlobs reads many blobs in one batch, binary and repeated ones too; missing ones are left out', async () => {
    const binary = Buffer.from([0, 10, 255, 10, 13, 0])
    writeFileSync(join(repo.dir, 'bin.dat'), binary)
    const oid = sh(repo.dir, ['hash-object', '-w', 'bin.dat']).trim()
    const text = sh(repo.dir, ['rev-parse', `${repo.c3}:store/a.txt`]).trim()
    const blobs = await r.readBlobs([oid, text, oid, '0123456789012345678901234567890123456789'])
    expect([...blobs.keys()]).toEqual([oid, text])
    expect(blobs.get(oid)).toEqual(binary)
    expect(blobs.get(text)!.toString()).toBe('two\n')
    expect((await r.readBlobs([])).size).toBe(0)
  })

  it('streamBlobs hands each blob on as it arrives, in the order asked, each id once; a missing one as undefined', async () => {
    const binary = Buffer.from([0, 10, 255, 10, 13, 0])
    writeFileSync(join(repo.dir, 'bin.dat'), binary)
    const oid = sh(repo.dir, ['hash-object', '-w', 'bin.dat']).trim()
    const text = sh(repo.dir, ['rev-parse', `${repo.c3}:store/a.txt`]).trim()
    const missing = '0123456789012345678901234567890123456789'
    const got: [string, string | undefined][] = []
    await r.streamBlobs([oid, missing, text, oid], (id, body) => got.push([id, body?.toString('hex')]))
    expect(got).toEqual([
      [oid, binary.toString('hex')],
      [missing, undefined],
      [text, Buffer.from('two\n').toString('hex')]
    ])
    const none: string[] = []
    await r.streamBlobs([], (id) => none.push(id))
    expect(none).toEqual([])
  })

  it('streamBlobs stops git and rejects with the error the caller threw', async () => {
    const text = sh(repo.dir, ['rev-parse', `${repo.c3}:store/a.txt`]).trim()
    await expect(
      r.streamBlobs([text], () => {
        throw new Error('caller failed')
      })
    ).rejects.toThrow('caller failed')
  })

  it('readFileAt reads a file as committed, and fails for a missing path', async () => {
    expect((await r.readFileAt(repo.c2, 'store/a.txt')).toString()).toBe('one\n')
    await expect(r.readFileAt(repo.c4, 'store/a.txt')).rejects.toMatchObject({ code: 'GIT' })
  })

  it('worktreeChanges and isTracked see staged, modified and untracked files under a path', async () => {
    const { dir } = historyRepo()
    const x = openRepository(dir)
    expect(await x.worktreeChanges('store')).toEqual({ modified: [], untracked: [] })
    writeFiles(dir, { 'store/b c.txt': 'edited\n', 'store/new.txt': 'new\n', 'store/staged.txt': 's\n', 'elsewhere.txt': 'e\n' })
    sh(dir, ['add', 'store/staged.txt'])
    expect(await x.worktreeChanges('store')).toEqual({ modified: ['store/b c.txt', 'store/staged.txt'], untracked: ['store/new.txt'] })
    expect(await x.isTracked('store/staged.txt')).toBe(true)
    expect(await x.isTracked('store/new.txt')).toBe(false)
    expect(await x.isTracked(':(literal)store/b c.txt')).toBe(true)
  })

  it('line history of one file: first-parent numstat, commit patches, and the uncommitted ones', async () => {
    const dir = makeRepo({ 'ledger.csv': 'h\na\nb\n' })
    const c1 = head(dir)
    writeFiles(dir, { 'ledger.csv': 'h\na\nB\nc\n' })
    const c2 = commitAll(dir, 'rewrite b')
    writeFiles(dir, { 'ledger.csv': 'h\na\nB\n' })
    const x = openRepository(dir)
    expect(await x.firstParentNumstat('ledger.csv')).toBe(`\u0000${c2}\n\n2\t1\tledger.csv\n\u0000${c1}\n\n3\t0\tledger.csv\n`)
    expect(await x.worktreeNumstat('ledger.csv')).toBe('0\t1\tledger.csv\n')
    const patches = await x.commitPatches([c2], 'ledger.csv')
    expect(patches.startsWith(`\u0000${c2}\n`)).toBe(true)
    expect(patches).toMatch(/\n@@ -3 \+3,2 @@[^\n]*\n-b\n\+B\n\+c\n$/)
    expect(await x.worktreePatch('ledger.csv')).toMatch(/^diff --git a\/ledger.csv b\/ledger.csv\n[\s\S]*\n@@ -4 \+3,0 @@[^\n]*\n-c\n$/)
  })
})

describe('object writes: what the in-process writer makes, native git reads', () => {
  it('writeBlob, writeTree, writeCommit and updateRef build a commit that fsck, cat-file and log accept', async () => {
    const dir = makeRepo()
    const parent = head(dir)
    const r = openRepository(dir)
    const blob = await r.writeBlob(Buffer.from('evidence\n'))
    expect(blob).toBe(sh(dir, ['hash-object', '--stdin'], 'evidence\n').trim())
    const sub = await r.writeTree([{ mode: '100644', path: 'packet.json', oid: blob, type: 'blob' }])
    const base = await r.readTree(await r.commitTree(parent))
    expect(base.map((e) => e.path)).toEqual(['README.md'])
    const tree = await r.writeTree([...base, { mode: '040000', path: 'closure-packets', oid: sub, type: 'tree' }])
    expect(await r.commitTree(parent)).toBe(sh(dir, ['rev-parse', `${parent}^{tree}`]).trim())
    const commit = await r.writeCommit({ tree, parent: [parent], author: who, committer: who, message: 'closure-packets: w r001\n' })
    expect(await r.updateRef('refs/heads/evidence', commit, null, 'test')).toBe(true)

    expect(sh(dir, ['fsck', '--strict', '--no-dangling'])).toBe('')
    expect(sh(dir, ['log', '-1', '--format=%H|%T|%P|%an <%ae>|%cI|%B', 'evidence'])).toBe(
      `${commit}|${tree}|${parent}|Boundary <boundary@example.test>|2026-11-23T12:00:00+00:00|closure-packets: w r001\n\n`
    )
    expect(sh(dir, ['ls-tree', '-r', '--name-only', 'evidence']).trim().split('\n')).toEqual(['README.md', 'closure-packets/packet.json'])
    expect(sh(dir, ['show', 'evidence:closure-packets/packet.json'])).toBe('evidence\n')
    // native git builds the same tree from the same index
    sh(dir, ['read-tree', 'evidence'])
    expect(sh(dir, ['write-tree']).trim()).toBe(tree)
  })

  it('addToIndex stages a written file so native status stays clean', async () => {
    const dir = makeRepo()
    const r = openRepository(dir)
    writeFiles(dir, { 'store/x.txt': 'x\n' })
    await r.addToIndex('store/x.txt')
    expect(sh(dir, ['status', '--porcelain'])).toBe('A  store/x.txt\n')
    expect(sh(dir, ['ls-files', '-s', 'store/x.txt'])).toBe(`100644 ${sh(dir, ['hash-object', 'store/x.txt']).trim()} 0\tstore/x.txt\n`)
  })

  it('initRepository + commitAll commit everything as the given identity and date, deterministically', async () => {
    const ids: string[] = []
    for (let i = 0; i < 2; i++) {
      const dir = tempDir()
      writeFiles(dir, { 'a.txt': 'a\n', 'b/c.txt': 'c\n' })
      const r = await initRepository(dir, { branch: 'main', identity: { name: 'Demo', email: 'demo@example.test', date: FIXED_DATE } })
      const oid = await r.commitAll('demo: inputs')
      expect(sh(dir, ['log', '-1', '--format=%H|%an <%ae>|%cn <%ce>|%aI|%cI|%s'])).toBe(
        `${oid}|Demo <demo@example.test>|Demo <demo@example.test>|2026-11-23T12:00:00+00:00|2026-11-23T12:00:00+00:00|demo: inputs\n`
      )
      expect(sh(dir, ['status', '--porcelain'])).toBe('')
      ids.push(oid)
    }
    expect(ids[0]).toBe(ids[1])
  })

  it('config reads the repository config file', async () => {
    const dir = makeRepo()
    sh(dir, ['config', 'remote.origin.url', 'https://example.test/repo.git'])
    const r = openRepository(dir)
    expect(await r.config('remote.origin.url')).toBe('https://example.test/repo.git')
    expect(await r.config('remote.absent.url')).toBeNull()
  })
})

describe('remotes: push, ls-refs and fetch against a real smart-HTTP server', () => {
  let server: GitHttpServer
  beforeAll(async () => {
    server = await startGitHttpServer()
    // a remote's HEAD names an existing branch, as on any hosted repository
    // (async: the server answers from this process, so a blocking child would never get a reply)
    await helperGit(['push', '-q', server.url, 'HEAD:refs/heads/main'], { cwd: makeRepo({ 'main.txt': 'main\n' }) })
  })
  afterAll(async () => {
    await server.close()
  })

  it('pushes a commit, sees it advertised, and fetches it into another clone with a tracking ref', async () => {
    const src = makeRepo()
    const tip = head(src)
    const r = openRepository(src)
    expect(await remoteRefOid({ url: server.url, headers: {} }, 'refs/heads/evidence')).toBeNull()
    const seen: string[] = []
    await r.push({ url: server.url, headers: {}, remote: 'origin', commitOid: tip, remoteRef: 'refs/heads/evidence', onMessage: () => undefined, onPrePush: (ad) => (seen.push(ad.oid), true) })
    expect(seen).toEqual(['0000000000000000000000000000000000000000'])
    expect(await remoteRefOid({ url: server.url, headers: {} }, 'refs/heads/evidence')).toBe(tip)

    const other = makeRepo({ 'other.txt': 'other\n' })
    sh(other, ['remote', 'add', 'origin', server.url])
    const fetched = await openRepository(other).fetchBranch({ url: server.url, headers: {}, remote: 'origin', branch: 'evidence', trackingRef: 'refs/remotes/origin/evidence' })
    expect(fetched).toBe(tip)
    expect(sh(other, ['rev-parse', 'refs/remotes/origin/evidence']).trim()).toBe(tip)
    expect(sh(other, ['fsck', '--strict', '--no-dangling'])).toBe('')
  })

  it('a push whose onPrePush says no is cancelled and changes nothing', async () => {
    const src = makeRepo({ 'x.txt': 'x\n' })
    const before = await remoteRefOid({ url: server.url, headers: {} }, 'refs/heads/evidence')
    await expect(
      openRepository(src).push({ url: server.url, headers: {}, remote: 'origin', commitOid: head(src), remoteRef: 'refs/heads/evidence', onMessage: () => undefined, onPrePush: () => false })
    ).rejects.toMatchObject({ code: 'UserCanceledError' })
    expect(await remoteRefOid({ url: server.url, headers: {} }, 'refs/heads/evidence')).toBe(before)
  })
})

describe('the pinned environment', () => {
  it('a grafts file that would hide history does not change what the history reader sees', async () => {
    const { dir, c2, c3, c4 } = historyRepo()
    writeFileSync(join(dir, '.git', 'info', 'grafts'), `${c4}\n`) // c4 "has no parents"
    // sanity: plain git honours the graft and loses c2 and c3
    expect(sh(dir, ['log', '--format=%H', 'main', '--', 'store'])).toBe(`${c4}\n`)
    const r = openRepository(dir)
    expect((await r.scanHistory({ root: 'store', until: c4 })).commits).toEqual([c2, c3, c4])
    expect(await r.isAncestor(c2, c4)).toBe(true)
    // nor can the environment point git at one
    vi.stubEnv('GIT_GRAFT_FILE', join(dir, '.git', 'info', 'grafts'))
    expect((await r.scanHistory({ root: 'store', until: c4 })).commits).toEqual([c2, c3, c4])
  })

  it('replace refs are ignored too', async () => {
    const { dir, c2, c3, c4 } = historyRepo()
    sh(dir, ['replace', '--graft', c4]) // a parentless replacement of c4
    expect(sh(dir, ['log', '--format=%H', 'main', '--', 'store']).trim().split('\n')).toHaveLength(1)
    expect((await openRepository(dir).scanHistory({ root: 'store', until: c4 })).commits).toEqual([c2, c3, c4])
  })

  it('an fsmonitor hook configured in .git/config is not run', async () => {
    const dir = makeRepo()
    const marker = join(tempDir(), 'fsmonitor-ran')
    const hook = join(tempDir(), 'fsmonitor.sh')
    writeFileSync(hook, `#!/bin/sh\ntouch '${marker}'\n`)
    chmodSync(hook, 0o755)
    sh(dir, ['config', 'core.fsmonitor', hook])
    sh(dir, ['status', '--porcelain']) // sanity: plain git runs it
    expect(existsSync(marker)).toBe(true)
    rmSync(marker)
    expect(await openRepository(dir).worktreeChanges('.')).toEqual({ modified: [], untracked: [] })
    expect(existsSync(marker)).toBe(false)
  })

  it('hooks are not run: a reference-transaction hook does not see a compare-and-swap', async () => {
    const dir = makeRepo()
    const marker = join(tempDir(), 'hook-ran')
    writeFileSync(join(dir, '.git', 'hooks', 'reference-transaction'), `#!/bin/sh\necho "$1" >> '${marker}'\n`)
    chmodSync(join(dir, '.git', 'hooks', 'reference-transaction'), 0o755)
    sh(dir, ['update-ref', 'refs/heads/plain', head(dir)]) // sanity: plain git runs it
    expect(existsSync(marker)).toBe(true)
    const before = readFileSync(marker, 'utf8')
    expect(await openRepository(dir).updateRef('refs/heads/ours', head(dir), null, 'test')).toBe(true)
    expect(readFileSync(marker, 'utf8')).toBe(before)
  })

  it('git child processes never see the signing key nor any Action input', async () => {
    const dir = makeRepo()
    vi.stubEnv('RELEASE_EVIDENCE_SIGNING_KEY', 'signing-key-secret')
    vi.stubEnv('INPUT_SIGNING-KEY', 'input-secret')
    vi.stubEnv('INPUT_GITHUB-TOKEN', 'token-secret')
    vi.stubEnv('RELEASE_EVIDENCE_CONTROL', 'visible')
    // a real grandchild: git runs the alias through the shell, which prints what it inherited
    const r = await git(['-c', 'alias.show-env=!env', 'show-env'], { cwd: dir })
    const env = r.stdout.toString('utf8')
    expect(env).toContain('RELEASE_EVIDENCE_CONTROL=visible')
    expect(env).toContain('GIT_GRAFT_FILE=/dev/null')
    expect(env).not.toMatch(/secret/)
    expect(env).not.toMatch(/^INPUT_/m)
    expect(env).not.toContain('RELEASE_EVIDENCE_SIGNING_KEY')
  })

  it.each([
    ['the signing key', { RELEASE_EVIDENCE_SIGNING_KEY: 'k' }, {}],
    ['an input', { 'INPUT_SIGNING-KEY': 'k', input_lower: 'k' }, {}],
    ['the signing key passed as an extra', {}, { RELEASE_EVIDENCE_SIGNING_KEY: 'k' }]
  ])('childEnv withholds %s and pins the rest', (_, base, extra) => {
    const env = childEnv(extra, { PATH: '/bin', GIT_NO_REPLACE_OBJECTS: '0', ...base })
    expect(env).toEqual({
      PATH: '/bin',
      GIT_TERMINAL_PROMPT: '0',
      GIT_PAGER: 'cat',
      GIT_NO_REPLACE_OBJECTS: '1',
      GIT_GRAFT_FILE: '/dev/null',
      LC_ALL: 'C',
      GIT_CONFIG_NOSYSTEM: '1'
    })
  })

  it('a failing command keeps its own error text (no graft deprecation hint in it)', async () => {
    const dir = makeRepo()
    const r = await git(['rev-parse', 'nothing-here'], { cwd: dir, allowFail: true })
    expect(r.code).toBe(128)
    expect(r.stderr).toMatch(/^fatal: ambiguous argument 'nothing-here'/)
    expect(shStatus(dir, ['rev-parse', 'nothing-here']).code).toBe(128)
  })
})
