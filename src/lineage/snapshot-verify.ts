import { openRepository } from '../git/index.js'
import type { Settings } from '../settings.js'
import { verifyDocument } from '../signing/document.js'
import { repoFacts } from '../store/history.js'
import type { Finding, InspectInput, PacketInspector, RevisionFacts } from '../store/inspect.js'
import { parseStorePath } from '../store/layout.js'
import { loadVerifierKeyring } from '../trust/keyring.js'
import { canonicalSha256, sha256Hex } from '../util/hash.js'
import { parseLoose } from '../util/json.js'
import { parseRevision } from '../util/revision.js'
import { buildGraph } from './build.js'
import { SOURCE_FAMILIES } from './families.js'
import { LINEAGE_FAMILY, LINEAGE_KIND, LINEAGE_VERIFIER_VERSION as VERIFIER_VERSION } from './family.js'
import { graphSha256, windowSubgraphs } from './graph.js'
import type { Snapshot } from './snapshot.js'
import { readSources } from './sources.js'

// What `verify` calls for the lineage-graph family. Before any snapshot is inspected, every
// snapshot in the store is rebuilt: the graph is built again at the store commit the snapshot
// names (once per distinct commit), from git objects only, and its window's part hashed. A
// snapshot whose graph differs from the rebuild (one edge is enough) fails with
// LINEAGE_REBUILD_MISMATCH, so a snapshot can never say more about history than history does.
// A snapshot naming a commit that is not an ancestor of its own is a mismatch too.

export async function lineageInspector(settings: Settings): Promise<PacketInspector> {
  const keyring = await loadVerifierKeyring(settings)
  const expected = await rebuildAll(settings)
  return {
    family: LINEAGE_FAMILY,
    fingerprint: sha256Hex(`${VERIFIER_VERSION}\0${keyring.sha256}\0${canonicalSha256([...expected.entries()].sort())}`),
    now: settings.now,
    inspect: (input) => inspectSnapshot(input, keyring, settings.now, expected)
  }
}

/** `${store_commit} ${window}` -> the rebuilt graph's sha256, or '' when the commit is not in history before the snapshot. */
async function rebuildAll(settings: Settings): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const facts = await repoFacts(settings.workspace)
  if (facts.head === null || facts.shallow) return out
  const repo = openRepository(facts.top)
  const files = (await repo.listTree(facts.head, LINEAGE_FAMILY.root)).filter((f) => {
    const p = parseStorePath(LINEAGE_FAMILY, f.path)
    return p.type === 'artifact' && p.kind === 'packet'
  })
  if (files.length === 0) return out
  const scan = await repo.scanHistory({ root: LINEAGE_FAMILY.root, until: facts.head })
  const publishedBy = new Map(scan.events.filter((e) => e.status === 'A').map((e) => [e.path, e.commit]))
  const blobs = await repo.readBlobs(files.map((f) => f.oid))
  const wanted = new Map<string, Set<string>>()
  for (const f of files) {
    const doc = parseLoose(blobs.get(f.oid) ?? '') as Partial<Snapshot> | undefined
    const commit = typeof doc?.store_commit === 'string' ? doc.store_commit : ''
    const window = typeof doc?.release_window_id === 'string' ? doc.release_window_id : ''
    const by = publishedBy.get(f.path)
    const ok = /^[0-9a-f]{40}$/.test(commit) && by !== undefined && by !== commit && (await repo.isAncestor(commit, by))
    if (!ok) {
      out.set(`${commit} ${window}`, '')
      continue
    }
    wanted.set(commit, (wanted.get(commit) ?? new Set()).add(window))
  }
  const inspectors = await Promise.all(SOURCE_FAMILIES.map((f) => f.inspector(settings)))
  for (const commit of [...wanted.keys()].sort()) {
    const graph = buildGraph(await readSources({ settings, commit, sourceIndexSha256: null, inspectors }))
    const subs = windowSubgraphs(graph)
    for (const window of wanted.get(commit)!) {
      const sub = subs.get(window)
      out.set(`${commit} ${window}`, sub ? graphSha256(sub) : '')
    }
  }
  return out
}

function inspectSnapshot(input: InspectInput, keyring: Awaited<ReturnType<typeof loadVerifierKeyring>>, now: number, expected: Map<string, string>): RevisionFacts {
  const findings: Finding[] = []
  let doc: Partial<Snapshot> | undefined
  if (input.signature === undefined) doc = parseLoose(input.packet) as Partial<Snapshot>
  else {
    const v = verifyDocument(LINEAGE_KIND, input.packet, input.signature, keyring, now)
    if (v.ok) doc = v.doc
    else {
      findings.push({ code: v.code, field: '', detail: `${v.message}; ${v.fix}`, file: input.path.replace(/\.json$/, '.sig') })
      doc = parseLoose(input.packet) as Partial<Snapshot>
    }
  }
  const s = (typeof doc === 'object' && doc !== null ? doc : {})
  const bad = (code: string, field: string, detail: string) => findings.push({ code, field, detail })
  const { signature_digest: digest, ...body } = s
  if (typeof digest !== 'string' || digest !== canonicalSha256(body)) bad('LINEAGE_SNAPSHOT_INVALID', '/signature_digest', 'signature_digest is not the sha256 of the snapshot without it')
  const graph = s.graph && Array.isArray(s.graph.nodes) && Array.isArray(s.graph.edges) ? s.graph : null
  if (!graph || s.graph_sha256 !== graphSha256(graph)) bad('LINEAGE_SNAPSHOT_INVALID', '/graph_sha256', 'graph_sha256 is not the sha256 of the graph the snapshot holds')
  const want = expected.get(`${s.store_commit ?? ''} ${s.release_window_id ?? ''}`)
  if (want === '' || want === undefined) bad('LINEAGE_REBUILD_MISMATCH', '/store_commit', `the snapshot names store commit ${String(s.store_commit)}, which is not in history before the commit that published it`)
  else if (graph && want !== graphSha256(graph)) bad('LINEAGE_REBUILD_MISMATCH', '/graph', `rebuilt at ${s.store_commit}, the graph of ${s.release_window_id} hashes to sha256:${want.slice(0, 12)}, not sha256:${graphSha256(graph).slice(0, 12)} as the snapshot says`)
  const str = (v: unknown) => (typeof v === 'string' ? v : null)
  return {
    packetId: str(s.packet_id),
    digest: str(digest),
    supersedes: str(s.supersedes?.signature_digest),
    windowId: str(s.release_window_id),
    revision: typeof s.revision === 'string' ? parseRevision(s.revision) : null,
    signerId: str(s.signer?.signer_id),
    keyId: str(s.signer?.key_id),
    signedAt: str(s.signer?.signed_at_utc),
    findings
  }
}
