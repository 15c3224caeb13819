import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { readCsvFile } from '../../src/csv/read.js'
import { loadPolicyFile } from '../../src/policy/load.js'
import { readSigningSecret } from '../../src/signing/keys.js'

// The three readers of a user's file share src/util/read-input.ts: a missing file is
// INPUT_MISSING, any other read failure (here a directory: EISDIR) INPUT_UNREADABLE, each with the
// reader's own message naming the file and the fix.

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 're-read-input-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

async function failure(p: Promise<unknown>): Promise<[string, string]> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(UserError)
  return [(err as UserError).code, (err as UserError).message]
}

describe('reading a user file that is missing or unreadable', () => {
  it('CSV input', async () => {
    const opts = { file: 'examples/alarms.csv', requiredColumns: [] }
    expect(await failure(readCsvFile(join(dir, 'nope.csv'), opts))).toEqual(['INPUT_MISSING', 'examples/alarms.csv: file not found; check the path input or create the file'])
    expect(await failure(readCsvFile(dir, opts))).toEqual(['INPUT_UNREADABLE', 'examples/alarms.csv: cannot read (EISDIR)'])
  })

  it('policy file', async () => {
    expect(await failure(loadPolicyFile('ack-ledger', join(dir, 'nope.yaml'), 'policies/ack-ledger.yaml'))).toEqual([
      'INPUT_MISSING',
      'policies/ack-ledger.yaml: cannot read the ack-ledger policy (ENOENT); pass its path or restore it from policies/'
    ])
    expect(await failure(loadPolicyFile('keyring', dir, 'policies/keyring.yaml'))).toEqual([
      'INPUT_UNREADABLE',
      'policies/keyring.yaml: cannot read the keyring policy (EISDIR); pass its path or restore it from policies/'
    ])
  })

  it('signing key file', async () => {
    const missing = join(dir, 'nope.key')
    expect(await failure(readSigningSecret({ keyFile: missing, env: {} }))).toEqual([
      'INPUT_MISSING',
      `cannot read the key file ${missing} (ENOENT); pass the path 'release-evidence keygen' printed`
    ])
    expect(await failure(readSigningSecret({ keyFile: dir, env: {} }))).toEqual([
      'INPUT_UNREADABLE',
      `cannot read the key file ${dir} (EISDIR); pass the path 'release-evidence keygen' printed`
    ])
  })
})
