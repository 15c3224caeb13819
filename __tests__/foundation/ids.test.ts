import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { checkId, normalizeId } from '../../src/util/ids.js'

describe('normalizeId', () => {
  it.each([
    ['RW-2026-11-23', 'rw-2026-11-23'],
    ['rw_2026_11_23', 'rw-2026-11-23'],
    ['RW 2026.11.23', 'rw-2026-11-23'],
    ['ALM:0042', 'alm-0042'],
    ['  alm--7  ', 'alm-7']
  ])('folds casing and separators: %j -> %s', (raw, id) => {
    expect(normalizeId(raw, 'alarm_id')).toBe(id)
  })

  it.each([
    ['../x', /path separator/],
    ['..', /'\.\.'/],
    ['/etc/passwd', /path separator/],
    ['C:\\win', /path separator/],
    ['', /empty/],
    ['   ', /empty/],
    ['a\u0000b', /control character/],
    ['line\nbreak', /control character/],
    ['x'.repeat(101), /longer than 100/],
    ['---', /no letters or digits/],
    ['rw$1', /may contain only/],
    ['rw\u00e9', /may contain only/]
  ])('refuses %j before it can touch a path', (raw, reason) => {
    const r = checkId(raw)
    expect(r.ok).toBe(false)
    expect(() => normalizeId(raw, 'release_window_id')).toThrow(UserError)
    if (!r.ok) expect(r.reason).toMatch(reason)
  })

  it('names the field and the rule in its message', () => {
    try {
      normalizeId('../x', 'release_window_id')
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(UserError)
      expect((err as UserError).code).toBe('ID_INVALID')
      expect((err as UserError).message).toContain("release_window_id '../x'")
    }
  })
})
