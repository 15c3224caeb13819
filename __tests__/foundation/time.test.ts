import { describe, expect, it } from 'vitest'
import { formatUtc, isCanonicalUtc, parseUtc, resolveNow } from '../../src/util/time.js'

describe('parseUtc', () => {
  it.each([
    ['2026-11-23T14:05:00Z', '2026-11-23T14:05:00Z'],
    ['2026-11-23t14:05:00z', '2026-11-23T14:05:00Z'],
    ['2026-11-23T16:05:00+02:00', '2026-11-23T14:05:00Z'],
    ['2026-11-23T09:35:00-04:30', '2026-11-23T14:05:00Z'],
    ['2026-11-23T14:05:00.250Z', '2026-11-23T14:05:00.250Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00Z'],
    ['  2026-11-23T14:05:00Z  ', '2026-11-23T14:05:00Z']
  ])('normalizes %s to %s', (raw, expected) => {
    const p = parseUtc(raw)
    expect(p.ok).toBe(true)
    if (p.ok) expect(formatUtc(p.ms)).toBe(expected)
  })

  it.each([
    ['2026-11-23T14:05:00', /no time zone/],
    ['2026-11-23 14:05', /no time zone/],
    ['2026-02-30T00:00:00Z', /not a calendar date/],
    ['2025-02-29T00:00:00Z', /not a calendar date/],
    ['2026-13-01T00:00:00Z', /month 13/],
    ['2026-11-23T24:00:00Z', /time of day/],
    ['2026-11-23T10:00:00+25:00', /offset/],
    ['yesterday', /not an RFC 3339 timestamp/],
    ['1700000000', /not an RFC 3339 timestamp/],
    ['', /empty/]
  ])('rejects %j as malformed', (raw, reason) => {
    const p = parseUtc(raw)
    expect(p.ok).toBe(false)
    if (!p.ok) expect(p.reason).toMatch(reason)
  })
})

describe('isCanonicalUtc', () => {
  it('accepts only the one output form', () => {
    expect(isCanonicalUtc('2026-11-23T14:05:00Z')).toBe(true)
    expect(isCanonicalUtc('2026-11-23T16:05:00+02:00')).toBe(false)
    expect(isCanonicalUtc('2026-11-23T14:05:00.000Z')).toBe(false)
  })
})

describe('resolveNow', () => {
  it('uses the injected instant and never the clock when one is given', () => {
    const clock = (): number => {
      throw new Error('clock read')
    }
    expect(formatUtc(resolveNow('2026-11-23T14:00:00Z', clock))).toBe('2026-11-23T14:00:00Z')
  })

  it('falls back to the clock only when nothing was injected', () => {
    expect(resolveNow(undefined, () => 42)).toBe(42)
    expect(resolveNow('  ', () => 7)).toBe(7)
  })
})
