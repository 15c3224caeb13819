import { describe, expect, it } from 'vitest'
import { CLOSURE_FAMILY } from '../../src/closure/family.js'
import { formatRevision, parseRevision } from '../../src/store/family.js'
import { KEYED_FAMILY } from '../helpers/keyed-family.js'
import { parseStorePath, revisionPaths, seriesFor } from '../../src/store/layout.js'

const SAP = KEYED_FAMILY

describe('store layout', () => {
  it.each([
    [1, 'r001'],
    [42, 'r042'],
    [999, 'r999'],
    [1000, 'r1000'],
    [12345, 'r12345']
  ])('revision %i is labelled %s and parses back', (n, label) => {
    expect(formatRevision(n)).toBe(label)
    expect(parseRevision(label)).toBe(n)
  })

  it.each(['r1', 'r01', 'r0001', 'r000', 'r01000', 'R001', 'r001x', ''])('%j is not a revision label', (label) => {
    expect(parseRevision(label)).toBeNull()
  })

  it('names the three files of a closure revision exactly as the issue specifies', () => {
    const ref = { ...seriesFor(CLOSURE_FAMILY, 'RW 2026.11'), revision: 2 }
    expect(revisionPaths(CLOSURE_FAMILY, ref)).toEqual({
      packet: 'closure-packets/rw-2026-11/packet-r002.json',
      signature: 'closure-packets/rw-2026-11/packet-r002.sig',
      log: 'closure-packets/rw-2026-11/verify-r002.log'
    })
  })

  it('describes lesson 120 packets with the same machinery (keyed series)', () => {
    const ref = { ...seriesFor(SAP, 'rw-7', 'cluster-a-r001'), revision: 3 }
    const paths = revisionPaths(SAP, ref)
    expect(paths.packet).toBe('strategy-approval/rw-7/packets/SAP-cluster-a-r001-r003.json')
    expect(parseStorePath(SAP, paths.packet)).toEqual({ type: 'artifact', kind: 'packet', ref })
    expect(parseStorePath(SAP, paths.log)).toEqual({ type: 'artifact', kind: 'log', ref })
  })

  it.each([
    ['closure-packets/w1/packet-r001.json', { type: 'artifact', kind: 'packet', ref: { window: 'w1', revision: 1 } }],
    ['closure-packets/w1/packet-r1000.sig', { type: 'artifact', kind: 'signature', ref: { window: 'w1', revision: 1000 } }],
    ['closure-packets/w1/verify-r007.log', { type: 'artifact', kind: 'log', ref: { window: 'w1', revision: 7 } }],
    ['closure-packets/.gitkeep', { type: 'allowed' }],
    ['closure-packets/w1/packet-r1.json', { type: 'unknown', window: 'w1' }],
    ['closure-packets/w1/notes.txt', { type: 'unknown', window: 'w1' }],
    ['closure-packets/W1/packet-r001.json', { type: 'unknown' }],
    ['closure-packets/w1/sub/packet-r001.json', { type: 'unknown', window: 'w1' }],
    ['closure-packets/stray.json', { type: 'unknown' }],
    ['elsewhere/w1/packet-r001.json', { type: 'unknown' }]
  ])('classifies %s', (path, expected) => {
    expect(parseStorePath(CLOSURE_FAMILY, path)).toEqual(expected)
  })

  it.each([
    ['../x', 'path separator'],
    ['..', "contains '..'"],
    ['/etc/passwd', 'path separator'],
    ['a/b', 'path separator'],
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['w\u0000x', 'control character'],
    ['w\nx', 'control character'],
    ['x'.repeat(101), 'longer than'],
    ['---', 'no letters or digits']
  ])('refuses the window id %j before it touches a path', (raw, reason) => {
    expect(() => seriesFor(CLOSURE_FAMILY, raw)).toThrow(reason)
    try {
      seriesFor(CLOSURE_FAMILY, raw)
    } catch (err) {
      expect(err).toMatchObject({ code: 'ID_INVALID', exitCode: 2 })
    }
  })
})

describe('isCanonicalId agrees with normalizeId', () => {
  it.each(['rw-2026-11-a', 'a', 'a-b', 'a--b', '-a', 'a-', 'A', 'a_b', 'a.b', 'x'.repeat(100), 'x'.repeat(101), '', 'é'])('%j', async (id) => {
    const { checkId } = await import('../../src/util/ids.js')
    const { isCanonicalId } = await import('../../src/store/layout.js')
    const r = checkId(id)
    expect(isCanonicalId(id)).toBe(r.ok && r.id === id)
  })
})
