// One canonical UTC parser and formatter for every stage (lesson 113's pro tip). Timestamps are
// RFC 3339 with `Z` or an explicit offset; a naive or impossible timestamp is malformed, never
// guessed at, because SLA arithmetic on a guessed zone is silently wrong.

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/

export type ParsedTime = { ok: true; ms: number } | { ok: false; reason: string }

export function parseUtc(raw: string): ParsedTime {
  const text = raw.trim()
  if (text === '') return { ok: false, reason: 'empty' }
  const m = RFC3339.exec(text)
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) {
      return { ok: false, reason: `'${raw}' has no time zone; add Z or an offset such as +00:00` }
    }
    return { ok: false, reason: `'${raw}' is not an RFC 3339 timestamp (expected e.g. 2026-11-23T14:05:00Z)` }
  }
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s)
  if (month < 1 || month > 12) return { ok: false, reason: `'${raw}' has month ${mo}` }
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: `'${raw}' is not a calendar date` }
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `'${raw}' is not a valid time of day` }
  let offsetMin = 0
  if (sign) {
    const ohn = Number(oh)
    const omn = Number(om)
    if (ohn > 23 || omn > 59) return { ok: false, reason: `'${raw}' has an impossible offset` }
    offsetMin = (sign === '-' ? -1 : 1) * (ohn * 60 + omn)
  }
  const millis = frac ? Math.floor(Number(`0${frac}`) * 1000) : 0
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMin * 60_000
  return { ok: true, ms }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The one output form: 2026-11-23T14:05:00Z, with milliseconds only when they are not zero. */
export function formatUtc(ms: number): string {
  const iso = new Date(ms).toISOString()
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso
}

/** True when text is already in the canonical UTC form (used by packet checks, C5). */
export function isCanonicalUtc(text: string): boolean {
  const p = parseUtc(text)
  return p.ok && formatUtc(p.ms) === text
}

/** Parses the injected `now`; the clock is read only when nothing was injected. */
export function resolveNow(raw: string | undefined, clock: () => number = Date.now): number {
  if (raw === undefined || raw.trim() === '') return clock()
  const p = parseUtc(raw)
  if (!p.ok) throw new Error(`now: ${p.reason}`)
  return p.ms
}
