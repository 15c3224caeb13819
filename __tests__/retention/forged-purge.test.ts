import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { approvalKey, approvalRecord, purgeIdOf, renderPurgeLog, signApproval, signTombstone, subjectSha256, tombstoneRecord, type PurgeSubject } from '../../src/retention/purge-record.js'
import { parseSigningKey } from '../../src/signing/keys.js'
import { parseKeyring } from '../../src/signing/keyring.js'
import { createSigner, type Signer } from '../../src/signing/signer.js'
import { seedOf } from '../signing/helpers.js'
import { cleanupTempDirs, head, sh, writeFiles } from '../store/git-fixture.js'
import { DAY, T0, threeWindowStore, type Store } from './fixture.js'

// Someone with push access forges a purge by hand: the files removed in a commit of their own,
// with records signed by real keys of the trust root. Each forgery is caught by verify (pinned
// trust root, no cache), and the deletion stays a blocking STORE_FILE_DELETED. The control row
// builds the same commit honestly by the same hand-made route, and verify accepts it.

const at = (days: number, hours = 0) => new Date(Date.parse(T0) + days * DAY + hours * 3_600_000).toISOString().replace('.000Z', 'Z')
const WINDOW = 'rw-2026-11-c'
const VERIFY_AT = at(62)

let s: Store
let tip: string
let subject: PurgeSubject
beforeAll(async () => {
  s = await threeWindowStore({ pinned: true })
  tip = head(s.dir)
  const plan = JSON.parse((await s.run(['purge', 'plan', '--window', WINDOW, '--json'], at(61))).stdout) as { candidates: { files: { path: string; blob: string }[]; retention_expiry_utc: string }[] }
  const c = plan.candidates[0]
  subject = { family: 'closure', release_window_id: WINDOW, targets: [...c.files].sort((a, b) => (a.path < b.path ? -1 : 1)), retention_expiry_utc: c.retention_expiry_utc }
}, 60_000)
afterAll(() => cleanupTempDirs())

/** `name`: a test seed, or 'demo' for the CI key */
function signer(name: string, when: string): Signer {
  const keyring = parseKeyring(readFileSync(join(s.dir, 'policies/keyring.yaml'), 'utf8'), 'policies/keyring.yaml')
  const secret = name === 'demo' ? readFileSync(s.demoKey, 'utf8') : seedOf(name).toString('base64')
  return createSigner(parseSigningKey(secret, name), keyring, Date.parse(when))
}

interface Approval {
  by: string
  when: string
  /** store it under the purge with this suffix instead of its signer's (a second series for one person) */
  storeAs?: string
}

/** Writes the approvals and a tombstone naming them (`listed`: indexes into approvals), removes the targets, commits at `when`. */
function forge(opts: { approvals: readonly Approval[]; listed?: readonly number[]; tombstoneAt: string; remove?: boolean; tombstone?: boolean }) {
  const purgeId = purgeIdOf(subjectSha256(subject))
  const files: Record<string, string> = {}
  const refs = opts.approvals.map((a) => {
    const sg = signer(a.by, a.when)
    const record = approvalRecord(subject, sg)
    const signed = signApproval(record, sg)
    const base = `retention-purge-approvals/${WINDOW}/approval-${a.storeAs !== undefined ? `${purgeId}-${a.storeAs}` : approvalKey(purgeId, sg.signerId)}-r001`
    files[`${base}.json`] = signed.json
    files[`${base}.sig`] = signed.sig
    files[`${base}.log`] = renderPurgeLog('approval', record, sg.at)
    return { path: `${base}.json`, json: signed.json, signer_id: sg.signerId, key_id: sg.keyId, signed_at_utc: record.signer.signed_at_utc, signature_digest: record.signature_digest }
  })
  writeFiles(s.dir, files)
  sh(s.dir, ['add', '-A'])
  const blobOf = (json: string) => sh(s.dir, ['hash-object', '--stdin'], json).trim()
  if (opts.tombstone !== false) {
    const ci = signer('demo', opts.tombstoneAt)
    const record = tombstoneRecord(
      {
        purge_id: purgeId,
        family: 'closure',
        family_root: 'closure-packets',
        release_window_id: WINDOW,
        retention_expiry_utc: subject.retention_expiry_utc,
        targets_sha256: subjectSha256(subject),
        targets: subject.targets.map((t) => ({ ...t, sha256: '0'.repeat(64), signature_digest: null })),
        archived_rows: [],
        approvals: (opts.listed ?? refs.map((_r, i) => i)).map((i) => {
          const { json, ...ref } = refs[i]
          return { ...ref, blob: blobOf(json) }
        })
      },
      ci
    )
    const signed = signTombstone(record, ci)
    const base = `retention-tombstones/${WINDOW}/tombstone-${purgeId}-r001`
    writeFiles(s.dir, { [`${base}.json`]: signed.json, [`${base}.sig`]: signed.sig, [`${base}.log`]: 'forged\n' })
  }
  if (opts.remove !== false) sh(s.dir, ['rm', '-q', '-r', `closure-packets/${WINDOW}`])
  sh(s.dir, ['add', '-A'])
  execFileSync('git', ['commit', '-q', '-m', 'purge'], { cwd: s.dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'x', GIT_AUTHOR_EMAIL: 'x@example.test', GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@example.test', GIT_AUTHOR_DATE: opts.tombstoneAt, GIT_COMMITTER_DATE: opts.tombstoneAt } })
}

const ANN = { by: 'approver-a', when: at(61, 1) }
const BOB = { by: 'approver-b', when: at(61, 2) }

describe('forged purges are caught by verify', () => {
  it.each([
    ['the honest control: two approvers before the tombstone', { approvals: [ANN, BOB], tombstoneAt: at(61, 3) }, 0, ['PURGE_APPLIED'], 'approved by ann-approver, bob-approver'],
    ['a deletion without a tombstone', { approvals: [], tombstone: false, tombstoneAt: at(61, 3) }, 1, ['STORE_FILE_DELETED'], 'deleted closure-packets/rw-2026-11-c/packet-r001.json'],
    ['one approver twice (the same approval listed twice)', { approvals: [ANN], listed: [0, 0], tombstoneAt: at(61, 3) }, 1, ['PURGE_APPROVALS_INSUFFICIENT', 'STORE_FILE_DELETED'], 'listed twice'],
    [
      'one approver twice (her two keys)',
      { approvals: [ANN, { by: 'approver-a2', when: at(61, 2), storeAs: '0000beef' }], tombstoneAt: at(61, 3) },
      1,
      ['PURGE_APPROVALS_INSUFFICIENT', 'PURGE_RECORD_INVALID', 'STORE_FILE_DELETED'],
      '1 distinct signer(s) (2 distinct key(s))'
    ],
    ['the CI key as an approver', { approvals: [ANN, { by: 'demo', when: at(61, 2) }], tombstoneAt: at(61, 3) }, 1, ['PURGE_APPROVALS_INSUFFICIENT', 'PURGE_SIGNER_UNAUTHORIZED', 'STORE_FILE_DELETED'], 'SIGNER_ROLE_NOT_ALLOWED'],
    ['an approval signed after the commit', { approvals: [ANN, { by: 'approver-b', when: at(61, 6) }], tombstoneAt: at(61, 3) }, 1, ['PURGE_APPROVALS_INSUFFICIENT', 'STORE_FILE_DELETED'], 'signed after 2027-01-23T19:00:00Z'],
    ['a tombstone whose targets stay on the branch', { approvals: [ANN, BOB], remove: false, tombstoneAt: at(61, 3) }, 1, ['PURGE_TOMBSTONE_MISMATCH'], 'did not remove']
  ] as const)('%s', async (_what, opts, code, codes, needle) => {
    try {
      forge(opts)
      const r = await s.run(['verify', '--json', '--no-cache', '--allow-demo-key'], VERIFY_AT)
      const out = JSON.parse(r.stdout) as { defects: { defect_code: string; severity: string; file: string; detail: string }[]; trust: { pinned: boolean } }
      expect(out.trust.pinned).toBe(true)
      expect([...new Set(out.defects.map((d) => d.defect_code))].sort()).toEqual([...codes].sort())
      if (code === 1) expect(out.defects.filter((d) => d.defect_code === 'STORE_FILE_DELETED').every((d) => d.file.startsWith(`closure-packets/${WINDOW}/`))).toBe(true)
      expect(out.defects.map((d) => d.detail).join('\n')).toContain(needle)
      expect(r.code).toBe(code)
    } finally {
      sh(s.dir, ['reset', '-q', '--hard', tip])
      sh(s.dir, ['clean', '-qfd', '--', 'retention-purge-approvals', 'retention-tombstones'])
      // the verifier's remembered tips: each case is a fresh history from the same tip
      rmSync(join(s.dir, '.git/release-evidence'), { recursive: true, force: true })
    }
  })
})
