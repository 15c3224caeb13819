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
    ['0099-06-01T00:00:00Z', '0099-06-01T00:00:00Z'],
    ['0099-06-01T02:00:00+02:00', '0099-06-01T00:00:00Z'],
    ['2000-02-29T12:00:00Z', '2000-02-29T12:00:00Z'],
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

// parseUtc reads the canonical shape with arithmetic and everything else with a regex and
// Date.UTC. The two must agree: here every canonical-looking string of a seeded sample, valid or
// not (month 0 and 13, day 0 and 32, Feb 29 around the century rules, hour 24, second 60), is
// checked against what the Date object says about the same fields.
describe('parseUtc fast path agrees with Date.UTC', () => {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0')
  const cases: string[] = []
  let s = 7
  const rand = (n: number): number => (s = (s * 1103515245 + 12345) % 2147483648) % n
  const years = [100, 1600, 1900, 1970, 1999, 2000, 2024, 2025, 2026, 2100, 2400, 9999]
  for (let i = 0; i < 4000; i++) {
    const y = i < 2000 ? years[rand(years.length)] : 100 + rand(9900)
    cases.push(`${pad(y, 4)}-${pad(rand(14))}-${pad(rand(33))}T${pad(rand(26))}:${pad(rand(62))}:${pad(rand(62))}Z`)
  }
  for (const y of years) for (const d of [28, 29, 30]) cases.push(`${pad(y, 4)}-02-${d}T00:00:00Z`)

  it('accepts exactly the calendar-valid ones, at the instant Date.UTC gives', () => {
    for (const text of cases) {
      const [y, mo, d, h, mi, sec] = text.match(/\d+/g)!.map(Number)
      const ms = Date.UTC(y, mo - 1, d, h, mi, sec)
      const back = new Date(ms)
      const valid = h < 24 && mi < 60 && sec < 60 && back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d
      const p = parseUtc(text)
      expect({ text, ok: p.ok }).toEqual({ text, ok: valid })
      if (p.ok) expect({ text, ms: p.ms, formatted: formatUtc(p.ms) }).toEqual({ text, ms, formatted: text })
    }
  })

  it.each(['2026-1a-23T14:05:00Z', '2026-11-2 T14:05:00Z', '2026-11-23T14:05:0-Z', '2026/11/23T14:05:00Z', '2026-11-23T14:05:00z', '2026-11-23t14:05:00Z'])(
    'leaves %j to the general path, which words the verdict',
    (text) => {
      const p = parseUtc(text)
      const general = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})([Zz])$/.test(text)
      expect(p.ok).toBe(general)
    }
  )
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
