import { readFile, stat } from 'node:fs/promises'
import { inspect } from 'node:util'
import type { KeyObject } from 'node:crypto'
import { createPrivateKey } from 'node:crypto'
import { UserError } from '../errors.js'
import { readInput } from '../util/read-input.js'
import { decodeBase64 } from './dsse.js'
import { keyIdOf, privateKeyFromSeed, rawPublicKey, seedOf, SEED_BYTES, signBytes } from './ed25519.js'

// The private key is the one secret this tool handles. It arrives as text from exactly one place
// (key file, Action input, or RELEASE_EVIDENCE_SIGNING_KEY), is turned into a KeyObject at once,
// and is never echoed: error messages name the source, never the value, and the SigningKey
// object prints as a redacted placeholder if anything ever logs or serializes it.
//
// Key text format (both accepted, `#` comment lines and blank lines ignored):
//   1. base64 of the 32-byte RFC 8032 seed (what `release-evidence keygen` writes);
//   2. a PKCS8 PEM block, as written by `openssl genpkey -algorithm ed25519`.

export const SIGNING_KEY_ENV = 'RELEASE_EVIDENCE_SIGNING_KEY'

export type KeySource = 'key-file' | 'input' | 'env'

export class SigningKey {
  readonly publicKey: Buffer
  readonly keyId: string
  readonly source: string
  readonly #privateKey: KeyObject

  constructor(privateKey: KeyObject, source: string) {
    this.#privateKey = privateKey
    this.publicKey = rawPublicKey(privateKey)
    this.keyId = keyIdOf(this.publicKey)
    this.source = source
  }

  sign(message: Uint8Array): Buffer {
    return signBytes(message, this.#privateKey)
  }

  toJSON(): Record<string, string> {
    return { keyId: this.keyId, source: this.source, privateKey: '[redacted]' }
  }

  [inspect.custom](): string {
    return `SigningKey { keyId: '${this.keyId}', source: '${this.source}', privateKey: [redacted] }`
  }
}

/** Parses key text; `source` names where it came from in messages (never the value). */
export function parseSigningKey(text: string, source: string): SigningKey {
  const body = stripComments(text)
  if (body === '') {
    throw keyError(source, 'is empty')
  }
  if (body.includes('-----BEGIN')) {
    if (!/-----BEGIN PRIVATE KEY-----/.test(body)) {
      throw keyError(source, 'is a PEM block but not an unencrypted PKCS8 "PRIVATE KEY"')
    }
    let key: KeyObject
    try {
      key = createPrivateKey({ key: body, format: 'pem' })
    } catch (err) {
      throw keyError(source, 'is not a readable PKCS8 PEM private key', err)
    }
    if (key.asymmetricKeyType !== 'ed25519') {
      throw keyError(source, `holds a ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`)
    }
    return new SigningKey(privateKeyFromSeed(seedOf(key)), source)
  }
  const seed = decodeBase64(body.replace(/\s+/g, ''))
  if (!seed || seed.length !== SEED_BYTES) {
    throw keyError(source, `is neither base64 of a ${SEED_BYTES}-byte Ed25519 seed nor a PKCS8 PEM private key`)
  }
  return new SigningKey(privateKeyFromSeed(seed), source)
}

function stripComments(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .trim()
}

function keyError(source: string, what: string, cause?: unknown): UserError {
  return new UserError({
    code: 'KEY_INVALID',
    message: `the signing key from ${source} ${what}; create one with 'release-evidence keygen' (base64 seed) or 'openssl genpkey -algorithm ed25519' (PEM)`,
    cause
  })
}

export interface SecretSources {
  /** absolute path given with --key-file or the Action's key-file input */
  keyFile?: string
  /** the Action's signing-key input (already a secret in the workflow) */
  input?: string
  env: Record<string, string | undefined>
}

export interface SigningSecret {
  text: string
  source: string
  /** e.g. a key file readable by group or others */
  warnings: string[]
}

/**
 * Finds the key text: an explicit key file wins, then the Action input, then the environment.
 * Returns undefined when none is set, so callers decide whether signing is required.
 */
export async function readSigningSecret(from: SecretSources): Promise<SigningSecret | undefined> {
  const keyFile = from.keyFile
  if (keyFile !== undefined && keyFile !== '') {
    const source = `key file ${keyFile}`
    const { text, mode } = await readInput(
      async () => ({ text: await readFile(keyFile, 'utf8'), mode: (await stat(keyFile)).mode }),
      (code) => `cannot read the ${source} (${code}); pass the path 'release-evidence keygen' printed`
    )
    const warnings =
      process.platform !== 'win32' && (mode & 0o077) !== 0
        ? [`${source} is readable by group or others (mode ${(mode & 0o777).toString(8)}); run chmod 600 on it`]
        : []
    return { text, source, warnings }
  }
  if (from.input !== undefined && from.input.trim() !== '') return { text: from.input, source: 'the signing-key input', warnings: [] }
  const env = from.env[SIGNING_KEY_ENV]
  if (env !== undefined && env.trim() !== '') return { text: env, source: `$${SIGNING_KEY_ENV}`, warnings: [] }
  return undefined
}

/**
 * Every string a log line could leak the secret through: the whole text, the key body, and each
 * PEM line. The Action passes each to core.setSecret before it logs anything.
 */
export function secretsToMask(text: string): string[] {
  const out = new Set<string>()
  const add = (s: string) => {
    const t = s.trim()
    if (t.length >= 8) out.add(t)
  }
  add(text)
  const body = stripComments(text)
  add(body)
  add(body.replace(/\s+/g, ''))
  for (const line of body.split(/\r?\n/)) if (!line.startsWith('-----')) add(line)
  return [...out].sort()
}
