import { ExitCode } from '../errors.js'
import { defineCommand } from '../lesson.js'

// The store's command: verify every registered packet family from git history.

export const verifyCommand = defineCommand({
  name: 'verify',
  summary: 'Prove the store from git history: signatures, chain, write-once, completeness, for every packet family',
  usage: `Usage: release-evidence verify [--window W] [--json] [--no-cache] [options]

Proves the store from the repository's history with native git: every revision's DSSE Ed25519
signature under the keyring, schema and required fields, signature_digest, the supersedes chain,
canonical UTC timestamps, the three files of every revision, one packet identity per file, and
that no commit ever modified or deleted a published file, for every registered packet family.
Needs the full history: a shallow clone is refused (run 'git fetch --unshallow', or use
fetch-depth: 0 in actions/checkout).

Re-verification is incremental: verdicts are cached under .git/release-evidence/ (never
committed), keyed by blob ids and the keyring/policy hashes, and MAC-protected. --no-cache
ignores the cache (an outside auditor's full proof).

Options:
      --window W          only this release window
      --no-cache          verify everything from scratch; do not read or write the cache

Exit codes: 0 verified, 1 a defect was found, 2 cannot verify (shallow clone, not a repository,
bad keyring or policy).`,
  options: { window: { type: 'string' }, 'no-cache': { type: 'boolean' } },
  common: true,
  async run(inv) {
    const [{ normalizeId }, { verifyRegistered }, { renderVerifyText }] = await Promise.all([import('../util/ids.js'), import('./verify-all.js'), import('./render.js')])
    const settings = inv.settings(['verify'])
    const window = inv.values.window === undefined ? undefined : normalizeId(inv.values.window, '--window')
    const result = await verifyRegistered(settings, inv.families, { window, cache: inv.values['no-cache'] !== true })
    inv.io.stdout(inv.values.json ? `${JSON.stringify(result, null, 2)}\n` : renderVerifyText(result))
    return result.blocking === 0 ? ExitCode.Pass : ExitCode.PolicyFailure
  }
})
