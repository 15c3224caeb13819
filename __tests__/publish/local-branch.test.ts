import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { alignLocalBranch } from '../../src/publish/local-branch.js'
import { fixedDateEnv, git, gitText, tempDir } from '../helpers/git-http-server.js'

// After a sync or a publish the clone's own store branch follows the remote tip, but only when
// nothing is lost by moving it; a checked-out branch moves with `reset --keep` or not at all.

let dir: string
let c1: string
let c2: string
let foreign: string

async function commit(file: string, content: string, offset: number, parent?: string): Promise<string> {
  const blob = (await git(['hash-object', '-w', '--stdin'], { cwd: dir, input: content })).stdout.toString().trim()
  const base = parent ? `${parent}^{tree}` : null
  const env = { ...fixedDateEnv(offset), GIT_INDEX_FILE: join(dir, '.git', 'tmp-index') }
  await git(base ? ['read-tree', base] : ['read-tree', '--empty'], { cwd: dir, env })
  await git(['update-index', '--add', '--cacheinfo', `100644,${blob},${file}`], { cwd: dir, env })
  const tree = (await git(['write-tree'], { cwd: dir, env })).stdout.toString().trim()
  return (await git(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', `${file} ${offset}`], { cwd: dir, env })).stdout.toString().trim()
}

beforeEach(async () => {
  dir = await tempDir('local-branch')
  await git(['init', '--quiet', '--initial-branch=main', dir], { cwd: dir })
  c1 = await commit('a.txt', 'one\n', 1)
  c2 = await commit('b.txt', 'two\n', 2, c1)
  foreign = await commit('c.txt', 'someone else\n', 3, c1)
  await git(['update-ref', 'refs/heads/main', c1], { cwd: dir })
  await git(['reset', '--quiet', '--hard', c1], { cwd: dir })
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('alignLocalBranch', () => {
  it.each([
    ['absent: created', null, new Set<string>(), 'created', 'c2'],
    ['behind: advanced', 'c1', new Set<string>(), 'advanced', 'c2'],
    ['already there: up-to-date', 'c2', new Set<string>(), 'up-to-date', 'c2'],
    ['has a commit that is not ours: diverged, untouched', 'foreign', new Set<string>(), 'diverged', 'foreign'],
    ['has our replaced export commit: advanced, dropping it', 'foreign', new Set(['foreign']), 'advanced', 'c2']
  ] as const)('a branch that is not checked out, %s', async (_name, start, ours, expected, end) => {
    const oid = { c1: () => c1, c2: () => c2, foreign: () => foreign }
    if (start !== null) await git(['update-ref', 'refs/heads/store', oid[start]()], { cwd: dir })
    const discardable = new Set([...ours].map((k) => oid[k as keyof typeof oid]()))
    expect(await alignLocalBranch({ dir, branch: 'store', target: c2, discardable, moveCheckedOut: true })).toBe(expected)
    expect(await gitText(dir, ['rev-parse', 'refs/heads/store'])).toBe(oid[end]())
  })

  it('leaves a checked-out branch alone before the export', async () => {
    expect(await alignLocalBranch({ dir, branch: 'main', target: c2, moveCheckedOut: false })).toBe('left-checked-out')
    expect(await gitText(dir, ['rev-parse', 'HEAD'])).toBe(c1)
  })

  it('moves a checked-out branch with reset --keep after publishing, bringing the new files', async () => {
    expect(await alignLocalBranch({ dir, branch: 'main', target: c2, moveCheckedOut: true })).toBe('advanced')
    expect(await gitText(dir, ['rev-parse', 'HEAD'])).toBe(c2)
    expect(await readFile(join(dir, 'b.txt'), 'utf8')).toBe('two\n')
    expect(await gitText(dir, ['status', '--porcelain'])).toBe('')
  })

  it('does not move a checked-out branch over a local modification it would overwrite', async () => {
    await git(['update-ref', 'refs/heads/main', foreign], { cwd: dir })
    await git(['reset', '--quiet', '--hard', foreign], { cwd: dir })
    await writeFile(join(dir, 'c.txt'), 'edited by hand\n')
    expect(await alignLocalBranch({ dir, branch: 'main', target: c2, discardable: new Set([foreign]), moveCheckedOut: true })).toBe('left-checked-out')
    expect(await gitText(dir, ['rev-parse', 'HEAD'])).toBe(foreign)
    expect(await readFile(join(dir, 'c.txt'), 'utf8')).toBe('edited by hand\n')
  })
})
