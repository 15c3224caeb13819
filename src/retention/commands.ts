import { resolve } from 'node:path'
import { ExitCode, UserError } from '../errors.js'
import { defineCommand } from '../lesson.js'
import { DEFAULT_GIT, type Settings } from '../settings.js'

// The retention lesson's commands: `retention index|check` (derive and validate the retention
// index) and `hold place|release` (signed, write-once legal-hold records). Modules load when run.

export const retentionCommand = defineCommand({
  name: 'retention',
  summary: 'Derive the retention and legal-hold index of the store, or validate an index (V1-V6)',
  usage: `Usage: release-evidence retention index [--at COMMIT|TIME] [--json] [--no-cache] [--shard I/N --out FILE] [options]
       release-evidence retention merge FILE... [--at COMMIT|TIME] [--json] [options]
       release-evidence retention check [--index FILE] [--at COMMIT|TIME] [--json] [--no-cache] [options]
       release-evidence retention query holds|expiring|latest|drift [--within 30d] [--at X] [--json] [--no-cache]

index  derives the retention index from the store at a commit (HEAD, or --at a commit-ish, or
       --at a UTC time: the last commit at or before it): one row per revision of every packet
       family, with its retention expiry (policy: --retention-policy), legal-hold state, storage
       URI (git:<commit>:<path>#blob=<oid>) and latest pointer. Writes retention-index.csv and
       retention-index.json to the out dir. Nothing is written to the store.
check  runs the validator (V1-V6) on the derived index, or on --index FILE (CSV or JSON), and
       writes retention-defects.csv to the out dir. Expired, unheld revisions are reported as
       purge candidates (a warning); nothing is ever deleted.
query  the audit views on the derived index: holds (active legal holds by window), expiring
       (expiry within --within, default 30d, or passed), latest (the latest valid revision per
       window), drift (signature or storage drift, stale verification).
merge  the whole index from the files of 'retention index --shard I/N --out FILE' run in the
       jobs of a CI matrix (each derives the windows a stable hash of their id assigns it): every
       shard 1..N once, over this checkout's commit (or --at), this merge's pin, one policy and
       one --now, each covering exactly its windows; else exit 2. Writes retention-index.csv and
       retention-index.json to the out dir, as index does (byte for byte the same).
The derived index is remembered in .git/release-evidence/ (MAC-protected, never in the tree) for
the exact commit, pin, policy bytes, instant (--now) and working-tree state it was made under;
any change derives it again. --no-cache derives it from scratch and remembers nothing.

Options:
      --at COMMIT|TIME    the commit to describe (default: HEAD)
      --index FILE        check this index instead of deriving one
      --within D          query expiring: how far ahead (30d, 12h, 2w or P30D; default 30d)
      --no-cache          derive the index from scratch; do not read or write the index cache
      --shard I/N         index: derive only shard I of N (a matrix job; never cached); needs --out
      --out FILE          index --shard: write the shard's part of the index to FILE (for merge)

Exit codes: 0 pass (warnings allowed; always in observe mode), 1 a blocking retention defect
(soft mode: storage, hold precedence, hold records and shortened retention only), 2 cannot
evaluate.`,
  options: { at: { type: 'string' }, index: { type: 'string' }, within: { type: 'string' }, 'no-cache': { type: 'boolean' }, shard: { type: 'string' }, out: { type: 'string' } },
  common: true,
  positionals: Number.MAX_SAFE_INTEGER,
  async run(inv) {
    const what = inv.positionals[0]
    const settings = inv.settings(['retention'])
    const cache = inv.values['no-cache'] !== true
    if (what !== 'query' && what !== 'merge' && inv.positionals.length > 1) throw new UserError({ code: 'USAGE', message: `retention ${what}: unexpected argument '${inv.positionals[1]}'` })
    if (what !== 'query' && inv.values.within !== undefined) throw new UserError({ code: 'USAGE', message: 'retention: --within is for query expiring' })
    if (what === 'query' && inv.positionals.length > 2) throw new UserError({ code: 'USAGE', message: `retention query: unexpected argument '${inv.positionals[2]}'` })
    if ((inv.values.shard !== undefined) !== (inv.values.out !== undefined) || (inv.values.shard !== undefined && what !== 'index')) {
      throw new UserError({ code: 'USAGE', message: 'retention: --shard I/N and --out FILE go together, with retention index (a matrix job); then retention merge FILE... joins the shards' })
    }
    if (what === 'merge') {
      const { runIndexMerge, renderIndexText } = await import('./run.js')
      const r = await runIndexMerge(settings, inv.families, inv.positionals.slice(1), inv.values.at)
      inv.io.stdout(inv.values.json ? r.json : renderIndexText(r.index))
      return ExitCode.Pass
    }
    if (what === 'index' && inv.values.shard !== undefined) {
      const [{ parseShard }, { runIndexShard }] = await Promise.all([import('../store/shard.js'), import('./run.js')])
      const spec = parseShard(inv.values.shard)
      const phase = inv.io.progress?.phase(`retention index: shard ${spec.index}/${spec.count}`)
      const r = await runIndexShard(settings, inv.families, spec, String(inv.values.out), inv.values.at)
      phase?.done()
      inv.io.stdout(inv.values.json ? `${JSON.stringify(r, null, 2)}\n` : `Retention index shard ${spec.index}/${spec.count} at ${r.index.commit}: ${r.shard.windows.length} window(s), ${r.index.rows.length} revision(s); wrote ${String(inv.values.out)}\n`)
      return ExitCode.Pass
    }
    if (what === 'index') {
      if (inv.values.index !== undefined) throw new UserError({ code: 'USAGE', message: 'retention index: --index is for retention check' })
      const { runIndex, renderIndexText } = await import('./run.js')
      const phase = inv.io.progress?.phase('retention index')
      // not destructured: `index` is a getter that parses 10,000 rows, which --json never needs
      const r = await runIndex(settings, inv.families, inv.values.at, cache)
      phase?.done()
      inv.io.stdout(inv.values.json ? r.json : renderIndexText(r.index))
      return ExitCode.Pass
    }
    if (what === 'check') {
      const { runCheck, renderCheckText } = await import('./run.js')
      const r = await runCheck(settings, inv.families, { index: inv.values.index, at: inv.values.at, cache })
      const { index: _index, ...shown } = r
      inv.io.stdout(inv.values.json ? `${JSON.stringify(shown, null, 2)}\n` : renderCheckText(r))
      return r.failed ? ExitCode.PolicyFailure : ExitCode.Pass
    }
    if (what === 'query') {
      const [{ QUERIES, runQuery, renderQueryText }, { deriveIndexAndPolicy }, { durationMs }] = await Promise.all([import('./query.js'), import('./index-cache.js'), import('./policy.js')])
      const name = inv.positionals[1] as (typeof QUERIES)[number] | undefined
      if (name === undefined || !QUERIES.includes(name)) throw new UserError({ code: 'USAGE', message: `retention query: say ${QUERIES.join(', ')}` })
      if (inv.values.within !== undefined && name !== 'expiring') throw new UserError({ code: 'USAGE', message: 'retention query: --within is for expiring' })
      // the policy the index was derived under: the same file, loaded and checked once
      const { index, policy } = await deriveIndexAndPolicy({ settings, families: inv.families, at: inv.values.at, cache })
      const refreshMs = durationMs(policy.index_refresh_interval)
      const q = runQuery(index, name, { now: settings.now, within: inv.values.within, refreshMs })
      inv.io.stdout(inv.values.json ? `${JSON.stringify(q, null, 2)}\n` : renderQueryText(q))
      return ExitCode.Pass
    }
    throw new UserError({ code: 'USAGE', message: `retention: say index, check, query or merge; run 'release-evidence retention --help'` })
  }
})

export const holdCommand = defineCommand({
  name: 'hold',
  summary: 'Place or release a legal hold on a release window (a signed, write-once record)',
  usage: `Usage: release-evidence hold place --window W --reason TEXT --owner WHO [--case ID] [options]
       release-evidence hold release --hold-id ID [options]

place    signs and commits retention-holds/{window}/hold-{id}-r001.json (.sig, .log): the window's
         revisions cannot be purged while any of its holds is active. A hold without a reason or
         an owner is refused (R3) and nothing is written.
release  signs and commits the hold's r002, hash-chained to r001.
Both need the key of a signer whose keyring role is one of the retention policy's hold_roles;
the release lane's CI key never is one. A hold never changes a retention expiry.

Options:
      --window W            the release window to hold
      --reason TEXT         why (required)
      --owner WHO           who answers for the hold (required)
      --case ID             the legal case or matter
      --hold-id ID          the hold to release (printed by hold place)
      --key-file FILE       private key; default $RELEASE_EVIDENCE_SIGNING_KEY
      --signer-id ID        the keyring signer the key must belong to
      --store-branch NAME   branch to commit to (default: the checked-out branch)
      --committer-name N    (default: ${DEFAULT_GIT.committerName})
      --committer-email E   (default: ${DEFAULT_GIT.committerEmail})

Exit codes: 0 written, 1 refused (no reason or owner, a key whose role may not hold, already
released), 2 cannot evaluate.`,
  options: {
    window: { type: 'string' },
    reason: { type: 'string' },
    owner: { type: 'string' },
    case: { type: 'string' },
    'hold-id': { type: 'string' },
    'key-file': { type: 'string' },
    'signer-id': { type: 'string' },
    'store-branch': { type: 'string' },
    'committer-name': { type: 'string' },
    'committer-email': { type: 'string' }
  },
  common: true,
  positionals: 1,
  async run(inv) {
    const v = inv.values
    const what = inv.positionals[0]
    if (what !== 'place' && what !== 'release') throw new UserError({ code: 'USAGE', message: `hold: say place or release; run 'release-evidence hold --help'` })
    const settings: Settings = {
      ...inv.settings(['retention']),
      signing: { signerId: v['signer-id'], keyFile: v['key-file'] === undefined ? undefined : resolve(inv.cwd, v['key-file']) },
      git: { storeBranch: v['store-branch'], committerName: v['committer-name'] ?? DEFAULT_GIT.committerName, committerEmail: v['committer-email'] ?? DEFAULT_GIT.committerEmail }
    }
    const { placeHold, releaseHold } = await import('./hold-write.js')
    let r
    if (what === 'place') {
      if (v.window === undefined) throw new UserError({ code: 'USAGE', message: 'hold place: --window is required' })
      r = await placeHold(settings, { window: v.window, reason: v.reason, owner: v.owner, caseId: v.case }, { env: inv.env })
    } else {
      if (v['hold-id'] === undefined) throw new UserError({ code: 'USAGE', message: 'hold release: --hold-id is required' })
      r = await releaseHold(settings, v['hold-id'], { env: inv.env })
    }
    if (v.json) inv.io.stdout(`${JSON.stringify(r, null, 2)}\n`)
    else if (r.written) inv.io.stdout(`Hold ${r.holdId} ${what === 'place' ? 'placed on' : 'released from'} ${r.window}: ${r.files[0]} (commit ${r.commitOid})\n`)
    else inv.io.stdout(`Hold ${what} refused; nothing written:\n${r.findings.map((f) => `  ${f.code} ${f.field}: ${f.detail}`).join('\n')}\n`)
    return r.written ? ExitCode.Pass : ExitCode.PolicyFailure
  }
})

export const purgeCommand = defineCommand({
  name: 'purge',
  summary: 'Plan, approve (two people) and apply a purge of expired, unheld windows: one commit adds a signed tombstone and removes the files',
  usage: `Usage: release-evidence purge plan [--window W] [--at COMMIT|TIME] [--json] [options]
       release-evidence purge approve --window W [--family F] --key-file KEY [options]
       release-evidence purge apply --window W [--family F] --key-file KEY [options]

plan     lists the purge candidates: every series (family, release window) whose retention expiry
         has passed and that has no active legal hold, with the files a purge would remove (path
         and blob id), the index rows it must archive first, and the approvals it needs. Hold
         precedence is checked first: a held window is never a candidate. Writes nothing.
approve  signs and commits one approval of the window's purge (its exact files and blob ids) by
         a signer whose role is one of the retention policy's purge_roles, never a CI role:
         retention-purge-approvals/{window}/approval-{purge_id}-{signer}-r001.json (.sig, .log).
         One approval per person; a second one by the same signer is refused.
apply    once two approvals by distinct keys and distinct signers count, makes ONE commit that
         adds the signed tombstone retention-tombstones/{window}/tombstone-{purge_id}-r001.json
         (targets with blob ids and sha256, the archived index rows, the approvals) and removes
         every target. Signed by a purge role or the pipeline key.
A held window (RETENTION_PURGE_HELD) or one not yet expired (RETENTION_PURGE_NOT_EXPIRED) is
refused with exit 1 and nothing is written or deleted. A purge removes files from the branch,
not from git history or clones.

Options:
      --window W            the release window
      --family F            the family to purge, when several have the window (default: the only one)
      --at COMMIT|TIME      plan: the commit to describe (default: HEAD)
      --key-file FILE       private key; default $RELEASE_EVIDENCE_SIGNING_KEY
      --signer-id ID        the keyring signer the key must belong to
      --store-branch NAME   branch to commit to (default: the checked-out branch)
      --committer-name N    (default: ${DEFAULT_GIT.committerName})
      --committer-email E   (default: ${DEFAULT_GIT.committerEmail})

Exit codes: 0 planned or written, 1 refused (held, not expired, not enough approvals, a key
that may not approve), 2 cannot evaluate.`,
  options: {
    window: { type: 'string' },
    family: { type: 'string' },
    at: { type: 'string' },
    'key-file': { type: 'string' },
    'signer-id': { type: 'string' },
    'store-branch': { type: 'string' },
    'committer-name': { type: 'string' },
    'committer-email': { type: 'string' }
  },
  common: true,
  positionals: 1,
  async run(inv) {
    const what = inv.positionals[0]
    const v = inv.values
    if (what === 'approve' || what === 'apply') {
      if (v.window === undefined) throw new UserError({ code: 'USAGE', message: `purge ${what}: --window is required` })
      if (v.at !== undefined) throw new UserError({ code: 'USAGE', message: `purge ${what}: --at is for purge plan; approvals and the purge are made on the branch tip` })
      const settings: Settings = {
        ...inv.settings(['retention']),
        signing: { signerId: v['signer-id'], keyFile: v['key-file'] === undefined ? undefined : resolve(inv.cwd, v['key-file']) },
        git: { storeBranch: v['store-branch'], committerName: v['committer-name'] ?? DEFAULT_GIT.committerName, committerEmail: v['committer-email'] ?? DEFAULT_GIT.committerEmail }
      }
      const { approvePurge, applyPurge } = await import('./purge-write.js')
      const r = await (what === 'approve' ? approvePurge : applyPurge)(settings, inv.families, { window: v.window, family: v.family }, { env: inv.env })
      if (v.json) inv.io.stdout(`${JSON.stringify(r, null, 2)}\n`)
      else if (r.written && what === 'approve') inv.io.stdout(`Purge ${r.purgeId} of ${r.family} ${r.window} approved: ${r.files[0]} (commit ${r.commitOid})\n`)
      else if (r.written) inv.io.stdout(`Purge ${r.purgeId} applied: ${r.removed.length} files of ${r.family} ${r.window} removed from the branch, tombstone ${r.files[0]} (commit ${r.commitOid}). They remain in git history and clones.\n`)
      else inv.io.stdout(`Purge ${what} refused; nothing written or deleted:\n${r.findings.map((f) => `  ${f.code} ${f.field}: ${f.detail}`).join('\n')}\n`)
      return r.written ? ExitCode.Pass : ExitCode.PolicyFailure
    }
    if (what !== 'plan') throw new UserError({ code: 'USAGE', message: `purge: say plan, approve or apply; run 'release-evidence purge --help'` })
    for (const o of ['family', 'key-file', 'signer-id', 'store-branch', 'committer-name', 'committer-email'] as const) {
      if (v[o] !== undefined) throw new UserError({ code: 'USAGE', message: `purge plan: --${o} is for approve and apply` })
    }
    const { planPurge } = await import('./purge.js')
    const plan = await planPurge(inv.settings(['retention']), inv.families, { window: v.window, at: v.at })
    if (v.json) inv.io.stdout(`${JSON.stringify(plan, null, 2)}\n`)
    else {
      const lines = [`Purge plan at ${plan.commit} (nothing is written or deleted):`]
      for (const c of plan.candidates) lines.push(`  candidate ${c.family} ${c.release_window_id}: expired ${c.retention_expiry_utc}, ${c.files.length} files, ${c.archived_rows.length} index rows to archive`)
      for (const r of plan.refused) lines.push(`  refused ${r.release_window_id}: ${r.code} ${r.detail}`)
      if (plan.candidates.length === 0 && plan.refused.length === 0) lines.push('  no candidates')
      lines.push(`Approvals required: ${plan.approvals_required.count}, distinct keys and signers, roles ${plan.approvals_required.roles.join(', ')} (never ${plan.approvals_required.ci_roles_excluded.join(', ')})`)
      inv.io.stdout(`${lines.join('\n')}\n`)
    }
    return v.window !== undefined && plan.refused.length > 0 ? ExitCode.PolicyFailure : ExitCode.Pass
  }
})
