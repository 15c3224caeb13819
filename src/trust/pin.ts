import { readFile, realpath } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import type { Settings } from '../settings.js'
import { repoTopLevel } from '../store/history.js'

// The pin: the sha256 of revision 1's canonical payload, given from outside the repository being
// verified (--trust-root, the trust-root Action input, $RELEASE_EVIDENCE_TRUST_ROOT), either as
// the hex value or as the path of a file that holds it. A file inside the checkout is refused:
// whoever can push could rewrite it together with the store.

export const TRUST_ROOT_ENV = 'RELEASE_EVIDENCE_TRUST_ROOT'

const HEX = /^(?:sha256:)?([0-9a-fA-F]{64})$/

/** The pinned sha256 (lowercase hex), or null when no pin was configured. */
export async function resolvePin(settings: Settings): Promise<string | null> {
  const raw = settings.trust?.root?.trim()
  if (!raw) return null
  const hex = HEX.exec(raw)
  if (hex) return hex[1].toLowerCase()
  const file = resolve(settings.workspace, raw)
  const [real, top] = await Promise.all([realpath(file).catch(() => file), realpath(settings.workspace).catch(() => settings.workspace)])
  const inside = relative(top, real)
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new UserError({
      code: 'USAGE',
      message: `--trust-root ${raw}: the pin file is inside the repository being verified, so whoever can push could change it along with the store; give the sha256 itself, or a file outside the checkout`
    })
  }
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    throw new UserError({ code: 'INPUT_UNREADABLE', message: `--trust-root ${raw}: not a sha256 and not a readable file (${(err as NodeJS.ErrnoException).code ?? 'error'})`, cause: err })
  }
  const token = text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .find((l) => l !== '')
  const m = token === undefined ? null : HEX.exec(token.split(/\s+/)[0])
  if (!m) throw new UserError({ code: 'INPUT_INVALID', message: `--trust-root ${raw}: the file does not start with a sha256 (64 hex digits)` })
  return m[1].toLowerCase()
}

/**
 * The pin, or exit 2 (TRUST_ROOT_UNPINNED): whatever judges a signature needs it. `what` names the
 * command that asked ("verify", "retention index").
 */
export async function requirePin(settings: Settings, what: string): Promise<string> {
  const pin = await resolvePin(settings)
  if (pin === null) throw unpinnedError(what)
  return pin
}

export function unpinnedError(what: string): UserError {
  return new UserError({
    code: 'TRUST_ROOT_UNPINNED',
    message:
      `${what} cannot judge signatures without a pinned trust root: the keyring in the working tree (policies/keyring.yaml) is never trusted, since anyone who can push can edit it. ` +
      `Pin revision 1 of the store's trust root with --trust-root <sha256>, $${TRUST_ROOT_ENV}, the Action's trust-root input, or --trust-root FILE (a file outside the checkout that holds the sha256); ` +
      `'release-evidence trust show' prints the sha256 to compare with the pin you keep. ` +
      `No trust root yet? Create one with 'release-evidence trust migrate --root-key NAME=FILE ...' and keep the pin it prints (docs/trust-root.md)`
  })
}

/** What one run already asked git: the top level, the store's commit, HEAD. */
export interface KnownRepo {
  top: string
  commit: string | null
  head: string | null
}

// Answers shared by one run (verify) with every inspector it builds, keyed by the settings object
// it hands them: ten families each asking git for the top level and HEAD was twenty processes.
// A copy of the settings carries them, so no other run (and no later call) can see stale ones.
const known = new WeakMap<Settings, KnownRepo>()

/** A copy of `settings` whose storeCommit (and trust's reads) answer from `facts`. */
export function withKnownRepo(settings: Settings, facts: KnownRepo): Settings {
  const scoped = { ...settings }
  known.set(scoped, facts)
  return scoped
}

export function knownRepo(settings: Settings): KnownRepo | undefined {
  return known.get(settings)
}

/**
 * The commit the store (and its trust/ chain) is read at: the commit verify proves when it set one
 * (settings.trust.commit: a fetched store branch tip is not the local ref, nor HEAD), else the
 * store branch's tip when one is named and exists, else HEAD.
 */
export async function storeCommit(settings: Settings): Promise<{ top: string; commit: string | null }> {
  const k = known.get(settings)
  // A commit verify proves wins over any shared answer: it is what the trust chain is read at.
  if (settings.trust?.commit !== undefined) return { top: k?.top ?? (await repoTopLevel(settings.workspace)), commit: settings.trust.commit }
  if (k) return { top: k.top, commit: k.commit }
  const top = await repoTopLevel(settings.workspace)
  const repo = openRepository(top)
  const branch = settings.git?.storeBranch
  const commit = (branch ? await repo.tryResolveRef(`refs/heads/${branch}`) : null) ?? (await repo.headOid())
  return { top, commit }
}
