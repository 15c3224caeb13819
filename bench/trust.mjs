// The benchmarks' stores verify the way a real store must: under a pinned trust root (verify,
// retention and lineage never read the working-tree keyring). This migrates the store's keyring
// into trust-root revision 1, signed by two root keys made for the run outside the repository,
// and returns the pin to pass as RELEASE_EVIDENCE_TRUST_ROOT.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function migrateTrustRoot({ cli, dir, now }) {
  const keys = mkdtempSync(join(tmpdir(), 're-bench-root-keys-'))
  for (const name of ['bench-root-a', 'bench-root-b']) {
    const r = cli(dir, ['keygen', '--signer-id', name, '--role', 'trust-root', '--out-dir', keys, '--now', now])
    if (r.status !== 0) throw new Error(`bench: keygen ${name} failed: ${r.stderr}`)
  }
  const r = cli(dir, ['trust', 'migrate', '--root-key', `bench-root-a=${join(keys, 'bench-root-a.key')}`, '--root-key', `bench-root-b=${join(keys, 'bench-root-b.key')}`, '--now', now])
  const pin = /\b([0-9a-f]{64})\b/.exec(r.stdout)?.[1]
  if (r.status !== 0 || !pin) throw new Error(`bench: trust migrate failed (${r.status}): ${r.stdout}\n${r.stderr}`)
  return pin
}
