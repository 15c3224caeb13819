import { resolve } from 'node:path'
import { openRepository } from '../git/index.js'
import { DEFAULT_GIT, type Settings } from '../settings.js'
import { loadKeyring } from '../signing/keyring.js'
import { parseSigningKey } from '../signing/keys.js'
import { repoTopLevel } from '../store/history.js'
import { commitFiles } from '../store/write.js'
import { sha256Hex } from '../util/hash.js'
import { formatUtc } from '../util/time.js'
import { firstRevision } from './revision.js'

// The demo's trust root (`release-evidence demo`): today's keyring migrated into revision 1,
// signed by two root keys, committed to the demo repository and pinned, so the demo verifies the
// way a real store must (verify never reads the working-tree keyring). Deterministic: the root
// keys come from fixed public strings and the revision from a fixed instant, so every run
// commits the same bytes and prints the same pin. Those root keys protect nothing: anyone can
// derive them, as anyone can read the demo signing key.

/** When the demo's root is created: after the inputs commit, before the first export. */
export const DEMO_ROOT_AT = '2026-11-23T12:00:00Z'
export const DEMO_ROOT_KEYS = ['demo-root-a', 'demo-root-b'] as const

/** A demo root key: its seed is sha256 of a fixed, published string. */
export function demoRootKey(name: string) {
  const seed = Buffer.from(sha256Hex(`release-evidence DEMO-ONLY trust-root key ${name}`), 'hex')
  return parseSigningKey(seed.toString('base64'), `${name} (demo root key, derived from a public string)`)
}

/** Migrates the demo repository's keyring into a pinned trust root; returns the pin. */
export async function demoTrustRoot(settings: Settings, say: (text: string) => void): Promise<string> {
  const top = await repoTopLevel(settings.workspace)
  const repo = openRepository(top)
  const branch = settings.git?.storeBranch || (await repo.currentBranch()) || 'main'
  const at = Date.parse(DEMO_ROOT_AT)
  const keyringFile = resolve(top, settings.policies['keyring'])
  const keyring = await loadKeyring(keyringFile, settings.policies['keyring'])
  const root = firstRevision({ keyring, roots: DEMO_ROOT_KEYS.map((name) => ({ name, key: demoRootKey(name) })), now: at })
  const git = settings.git ?? DEFAULT_GIT
  const commit = await commitFiles({
    dir: top,
    branch,
    parentOid: await repo.tryResolveRef(`refs/heads/${branch}`),
    files: root.files,
    message: `trust-root r001: the root of trust (${root.revision.counted.join(', ')})`,
    committer: { name: git.committerName, email: git.committerEmail, timestamp: Math.floor(at / 1000) }
  })
  const pin = root.pin!
  say('== Trust root: the keyring as a signed revision 1, pinned (verify never reads policies/keyring.yaml) ==')
  say(`  trust migrate: ${settings.policies['keyring']} -> trust/root/root-r001.json, signed 2 of 2 by ${DEMO_ROOT_KEYS.join(', ')} (DEMO root keys), ${formatUtc(at)}`)
  say(`  commit ${commit.commitOid}`)
  say(`  pin (sha256 of revision 1's payload): ${pin}`)
  say('  every step below that judges a signature walks the chain from this pin (--trust-root)\n')
  return pin
}
