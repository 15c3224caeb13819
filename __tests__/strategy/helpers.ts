import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runCli } from '../../src/cli/run.js'
import { signDocument } from '../../src/signing/document.js'
import { describeNewKey, keyringEntryYaml } from '../../src/signing/keygen.js'
import { parseKeyring } from '../../src/signing/keyring.js'
import { parseSigningKey } from '../../src/signing/keys.js'
import { createSigner, signerBlock, type Signer } from '../../src/signing/signer.js'
import { REPO_ROOT } from '../helpers/repo-files.js'
import { sh, tempDir } from '../store/git-fixture.js'

// A real repository for lesson 120: real Ed25519 keys (fixed seeds) for the CI lane and each
// signer class, the repository's strategy policy rewritten to name them, the example inputs.

export const WINDOW = 'rw-2026-12-08'
export const CLUSTER = 'ec-payments-timeouts'
export const SIGNERS = {
  ci: { id: 'release-lane-ci', seed: 1, role: 'release-lane' },
  owner: { id: 'ana-strategy-owner', seed: 2, role: 'approver' },
  authority: { id: 'ben-release-authority', seed: 3, role: 'approver' },
  reviewer: { id: 'chen-risk-reviewer', seed: 4, role: 'approver' },
  observer: { id: 'dev-observer', seed: 5, role: 'observer' }
} as const
export type Who = keyof typeof SIGNERS

export const INPUT_ARGS = [
  '--ranking', 'examples/strategy/ranking-snapshot.json',
  '--decision-file', 'examples/strategy/decision.json',
  '--forecast', 'examples/strategy/forecast-band-snapshot.json',
  '--dashboard', 'examples/strategy/dashboard-extract.json',
  '--simulation-rules', 'examples/strategy/simulation-rules.json',
  '--fail-matrix-run', 'examples/strategy/fail-matrix-run.json'
]

export function keyringYaml(extra = ''): string {
  const entries = Object.values(SIGNERS).map((s) => keyringEntryYaml(describeNewKey(Buffer.alloc(32, s.seed), s.id, s.role, Date.parse('2026-01-01T00:00:00Z'), Date.parse('2027-01-01T00:00:00Z')).entry))
  return `version: 1\nkeys:\n${entries.join('')}${extra}`
}

export function strategyPolicyYaml(): string {
  return readFileSync(join(REPO_ROOT, 'policies/strategy-approval.yaml'), 'utf8')
    .replaceAll('demo-strategy-owner', SIGNERS.owner.id)
    .replaceAll('demo-release-authority', SIGNERS.authority.id)
    .replaceAll('demo-risk-reviewer', SIGNERS.reviewer.id)
    .replaceAll('demo-observer', SIGNERS.observer.id)
    .replaceAll('demo-release-lane', SIGNERS.ci.id)
}

/** A repository on `main` with policies, keys (outside the tree) and the example inputs committed. */
export function strategyRepo(files: Record<string, string> = {}): { dir: string; keys: Record<Who, string> } {
  const dir = tempDir('re-strategy-')
  const keyDir = tempDir('re-strategy-keys-')
  const keys = {} as Record<Who, string>
  for (const [who, s] of Object.entries(SIGNERS) as [Who, (typeof SIGNERS)[Who]][]) {
    const path = join(keyDir, `${s.id}.key`)
    writeFileSync(path, describeNewKey(Buffer.alloc(32, s.seed), s.id, s.role, 0, 1).keyFileText, { mode: 0o600 })
    keys[who] = path
  }
  const all: Record<string, string> = {
    'policies/closure-packet.yaml': readFileSync(join(REPO_ROOT, 'policies/closure-packet.yaml'), 'utf8'),
    'policies/ack-ledger.yaml': readFileSync(join(REPO_ROOT, 'policies/ack-ledger.yaml'), 'utf8'),
    'policies/keyring.yaml': keyringYaml(),
    'policies/strategy-approval.yaml': strategyPolicyYaml(),
    ...Object.fromEntries(['ranking-snapshot', 'decision', 'forecast-band-snapshot', 'dashboard-extract', 'simulation-rules', 'fail-matrix-run'].map((n) => [`examples/strategy/${n}.json`, readFileSync(join(REPO_ROOT, `examples/strategy/${n}.json`), 'utf8')])),
    ...files
  }
  sh(dir, ['init', '-q', '-b', 'main'])
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  sh(dir, ['add', '-A'])
  sh(dir, ['commit', '-q', '-m', 'policies and inputs'])
  return { dir, keys }
}

/** The pin of each repository whose trust root was migrated (pinned()): every cli call there passes it. */
const PINS = new Map<string, string>()

export async function cli(dir: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const pin = PINS.get(dir)
  const env = pin === undefined ? {} : { RELEASE_EVIDENCE_TRUST_ROOT: pin }
  const code = await runCli(args, { io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t) }, cwd: dir, env, clock: () => Date.parse('2026-12-03T10:00:00Z') })
  return { code, out, err }
}

/** Two root keys from fixed seeds, outside any repository. */
export function rootKeyFiles(): { a: string; b: string } {
  const keyDir = tempDir('re-strategy-root-')
  const [a, b] = ['root-a', 'root-b'].map((name, i) => {
    const path = join(keyDir, `${name}.key`)
    writeFileSync(path, describeNewKey(Buffer.alloc(32, 40 + i), name, 'root', 0, 1).keyFileText, { mode: 0o600 })
    return path
  })
  return { a, b }
}

/**
 * Migrates the repository's keyring to a trust root (revision 1, two root keys) and pins it: from
 * then on every command of this suite in `dir` (verify, strategy build/sign/status/outcome)
 * takes keys, classes' keys and validity from the pinned chain, never from the working tree.
 */
export async function pinTrust(dir: string, at = '2026-12-02T09:00:00Z'): Promise<string> {
  const { a, b } = rootKeyFiles()
  const r = await cli(dir, ['trust', 'migrate', '--root-key', `root-a=${a}`, '--root-key', `root-b=${b}`, '--now', at, '--json'])
  if (r.code !== 0) throw new Error(`trust migrate failed: ${r.err}${r.out}`)
  const pin = (JSON.parse(r.out) as { pin: string }).pin
  PINS.set(dir, pin)
  return pin
}

/** strategyRepo() with its trust root migrated and pinned. */
export async function pinnedRepo(files: Record<string, string> = {}, at?: string): Promise<{ dir: string; keys: Record<Who, string>; pin: string }> {
  const repo = strategyRepo(files)
  return { ...repo, pin: await pinTrust(repo.dir, at) }
}

export function build(dir: string, keys: Record<Who, string>, now: string, extra: string[] = []) {
  return cli(dir, ['strategy', 'build', '--window', WINDOW, '--cluster', CLUSTER, ...INPUT_ARGS, '--key-file', keys.ci, '--now', now, ...extra])
}

export function sign(dir: string, keys: Record<Who, string>, who: Who, now: string, decision = 'approve', extra: string[] = []) {
  return cli(dir, ['strategy', 'sign', '--window', WINDOW, '--cluster', CLUSTER, '--decision', decision, '--recommend', decision === 'approve' ? 'go' : 'hold', '--confirm', 'all', '--key-file', keys[who], '--now', now, ...extra])
}

export function status(dir: string, now: string, json = true) {
  return cli(dir, ['strategy', 'status', '--window', WINDOW, '--now', now, ...(json ? ['--json'] : [])])
}

/** Commits files as they are (a hand-made, possibly forged, file) at a fixed instant. */
export function commitAt(dir: string, files: Record<string, string>, date: string, message = 'hand-made'): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  sh(dir, ['add', '-A'])
  execFileSync('git', ['commit', '-q', '-m', message], { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 'x', GIT_AUTHOR_EMAIL: 'x@example.test', GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@example.test', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } })
}

/** A signer bound to a test key at `at`, as the sign command binds one. */
export function signerOf(dir: string, keys: Record<Who, string>, who: Who, at: string): Signer {
  const keyring = parseKeyring(readFileSync(join(dir, 'policies/keyring.yaml'), 'utf8'), 'policies/keyring.yaml')
  return createSigner(parseSigningKey(readFileSync(keys[who], 'utf8'), who), keyring, Date.parse(at))
}

/** Signs any document of `kind` with a test key: the .json and .sig texts. */
export function signWith(kind: string, doc: Record<string, unknown>, signer: Signer): { json: string; sig: string } {
  const signed = signDocument(kind, { ...doc, signer: signerBlock(signer) }, signer)
  return { json: signed.json, sig: signed.sig }
}

export function packetAt(dir: string, revision = 'r001'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, `strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-${revision}.json`), 'utf8')) as Record<string, unknown>
}
