import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { checkId, idOf, isWindowsDeviceName, normalizeId } from '../../src/util/ids.js'
import { CLOSURE_FAMILY } from '../../src/closure/family.js'
import { isCanonicalId, parseStorePath, seriesFor } from '../../src/store/layout.js'

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

// A window id becomes a directory (closure-packets/<id>/). On Windows a checkout cannot hold a
// directory named after a device, whatever its case, extension or trailing dots and spaces: the
// path opens the device instead. Such an id is refused like any other unusable id.
describe('Windows device names', () => {
  it.each([
    'CON', 'con', 'Con', 'PRN', 'aux', 'NUL', 'nul.txt', 'NUL.tar.gz', 'con.', 'CON. .', ' CON ', 'aux .txt', 'con:', 'con_', '-nul-',
    'COM1', 'com9', 'COM0', 'LPT1', 'lpt9.log', 'Lpt5. ', 'LPT0'
  ])('refuses %j as a device name', (raw) => {
    const r = checkId(raw)
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('reserved Windows device name') })
    expect(idOf(raw)).toBeUndefined()
    expect(isWindowsDeviceName(raw)).toBe(true)
  })

  it.each([
    ['console', 'console'],
    ['con-1', 'con-1'],
    ['con x', 'con-x'],
    ['nul-txt', 'nul-txt'],
    ['com10', 'com10'],
    ['lpt', 'lpt'],
    ['com', 'com'],
    ['aux2', 'aux2'],
    ['null', 'null'],
    ['rw-con', 'rw-con'],
    ['connect.txt', 'connect-txt']
  ])('accepts %j, which only looks like one', (raw, id) => {
    expect(checkId(raw)).toEqual({ ok: true, id })
    expect(idOf(raw)).toBe(id)
    expect(isWindowsDeviceName(raw)).toBe(false)
  })

  it('names the field and the fix in its message', () => {
    const err = (() => {
      try {
        seriesFor(CLOSURE_FAMILY, 'nul.txt')
      } catch (e) {
        return e
      }
    })()
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).code).toBe('ID_INVALID')
    expect((err as UserError).message).toBe(
      "release_window_id 'nul.txt' is a reserved Windows device name (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9), which no Windows checkout can hold as a directory; choose another id, e.g. 'nul-txt-1' or 'rw-nul-txt'"
    )
  })

  it('is never a stored window either', () => {
    expect(isCanonicalId('con')).toBe(false)
    expect(isCanonicalId('com1')).toBe(false)
    expect(isCanonicalId('console')).toBe(true)
    expect(parseStorePath(CLOSURE_FAMILY, 'closure-packets/aux/packet-r001.json')).toEqual({ type: 'unknown' })
  })
})

// checkId takes a shortcut for ids that are letters and digits joined by single hyphens
// (ALM-000123); everything else goes through the full rules. Both must give what the rules say,
// written out here once more as the reference.
describe('checkId shortcut agrees with the full rules', () => {
  const reference = (raw: string): string | undefined => {
    const text = raw.trim()
    // eslint-disable-next-line no-control-regex -- the reference model rejects control characters too
    if (text === '' || /[\u0000-\u001f\u007f/\\]/.test(raw) || text.includes('..') || text.length > 100) return undefined
    const id = text.toLowerCase().replace(/[\s_.:-]+/g, '-').replace(/^-+|-+$/g, '')
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return undefined
    const devices = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/
    return devices.test(id) || devices.test(text.toLowerCase().split(/[.:]/)[0].trimEnd()) ? undefined : id
  }
  let s = 11
  const rand = (n: number): number => (s = (s * 1103515245 + 12345) % 2147483648) % n
  const alphabet = ['a', 'Z', '7', '-', '-', '_', '.', ':', ' ', '/', 'é', 'İ', '\t']
  const samples = ['ALM-000123', 'rw-2026-11-a', 'CON', 'com1', 'Lpt9', 'nul-1', 'aux.x', 'a', '-a', 'a-', 'a--b', 'A'.repeat(100), 'A'.repeat(101), 'x-'.repeat(50) + 'y']
  for (let i = 0; i < 3000; i++) samples.push(Array.from({ length: 1 + rand(8) }, () => alphabet[rand(alphabet.length)]).join(''))

  it('normalizes or refuses every sample exactly as the rules do', () => {
    for (const raw of samples) {
      const r = checkId(raw)
      expect({ raw, id: r.ok ? r.id : undefined }).toEqual({ raw, id: reference(raw) })
      expect({ raw, id: idOf(raw) }).toEqual({ raw, id: reference(raw) })
    }
  })
})
