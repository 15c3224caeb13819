import type { Defect } from '../findings/defect.js'
import { openRepository } from '../git/index.js'
import type { Settings } from '../settings.js'
import type { WindowReport } from '../store/check.js'
import { repoTopLevel } from '../store/history.js'
import { formatRevision } from '../util/revision.js'
import { formatUtc } from '../util/time.js'
import { readChain, type Chain } from './chain.js'
import { TRUST_CODES, type TrustCode } from './codes.js'
import { TRUST_FAMILY } from './family.js'
import { keyringOfChain, tsaOfChain } from './keyring.js'
import { judgeTimestamps } from './timestamps.js'
import { knownRepo, requirePin } from './pin.js'

// What verify adds once every family is checked: which keyring it trusted (the pinned chain; no
// pin is TRUST_ROOT_UNPINNED, exit 2, before anything is judged), the root's own problem when the pin
// finds no root, and KEY_REVOKED for every revision first published after its signer key was
// revoked. Publication is judged twice, and either suffices: the publishing commit's time is at
// or after the revocation instant, or the publishing commit descends from the commit that
// published the revocation (a committer can backdate a commit time, not its ancestry).

export interface TrustSummary {
  /** always true: verify without a pin does not get this far */
  pinned: true
  /** the pinned sha256 of revision 1 */
  pin: string
  /** the revision in force (r003), null when none verifies from the pin */
  revision: string | null
  /** where the keyring came from */
  keyring: string
  /** trusted time: the pinned TSA (subject and certificate sha256, null: none) and the tokens seen */
  timestamps: { tsa: { subject: string; sha256: string; require_token: boolean } | null; tokens: number; verified: number }
}

function tsaSummary(chain: Chain): TrustSummary['timestamps']['tsa'] {
  const tsa = tsaOfChain(chain)
  return tsa ? { subject: tsa.pinned.cert.subject.replace(/\n/g, ', '), sha256: tsa.pinned.sha256, require_token: tsa.requireToken } : null
}

interface VerifyLike {
  headOid: string | null
  windows: WindowReport[]
  defects: Defect[]
  blocking: number
}

export async function applyTrust<R extends VerifyLike>(settings: Settings, result: R): Promise<R & { trust: TrustSummary }> {
  const pin = await requirePin(settings, 'verify')
  const top = knownRepo(settings)?.top ?? (await repoTopLevel(settings.workspace))
  const chain = await readChain(top, result.headOid, pin, settings.now)
  const added: Defect[] = []
  if (chain.rootProblem && !result.defects.some((d) => d.defect_code === chain.rootProblem!.code)) {
    added.push(defect(chain.rootProblem.code, { subject: 'trust-root', window: 'root', file: chain.rootProblem.code === 'TRUST_ROOT_MISSING' ? '' : 'trust/root/root-r001.sig', field: '', detail: chain.rootProblem.detail }))
  }
  const revoked = await markRevoked(top, chain, result.windows, added)
  // Trusted time: tokens beside signatures, judged against the TSA the trust root pins (timestamps.ts).
  const stamped: Defect[] = []
  const { windows, judgement } = await judgeTimestamps(top, chain, keyringOfChain(chain), revoked, stamped)
  const known = new Set(added.map((d) => `${d.defect_code}\0${d.subject}`))
  added.push(...stamped.filter((d) => !known.has(`${d.defect_code}\0${d.subject}`)))
  const defects = [...result.defects, ...added]
  const summary: TrustSummary = {
    pinned: true,
    pin,
    revision: chain.inForce ? formatRevision(chain.inForce.revision) : null,
    keyring: chain.inForce ? `${chain.inForce.paths.packet} (trust root ${formatRevision(chain.inForce.revision)}, pinned)` : 'none: no trust-root revision verifies from the pin',
    timestamps: { tsa: tsaSummary(chain), tokens: judgement.tokens, verified: judgement.verified }
  }
  return { ...result, windows, defects, blocking: defects.filter((d) => d.severity === 'blocking').length, trust: summary }
}

async function markRevoked(top: string, chain: Chain, windows: WindowReport[], added: Defect[]): Promise<WindowReport[]> {
  const keyring = keyringOfChain(chain)
  if (keyring.revocations.length === 0) return windows
  const revokedSigners = new Set(keyring.revocations.map((r) => r.signerId))
  // The commit that first published each revocation: the first trusted revision that carries it.
  const revokedIn = new Map<string, string>()
  for (const r of chain.revisions) {
    if (!r.trusted || !r.doc || !r.publishedIn) continue
    for (const k of r.doc.keys) {
      if (k.revoked_at_utc === undefined) continue
      const key = keyring.keys.find((t) => t.publicKeyBase64 === k.public_key)
      if (key && !revokedIn.has(key.keyId)) revokedIn.set(key.keyId, r.publishedIn)
    }
  }
  const repo = openRepository(top)
  const out: WindowReport[] = []
  for (const w of windows) {
    let changed = false
    const revisions = []
    for (const rev of w.revisions) {
      const path = rev.files.packet
      if (rev.signer_id === null || !revokedSigners.has(rev.signer_id) || path === null || path.startsWith(`${TRUST_FAMILY.root}/`) || rev.published_in === null || chain.commit === null) {
        revisions.push(rev)
        continue
      }
      const keyIds = await signingKeyIds(repo, chain.commit, path)
      let hit: string | undefined
      for (const r of keyring.revocations) {
        if (!keyIds.includes(r.keyId)) continue
        const publishedAt = rev.published_at_utc === null ? NaN : Date.parse(rev.published_at_utc)
        const byTime = publishedAt >= r.at
        const since = revokedIn.get(r.keyId)
        const byHistory = since !== undefined && (await repo.isAncestor(since, rev.published_in))
        if (!byTime && !byHistory) continue
        const why = byTime ? `its publishing commit ${rev.published_in.slice(0, 12)} is dated ${rev.published_at_utc}` : `its publishing commit ${rev.published_in.slice(0, 12)} descends from ${since!.slice(0, 12)}, which published the revocation`
        hit = `signed by the key of '${r.signerId}' (${r.keyId.slice(0, 16)}), revoked at ${formatUtc(r.at)}${r.reason ? ` (${r.reason})` : ''}; ${why}, so it was published after the revocation whatever its signed_at_utc (${rev.signed_at_utc ?? 'unknown'}) says`
        break
      }
      if (hit === undefined) {
        revisions.push(rev)
        continue
      }
      added.push(defect('KEY_REVOKED', { subject: `${w.series}@${rev.revision}`, window: w.release_window_id, file: path, field: 'signer', detail: hit }))
      revisions.push({ ...rev, ok: false })
      changed = true
    }
    out.push(changed ? { ...w, revisions, ok: false } : w)
  }
  return out
}

/** The key ids a stored document names as its signer(s), from its committed .json. */
async function signingKeyIds(repo: ReturnType<typeof openRepository>, commit: string, path: string): Promise<string[]> {
  try {
    const doc = JSON.parse((await repo.readFileAt(commit, path)).toString('utf8')) as { signer?: { key_id?: unknown }; signers?: { key_id?: unknown }[] }
    const blocks = [doc.signer, ...(Array.isArray(doc.signers) ? doc.signers : [])]
    return blocks.flatMap((b) => (b && typeof b.key_id === 'string' ? [b.key_id] : []))
  } catch {
    return []
  }
}

function defect(code: TrustCode, at: { subject: string; window: string; file: string; field: string; detail: string }): Defect {
  const info = TRUST_CODES[code]
  return {
    subject: at.subject,
    defect_code: code,
    severity: info.severity,
    owner_role: 'repository-admin',
    required_action: code === 'KEY_REVOKED' ? 're-sign the window with a key in force and export a new revision; investigate who published with the revoked key' : 'restore the trust root from a trusted copy; check the pin',
    release_window_id: at.window,
    file: at.file,
    line: null,
    field: at.field,
    detail: at.detail
  }
}

/** One line for verify's text report. */
export function renderTrustLine(t: TrustSummary | undefined): string | undefined {
  if (!t) return undefined
  const ts = t.timestamps
  const time = ts.tsa
    ? `; trusted time: TSA ${ts.tsa.subject} (sha256:${ts.tsa.sha256.slice(0, 16)}...)${ts.tsa.require_token ? ', tokens required' : ''}, ${ts.verified} of ${ts.tokens} token(s) verified`
    : ts.tokens > 0
      ? `; trusted time: no TSA pinned, ${ts.tokens} token(s) not checked`
      : ''
  return `Trust root: pinned sha256:${t.pin.slice(0, 16)}..., in force ${t.revision ?? 'none'}; keyring ${t.keyring}${time}`
}
