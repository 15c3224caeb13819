import { createHash } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closure } from '../../src/closure/index.js'
import type { FamilySpec } from '../../src/lesson.js'
import type { PacketInspector } from '../../src/store/inspect.js'
import { verifyRegistered, type StoreVerifyResult } from '../../src/store/verify-all.js'
import { KEYED_FAMILY } from '../helpers/keyed-family.js'
import { settingsFor } from '../helpers/settings.js'
import { cleanupTempDirs, commitAll, tempDir, writeFiles } from './git-fixture.js'
import { NOW, WINDOW, demoKeyFile, edit, exportClosure, storeRepo, pinOf } from './store-fixture.js'

// Two packet families in one repository: the closure family (real, signed with the demo key) and
// a keyed test family with an inspector of its own. verify proves both in one history scan: one
// `git log` and one `git cat-file --batch`, counted from git's own trace of every process it ran.

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex')

/** A test family's packet is JSON; its "envelope" names the packet's sha256, which is its digest. */
const testInspector: PacketInspector = {
  family: KEYED_FAMILY,
  fingerprint: 'two-families-test/1',
  now: Date.parse(NOW),
  inspect: ({ ref, packet, signature }) => {
    const p = JSON.parse(packet.toString('utf8')) as { id: string; supersedes: string | null }
    const digest = sha256(packet)
    const ok = signature?.toString('utf8') === `sig ${digest}\n`
    return {
      packetId: p.id,
      digest,
      supersedes: p.supersedes,
      windowId: ref.window,
      revision: ref.revision,
      signerId: 'test-signer',
      keyId: 'test-key',
      signedAt: '2026-11-23T12:00:00Z',
      findings: ok ? [] : [{ code: 'SIGNATURE_INVALID', field: '', detail: 'the envelope does not sign these bytes' }]
    }
  }
}
const TEST_SPEC: FamilySpec = { family: KEYED_FAMILY, inspector: async () => testInspector }
const SPECS: readonly FamilySpec[] = [...closure.families, TEST_SPEC]

const SAP = (rev: string, ext: string) => `strategy-approval/${WINDOW}/packets/SAP-canary-${rev}.${ext}`

/** Two revisions of one keyed series, committed by hand. */
function writeTestFamily(dir: string): void {
  const r1 = `${JSON.stringify({ id: 'SAP-1', supersedes: null })}\n`
  const r2 = `${JSON.stringify({ id: 'SAP-1', supersedes: sha256(r1) })}\n`
  writeFiles(dir, { [SAP('r001', 'json')]: r1, [SAP('r001', 'sig')]: `sig ${sha256(r1)}\n`, [`strategy-approval/${WINDOW}/packets/verify-SAP-canary-r001.log`]: 'ok\n' })
  commitAll(dir, 'test family r001')
  writeFiles(dir, { [SAP('r002', 'json')]: r2, [SAP('r002', 'sig')]: `sig ${sha256(r2)}\n`, [`strategy-approval/${WINDOW}/packets/verify-SAP-canary-r002.log`]: 'ok\n' })
  commitAll(dir, 'test family r002')
}

/** Runs verify with git's trace2 event stream on; returns the result and the git subcommands it started. */
async function traced(dir: string, cache: boolean): Promise<{ result: StoreVerifyResult; commands: string[] }> {
  const trace = join(tempDir('re-trace-'), 'events.json')
  const settings = { ...settingsFor({ now: NOW, 'trust-root': pinOf(dir) }, dir, ['verify']), verify: { allowDemoKey: true } }
  process.env['GIT_TRACE2_EVENT'] = trace
  let result: StoreVerifyResult
  try {
    result = await verifyRegistered(settings, SPECS, { cache })
  } finally {
    delete process.env['GIT_TRACE2_EVENT']
  }
  const commands = readFileSync(trace, 'utf8')
    .split('\n')
    .filter((l) => l.includes('"event":"start"'))
    .map((l) => (JSON.parse(l) as { argv: string[] }).argv)
    // the trust root's chain (read once per verify from the pin) is not the families' scan
    .filter((argv) => !argv.includes('trust/root'))
    .map(subcommand)
  rmSync(trace)
  return { result, commands }
}

/** The git subcommand of an argv, past `-c k=v` pairs and global flags; cat-file keeps its mode. */
function subcommand(argv: string[]): string {
  let i = 1
  while (i < argv.length && argv[i].startsWith('-')) i += argv[i] === '-c' ? 2 : 1
  const name = argv[i] ?? ''
  return name === 'cat-file' ? `cat-file ${argv[i + 1] ?? ''}` : name
}

let key: string
beforeAll(() => {
  key = demoKeyFile()
})
afterAll(cleanupTempDirs)

async function twoFamilies(): Promise<string> {
  const dir = storeRepo()
  expect((await exportClosure(dir, key)).code).toBe(0)
  writeTestFamily(dir)
  return dir
}

describe('verify: every registered family in one history scan', () => {
  it('a full proof of two families runs one git log and one cat-file --batch, with a result per family', async () => {
    const dir = await twoFamilies()
    const { result, commands } = await traced(dir, false)
    expect(result.blocking).toBe(0)
    // status (working tree), one log and one ls-tree for every family, one cat-file for their packets,
    // and the branch whose verified tip is remembered (symbolic-ref), however many families. The
    // pinned trust root adds its own reads: its log and ls-tree (filtered out above), one cat-file
    // for its revisions and rev-parse for the commit it is read at. The closure window's README
    // page, written in an earlier commit than HEAD, adds two cat-files: its folder at that commit,
    // and the bytes it is re-rendered from (store/view-check.ts). Trusted time looks for timestamp
    // tokens beside signatures (src/trust/timestamps.ts) in the same listing of the family roots.
    expect([...commands].filter((c) => c !== 'rev-parse').sort()).toEqual(['cat-file --batch', 'cat-file --batch', 'cat-file --batch', 'cat-file --batch', 'log', 'ls-tree', 'status', 'symbolic-ref'])
    expect(result.families).toEqual([
      { family: 'closure', root: 'closure-packets', windows: 1, revisions: 1, blocking: 0 },
      { family: 'strategy-approval', root: 'strategy-approval', windows: 1, revisions: 2, blocking: 0 }
    ])
    expect(result.windows.map((w) => w.series)).toEqual([WINDOW, `${WINDOW}/canary`])
    expect(result.stats).toMatchObject({ packets: 3, packets_inspected: 3, cache: 'off' })
  })

  it('a warm run reads nothing new; one more commit in one family is scanned once for both', async () => {
    const dir = await twoFamilies()
    expect((await traced(dir, true)).result.stats).toMatchObject({ cache: 'cold', packets_inspected: 3 })
    const warm = await traced(dir, true)
    expect(warm.result.stats).toMatchObject({ cache: 'warm', commits_scanned: 0, packets_inspected: 0 })
    expect(warm.commands.filter((c) => c === 'log')).toEqual([])
    const r3 = `${JSON.stringify({ id: 'SAP-1', supersedes: sha256(readFileSync(join(dir, SAP('r002', 'json')))) })}\n`
    writeFiles(dir, { [SAP('r003', 'json')]: r3, [SAP('r003', 'sig')]: `sig ${sha256(r3)}\n`, [`strategy-approval/${WINDOW}/packets/verify-SAP-canary-r003.log`]: 'ok\n' })
    commitAll(dir, 'test family r003')
    const next = await traced(dir, true)
    expect(next.result.blocking).toBe(0)
    expect(next.result.stats).toMatchObject({ cache: 'warm', commits_scanned: 1, packets_inspected: 1 })
    expect(next.commands.filter((c) => c === 'log')).toHaveLength(1)
    expect(next.commands.filter((c) => c === 'cat-file --batch')).toHaveLength(2)
    expect(next.result.families.map((f) => f.revisions)).toEqual([1, 3])
  })

  it('a tampered file in the second family fails verify with and without the cache', async () => {
    const dir = await twoFamilies()
    expect((await traced(dir, true)).result.blocking).toBe(0)
    edit(dir, SAP('r001', 'json'), (t) => t.replace('SAP-1', 'SAP-X'))
    commitAll(dir, 'tamper with the second family')
    for (const cache of [true, false, true]) {
      const { result } = await traced(dir, cache)
      expect(result.families.map((f) => [f.family, f.blocking > 0])).toEqual([
        ['closure', false],
        ['strategy-approval', true]
      ])
      expect([...new Set(result.defects.filter((d) => d.severity === 'blocking').map((d) => d.defect_code))].sort()).toEqual(['SIGNATURE_INVALID', 'STORE_CHAIN_BROKEN', 'STORE_FILE_REWRITTEN', 'STORE_PACKET_ID_MISMATCH'])
      expect(result.defects.find((d) => d.defect_code === 'STORE_FILE_REWRITTEN')!.file).toBe(SAP('r001', 'json'))
    }
  })
})
