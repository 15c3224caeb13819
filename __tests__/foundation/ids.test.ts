import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { checkId, idOf, normalizeId } from '../../src/util/ids.js'

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

// checkId takes a shortcut for ids that are letters and digits joined by single hyphens
// (ALM-000123); everything else goes through the full rules. Both must give what the rules say,
// written out here once more as the reference.
describe('checkId shortcut agrees with the full rules', () => {
  const reference = (raw: string): string | undefined => {
    const text = raw.trim()
    if (text === '' || /[\u0000-\u001f\u007f/\\]/.test(raw) || text.includes('..') || text.length > 100) return undefined
    const id = text.toLowerCase().replace(/[\s_.:-]+/g, '-').replace(/^-+|-+$/g, '')
    return /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : undefined
  }
  let s = 11
  const rand = (n: number): number => (s = (s * 1103515245 + 12345) % 2147483648) % n
  const alphabet = ['a', 'Z', '7', '-', '-', '_', '.', ':', ' ', '/', 'é', 'İ', '\t']
  const samples = ['ALM-000123', 'rw-2026-11-a', 'a', '-a', 'a-', 'a--b', 'A'.repeat(100), 'A'.repeat(101), 'x-'.repeat(50) + 'y']
  for (let i = 0; i < 3000; i++) samples.push(Array.from({ length: 1 + rand(8) }, () => alphabet[rand(alphabet.length)]).join(''))

  it('normalizes or refuses every sample exactly as the rules do', () => {
    for (const raw of samples) {
      const r = checkId(raw)
      expect({ raw, id: r.ok ? r.id : undefined }).toEqual({ raw, id: reference(raw) })
      expect({ raw, id: idOf(raw) }).toEqual({ raw, id: reference(raw) })
    }
  })
})
