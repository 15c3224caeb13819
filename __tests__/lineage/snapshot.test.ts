import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { marked, type Tokens } from 'marked'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LINEAGE_KIND } from '../../src/lineage/family.js'
import { graphSha256 } from '../../src/lineage/graph.js'
import type { Snapshot } from '../../src/lineage/snapshot.js'
import { signDocument } from '../../src/signing/document.js'
import { parseSigningKey } from '../../src/signing/keys.js'
import { parseKeyring } from '../../src/signing/keyring.js'
import { createSigner } from '../../src/signing/signer.js'
import { canonicalSha256 } from '../../src/util/hash.js'
import { assertCleanRepo, cleanupTempDirs, tempDir, writeFiles } from '../store/git-fixture.js'
import { assertReviewable, filesAt, pageAt } from '../store/page.js'
import { cli, demoKeyFile, storeRepo } from '../store/store-fixture.js'
import { commitAt, git, inputsFor, W1, W2 } from './fixture.js'

// Snapshots in the store, verified with a pinned trust root: lineage build writes a signed,
// write-once graph per window (only when its lineage changed), and verify rebuilds each one at the
// commit it names; a snapshot that differs from the rebuild by one edge fails.

let dir: string
let pin: string
let key: string
const run = (argv: string[], now: string) => cli(dir, [...argv, '--now', now, '--trust-root', pin])
const verify = async (now: string) => {
  const r = await run(['verify', '--allow-demo-key', '--json'], now)
  return { code: r.code, codes: (JSON.parse(r.stdout) as { defects: { defect_code: string; severity: string }[] }).defects.filter((d) => d.severity === 'blocking').map((d) => d.defect_code) }
}
/** The Mermaid blocks of a page, as marked reads them (what GitHub hands to Mermaid). */
const mermaidOf = (markdown: string) => marked.lexer(markdown, { gfm: true }).filter((t): t is Tokens.Code => t.type === 'code' && (t as Tokens.Code).lang === 'mermaid').map((t) => t.text)

beforeAll(async () => {
  dir = storeRepo(inputsFor(['A', 'B']), { trustRoot: false })
  const keys = tempDir('re-root-')
  for (const name of ['root-a', 'root-b']) expect((await cli(dir, ['keygen', '--signer-id', name, '--role', 'root', '--out-dir', keys, '--now', '2026-11-23T10:00:00Z'])).code).toBe(0)
  const m = await cli(dir, ['trust', 'migrate', '--root-key', `root-a=${join(keys, 'root-a.key')}`, '--root-key', `root-b=${join(keys, 'root-b.key')}`, '--now', '2026-11-23T15:00:00Z', '--json'])
  expect(m.code, m.stderr).toBe(0)
  pin = (JSON.parse(m.stdout) as { pin: string }).pin
  key = demoKeyFile()
  const e = await run(['export-closure', '--key-file', key], '2026-11-24T10:00:00Z')
  expect(e.code, e.stdout + e.stderr).toBe(0)
}, 240_000)
afterAll(() => cleanupTempDirs())

describe('lineage build and verify', () => {
  it('writes one signed snapshot per window in one commit; verify rebuilds them; git agrees', async () => {
    const b = await run(['lineage', 'build', '--key-file', key, '--json'], '2026-11-24T11:00:00Z')
    expect(b.code, b.stderr).toBe(0)
    const r = JSON.parse(b.stdout) as { written: string; commit: string; windows: { release_window_id: string; revision: string; action: string }[] }
    expect(r.windows.map((w) => [w.release_window_id, w.revision, w.action])).toEqual([[W1, 'r001', 'written'], [W2, 'r001', 'written']])
    expect(git(dir, ['rev-parse', 'HEAD']).trim()).toBe(r.written)
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort()).toEqual([W1, W2].flatMap((w) => ['README.md', 'graph-r001.json', 'graph-r001.sig', 'validate-r001.log'].map((f) => `lineage-graphs/${w}/${f}`)))
    const snap = JSON.parse(readFileSync(join(dir, `lineage-graphs/${W1}/graph-r001.json`), 'utf8')) as Snapshot
    expect(snap.store_commit).toBe(r.commit)
    expect(snap.source_index_sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(snap.graph_sha256).toBe(graphSha256(snap.graph))
    expect(snap.schema_version).toBe('release-evidence/lineage-graph/v1')
    expect(assertCleanRepo(dir).status).toBe('')
    // the window page, as a reviewer reads it on GitHub: summary, the window's diagram, the chain
    const folder = `lineage-graphs/${W1}`
    const page = pageAt(dir, 'HEAD', folder)
    expect(assertReviewable(page, filesAt(dir, 'HEAD', folder))).toEqual([])
    expect(page.markdown.split('\n')[0]).toMatch(/^<!-- release-evidence view lineage-graph v1: generated from the signed files/)
    expect(page.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([`1 Lineage graph: ${W1}`, '2 Latest snapshot: r001', '3 Diagram', '3 Defects found by the validator (G1-G6)', '2 Snapshots'])
    const value = (name: string) => page.tables[0].rows.find((row) => row[0] === name)?.[1]
    expect(value('Validation')).toBe('**pass** (G1-G6, no blocking defect)')
    expect(value('Store commit')).toBe(r.commit)
    expect(value('Graph')).toBe(`${snap.graph.nodes.length} nodes, ${snap.graph.edges.length} edges (sha256 \`${snap.graph_sha256.slice(0, 16)}…\`)`)
    const [diagram] = mermaidOf(page.markdown)
    expect(diagram.split('\n')[0]).toBe('flowchart RL')
    // one Mermaid node per graph node, one arrow per edge between them: the diagram is the snapshot's graph
    expect(diagram.split('\n').filter((l) => / {2}n\d+[[({>]/.test(l))).toHaveLength(snap.graph.nodes.length)
    expect(diagram.split('\n').filter((l) => l.includes('-->')).length).toBe(snap.graph.edges.filter((e) => snap.graph.nodes.some((n) => n.id === e.to)).length)
    expect(diagram).toContain(`window ${W1}`)
    expect(page.html).toContain('<pre><code class="language-mermaid">flowchart RL')
    expect(page.tables[page.tables.length - 1].rows.map((row) => row[0])).toEqual(['r001'])
    expect(page.links).toEqual(['graph-r001.json', 'graph-r001.sig', 'validate-r001.log', 'graph-r001.json', 'graph-r001.sig', 'validate-r001.log'])
    expect(await verify('2026-11-24T12:00:00Z')).toEqual({ code: 0, codes: [] })
    const lv = await run(['lineage', 'verify'], '2026-11-24T12:00:00Z')
    expect(lv.code, lv.stdout + lv.stderr).toBe(0)
  })

  it('unchanged lineage writes nothing; a new revision of one window writes that window only', async () => {
    const before = git(dir, ['rev-parse', 'HEAD']).trim()
    const again = await run(['lineage', 'build', '--key-file', key, '--json'], '2026-11-24T13:00:00Z')
    expect(again.code).toBe(0)
    expect((JSON.parse(again.stdout) as { written: string | null }).written).toBeNull()
    expect(git(dir, ['rev-parse', 'HEAD']).trim()).toBe(before)

    // window B's rows leave the inputs, so the policy change below re-exports window A only
    writeFiles(dir, inputsFor(['A']))
    const policy = join(dir, 'policies/closure-packet.yaml')
    writeFileSync(policy, readFileSync(policy, 'utf8').replace('sample_size: 3', 'sample_size: 4'))
    commitAt(dir, 'closure policy: review four rows; window b closed', '2026-11-25T09:00:00Z')
    const e = await run(['export-closure', '--key-file', key], '2026-11-25T10:00:00Z')
    expect(e.code, e.stdout + e.stderr).toBe(0)
    const b = JSON.parse((await run(['lineage', 'build', '--key-file', key, '--json'], '2026-11-25T11:00:00Z')).stdout) as { windows: { release_window_id: string; revision: string; action: string }[] }
    expect(b.windows.map((w) => [w.release_window_id, w.revision, w.action])).toEqual([[W1, 'r002', 'written'], [W2, 'r001', 'unchanged']])
    const r2 = JSON.parse(readFileSync(join(dir, `lineage-graphs/${W1}/graph-r002.json`), 'utf8')) as Snapshot
    const r1 = JSON.parse(readFileSync(join(dir, `lineage-graphs/${W1}/graph-r001.json`), 'utf8')) as Snapshot
    expect(r2.supersedes).toEqual({ revision: 'r001', signature_digest: r1.signature_digest })
    // the page was rewritten with r002 (a derived file), W2's page left alone
    expect(git(dir, ['show', '--name-status', '--format=', 'HEAD']).trim().split('\n')).toContain(`M\tlineage-graphs/${W1}/README.md`)
    const page = pageAt(dir, 'HEAD', `lineage-graphs/${W1}`)
    expect(page.tables[page.tables.length - 1].rows.map((row) => row[0])).toEqual(['r002', 'r001'])
    expect(await verify('2026-11-25T12:00:00Z')).toEqual({ code: 0, codes: [] })
  })

  it.each([
    ['an edited summary line', (t: string) => t.replace('**pass**', '**pass, reviewed by legal**')],
    ['an edge added to the diagram', (t: string) => t.replace('flowchart RL\n', 'flowchart RL\n  n0 -->|supersedes| n1\n')]
  ])('a page with %s fails verify (STORE_VIEW_MISMATCH), and dropping the commit restores the pass', async (_name, edit) => {
    const before = git(dir, ['rev-parse', 'HEAD']).trim()
    const path = join(dir, `lineage-graphs/${W1}/README.md`)
    const text = readFileSync(path, 'utf8')
    expect(edit(text)).not.toBe(text)
    writeFileSync(path, edit(text))
    commitAt(dir, 'a friendlier page', '2026-11-25T12:30:00Z')
    expect(await verify('2026-11-25T12:40:00Z')).toEqual({ code: 1, codes: ['STORE_VIEW_MISMATCH'] })
    git(dir, ['reset', '-q', '--hard', before])
    expect(await verify('2026-11-25T12:40:00Z')).toEqual({ code: 0, codes: [] })
  })

  it('a validly signed snapshot that differs from the rebuild by one edge fails verify', async () => {
    const latest = JSON.parse(readFileSync(join(dir, `lineage-graphs/${W1}/graph-r002.json`), 'utf8')) as Snapshot
    const graph = { nodes: latest.graph.nodes, edges: latest.graph.edges.filter((e) => e.type !== 'supersedes') }
    expect(graph.edges.length).toBe(latest.graph.edges.length - 1)
    const keyring = parseKeyring(readFileSync(join(dir, 'policies/keyring.yaml'), 'utf8'), 'policies/keyring.yaml')
    const signer = createSigner(parseSigningKey(readFileSync(key, 'utf8'), 'demo key'), keyring, Date.parse('2026-11-25T13:00:00Z'))
    const { signature_digest: _d, ...rest } = latest
    const body = { ...rest, revision: 'r003', supersedes: { revision: 'r002', signature_digest: latest.signature_digest }, graph, graph_sha256: graphSha256(graph), signer: { ...latest.signer, signed_at_utc: '2026-11-25T13:00:00Z' } }
    const forged = { ...body, signature_digest: canonicalSha256(body) }
    const files = signDocument(LINEAGE_KIND, forged, signer)
    writeFiles(dir, { [`lineage-graphs/${W1}/graph-r003.json`]: files.json, [`lineage-graphs/${W1}/graph-r003.sig`]: files.sig, [`lineage-graphs/${W1}/validate-r003.log`]: 'forged\n' })
    commitAt(dir, 'a snapshot without the supersedes edge', '2026-11-25T13:00:00Z')
    const v = await verify('2026-11-25T14:00:00Z')
    expect(v.code).toBe(1)
    expect(v.codes).toEqual(['LINEAGE_REBUILD_MISMATCH'])
    const lv = await run(['lineage', 'verify'], '2026-11-25T14:00:00Z')
    expect(lv.code).toBe(1)
    expect(lv.stdout).toContain(`LINEAGE_REBUILD_MISMATCH ${W1}`)
  })
})

describe('the warm graph (graph-cache.ts: HMAC-ed, keyed by exact commit and fingerprint)', () => {
  const cacheFile = () => join(dir, '.git/release-evidence/results/lineage-graph.cache')
  const trace = async (now = '2026-11-26T10:00:00Z') => run(['trace', 'chain', '--packet-id', `closure:${W1}`, '--json'], now)

  it('a second query reads the stored graph and answers the same bytes; a tampered cache file is not read', async () => {
    const cold = await trace()
    expect(cold.code, cold.stderr).toBe(0)
    expect(readFileSync(cacheFile(), 'utf8').split('\n')[1]).toContain(git(dir, ['rev-parse', 'HEAD']).trim())
    const warm = await trace()
    expect(warm.stdout).toBe(cold.stdout)
    // someone with write access to the file (not the key) turns an unverified revision into a verified one, and edits a signer
    const bytes = readFileSync(cacheFile(), 'utf8')
    const forged = bytes.replaceAll('"signature_verified":false', '"signature_verified":true').replaceAll('demo-release-lane', 'someone-else')
    expect(forged).not.toBe(bytes)
    writeFileSync(cacheFile(), forged)
    const after = await trace()
    expect(after.stdout).toBe(cold.stdout)
    expect(after.stdout).not.toContain('someone-else')
  })

  it('a new commit is a miss: the answer describes the new tip, not the stored one', async () => {
    const before = JSON.parse((await trace()).stdout) as { commit: string }
    commitAt(dir, 'an unrelated commit', '2026-11-25T15:00:00Z')
    const now = JSON.parse((await trace()).stdout) as { commit: string }
    expect(now.commit).toBe(git(dir, ['rev-parse', 'HEAD']).trim())
    expect(now.commit).not.toBe(before.commit)
  })

  it('another pinned root is a miss: the graph is built again under it, never read from the pin before', async () => {
    const header = () => JSON.parse(readFileSync(cacheFile(), 'utf8').split('\n')[1]) as { tip: string; fingerprint: string }
    expect((await trace()).code).toBe(0)
    const warm = header()
    await cli(dir, ['trace', 'chain', '--packet-id', `closure:${W1}`, '--json', '--now', '2026-11-26T10:00:00Z', '--trust-root', 'f'.repeat(64)])
    const other = header()
    expect(other.tip).toBe(warm.tip)
    expect(other.fingerprint).not.toBe(warm.fingerprint)
  })
})
