import { chmod, mkdir, open } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { ExitCode, UserError } from '../errors.js'
import { defineCommand } from '../lesson.js'
import { parseNow } from '../options.js'
import { normalizeId } from '../util/ids.js'
import { generateSeed } from './ed25519.js'
import { describeNewKey, keyringEntryYaml } from './keygen.js'


const DAY_MS = 86_400_000

export const keygenCommand = defineCommand({
  name: 'keygen',
  summary: 'Create an Ed25519 signing key pair and print its keyring entry',
  usage: `Usage: release-evidence keygen [--signer-id ID] [--role ROLE] [--out-dir DIR] [--valid-days N]

Writes a new private signing key to DIR/<signer-id>.key (mode 0600, never overwritten) and prints
the public key and the entry to add under keys: in policies/keyring.yaml. The private key is never
printed. Store the file's content as the RELEASE_EVIDENCE_SIGNING_KEY secret (or pass --key-file).

Options:
      --signer-id ID    who signs (default: release-lane)
      --role ROLE       the signer's role in the keyring (default: release-lane)
      --out-dir DIR     where to write the key (default: $HOME/.config/release-evidence/keys)
      --valid-days N    keyring validity from now (default: 365)
      --now TIME        valid_from_utc, RFC 3339 (default: the clock)
      --json            print the public key and entry as JSON
  -h, --help            this help`,
  options: {
    'signer-id': { type: 'string' },
    role: { type: 'string' },
    'out-dir': { type: 'string' },
    'valid-days': { type: 'string' },
    now: { type: 'string' },
    json: { type: 'boolean' }
  },
  common: false,
  async run({ values, ...ctx }) {
    const signerId = normalizeId(values['signer-id'] ?? 'release-lane', 'signer id')
    const role = normalizeId(values.role ?? 'release-lane', 'role')
    const days = Number(values['valid-days'] ?? '365')
    if (!Number.isInteger(days) || days < 1 || days > 3660) throw new UserError({ code: 'USAGE', message: `keygen: --valid-days '${values['valid-days']}' must be a whole number of days from 1 to 3660` })
    const now = parseNow(values.now, ctx.clock)
    const home = ctx.env.HOME ?? ctx.env.USERPROFILE
    if (values['out-dir'] === undefined && !home) throw new UserError({ code: 'USAGE', message: 'keygen: no HOME directory; pass --out-dir DIR' })
    const dir = values['out-dir'] !== undefined ? resolve(ctx.cwd, values['out-dir']) : join(home!, '.config', 'release-evidence', 'keys')

    const key = describeNewKey(generateSeed(), signerId, role, now, now + days * DAY_MS)
    const path = join(dir, `${signerId}.key`)
    await mkdir(dir, { recursive: true, mode: 0o700 })
    try {
      // 'wx' = O_CREAT|O_EXCL: never overwrite a key, and never follow a planted symlink.
      const handle = await open(path, 'wx', 0o600)
      try {
        await handle.writeFile(key.keyFileText, 'utf8')
      } finally {
        await handle.close()
      }
      await chmod(path, 0o600)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new UserError({ code: 'USAGE', message: `keygen: ${path} already exists; a key is never overwritten; choose another --signer-id or --out-dir`, cause: err })
      }
      throw err
    }
    const shown = relative(ctx.cwd, path) || path
    if (values.json) {
      ctx.io.stdout(`${JSON.stringify({ key_file: shown, key_id: key.keyId, keyring_entry: key.entry }, null, 2)}\n`)
    } else {
      ctx.io.stdout(
        [
          `Wrote private key ${shown} (mode 0600). Keep it secret: store its content as the`,
          'RELEASE_EVIDENCE_SIGNING_KEY secret, or pass --key-file. It is not shown here.',
          '',
          `Public key: ${key.publicKeyBase64}`,
          `Key id:     ${key.keyId}`,
          '',
          'Add this entry under keys: in policies/keyring.yaml:',
          '',
          keyringEntryYaml(key.entry)
        ].join('\n')
      )
    }
    return ExitCode.Pass
  }
})
