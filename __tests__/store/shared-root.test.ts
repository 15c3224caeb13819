import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { FamilySpec } from '../../src/lesson.js'
import type { PacketFamily } from '../../src/store/family.js'
import type { PacketInspector } from '../../src/store/inspect.js'
import { ownerOf } from '../../src/store/layout.js'
import { byRoot } from '../../src/store/verify-plan.js'
import { verifyRegistered, type StoreVerifyResult } from '../../src/store/verify-all.js'
import { settingsFor } from '../helpers/settings.js'
import { trustRootFiles } from '../trust/helpers.js'
import { cleanupTempDirs, commitAll, makeRepo, writeFiles } from './git-fixture.js'

// Several families under one root with disjoint names (how lesson 120 keeps packets, approvals,
// outcome reviews and divergence records under strategy-approval/{window}/): each path is owned,
// checked and reported by exactly one family, with and without the verify cache.

const NOW = '2026-11-23T16:00:00Z'
const family = (name: string, folder: string): PacketFamily => ({
  name,
  root: 'shared',
  payloadType: `application/vnd.test.${name}+json`,
  names: { packet: `${folder}/X-{key}-{rev}.json`, signature: `${folder}/X-{key}-{rev}.sig`, log: `logs/${folder}/X-{key}-{rev}.log` },
  keyed: true,
  allowed: ['README.md']
})
const A = family('fam-a', 'alpha')
const B = family('fam-b', 'beta')
const NESTED: PacketFamily = { ...family('fam-n', 'n'), root: 'shared/deeper' }

// the store's trust root (revision 1 of the product's keyring), committed first; verify pins it
const KEYRING = readFileSync(join(import.meta.dirname, '../../policies/keyring.yaml'), 'utf8')
const TRUST = trustRootFiles(KEYRING)

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex')
function inspector(f: PacketFamily): PacketInspector {
  return {
    family: f,
    fingerprint: `${f.name}/1`,
    now: Date.parse(NOW),
    inspect: ({ ref, packet, signature }) => {
      const p = JSON.parse(packet.toString('utf8')) as { id: string; supersedes: string | null }
      const digest = sha256(packet)
      return {
        packetId: p.id,
        digest,
        supersedes: p.supersedes,
        windowId: ref.window,
        revision: ref.revision,
        signerId: 's',
        keyId: 'k',
        signedAt: '2026-11-23T12:00:00Z',
        findings: signature?.toString('utf8') === `sig ${digest}\n` ? [] : [{ code: 'SIGNATURE_INVALID', field: '', detail: 'bad envelope' }]
      }
    }
  }
}
const SPECS: FamilySpec[] = [A, B].map((f) => ({ family: f, inspector: async () => inspector(f) }))

function revision(folder: string, key: string, rev: string, supersedes: string | null): Record<string, string> {
  const json = `${JSON.stringify({ id: `${folder}-${key}`, supersedes })}\n`
  return { [`shared/w1/${folder}/X-${key}-${rev}.json`]: json, [`shared/w1/${folder}/X-${key}-${rev}.sig`]: `sig ${sha256(json)}\n`, [`shared/w1/logs/${folder}/X-${key}-${rev}.log`]: 'ok\n' }
}

async function verify(dir: string, cache: boolean): Promise<StoreVerifyResult> {
  return verifyRegistered({ ...settingsFor({ now: NOW, 'trust-root': TRUST.pin }, dir, ['verify']), verify: { allowEmpty: true } }, SPECS, { cache })
}

afterAll(cleanupTempDirs)

describe('families sharing a root', () => {
  it.each([
    ['shared/w1/alpha/X-k-r001.json', 0],
    ['shared/w1/logs/alpha/X-k-r001.log', 0],
    ['shared/w1/beta/X-k-r001.sig', 1],
    ['shared/w1/logs/beta/X-k-r001.log', 1],
    ['shared/w1/gamma/X-k-r001.json', 0], // named by neither: the first family of the root reports it
    ['shared/README.md', 0],
    ['shared/deeper/w1/n/X-k-r001.json', 2], // the longest root wins
    ['elsewhere/w1/alpha/X-k-r001.json', -1],
    ['shared-not/w1/alpha/X-k-r001.json', -1], // a root is a folder: a longer name that starts with it is not inside
    ['shared', -1],
    ['shared/deeper/w1/n/README.md', 2] // a root only one family has is that family's, whatever the file
  ])('%s belongs to family #%i', (path, owner) => {
    expect(ownerOf([A, B, NESTED], path)).toBe(owner)
  })

  it('window folders go to every family of their root, files to their owner', () => {
    const items = [
      { path: 'shared/w1', type: 'tree' },
      { path: 'shared/README.md', type: 'blob' },
      { path: 'shared/w1/beta/X-k-r001.json', type: 'blob' }
    ]
    const split = byRoot([A, B], items, (i) => i.path, (i) => i.type === 'tree')
    expect(split.map((l) => l.map((i) => i.path))).toEqual([['shared/w1', 'shared/README.md'], ['shared/w1', 'shared/w1/beta/X-k-r001.json']])
  })

  it('verify checks each family on its own files, reports a stray or rewritten file once, and agrees with its cache', async () => {
    const dir = makeRepo({ 'README.md': '# fixture\n', 'policies/keyring.yaml': KEYRING, ...TRUST.files })
    writeFiles(dir, { ...revision('alpha', 'k', 'r001', null), ...revision('beta', 'k', 'r001', null) })
    commitAll(dir, 'both families r001')
    for (const cache of [true, false, true]) {
      const r = await verify(dir, cache)
      expect(r.blocking, JSON.stringify(r.defects)).toBe(0)
      expect(r.families.map((f) => [f.family, f.windows, f.revisions])).toEqual([
        ['fam-a', 1, 1],
        ['fam-b', 1, 1]
      ])
    }
    // one more revision in beta only: the warm run re-checks it and still sees alpha's window
    const beta1 = readFileSync(join(dir, 'shared/w1/beta/X-k-r001.json'))
    writeFiles(dir, revision('beta', 'k', 'r002', sha256(beta1)))
    commitAll(dir, 'beta r002')
    const warm = await verify(dir, true)
    expect(warm.blocking, JSON.stringify(warm.defects)).toBe(0)
    expect(warm.families.map((f) => f.revisions)).toEqual([1, 2])

    writeFiles(dir, { 'shared/w1/gamma/stray.txt': 'x\n', 'shared/w1/beta/X-k-r001.sig': 'sig tampered\n' })
    commitAll(dir, 'a stray file and a rewritten envelope')
    for (const cache of [true, false]) {
      const r = await verify(dir, cache)
      const codes = r.defects.map((d) => `${d.defect_code} ${d.file}`)
      expect(codes.filter((c) => c.startsWith('STORE_UNEXPECTED_FILE'))).toEqual(['STORE_UNEXPECTED_FILE shared/w1/gamma/stray.txt'])
      expect(codes.filter((c) => c.startsWith('STORE_FILE_REWRITTEN'))).toEqual(['STORE_FILE_REWRITTEN shared/w1/beta/X-k-r001.sig'])
      // the stray file is a warning of fam-a; the rewrite blocks fam-b only
      expect(r.defects.find((d) => d.defect_code === 'STORE_UNEXPECTED_FILE')?.severity).toBe('warning')
      expect(r.families.map((f) => [f.family, f.blocking > 0])).toEqual([
        ['fam-a', false],
        ['fam-b', true]
      ])
    }
  })
})
