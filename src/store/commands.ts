import { ExitCode, UserError } from '../errors.js'
import { defineCommand } from '../lesson.js'

// The store's command: verify every registered packet family from git history.

export const verifyCommand = defineCommand({
  name: 'verify',
  summary: 'Prove the store from git history: signatures, chain, write-once, completeness, for every packet family',
  usage: `Usage: release-evidence verify [--window W] [--since COMMIT] [--json] [--all] [--no-cache] [--allow-empty] [--allow-demo-key] [--shard I/N --out FILE] [options]
       release-evidence verify merge FILE... [--json] [--all] [--out FILE] [options]

Proves the store from the repository's history with native git: every revision's DSSE Ed25519
signature under the keyring, schema and required fields, signature_digest, the supersedes chain,
canonical UTC timestamps, the three files of every revision, one packet identity per file, and
that no commit ever modified or deleted a published file, for every registered packet family.
Needs the full history: a shallow clone is refused (run 'git fetch --unshallow', or use
fetch-depth: 0 in actions/checkout).

Re-verification is incremental: verdicts are cached under .git/release-evidence/ (never
committed), keyed by blob ids and the keyring/policy hashes, and MAC-protected. --no-cache
ignores the cache (an outside auditor's full proof).

History is never forgiven: a verifier remembers the tip it verified (per branch, in
.git/release-evidence/verified-tips, MAC-protected), and a later HEAD that does not descend from
it is STORE_HISTORY_REWRITTEN, naming every published path that vanished. --since pins such a
checkpoint explicitly (e.g. the verified-tip of the previous scheduled run).

Split across the jobs of a CI matrix: each job runs 'verify --shard I/N --json --out FILE' and
judges only its share of the windows (a stable hash of each window id; store-wide checks in
shard 1); a last job runs 'verify merge FILE...' over every shard's file. The merge exits 1
unless every shard 1..N is there exactly once, all over this checkout's store commit and the
merge's own pin, each covering exactly its windows, and every shard passed. See docs/store.md.

Options:
      --window W          only this release window
      --since COMMIT      HEAD must descend from this commit (hex id), else STORE_HISTORY_REWRITTEN
      --no-cache          verify everything from scratch; do not read or write the cache
      --allow-empty       an empty store passes (default: STORE_EMPTY)
      --allow-demo-key    revisions signed with the demo key are a warning (default: KEY_DEMO)
      --all               list every window (default above 20 windows: only those with problems)
      --shard I/N         judge only shard I of N (a matrix job); never reads or writes the cache
      --out FILE          also write the JSON result to FILE (a shard's result for verify merge)

Exit codes: 0 verified, 1 a defect was found (merge: also a missing, duplicate or inconsistent
shard), 2 cannot verify (shallow clone, not a repository, bad keyring or policy, a file that is
not a shard result).`,
  options: { window: { type: 'string' }, since: { type: 'string' }, 'no-cache': { type: 'boolean' }, 'allow-empty': { type: 'boolean' }, 'allow-demo-key': { type: 'boolean' }, all: { type: 'boolean' }, shard: { type: 'string' }, out: { type: 'string' } },
  common: true,
  positionals: Number.MAX_SAFE_INTEGER,
  async run(inv) {
    // Usage first: a mistyped option costs no module load.
    const base = inv.settings(['verify'])
    const [sub, ...files] = inv.positionals
    if (sub === 'merge') return (await import('./merge-command.js')).runMerge(inv, base, files)
    if (sub !== undefined) throw new UserError({ code: 'USAGE', message: `verify: unexpected argument '${sub.slice(0, 80)}'; the one subcommand is 'verify merge FILE...'; run 'release-evidence verify --help'` })
    const shard = inv.values.shard === undefined ? undefined : (await import('./shard.js')).parseShard(inv.values.shard)
    if (shard && inv.values.window !== undefined) throw new UserError({ code: 'USAGE', message: 'verify: --shard and --window do not combine; a shard judges its share of every window' })
    const [{ normalizeId }, { verifyRegistered }, { renderVerifyText }] = await Promise.all([import('../util/ids.js'), import('./verify-all.js'), import('./render.js')])
    const settings = { ...base, verify: { since: inv.values.since, allowEmpty: inv.values['allow-empty'] === true, allowDemoKey: inv.values['allow-demo-key'] === true } }
    const window = inv.values.window === undefined ? undefined : normalizeId(inv.values.window, '--window')
    const phase = inv.io.progress?.phase(shard ? `verify: shard ${shard.index}/${shard.count}` : 'verify: store')
    const result = await verifyRegistered(settings, inv.families, { window, cache: inv.values['no-cache'] !== true, shard, progress: inv.io.progress })
    phase?.done()
    if (inv.values.out !== undefined) await (await import('./merge-command.js')).writeResult(inv.cwd, inv.values.out, result)
    inv.io.stdout(inv.values.json ? `${JSON.stringify(result, null, 2)}\n` : renderVerifyText(result, { all: inv.values.all === true }))
    return result.blocking === 0 ? ExitCode.Pass : ExitCode.PolicyFailure
  }
})
