import { parseKeyring } from '../../src/signing/keyring.js'
import { parseSigningKey, type SigningKey } from '../../src/signing/keys.js'
import type { RevisionFiles } from '../../src/trust/chain.js'
import { payloadOf, renderRootEnvelope, renderRootJson, rootPae, ROOT_ROLE, type RootKey, type TrustKeyEntry, type TrustRootDoc } from '../../src/trust/document.js'
import { firstRevision } from '../../src/trust/revision.js'
import { publicOf, seedOf } from '../signing/helpers.js'

// Trust-root revisions built from the suite's fixed test seeds, signed by the product's own
// Ed25519 key objects (the signing tests cross-check those against tweetnacl).

export const T0 = '2026-11-20T10:00:00Z'

export function signingKey(name: string): SigningKey {
  return parseSigningKey(seedOf(name).toString('base64'), `test key ${name}`)
}

export function rootKey(name: string): RootKey {
  const k = signingKey(name)
  return { name, key_id: k.keyId, public_key: k.publicKey.toString('base64') }
}

export function signerEntry(name: string, over: Partial<TrustKeyEntry> = {}): TrustKeyEntry {
  return { signer_id: name, public_key: publicOf(name).toString('base64'), role: 'release-lane', valid_from_utc: '2026-01-01T00:00:00Z', valid_until_utc: '2027-01-01T00:00:00Z', ...over }
}

export function rootDoc(args: { version: number; previous?: TrustRootDoc | null; roots: string[]; threshold: number; keys?: TrustKeyEntry[]; signers?: string[] }): TrustRootDoc {
  const prevRoots = args.previous?.root.keys.map((k) => k.name) ?? []
  const signers = args.signers ?? [...new Set([...prevRoots, ...args.roots])]
  return {
    version: args.version,
    previous: args.previous ? { version: args.previous.version, sha256: payloadOf(args.previous).sha256 } : null,
    created_at_utc: T0,
    root: { threshold: args.threshold, keys: args.roots.map(rootKey) },
    keys: args.keys ?? [signerEntry('lane')],
    signers: signers.map((s) => ({ signer_id: s, key_id: signingKey(s).keyId, role: ROOT_ROLE, signed_at_utc: T0 }))
  }
}

/** The .json and .sig of `doc`, with one signature per name in `by` (a name twice signs twice). */
export function signed(doc: TrustRootDoc, by: string[]): RevisionFiles {
  const { payload } = payloadOf(doc)
  const sigs = by.map((name) => {
    const k = signingKey(name)
    return { keyid: k.keyId, sig: k.sign(rootPae(payload)).toString('base64') }
  })
  return { json: Buffer.from(renderRootJson(doc)), sig: Buffer.from(renderRootEnvelope(payload, sigs)) }
}

/** Two test root keys (2 of 2) that sign the roots the suite commits into its repositories. */
export const TEST_ROOTS = ['root-a', 'root-b'] as const

/**
 * Revision 1 of a trust root for a keyring (YAML text), signed by the test root keys at T0, as
 * `trust migrate` would commit it: the three files by repo-relative path, and the pin.
 */
export function trustRootFiles(keyringYaml: string, file = 'policies/keyring.yaml'): { files: Record<string, string>; pin: string } {
  const root = firstRevision({ keyring: parseKeyring(keyringYaml, file), roots: TEST_ROOTS.map((name) => ({ name, key: signingKey(name) })), now: Date.parse(T0) })
  return { files: Object.fromEntries(root.files.map((f) => [f.path, f.bytes.toString('utf8')])), pin: root.pin! }
}
