import { resolve } from 'node:path'
import type { Keyring } from '../signing/keyring.js'
import type { Settings } from '../settings.js'
import { loadSignerKeyring, loadVerifierKeyring } from '../trust/keyring.js'
import { displayPath } from '../util/paths.js'
import { sha256Hex } from '../util/hash.js'
import { parseLoose } from '../util/json.js'
import { formatUtc } from '../util/time.js'
import type { InspectInput, PacketInspector, RevisionFacts } from '../store/inspect.js'
import { timestampPath, type RevisionPaths } from '../store/layout.js'
import type { TimestampVerified } from '../timestamp/verify.js'
import { CLOSURE_FAMILY, CLOSURE_VERIFIER_VERSION as VERIFIER_VERSION } from './family.js'
import { loadClosurePolicy, type LoadedClosurePolicy } from './policy.js'
import { factsOf, verifyPacket, type PacketVerification } from './sign.js'
import type { ClosurePacket } from './types.js'

// Closure packets as the store's first family: the inspector the verifier calls for every
// packet, and the verify log written beside each published revision.


export interface ClosureTrust {
  keyring: Keyring
  policy: LoadedClosurePolicy
}

/**
 * What closure packets are judged under (the pinned trust root; `what` names the command when
 * there is no pin), or, for `writer`, what export-closure signs with (src/trust/keyring.ts).
 */
export async function loadClosureTrust(settings: Settings, { writer = false, what = 'verify' }: { writer?: boolean; what?: string } = {}): Promise<ClosureTrust> {
  const ws = settings.workspace
  const policyAbs = resolve(ws, settings.policies['closure-packet'])
  const [keyring, policy] = await Promise.all([writer ? loadSignerKeyring(settings) : loadVerifierKeyring(settings, what), loadClosurePolicy(policyAbs, displayPath(ws, policyAbs))])
  return { keyring, policy }
}

export function closureInspector(trust: ClosureTrust, now: number): PacketInspector {
  return {
    family: CLOSURE_FAMILY,
    // the pinned TSA certificate too: a cached verdict never outlives the TSA it was judged under
    fingerprint: sha256Hex(`${VERIFIER_VERSION}\0${trust.keyring.sha256}\0${trust.policy.sha256}\0${pinnedTsaSha256(trust.keyring)}`),
    now,
    inspect: (input) => inspectClosure(input, trust, now)
  }
}

function pinnedTsaSha256(keyring: Keyring): string {
  const tsa = (keyring as { tsa?: { pinned: { sha256: string } } | null }).tsa
  return tsa ? tsa.pinned.sha256 : 'no-tsa'
}

export function inspectClosure(input: InspectInput, trust: ClosureTrust, now: number): RevisionFacts {
  if (input.signature === undefined) {
    // The missing envelope is the store's finding (C7); the packet's own fields still name it.
    return { ...factsOf(parseLoose(input.packet)), findings: [] }
  }
  const v = verifyPacket(input.packet, input.signature, trust.keyring, trust.policy, now)
  return {
    ...v.facts,
    demo: v.signature.ok && v.signature.key.demo,
    findings: v.findings.map((f) => ({ code: f.code, field: f.field, detail: f.fix ? `${f.detail}; ${f.fix}` : f.detail, file: f.field === '' && isEnvelopeCode(f.code) ? envelopePath(input.path) : undefined }))
  }
}

const ENVELOPE_CODES = new Set(['ENVELOPE_INVALID', 'PAYLOAD_TYPE_MISMATCH', 'KEY_UNKNOWN', 'KEY_EXPIRED', 'KEY_NOT_YET_VALID', 'SIGNATURE_INVALID'])
function isEnvelopeCode(code: string): boolean {
  return ENVELOPE_CODES.has(code)
}

function envelopePath(packetPath: string): string {
  return packetPath.replace(/\.json$/, '.sig')
}

/**
 * The verify-rNNN.log published beside each revision: what was checked before publishing, by
 * which key and under which policies. Deterministic: the same packet and instant give the same log.
 * Informative only, and its first line says so: verify never reads it (a hand-written "VERIFIED"
 * proves nothing); write-once protects it like every published file.
 */
export function renderVerifyLog(args: { paths: RevisionPaths; packet: ClosurePacket; verification: PacketVerification; trust: ClosureTrust; now: number; timestamp?: TimestampVerified }): string {
  const { packet, verification, trust, paths } = args
  const sig = verification.signature
  const lines: [string, string][] = [
    ['packet', paths.packet],
    ['envelope', paths.signature],
    ['payload_type', CLOSURE_FAMILY.payloadType],
    ['packet_id', packet.packet_id],
    ['release_window_id', packet.release_window_id],
    ['revision', `${packet.revision}${packet.supersedes ? ` (supersedes ${packet.supersedes.revision} sha256:${packet.supersedes.signature_digest})` : ' (first)'}`],
    ['signature_digest', `sha256:${packet.signature_digest}`],
    ['payload_sha256', sig.ok ? sig.payloadSha256 : '(not verified)'],
    ['signer', `${packet.signer.signer_id} (role ${packet.signer.role}, key id ${packet.signer.key_id})`],
    ['signed_at_utc', packet.signer.signed_at_utc],
    ['keyring', `${trust.keyring.file} sha256:${trust.keyring.sha256}`],
    ['closure_policy', `${trust.policy.file} sha256:${trust.policy.sha256} (schema v${trust.policy.data.schema_version})`],
    ['rows', `${packet.rows.length} resolved, ${packet.left_out.total} left out`],
    [
      'checks',
      verification.ok
        ? 'Ed25519 signature over DSSE PAE; .json equals signed payload; required fields; signature_digest; revision link; rows sorted; evidence refs; approver lineage; UTC timestamps'
        : verification.findings.map((f) => `${f.code}${f.field ? ` ${f.field}` : ''}`).join('; ')
    ],
    ...(args.timestamp
      ? ([['timestamp', `${timestampPath(paths.signature)}: genTime ${args.timestamp.genTimeText}, TSA ${args.timestamp.tsa.subject.replace(/\n/g, ', ')} (certificate sha256:${args.timestamp.tsa.sha256})`]] as [string, string][])
      : []),
    ['result', verification.ok ? 'VERIFIED' : 'FAILED'],
    ['verified_at_utc', formatUtc(args.now)]
  ]
  const width = Math.max(...lines.map(([k]) => k.length))
  return ['release-evidence closure packet verification (informative only: `verify` proves each revision from its .json and .sig, never from this log)', ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n'
}
