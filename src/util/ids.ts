import { UserError } from '../errors.js'

// Ids arrive from CSV cells and inputs and end up in paths, commit messages and joins. They are
// checked in their raw form first (so `../x` is refused rather than normalized into something
// harmless-looking), then folded: casing and separators (space, _, ., :, -) are not identity.

export const MAX_ID_LENGTH = 100

export type IdCheck = { ok: true; id: string } | { ok: false; reason: string }

export function checkId(raw: string): IdCheck {
  const plain = plainId(raw)
  if (plain !== undefined) return { ok: true, id: plain }
  const text = raw.trim()
  if (text === '') return { ok: false, reason: 'is empty' }
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { ok: false, reason: 'contains a control character' }
  if (text.includes('/') || text.includes('\\')) return { ok: false, reason: 'contains a path separator' }
  if (text.includes('..')) return { ok: false, reason: "contains '..'" }
  if (text.length > MAX_ID_LENGTH) return { ok: false, reason: `is longer than ${MAX_ID_LENGTH} characters` }
  const id = fold(text)
  if (id === '') return { ok: false, reason: 'has no letters or digits' }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    return { ok: false, reason: 'may contain only letters, digits and the separators - _ . : space' }
  }
  if (DEVICES.has(id) || DEVICES.has(deviceBase(text))) return { ok: false, reason: DEVICE_REASON }
  return { ok: true, id }
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_.:-]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

// Windows opens a device, not a file, for these names in any directory, whatever their case and
// whatever follows a dot (nul.txt), and it drops trailing dots and spaces first (`CON. `). Ids
// become directories (closure-packets/<window>/), so a window named CON could be written on
// Linux and never checked out on Windows. COM0 and LPT0 are on Microsoft's list too.
const DEVICES = new Set(['con', 'prn', 'aux', 'nul', ...[...'0123456789'].flatMap((d) => [`com${d}`, `lpt${d}`])])
const DEVICE_REASON = 'is a reserved Windows device name (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9), which no Windows checkout can hold as a directory'

/** The part of a name Windows compares with its device names: before any dot or colon, without trailing spaces. */
function deviceBase(text: string): string {
  const name = text.trim().toLowerCase()
  const dot = name.search(/[.:]/)
  return (dot === -1 ? name : name.slice(0, dot)).trimEnd()
}

/** True when `raw`, as written or once folded into an id, names a Windows device (CON, nul.txt, `Com1. `). */
export function isWindowsDeviceName(raw: string): boolean {
  return DEVICES.has(deviceBase(raw)) || DEVICES.has(fold(raw.trim()))
}

/** What to do about an id that checkId refused, in the user's terms; `otherwise` for all but device names. */
export function idFix(raw: string, check: IdCheck, otherwise = `use letters, digits and - _ . (at most ${MAX_ID_LENGTH} characters)`): string {
  if (!check.ok && check.reason === DEVICE_REASON) {
    const id = fold(raw.trim())
    return `choose another id, e.g. '${id}-1' or 'rw-${id}'`
  }
  return otherwise
}

/**
 * The fast path for ids that are already nearly canonical (ALM-000123, rw-2026-11-a): ASCII
 * letters and digits joined by single hyphens, at most MAX_ID_LENGTH long. For those the checks
 * and folds below reduce to lower-casing, so they skip the regular expressions that were a
 * measurable cost at 100,000-row inputs. Anything else returns undefined and takes the full path.
 */
function plainId(raw: string): string | undefined {
  const n = raw.length
  if (n === 0 || n > MAX_ID_LENGTH) return undefined
  let upper = false
  let prevHyphen = true // a leading hyphen is not plain
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i)
    if (c === 45) {
      if (prevHyphen) return undefined
      prevHyphen = true
      continue
    }
    prevHyphen = false
    if (c >= 97 && c <= 122) continue
    if (c >= 48 && c <= 57) continue
    if (c >= 65 && c <= 90) {
      upper = true
      continue
    }
    return undefined
  }
  if (prevHyphen) return undefined // a trailing hyphen is not plain
  const id = upper ? raw.toLowerCase() : raw
  // a device name (con, com1) takes the full path, which refuses it
  return (n === 3 || n === 4) && DEVICES.has(id) ? undefined : id
}

/** checkId for callers that only need the id: the normalized id, or undefined when it is refused. */
export function idOf(raw: string): string | undefined {
  const plain = plainId(raw)
  if (plain !== undefined) return plain
  const r = checkId(raw)
  return r.ok ? r.id : undefined
}

/** Normalizes an id or throws a UserError naming what it was and how to fix it. */
export function normalizeId(raw: string, what: string): string {
  const r = checkId(raw)
  if (!r.ok) {
    throw new UserError({
      code: 'ID_INVALID',
      message: `${what} '${printable(raw)}' ${r.reason}; ${idFix(raw, r)}`
    })
  }
  return r.id
}

/**
 * Makes untrusted text safe to quote in a message: control characters shown as \xNN, and
 * zero-width and bidirectional formatting characters as \uNNNN, so `B\u200b-1` cannot pass
 * for `B-1` and a right-to-left override cannot reorder what the reader sees.
 */
export function printable(text: string, max = 120): string {
  // tested first: most text has none, and a replace builds a new string anyway
  const shown = UNSEEN.test(text) ? showUnseen(text) : text
  return shown.length > max ? `${shown.slice(0, max)}...` : shown
}

/**
 * Zero-width and bidirectional formatting characters: the soft hyphen, the Arabic letter mark,
 * the Mongolian vowel separator, zero-width space/non-joiner/joiner, LRM/RLM, the embeddings and
 * overrides (U+202A-E), word joiner and invisible operators (U+2060-4), the isolates (U+2066-9)
 * and the zero-width no-break space (U+FEFF).
 */
export const INVISIBLE_CHARS = '\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff'
const INVISIBLES = new RegExp(`[${INVISIBLE_CHARS}]`, 'g')

/** Only the invisible characters shown as \uNNNN (for destinations that handle control characters themselves). */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLES, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function showUnseen(text: string): string {
  return text.replace(UNSEENS, (c) => {
    const n = c.charCodeAt(0)
    return n < 0x80 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`
  })
}
// Control characters and the invisible ones above.
const UNSEEN = new RegExp(`[\\u0000-\\u001f\\u007f${INVISIBLE_CHARS}]`)
const UNSEENS = new RegExp(UNSEEN.source, 'g')
