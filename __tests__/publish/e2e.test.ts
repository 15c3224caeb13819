import { readFileSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { settingsFromInputs } from '../../src/action/inputs.js'
import { runnerContext } from '../../src/action/runner.js'
import { exportAndPublish, type ClosureExport } from '../../src/closure/publish.js'
import { runLedgerGate } from '../../src/ledger/gate.js'
import type { Settings } from '../../src/settings.js'
import { FAMILIES } from '../../src/lessons.js'
import { verifyRegistered } from '../../src/store/verify-all.js'
import { rawInputs } from '../action/workspace.js'
import { repoFiles } from '../helpers/repo-files.js'
import { trustRootFiles } from '../trust/helpers.js'
import { cloneRepo, gitText, seedCommits, startGitHttpServer, tempDir, type GitHttpServer } from '../helpers/git-http-server.js'

// End to end: the release-window-close flow (ledger gate, closure packets signed with the demo
// key, publish) run by four concurrent "runs", each in its own clone of a loopback smart-HTTP
// remote (two of them depth-1 clones, as actions/checkout makes), publishing to a dedicated store
// branch that does not exist yet. Then an auditor's fresh clone of that branch verifies the store
// from git history with the product's own verify.

vi.mock('@actions/core', () => ({ info: vi.fn(), warning: vi.fn(), debug: vi.fn(), notice: vi.fn(), error: vi.fn() }))

const REPO_ROOT = join(import.meta.dirname, '..', '..')
const TOKEN = 'ghs_e2eToken'
const BRANCH = 'release-evidence'
const NOW = '2026-11-23T15:00:00Z'
const DEMO_KEY = readFileSync(join(REPO_ROOT, 'examples/keys/DEMO-ONLY-signing-key.txt'), 'utf8')
// the store's trust root (the keyring as revision 1): once the runs have created the store branch,
// a maintainer migrates it (`trust migrate` on the store branch, then a push: docs/trust-root.md)
// and the auditor pins it
const TRUST = trustRootFiles(repoFiles()['policies/keyring.yaml'])

function settingsFor(dir: string): Settings {
  const raw = rawInputs({ now: NOW, stages: 'ledger,closure', mode: 'observe', 'store-branch': BRANCH }, {}, { 'signing-key': DEMO_KEY, 'github-token': TOKEN })
  const runner = runnerContext({ GITHUB_REPOSITORY: 'octo/release', GITHUB_SHA: 'e'.repeat(40), GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'workflow_dispatch' }, null)
  return settingsFromInputs(raw, { workspace: dir, runner, clock: () => 0 }).settings
}

// Runs 0 and 2 see the evidence as committed; runs 1 and 3 each see a re-recorded CI artifact, so
// their packets for that window differ from everyone else's.
const EVIDENCE_EDIT: (string | null)[] = [null, 'run-88124', null, 'run-88125']

let server: GitHttpServer
let root: string
let runs: ClosureExport[]

beforeAll(async () => {
  server = await startGitHttpServer({ token: TOKEN })
  await seedCommits(server, { count: 3, files: (i) => (i === 1 ? repoFiles() : { [`notes/${i}.txt`]: `note ${i}\n` }) })
  root = await tempDir('publish-e2e')
  const dirs = await Promise.all(EVIDENCE_EDIT.map((_, i) => cloneRepo(server.url, join(root, `run-${i}`), { token: TOKEN, depth: i % 2 === 0 ? 1 : undefined })))
  for (const [i, edit] of EVIDENCE_EDIT.entries()) {
    if (edit === null) continue
    const file = join(dirs[i], 'examples/evidence.csv')
    await writeFile(file, (await readFile(file, 'utf8')).replace('run-88123', edit))
  }
  runs = await Promise.all(
    dirs.map(async (dir) => {
      const settings = settingsFor(dir)
      return exportAndPublish({ settings, gate: await runLedgerGate(settings), env: {}, log: { info: () => {}, warning: () => {} } })
    })
  )
}, 240_000)

afterAll(async () => {
  await server?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

describe('four concurrent release-window-close runs publishing to a new dedicated store branch', () => {
  it('all publish or find their content already published; none fails', () => {
    expect(runs.map((r) => r.publishError?.message ?? null)).toEqual([null, null, null, null])
    for (const r of runs) expect(['pushed', 'unchanged', 'already-published']).toContain(r.publish!.status)
    expect(runs.filter((r) => r.publish!.status === 'pushed').length).toBeGreaterThanOrEqual(1)
  })

  it('creates the store branch as an orphan that holds only closure packets', async () => {
    expect(await gitText(server.bareDir, ['rev-list', '--max-parents=0', '--count', BRANCH])).toBe('1')
    const paths = (await gitText(server.bareDir, ['ls-tree', '-r', '--name-only', BRANCH])).split('\n')
    expect(paths.every((p) => p.startsWith('closure-packets/'))).toBe(true)
    expect(await gitText(server.bareDir, ['rev-list', '--count', 'main'])).toBe('3')
  })

  it('an auditor verifies the store from a fresh clone of the branch', async () => {
    // the store is migrated to a trust root (one commit on top of the runs' revisions)
    await seedCommits(server, { branch: BRANCH, count: 1, files: () => TRUST.files })
    const auditor = await cloneRepo(server.url, join(root, 'auditor'), { token: TOKEN, branch: BRANCH })
    const base = settingsFor(auditor)
    // the auditor's clone of the store branch holds no policies: every one comes from this checkout
    const policies = Object.fromEntries(Object.entries(base.policies).map(([kind, path]) => [kind, join(REPO_ROOT, path)])) as Settings['policies']
    const settings: Settings = {
      ...base,
      policies,
      // the runs sign with the demo key
      verify: { allowDemoKey: true },
      // pinned from outside the clone: revision 1 of the migrated trust root
      trust: { root: TRUST.pin }
    }
    const result = await verifyRegistered(settings, FAMILIES, { cache: false })
    expect(result.defects.filter((d) => d.severity === 'blocking')).toEqual([])
    expect(result.headOid).toBe(await gitText(server.bareDir, ['rev-parse', BRANCH]))
  })

  it('accounts for every run: the landed revisions are exactly the distinct exports, each once', async () => {
    const tip = await gitText(server.bareDir, ['rev-parse', BRANCH])
    for (const r of runs) expect(r.publish!.remoteTip === tip || (await gitText(server.bareDir, ['merge-base', '--is-ancestor', r.publish!.remoteTip!, tip]).then(() => true))).toBe(true)
    // a window's revisions on the branch = 1 + the pushes that changed it
    const commits = (await gitText(server.bareDir, ['rev-list', '--count', BRANCH])).trim()
    const pushedCommits = runs.filter((r) => r.publish!.status === 'pushed').reduce((n, r) => n + r.result.windows.filter((w) => w.action === 'written').length, 0)
    // (plus the trust root's migration commit, made before the auditor verified)
    expect(Number(commits)).toBe(pushedCommits + 1)
    // three different versions of window B were exported: each landed as its own revision
    // (the unedited one once, or twice if an edited one landed between the two unedited runs)
    const windowB = (await gitText(server.bareDir, ['ls-tree', '--name-only', `${BRANCH}:closure-packets/rw-2026-11-b`])).split('\n').filter((n) => n.endsWith('.json'))
    expect(windowB.length).toBeGreaterThanOrEqual(3)
    expect(windowB.length).toBeLessThanOrEqual(4)
    const uris = await Promise.all(windowB.map((n) => gitText(server.bareDir, ['show', `${BRANCH}:closure-packets/rw-2026-11-b/${n}`]).then((t) => /run-8812\d/.exec(t)![0])))
    expect(new Set(uris)).toEqual(new Set(['run-88123', 'run-88124', 'run-88125']))
  })
})
