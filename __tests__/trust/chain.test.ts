import { describe, expect, it } from 'vitest'
import { walkChain, type RevisionFiles } from '../../src/trust/chain.js'
import { payloadOf } from '../../src/trust/document.js'
import { keyringOfChain } from '../../src/trust/keyring.js'
import { ms } from '../signing/helpers.js'
import { rootDoc, signed, signerEntry } from './helpers.js'

const NOW = ms('2026-11-23T14:00:00Z')

// r1: root a+b (2 of 2); r2: root b+c (2 of 2); r3: root c+d (2 of 2).
const r1 = rootDoc({ version: 1, roots: ['root-a', 'root-b'], threshold: 2 })
const r2 = rootDoc({ version: 2, previous: r1, roots: ['root-b', 'root-c'], threshold: 2 })
const r3 = rootDoc({ version: 3, previous: r2, roots: ['root-c', 'root-d'], threshold: 2, keys: [signerEntry('lane'), signerEntry('other', { role: 'auditor' })] })
const pin = payloadOf(r1).sha256

function chainOf(revs: [number, RevisionFiles][], p: string | null = pin) {
  return walkChain(new Map(revs), p, NOW)
}

describe('the trust-root chain from the pin', () => {
  it('trusts three revisions, each signed by a threshold of the previous root and of its own', () => {
    const c = chainOf([
      [1, signed(r1, ['root-a', 'root-b'])],
      [2, signed(r2, ['root-a', 'root-b', 'root-c'])],
      [3, signed(r3, ['root-b', 'root-c', 'root-d'])]
    ])
    expect(c.revisions.map((r) => [r.revision, r.trusted, r.findings])).toEqual([
      [1, true, []],
      [2, true, []],
      [3, true, []]
    ])
    expect(c.inForce?.revision).toBe(3)
    expect(c.rootProblem).toBeNull()
    expect(keyringOfChain(c).keys.map((k) => k.signerId)).toEqual(['lane', 'other'])
  })

  const old1 = rootDoc({ version: 2, previous: r1, roots: ['root-c', 'root-d'], threshold: 2 })
  const twice = rootDoc({ version: 2, previous: r1, roots: ['root-a', 'root-b'], threshold: 2 })
  const skipped = rootDoc({ version: 3, previous: r1, roots: ['root-a', 'root-b'], threshold: 2 })
  const badLink = { ...rootDoc({ version: 2, previous: r1, roots: ['root-a', 'root-b'], threshold: 2 }), previous: { version: 1, sha256: '0'.repeat(64) } }
  const unrevoke = (() => {
    const revoked = rootDoc({ version: 2, previous: r1, roots: ['root-a', 'root-b'], threshold: 2, keys: [signerEntry('lane', { revoked_at_utc: '2026-11-21T00:00:00Z' })] })
    const withdrawn = rootDoc({ version: 3, previous: revoked, roots: ['root-a', 'root-b'], threshold: 2, keys: [signerEntry('lane')] })
    return { revoked, withdrawn }
  })()
  const other1 = rootDoc({ version: 1, roots: ['root-c', 'root-d'], threshold: 2 })

  it.each<[string, [number, RevisionFiles][], number, string]>([
    ['rotation signed by one of two old root keys (threshold 2)', [[1, signed(r1, ['root-a', 'root-b'])], [2, signed(old1, ['root-a', 'root-c', 'root-d'])]], 2, 'TRUST_ROOT_THRESHOLD_UNMET'],
    ['the same old root key signing twice counts once', [[1, signed(r1, ['root-a', 'root-b'])], [2, signed(twice, ['root-a', 'root-a'])]], 2, 'TRUST_ROOT_THRESHOLD_UNMET'],
    ['new root keys alone cannot rotate (no old-root threshold)', [[1, signed(r1, ['root-a', 'root-b'])], [2, signed(old1, ['root-c', 'root-d'])]], 2, 'TRUST_ROOT_THRESHOLD_UNMET'],
    ['revision 1 below its own threshold', [[1, signed(r1, ['root-a'])]], 1, 'TRUST_ROOT_THRESHOLD_UNMET'],
    ['a version skip (r001 then r003)', [[1, signed(r1, ['root-a', 'root-b'])], [3, signed(skipped, ['root-a', 'root-b'])]], 3, 'TRUST_ROOT_VERSION_INVALID'],
    ['a previous link that is not r001\'s sha256', [[1, signed(r1, ['root-a', 'root-b'])], [2, signed(badLink, ['root-a', 'root-b'])]], 2, 'TRUST_ROOT_VERSION_INVALID'],
    ['a revocation withdrawn by a later revision', [[1, signed(r1, ['root-a', 'root-b'])], [2, signed(unrevoke.revoked, ['root-a', 'root-b'])], [3, signed(unrevoke.withdrawn, ['root-a', 'root-b'])]], 3, 'TRUST_ROOT_INVALID'],
    ['another root of trust in place of the pinned one', [[1, signed(other1, ['root-c', 'root-d'])]], 1, 'TRUST_ROOT_PIN_MISMATCH']
  ])('%s fails', (_name, revs, failing, code) => {
    const c = chainOf(revs)
    const r = c.revisions.find((x) => x.revision === failing)!
    expect(r.trusted).toBe(false)
    expect(r.findings.map((f) => f.code)).toContain(code)
    expect(c.inForce?.revision ?? 0).toBeLessThan(failing)
  })

  it('does not trust anything after a revision that fails', () => {
    const c = chainOf([[1, signed(r1, ['root-a', 'root-b'])], [2, signed(r2, ['root-a', 'root-c'])], [3, signed(r3, ['root-b', 'root-c', 'root-d'])]])
    expect(c.revisions.map((r) => r.findings.map((f) => f.code))).toEqual([[], ['TRUST_ROOT_THRESHOLD_UNMET', 'TRUST_ROOT_THRESHOLD_UNMET'], ['TRUST_ROOT_UNTRUSTED']])
    expect(c.inForce?.revision).toBe(1)
  })

  it('reports a pinned root that is not there, and trusts no key', () => {
    const c = chainOf([])
    expect(c.rootProblem?.code).toBe('TRUST_ROOT_MISSING')
    expect(keyringOfChain(c).keys).toEqual([])
  })

  it('ends a revoked key\'s validity at its revocation instant', () => {
    const rev = rootDoc({ version: 2, previous: r1, roots: ['root-a', 'root-b'], threshold: 2, keys: [signerEntry('lane', { revoked_at_utc: '2026-11-21T00:00:00Z', revocation_reason: 'laptop lost' })] })
    const c = chainOf([[1, signed(r1, ['root-a', 'root-b'])], [2, signed(rev, ['root-a', 'root-b'])]])
    const k = keyringOfChain(c)
    expect(k.keys[0].validUntil).toBe(ms('2026-11-21T00:00:00Z'))
    expect(k.revocations).toEqual([expect.objectContaining({ signerId: 'lane', at: ms('2026-11-21T00:00:00Z'), reason: 'laptop lost' })])
  })
})
