import { openRepository } from '../git/index.js'
import type { Settings } from '../settings.js'
import { parseEnvelope } from '../signing/dsse.js'
import type { InspectInput, PacketInspector, RevisionFacts } from '../store/inspect.js'
import { repoTopLevel } from '../store/history.js'
import { sha256Hex } from '../util/hash.js'
import { readChain, type Chain, type ChainRevision } from './chain.js'
import { TRUST_FAMILY, TRUST_PACKET_ID, TRUST_WINDOW } from './family.js'
import { knownRepo, requirePin } from './pin.js'

// The trust family's inspector. A revision's verdict depends on every revision before it, so the
// chain is walked once (chain.ts) and each revision's facts are looked up; the fingerprint covers
// the pin and every revision's digest and verdict, so a cached verdict never outlives its chain.

const VERIFIER_VERSION = 'trust-root-verifier/1'

export async function trustInspector(settings: Settings): Promise<PacketInspector> {
  const pin = await requirePin(settings, 'verify')
  const k = knownRepo(settings)
  const top = k?.top ?? (await repoTopLevel(settings.workspace))
  const head = k ? k.head : await openRepository(top).headOid()
  return inspectorOfChain(await readChain(top, head, pin, settings.now), settings.now)
}

export function inspectorOfChain(chain: Chain, now: number): PacketInspector {
  const byPath = new Map(chain.revisions.map((r) => [r.paths.packet, r]))
  const summary = chain.revisions.map((r) => `${r.revision}:${r.sha256}:${r.findings.map((f) => f.code).join(',')}`).join(';')
  return {
    family: TRUST_FAMILY,
    fingerprint: sha256Hex(`${VERIFIER_VERSION}\0${chain.pin ?? 'unpinned'}\0${summary}`),
    now,
    inspect: (input) => inspectRevision(input, byPath.get(input.path))
  }
}

function inspectRevision(input: InspectInput, r: ChainRevision | undefined): RevisionFacts {
  const parsed = input.signature ? parseEnvelope(input.signature) : undefined
  const sha = parsed?.ok ? sha256Hex(parsed.payload) : null
  if (!r || (input.signature !== undefined && sha !== r.sha256)) {
    // A working-tree copy that differs from the committed revision (the store reports the edit).
    return { packetId: TRUST_PACKET_ID, digest: sha, supersedes: null, windowId: TRUST_WINDOW, revision: input.ref.revision, signerId: null, keyId: null, signedAt: null, findings: [{ code: 'TRUST_ROOT_INVALID', field: '', detail: `${input.path} is not the revision committed at HEAD` }] }
  }
  return {
    packetId: TRUST_PACKET_ID,
    digest: r.sha256,
    supersedes: r.doc?.previous?.sha256 ?? null,
    windowId: TRUST_WINDOW,
    revision: r.doc?.version ?? null,
    signerId: r.counted.length > 0 ? r.counted.join(',') : null,
    keyId: null,
    signedAt: r.signedAt,
    findings: r.findings
  }
}
