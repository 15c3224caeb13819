import { chmodSync, copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../src/cli/run.js'
import { trustRootFiles } from '../trust/helpers.js'
import { makeRepo, tempDir } from './git-fixture.js'

// A repository set up like a user's: the product's policies, three CSV inputs (three resolved
// alarms in one window by default, all go), and the demo signing key in a file outside the repo.

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const INPUTS = join(ROOT, '__tests__/fixtures/store/inputs')
export const WINDOW = 'rw-2026-11-a'
export const NOW = '2026-11-23T16:00:00Z'

/** Every shipped policy file (a new lesson's comes along without a line here). */
export function policyFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(ROOT, 'policies'))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => [`policies/${f}`, readFileSync(join(ROOT, 'policies', f), 'utf8')])
  )
}

export function inputFiles(dir = INPUTS): Record<string, string> {
  const read = (p: string) => readFileSync(join(dir, p), 'utf8')
  return { 'examples/alarms.csv': read('alarms.csv'), 'examples/ack-ledger.csv': read('ack-ledger.csv'), 'examples/evidence.csv': read('evidence.csv') }
}

/** The demo key, copied to a private (0600) file outside the repository. */
export function demoKeyFile(): string {
  const file = join(tempDir('re-key-'), 'signing-key.txt')
  copyFileSync(join(ROOT, 'examples/keys/DEMO-ONLY-signing-key.txt'), file)
  chmodSync(file, 0o600)
  return file
}

const pins = new Map<string, string>()

/**
 * A user's repository with its trust root (revision 1 of its keyring, signed by the suite's two
 * test root keys) in the first commit; verify() below pins it. With `trustRoot: false`, or a
 * keyring that does not load, the repository has no trust root and nothing is pinned.
 */
export function storeRepo(files: Record<string, string> = {}, { trustRoot = true }: { trustRoot?: boolean } = {}): string {
  const all: Record<string, string> = { 'README.md': '# store fixture\n', ...policyFiles(), ...inputFiles(), ...files }
  const root = trustRoot ? rootFor(all['policies/keyring.yaml']) : null
  const dir = makeRepo({ ...all, ...(root?.files ?? {}) })
  if (root) pins.set(dir, root.pin)
  return dir
}

function rootFor(keyring: string | undefined): ReturnType<typeof trustRootFiles> | null {
  if (keyring === undefined) return null
  try {
    return trustRootFiles(keyring)
  } catch {
    return null
  }
}

/** Records the pin of a repository a test built itself (e.g. with pinRepo). */
export function setPin(dir: string, pin: string): void {
  pins.set(dir, pin)
}

/** The pin of a repository made by storeRepo (or given to setPin); throws when it has none. */
export function pinOf(dir: string): string {
  const pin = pins.get(dir)
  if (pin === undefined) throw new Error(`no trust root pinned for ${dir}`)
  return pin
}

/** `--trust-root PIN` for a repository with a known pin, nothing otherwise. */
export function pinArgs(dir: string): string[] {
  const pin = pins.get(dir)
  return pin === undefined ? [] : ['--trust-root', pin]
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs the CLI in `dir`. A repository with a known pin (storeRepo, setPin) gets it as
 * $RELEASE_EVIDENCE_TRUST_ROOT unless `env` sets that variable itself (to undefined: unpinned).
 */
export async function cli(dir: string, argv: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    cwd: dir,
    env: 'RELEASE_EVIDENCE_TRUST_ROOT' in env || !pins.has(dir) ? env : { RELEASE_EVIDENCE_TRUST_ROOT: pins.get(dir), ...env },
    clock: () => Date.parse(NOW)
  })
  return { code, stdout, stderr }
}

export async function exportClosure(dir: string, keyFile: string, extra: string[] = []): Promise<CliRun> {
  return cli(dir, ['export-closure', '--now', NOW, '--key-file', keyFile, ...extra])
}

/** verify, pinned to the repository's trust root (unless `extra` gives --trust-root itself). */
export async function verify(dir: string, extra: string[] = []): Promise<CliRun> {
  const pin = extra.includes('--trust-root') ? [] : pinArgs(dir)
  return cli(dir, ['verify', '--allow-demo-key', '--now', NOW, ...pin, ...extra])
}

export function edit(dir: string, path: string, fn: (text: string) => string): void {
  const file = join(dir, path)
  writeFileSync(file, fn(readFileSync(file, 'utf8')))
}
