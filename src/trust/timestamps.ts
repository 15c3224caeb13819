import { verify as verifySignature } from 'node:crypto'
import type { Defect } from '../findings/defect.js'
import { openRepository, type Repository, type TreeFile } from '../git/index.js'
import { pae, decodeBase64, parseEnvelope } from '../signing/dsse.js'
import type { TrustedKey } from '../signing/keyring.js'
import type { RevisionReport, WindowReport } from '../store/check.js'
import { timestampPath } from '../store/layout.js'
import { signatureTime } from '../timestamp/time.js'
import { formatUtc } from '../util/time.js'
import type { Chain } from './chain.js'
import { TRUST_FAMILY } from './family.js'
import type { TrustedKeyring } from './keyring.js'

// Verify's side of trusted time (docs/trusted-time.md). For each published signature with a
// timestamp token beside it (`packet-r001.sig` -> `packet-r001.tsr`, write-once like the rest):
//
// - the trust root in force pins a TSA: the token must verify against that certificate over the
//   raw signature bytes (else TIMESTAMP_*, blocking, never a quiet fallback to the signer's claim),
//   and the key that made the stamped signature is judged at the TSA's genTime as well: revoked at
//   or before genTime is KEY_REVOKED, expired is TIMESTAMP_KEY_EXPIRED, whatever signed_at_utc says;
// - no pinned TSA: the token proves nothing and is reported (TIMESTAMP_UNPINNED, a warning);
// - `tsa.require_token`: a signed revision published under the revision that requires it, with
//   no token, is TIMESTAMP_MISSING.
//
// Only ever adds defects: a token never clears what the family inspector or the publication-time
// revocation check found. Nothing here is cached, so no cache can turn a failure into a pass.

export interface TimestampJudgement {
  /** revisions with a token that verified against the pinned TSA */
  verified: number
  /** revisions with a token (verified or not) */
  tokens: number
}

interface Candidate {
  w: WindowReport
  rev: RevisionReport
  sigPath: string
  tsrPath: string
}

// The listing judgeTimestamps needs, started early by verify (prelistSignatures) so that it runs
// while the families are checked instead of after them. Keyed by repository and commit id (a
// commit names its tree for good); used only when its roots cover every root asked for: lookups
// are by exact path, so a listing of wider folders answers them alike.
const prelisted = new Map<string, { roots: readonly string[]; files: Promise<TreeFile[]> }>()

/** Starts listing `roots` (every folder a signature may live in) at `commit`, for a later judgeTimestamps. */
export function prelistSignatures(top: string, commit: string, roots: readonly string[]): void {
  if (prelisted.size >= 8) prelisted.clear()
  const files = openRepository(top).listTree(commit, roots)
  files.catch(() => undefined)
  prelisted.set(`${top}\0${commit}`, { roots, files })
}

function listingFor(repo: Repository, top: string, commit: string, roots: readonly string[]): Promise<TreeFile[]> {
  const pre = prelisted.get(`${top}\0${commit}`)
  const covered = pre !== undefined && roots.every((r) => pre.roots.some((p) => r === p || r.startsWith(`${p}/`)))
  return covered ? pre.files : repo.listTree(commit, roots)
}

export async function judgeTimestamps(top: string, chain: Chain, keyring: TrustedKeyring, windows: WindowReport[], added: Defect[]): Promise<{ windows: WindowReport[]; judgement: TimestampJudgement }> {
  const judgement: TimestampJudgement = { verified: 0, tokens: 0 }
  const commit = chain.commit
  if (commit === null) return { windows, judgement }
  const candidates: Candidate[] = []
  for (const w of windows) {
    for (const rev of w.revisions) {
      const sigPath = rev.files.signature
      if (sigPath === null || sigPath.startsWith(`${TRUST_FAMILY.root}/`)) continue
      candidates.push({ w, rev, sigPath, tsrPath: timestampPath(sigPath) })
    }
  }
  if (candidates.length === 0) return { windows, judgement }
  const repo = openRepository(top)
  // One listing of the family roots holding signatures (a signature lives at {root}/{window}/{name}).
  const roots = [...new Set(candidates.map((c) => c.sigPath.split('/').slice(0, -2).join('/')))].filter((r) => r !== '')
  const listed = await listingFor(repo, top, commit, roots)
  const oids = new Map(listed.map((f) => [f.path, f.oid]))
  const withToken = candidates.filter((c) => oids.has(c.tsrPath))
  const failed = new Map<string, Defect[]>()
  const fail = (c: Candidate, d: Defect) => failed.set(subjectOf(c), [...(failed.get(subjectOf(c)) ?? []), d])

  if (keyring.tsa?.requireToken) await requireTokens(repo, chain, candidates, oids, fail)
  if (withToken.length > 0) {
    judgement.tokens = withToken.length
    const blobs = await repo.readBlobs(withToken.flatMap((c) => [oids.get(c.tsrPath)!, oids.get(c.sigPath)].filter((o): o is string => o !== undefined)))
    for (const c of withToken) {
      const token = blobs.get(oids.get(c.tsrPath)!)!
      if (!keyring.tsa) {
        added.push(defect('TIMESTAMP_UNPINNED', c, c.tsrPath, `${c.tsrPath} is a timestamp token, but the trust root in force pins no TSA certificate: it is not checked and proves nothing; the signer's claim (${c.rev.signed_at_utc ?? 'unknown'}) is used`))
        continue
      }
      const sigOid = oids.get(c.sigPath)
      const envelope = sigOid ? blobs.get(sigOid) : undefined
      const d = await judgeToken(c, token, envelope, keyring)
      if (d) fail(c, d)
      else judgement.verified++
    }
  }
  if (failed.size === 0) return { windows, judgement }
  for (const ds of failed.values()) added.push(...ds)
  const out = windows.map((w) => {
    if (!w.revisions.some((r) => failed.has(`${w.series}@${r.revision}`))) return w
    return { ...w, ok: false, revisions: w.revisions.map((r) => (failed.has(`${w.series}@${r.revision}`) ? { ...r, ok: false } : r)) }
  })
  return { windows: out, judgement }
}

/** A token's verdict: null when it verifies and the stamped key was valid and unrevoked at genTime. */
async function judgeToken(c: Candidate, token: Buffer, envelope: Buffer | undefined, keyring: TrustedKeyring): Promise<Defect | null> {
  const parsed = envelope ? parseEnvelope(envelope) : undefined
  const first = parsed?.ok ? parsed.envelope.signatures[0] : undefined
  const sigBytes = first ? decodeBase64(first.sig) : undefined
  if (!parsed?.ok || !sigBytes) return null // the unreadable envelope is the family's own finding
  const claimed = c.rev.signed_at_utc === null ? NaN : Date.parse(c.rev.signed_at_utc)
  const time = await signatureTime(sigBytes, token, keyring.tsa!.pinned, Number.isFinite(claimed) ? claimed : Number.NEGATIVE_INFINITY)
  if (!time.ok) return defect(time.code, c, c.tsrPath, `${c.tsrPath}: ${time.message}; the token does not vouch for ${c.sigPath}, so its signature fails`)
  if (time.source !== 'tsa') return null
  // The key that made the stamped signature: the one it verifies under, never the envelope's keyid hint.
  const message = pae(parsed.envelope.payloadType, parsed.payload)
  const key = keyring.keys.find((k) => verifies(k, message, sigBytes))
  if (!key) return null // no trusted key made it: the family's KEY_UNKNOWN / SIGNATURE_INVALID
  const at = time.at
  const revoked = keyring.revocations.find((r) => r.keyId === key.keyId && at >= r.at)
  if (revoked) {
    return defect(
      'KEY_REVOKED',
      c,
      c.sigPath,
      `signed by the key of '${key.signerId}' (${key.keyId.slice(0, 16)}), revoked at ${formatUtc(revoked.at)}${revoked.reason ? ` (${revoked.reason})` : ''}; the TSA stamped the signature at ${time.token.genTimeText} (${c.tsrPath}), after the revocation, whatever its signed_at_utc (${c.rev.signed_at_utc ?? 'unknown'}) says`
    )
  }
  if (at >= key.validUntil) {
    return defect('TIMESTAMP_KEY_EXPIRED', c, c.sigPath, `the key of '${key.signerId}' (${key.keyId.slice(0, 16)}) is valid until ${formatUtc(key.validUntil)}; the TSA stamped the signature at ${time.token.genTimeText} (${c.tsrPath}), after it expired, whatever its signed_at_utc (${c.rev.signed_at_utc ?? 'unknown'}) says`)
  }
  return null
}

function verifies(key: TrustedKey, message: Buffer, sig: Buffer): boolean {
  try {
    return verifySignature(null, message, key.key, sig)
  } catch {
    return false
  }
}

/** TIMESTAMP_MISSING for signed revisions without a token, published under a revision that requires one. */
async function requireTokens(repo: Repository, chain: Chain, candidates: Candidate[], oids: ReadonlyMap<string, string>, fail: (c: Candidate, d: Defect) => void): Promise<void> {
  // The commit that first published a trusted revision requiring tokens: what descends from it is under the rule.
  const since = chain.revisions.find((r) => r.trusted && r.doc?.tsa?.require_token === true && r.publishedIn !== undefined)?.publishedIn
  if (since === undefined) return
  for (const c of candidates) {
    if (oids.has(c.tsrPath) || !oids.has(c.sigPath) || c.rev.published_in === null) continue
    if (!(await repo.isAncestor(since, c.rev.published_in))) continue
    fail(c, defect('TIMESTAMP_MISSING', c, c.sigPath, `${c.sigPath} has no timestamp token (${c.tsrPath}); the trust root requires one for every signature published since ${since.slice(0, 12)}`))
  }
}

function subjectOf(c: Candidate): string {
  return `${c.w.series}@${c.rev.revision}`
}

function defect(code: string, c: Candidate, file: string, detail: string): Defect {
  const blocking = code !== 'TIMESTAMP_UNPINNED'
  return {
    subject: subjectOf(c),
    defect_code: code,
    severity: blocking ? 'blocking' : 'warning',
    owner_role: 'repository-admin',
    required_action: blocking
      ? 're-sign the window with a key in force and export a new revision with a token from the pinned TSA; investigate who published this signature'
      : 'pin the TSA certificate in the trust root (trust draft --tsa-cert) so tokens are checked, or stop configuring a TSA URL',
    release_window_id: c.w.release_window_id,
    file,
    line: null,
    field: code === 'TIMESTAMP_MISSING' || code === 'TIMESTAMP_UNPINNED' ? 'timestamp' : 'signer',
    detail
  }
}
