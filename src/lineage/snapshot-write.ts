import { UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import { DEFAULT_GIT, type Settings } from '../settings.js'
import { signDocument } from '../signing/document.js'
import { parseSigningKey, readSigningSecret, SIGNING_KEY_ENV, type SecretSources } from '../signing/keys.js'
import { createSigner, signerBlock } from '../signing/signer.js'
import { parseStorePath, revisionPaths, seriesId } from '../store/layout.js'
import { commitFiles, type NewFile } from '../store/write.js'
import { loadVerifierKeyring } from '../trust/keyring.js'
import { parseLoose } from '../util/json.js'
import { formatUtc } from '../util/time.js'
import { LINEAGE_FAMILY, LINEAGE_KIND } from './family.js'
import { windowSubgraphs, windowsOf, type LineageGraph } from './graph.js'
import { snapshotPages, type NewSnapshot } from './page-write.js'
import { buildAt } from './run.js'
import { renderValidateLog, sealSnapshot } from './snapshot.js'
import { validateGraph } from './validate.js'
import { headOf, WindowHashes, type SnapshotHead } from './window-hashes.js'

// `lineage build`: the graph at the store branch's tip, one snapshot per window whose part of it
// changed since that window's last snapshot, all in one write-once commit on top of the tip. The
// snapshot names the tip as its store_commit, so verify can rebuild it there. Unchanged lineage
// writes nothing.

export interface BuildResult {
  commit: string
  /** the commit written, null when nothing changed */
  written: string | null
  windows: { release_window_id: string; revision: string; action: 'written' | 'unchanged'; blocking: number; path: string | null }[]
  graph: LineageGraph
}

export async function buildSnapshots(settings: Settings, secrets: Omit<SecretSources, 'keyFile'>): Promise<BuildResult> {
  const secret = await readSigningSecret({ ...secrets, keyFile: settings.signing?.keyFile })
  if (!secret) throw new UserError({ code: 'INPUT_MISSING', message: `no signing key: pass --key-file FILE or set $${SIGNING_KEY_ENV} (the pipeline's key: snapshots are signed like closure packets)` })
  const signer = createSigner(parseSigningKey(secret.text, secret.source), await loadVerifierKeyring(settings), settings.now, settings.signing?.signerId)
  const built = await buildAt(settings, undefined)
  const repo = openRepository(built.top)
  const branch = settings.git?.storeBranch || (await repo.currentBranch())
  if (!branch) throw new UserError({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit the lineage snapshot to; check out a branch or pass --store-branch NAME' })
  const tip = await repo.tryResolveRef(`refs/heads/${branch}`)
  if (tip !== built.commit) throw new UserError({ code: 'REPO_INVALID', message: `the graph was built at ${built.commit}, but ${branch} is at ${tip ?? '(unborn)'}; build on the store branch's checked-out tip` })
  const hashes = await WindowHashes.load(built.stateDir)
  const latest = await latestSnapshots(built.top, built.commit, hashes)
  const files: NewFile[] = []
  const fresh: NewSnapshot[] = []
  const windows: BuildResult['windows'] = []
  const subs = windowSubgraphs(built.graph)
  for (const window of windowsOf(built.graph)) {
    const sub = subs.get(window)!
    const prev = latest.get(window) ?? null
    const sha256 = hashes.sha256(sub)
    if (prev && prev.doc.graph_sha256 === sha256) {
      windows.push({ release_window_id: window, revision: prev.doc.revision, action: 'unchanged', blocking: prev.doc.blocking, path: null })
      continue
    }
    const revision = (prev?.revision ?? 0) + 1
    const defects = validateGraph(sub)
    const snap = sealSnapshot({ window, revision, previous: prev?.doc ?? null, sub, defects, signer: signerBlock(signer), graphSha256: sha256 })
    const signed = signDocument(LINEAGE_KIND, snap, signer)
    const paths = revisionPaths(LINEAGE_FAMILY, { window, revision })
    fresh.push({ window, paths, packet: Buffer.from(signed.json) })
    files.push({ path: paths.packet, bytes: Buffer.from(signed.json) }, { path: paths.signature, bytes: Buffer.from(signed.sig) }, { path: paths.log, bytes: Buffer.from(renderValidateLog(snap, formatUtc(settings.now))) })
    windows.push({ release_window_id: window, revision: snap.revision, action: 'written', blocking: snap.validation.blocking, path: paths.packet })
  }
  await hashes.save(built.stateDir)
  if (files.length === 0) return { commit: built.commit, written: null, windows, graph: built.graph }
  const git = settings.git ?? DEFAULT_GIT
  const written = windows.filter((w) => w.action === 'written')
  // each written window's page, in the same commit as its snapshot (a derived file: it replaces the old page)
  const pages = await snapshotPages(built.top, built.commit, fresh)
  const { commitOid } = await commitFiles({
    dir: built.top,
    branch,
    parentOid: built.commit,
    files: [...files, ...pages.files],
    replace: pages.replace,
    committer: { name: git.committerName, email: git.committerEmail, timestamp: Math.floor(settings.now / 1000) },
    message: [`${LINEAGE_FAMILY.root}: ${written.length} window(s) at ${built.commit.slice(0, 12)}`, '', `store_commit: ${built.commit}`, ...written.map((w) => `${w.release_window_id} ${w.revision}`), '', 'Written once by release-evidence; published files are never modified.'].join('\n')
  })
  return { commit: built.commit, written: commitOid, windows, graph: built.graph }
}

/** The head of every window's latest snapshot in a commit's tree (as written: verify judges them). */
export async function latestSnapshots(top: string, commit: string, memo: WindowHashes): Promise<Map<string, { revision: number; doc: SnapshotHead }>> {
  const repo = openRepository(top)
  const files = await repo.listTree(commit, LINEAGE_FAMILY.root)
  const latest = new Map<string, { revision: number; oid: string }>()
  for (const f of files) {
    const p = parseStorePath(LINEAGE_FAMILY, f.path)
    if (p.type !== 'artifact' || p.kind !== 'packet') continue
    const id = seriesId(p.ref)
    if ((latest.get(id)?.revision ?? 0) < p.ref.revision) latest.set(id, { revision: p.ref.revision, oid: f.oid })
  }
  const blobs = await repo.readBlobs([...latest.values()].filter((l) => memo.head(l.oid) === undefined).map((l) => l.oid))
  const out = new Map<string, { revision: number; doc: SnapshotHead }>()
  for (const [window, l] of latest) {
    let head = memo.head(l.oid)
    if (head === undefined) memo.rememberHead(l.oid, (head = headOf(parseLoose(blobs.get(l.oid) ?? ''))))
    out.set(window, { revision: l.revision, doc: head })
  }
  return out
}
