import { InternalError } from '../errors.js'
import { printable } from '../util/ids.js'
import { formatUtc } from '../util/time.js'
import { checkRequirement, judgeApprovals, type ApprovalRequirement, type RoleCoverage, type SignerApproval, type Unmet } from './approval-requirement.js'
import type { SignatureSetCode, VerifyCode } from './codes.js'
import { checkSignedPair, type DocumentKind } from './document.js'
import type { Keyring, TrustedKey } from './keyring.js'

// Several people approving one subject (dual-approval purge, signer rosters): each approval is
// its own write-once .json/.sig pair, so adding a signer adds a file and rewrites none. An
// envelope with several signatures is also read, each signature on its own (DSSE's "t of n
// unique trusted keys"). Every signature passes the checks of a single document first.
//
// Counting follows the TUF and go-tuf advisories (GHSA-pwqf-9h7j-7mv8, GHSA-3633-5h82-39pq): a
// signature belongs to the trusted key it verifies under, never to the keyid it claims, and one
// key counts once. The threshold counts people (signer ids), not keys: one person holding two
// keys during a rotation must not be a dual approval on their own.

/** One signed document: the .json and .sig texts, and a name (its path) for reports. */
export interface SignedPair {
  name: string
  json: string | Uint8Array
  sig: string | Uint8Array
}

export interface SignatureSetInput {
  kind: DocumentKind
  documents: SignedPair[]
  keyring: Keyring
  /** the verification instant (epoch ms) */
  at: number
  /** the subject every document must approve, e.g. a packet's sha256 */
  subject: string
  /** where a document names its subject: a JSON pointer into the signed payload, or a reader */
  subjectOf: string | ((doc: Record<string, unknown>) => unknown)
  requirement: ApprovalRequirement
  /** where the requirement was read from, named by the error a bad requirement raises */
  requirementSource?: { file: string; pointer?: string }
  /** the role a key approves in; the keyring role unless a lesson maps signers to classes */
  roleOf?: (key: TrustedKey) => string
}

export interface ValidSignature {
  document: string
  /** position in the envelope's signatures */
  index: number
  signerId: string
  role: string
  keyId: string
  signedAtUtc: string
  demo: boolean
  /** false when the envelope's keyid named another key or none (it was ignored) */
  hintMatched: boolean
}

export interface InvalidSignature {
  document: string
  /** null when the whole .sig was unreadable or of another kind */
  index: number | null
  /** the envelope's keyid as written, untrusted */
  keyid: string | null
  code: VerifyCode | SignatureSetCode
  message: string
  fix: string
}

export interface SignatureSetResult {
  kind: DocumentKind
  subject: string
  /** the counted signatures, one per distinct key, by signer id then key id */
  valid: ValidSignature[]
  /** every signature that does not count (duplicates included), by document then index */
  invalid: InvalidSignature[]
  /** approvals by distinct public key (key ids, sorted) */
  distinctKeys: string[]
  /** approvals by distinct person: what the threshold counts */
  distinctSigners: SignerApproval[]
  roles: RoleCoverage
  unmet: Unmet[]
  met: boolean
}

interface Candidate {
  document: string
  index: number
  key: TrustedKey
  role: string
  signedAt: number
  hintMatched: boolean
}

/** Verifies every document and signature, counts approvals, and judges them against the requirement. */
export function verifySignatureSet(input: SignatureSetInput): SignatureSetResult {
  const requirement = checkRequirement(input.requirement, input.requirementSource)
  const allowed = requirement.roles_allowed
  const roleOf = input.roleOf ?? ((key: TrustedKey) => key.role)
  const invalid: InvalidSignature[] = []
  const candidates: Candidate[] = []
  const names = new Set<string>()

  for (const d of input.documents) {
    if (names.has(d.name)) throw new InternalError({ code: 'INTERNAL', message: `signature set for ${input.subject}: document ${d.name} passed twice` })
    names.add(d.name)
    const checked = checkSignedPair(input.kind, d.json, d.sig, input.keyring, input.at, { several: true })
    if (!checked.ok) {
      const { code, message, fix } = checked.failure
      invalid.push({ document: d.name, index: null, keyid: null, code, message, fix })
      continue
    }
    const wrongSubject = checked.doc && subjectProblem(checked.doc, input)
    for (const s of checked.signatures) {
      const reject = (code: InvalidSignature['code'], message: string, fix: string) => invalid.push({ document: d.name, index: s.index, keyid: s.keyid, code, message, fix })
      if (!s.ok) {
        reject(s.code, s.message, s.fix)
        continue
      }
      const role = roleOf(s.key)
      if (wrongSubject) reject('SUBJECT_MISMATCH', wrongSubject, 'an approval counts only for the subject it signs; sign an approval of this subject')
      else if (allowed && !allowed.includes(role)) {
        reject('SIGNER_ROLE_NOT_ALLOWED', `'${s.key.signerId}' signs as '${printable(role, 80)}', not one of ${allowed.join(', ')}`, `only approvals by ${allowed.join(', ')} count; ask a signer in one of those roles`)
      } else candidates.push({ document: d.name, index: s.index, key: s.key, role, signedAt: s.signedAt, hintMatched: s.hintMatched })
    }
  }

  // The earliest signature of a key is the one that counts, whatever order the files came in.
  candidates.sort((a, b) => a.signedAt - b.signedAt || compare(a.document, b.document) || a.index - b.index)
  const byKey = new Map<string, Candidate>()
  for (const c of candidates) {
    const first = byKey.get(c.key.keyId)
    if (!first) byKey.set(c.key.keyId, c)
    else {
      invalid.push({
        document: c.document,
        index: c.index,
        keyid: c.key.keyId,
        code: 'SIGNATURE_DUPLICATE_KEY',
        message: `the key of '${c.key.signerId}' (${c.key.keyId}) already counted for ${first.document} signature ${first.index + 1}`,
        fix: 'nothing to do: one key counts once; a second approval needs a second person'
      })
    }
  }
  const counted = [...byKey.values()].sort((a, b) => compare(a.key.signerId, b.key.signerId) || compare(a.key.keyId, b.key.keyId))
  const distinctSigners = signersOf(counted)
  const { roles, unmet } = judgeApprovals(requirement, distinctSigners, counted.length, input.subject)

  return {
    kind: input.kind,
    subject: input.subject,
    valid: counted.map((c) => ({ document: c.document, index: c.index, signerId: c.key.signerId, role: c.role, keyId: c.key.keyId, signedAtUtc: formatUtc(c.signedAt), demo: c.key.demo, hintMatched: c.hintMatched })),
    invalid: invalid.sort((a, b) => compare(a.document, b.document) || (a.index ?? -1) - (b.index ?? -1) || compare(a.code, b.code)),
    distinctKeys: counted.map((c) => c.key.keyId).sort(compare),
    distinctSigners,
    roles,
    unmet,
    met: unmet.length === 0
  }
}

function subjectProblem(doc: Record<string, unknown>, input: SignatureSetInput): string | undefined {
  const where = typeof input.subjectOf === 'string' ? ` at ${input.subjectOf}` : ''
  const named = typeof input.subjectOf === 'string' ? atPointer(doc, input.subjectOf) : input.subjectOf(doc)
  if (typeof named !== 'string') return `the document names no subject${where}`
  return named === input.subject ? undefined : `the document approves '${printable(named, 80)}'${where}, not '${printable(input.subject, 80)}'`
}

/** RFC 6901: '' is the whole document, '/a/0' a path; own properties only. */
function atPointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc
  let node: unknown = doc
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token)) return undefined
    node = (node as Record<string, unknown>)[token]
  }
  return node
}

function signersOf(counted: Candidate[]): SignerApproval[] {
  const bySigner = new Map<string, SignerApproval>()
  for (const c of counted) {
    const s = bySigner.get(c.key.signerId) ?? { signerId: c.key.signerId, roles: [], keyIds: [] }
    if (!s.roles.includes(c.role)) s.roles.push(c.role)
    s.keyIds.push(c.key.keyId)
    bySigner.set(s.signerId, s)
  }
  return [...bySigner.values()].map((s) => ({ ...s, roles: s.roles.sort(compare), keyIds: s.keyIds.sort(compare) })).sort((a, b) => compare(a.signerId, b.signerId))
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
