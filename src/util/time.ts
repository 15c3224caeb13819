// One canonical UTC parser and formatter for every stage (lesson 113's pro tip). Timestamps are
// RFC 3339 with `Z` or an explicit offset; a naive or impossible timestamp is malformed, never
// guessed at, because SLA arithmetic on a guessed zone is silently wrong.

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/

export type ParsedTime = { ok: true; ms: number } | { ok: false; reason: string }

export function parseUtc(raw: string): ParsedTime {
  const text = raw.trim()
  const fast = parseCanonical(text)
  if (fast !== undefined) return { ok: true, ms: fast }
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
  const ms = daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis - offsetMin * 60_000
  return { ok: true, ms }
}

/** parseUtc for callers that only need the instant: epoch ms, or undefined for anything malformed. */
export function utcMs(raw: string): number | undefined {
  const fast = parseCanonical(raw)
  if (fast !== undefined) return fast
  const p = parseUtc(raw)
  return p.ok ? p.ms : undefined
}

// Arithmetic rather than Date.UTC, which reads years 0-99 as 1900-1999.
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return MONTH_DAYS[month - 1] + (month === 2 && leap ? 1 : 0)
}

// The fast path. Almost every timestamp the gate reads is already canonical
// (2026-11-23T14:05:00Z), and at 100,000 alarms the regex, the Number() calls and the Date
// objects of the general path were a measurable part of the run. This reads exactly that shape
// with arithmetic and leaves everything else (and every value it would reject) to the general
// path, which stays the one place that words a rejection.

const D0 = 48 // '0'
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Epoch ms of a valid `YYYY-MM-DDTHH:MM:SSZ`; undefined for anything else. */
function parseCanonical(t: string): number | undefined {
  return t.length === 20 ? canonicalAt(t, 0) : undefined
}

/**
 * parseCanonical for the 20 characters of `text` from `at`, so a CSV cell can be read where it
 * stands in the file's text: the gate reads about a million timestamps, and a string for each
 * was most of what reading them cost. The caller checks that the cell is 20 characters long.
 */
export function canonicalAt(t: string, at: number): number | undefined {
  if (t.charCodeAt(at + 4) !== 45 || t.charCodeAt(at + 7) !== 45 || t.charCodeAt(at + 10) !== 84) return undefined
  if (t.charCodeAt(at + 13) !== 58 || t.charCodeAt(at + 16) !== 58 || t.charCodeAt(at + 19) !== 90) return undefined
  const year = two(t, at) * 100 + two(t, at + 2)
  const month = two(t, at + 5)
  const day = two(t, at + 8)
  const hour = two(t, at + 11)
  const minute = two(t, at + 14)
  const second = two(t, at + 17)
  // two() is NaN for a non-digit, and every comparison with NaN is false: hence the negations.
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59)) return undefined
  if (day > daysInMonth(year, month)) return undefined
  return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000
}

/** The two-digit number at i, NaN unless both characters are ASCII digits. */
function two(t: string, i: number): number {
  const a = t.charCodeAt(i) - D0
  const b = t.charCodeAt(i + 1) - D0
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

// Formatting allocates a Date and two strings, and the gate formats the same instants over and
// over (deadlines, acks and targets fall on whole minutes). Remembering recent results makes
// repeats free and shares one string per instant; the bound keeps a long run from growing it.
const FORMATTED = new Map<number, string>()
const FORMATTED_MAX = 50_000

/** The one output form: 2026-11-23T14:05:00Z, with milliseconds only when they are not zero. */
export function formatUtc(ms: number): string {
  let text = FORMATTED.get(ms)
  if (text === undefined) {
    const iso = new Date(ms).toISOString()
    text = iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso
    if (FORMATTED.size >= FORMATTED_MAX) FORMATTED.clear()
    FORMATTED.set(ms, text)
  }
  return text
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
