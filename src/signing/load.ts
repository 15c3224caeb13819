import type { Keyring } from './keyring.js'
import { parseSigningKey, readSigningSecret, secretsToMask, type SecretSources } from './keys.js'
import { createSigner, type Signer } from './signer.js'

// The one call the Action and the CLI make to get a signer: find the secret, mask it (the Action
// passes core.setSecret) before anything can be logged, parse it, bind it to the keyring at `at`.

export interface LoadSignerOptions extends SecretSources {
  keyring: Keyring
  /** the signing instant (the injected now) */
  at: number
  /** when given, the key must belong to this keyring signer */
  signerId?: string
  /** called with every string that could leak the secret, before parsing */
  mask?: (secret: string) => void
}

export interface LoadedSigner {
  signer: Signer
  /** where the key came from (never the key) */
  source: string
  warnings: string[]
}

/** Undefined when no secret is configured; throws UserError for a bad or untrusted key. */
export async function loadSigner(options: LoadSignerOptions): Promise<LoadedSigner | undefined> {
  const secret = await readSigningSecret(options)
  if (!secret) return undefined
  if (options.mask) for (const s of secretsToMask(secret.text)) options.mask(s)
  const key = parseSigningKey(secret.text, secret.source)
  return { signer: createSigner(key, options.keyring, options.at, options.signerId), source: secret.source, warnings: secret.warnings }
}
