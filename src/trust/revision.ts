import { createHash } from 'node:crypto'
import type { DsseSignature } from '../signing/dsse.js'
import type { Keyring } from '../signing/keyring.js'
import type { SigningKey } from '../signing/keys.js'
import { formatRevision } from '../util/revision.js'
import { formatUtc } from '../util/time.js'
import { walkChain, type Chain, type ChainRevision, type RevisionFiles } from './chain.js'
import { checkRootDoc, payloadOf, renderRootEnvelope, renderRootJson, rootPae, rootPaths, ROOT_ROLE, type RootKey, type TrustKeyEntry, type TrustRootDoc, type TrustTsa } from './document.js'

// The pure steps of a trust-root revision, shared by the ceremony (`trust migrate|draft|publish`),
// the demo and the tests: assemble the document, sign it with root keys, and check it as the next
// link of a chain before its three files are committed. No I/O: the callers read and commit.

/** A keyring's entries as trust-root signer keys. */
export function entriesOf(keyring: Keyring): TrustKeyEntry[] {
  return keyring.keys.map((k) => ({
    signer_id: k.signerId,
    public_key: k.publicKeyBase64,
    role: k.role,
    valid_from_utc: formatUtc(k.validFrom),
    valid_until_utc: formatUtc(k.validUntil),
    ...(k.demo ? { demo: true } : {})
  }))
}

export function rootKeyOf(name: string, key: SigningKey): RootKey {
  return { name, key_id: key.keyId, public_key: key.publicKey.toString('base64') }
}

/**
 * The revision after `prev` (revision 1 when null): signer blocks for every root key of the
 * previous and of this revision, all dated `now`. Returns the document and its problems (none:
 * well formed).
 */
export function assembleRevision(args: { prev: ChainRevision | null; keys: TrustKeyEntry[]; rootKeys: RootKey[]; threshold: number; now: number; tsa?: TrustTsa }): { doc: TrustRootDoc; problems: string[] } {
  const { prev, keys, rootKeys, threshold } = args
  const signedAt = formatUtc(args.now)
  const signerKeys = new Map<string, RootKey>()
  for (const k of [...(prev?.doc?.root.keys ?? []), ...rootKeys]) signerKeys.set(k.key_id, k)
  const doc: TrustRootDoc = {
    version: (prev?.revision ?? 0) + 1,
    previous: prev && prev.sha256 ? { version: prev.revision, sha256: prev.sha256 } : null,
    created_at_utc: signedAt,
    root: { threshold, keys: rootKeys },
    ...(args.tsa ? { tsa: args.tsa } : {}),
    keys,
    signers: [...signerKeys.values()].map((k) => ({ signer_id: k.name, key_id: k.key_id, role: ROOT_ROLE, signed_at_utc: signedAt }))
  }
  return { doc, problems: checkRootDoc(JSON.parse(JSON.stringify(doc)), rootPaths(doc.version).packet).problems }
}

/** One root key's signature over the revision (the key must be one the revision lists as a signer). */
export function rootSignature(doc: TrustRootDoc, key: SigningKey): DsseSignature | null {
  if (!doc.signers.some((s) => s.key_id === key.keyId)) return null
  return { keyid: key.keyId, sig: key.sign(rootPae(payloadOf(doc).payload)).toString('base64') }
}

export interface PreparedRevision {
  /** the revision as the chain judged it */
  revision: ChainRevision
  chain: Chain
  /** the pin: sha256 of revision 1's payload */
  pin: string | null
  /** the three files to commit, by repo-relative path (only meaningful when revision.trusted) */
  files: { path: string; bytes: Buffer }[]
}

/**
 * Checks `doc` signed by `sigs` as the next link after the committed revisions `committed`, at
 * instant `now`, and renders its .json, .sig and .log.
 */
export function prepareRevision(committed: ReadonlyMap<number, RevisionFiles>, doc: TrustRootDoc, sigs: DsseSignature[], now: number): PreparedRevision {
  const { payload } = payloadOf(doc)
  const json = Buffer.from(renderRootJson(doc))
  const sig = Buffer.from(renderRootEnvelope(payload, sigs))
  const files = new Map(committed)
  files.set(doc.version, { json, sig })
  const chain = walkChain(files, null, now)
  const revision = chain.revisions.find((r) => r.revision === doc.version)!
  const paths = rootPaths(doc.version)
  const log = Buffer.from(renderRootLog(revision, chain, now))
  return {
    revision,
    chain,
    pin: chain.revisions[0]?.sha256 ?? null,
    files: [
      { path: paths.packet, bytes: json },
      { path: paths.signature, bytes: sig },
      { path: paths.log, bytes: log }
    ]
  }
}

/**
 * Revision 1 from a keyring, signed by every root key given (threshold: all of them unless
 * `threshold`). What `trust migrate` commits; the demo and the tests use it to build a root.
 */
export function firstRevision(args: { keyring: Keyring; roots: { name: string; key: SigningKey }[]; threshold?: number; now: number; tsa?: TrustTsa }): PreparedRevision & { doc: TrustRootDoc } {
  const rootKeys = args.roots.map((r) => rootKeyOf(r.name, r.key))
  const { doc, problems } = assembleRevision({ prev: null, keys: entriesOf(args.keyring), rootKeys, threshold: args.threshold ?? rootKeys.length, now: args.now, tsa: args.tsa })
  if (problems.length > 0) throw new Error(`trust: revision 1 is not valid: ${problems.join('; ')}`)
  const sigs = args.roots.map((r) => rootSignature(doc, r.key)!)
  return { ...prepareRevision(new Map(), doc, sigs, args.now), doc }
}

function renderRootLog(r: ChainRevision, chain: Chain, now: number): string {
  const doc = r.doc
  if (!doc) return ''
  const lines: [string, string][] = [
    ['revision', `${formatRevision(r.revision)}${doc.previous ? ` (previous ${formatRevision(doc.previous.version)} sha256:${doc.previous.sha256})` : ' (root of trust)'}`],
    ['payload_sha256', r.sha256 ?? ''],
    ['pin', chain.revisions[0]?.sha256 ?? ''],
    ['root', `${doc.root.threshold} of ${doc.root.keys.map((k) => `${k.name} ${k.key_id.slice(0, 16)}`).join(', ')}`],
    ['signed_by', r.counted.join(', ')],
    ['signer_keys', `${doc.keys.length} (${doc.keys.filter((k) => k.revoked_at_utc !== undefined).length} revoked)`],
    ['tsa', doc.tsa ? `pinned certificate sha256:${createHash('sha256').update(pemDer(doc.tsa.certificate)).digest('hex')}${doc.tsa.require_token ? ', tokens required' : ''}` : 'none pinned'],
    ['checks', 'version consecutive; previous links the prior payload; threshold of the previous and of this root, by distinct keys; Ed25519 over DSSE PAE; .json equals signed payload'],
    ['result', r.trusted ? 'VERIFIED' : 'FAILED'],
    ['verified_at_utc', formatUtc(now)]
  ]
  const width = Math.max(...lines.map(([k]) => k.length))
  return ['release-evidence trust-root verification (informative only: verify proves each revision from its .json and .sig)', ...lines.map(([k, val]) => `${k.padEnd(width)}  ${val}`)].join('\n') + '\n'
}

/** The DER inside a one-certificate PEM (the document check has made sure there is exactly one). */
function pemDer(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, ''), 'base64')
}
