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
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { ok: false, reason: 'contains a control character' }
  if (text.includes('/') || text.includes('\\')) return { ok: false, reason: 'contains a path separator' }
  if (text.includes('..')) return { ok: false, reason: "contains '..'" }
  if (text.length > MAX_ID_LENGTH) return { ok: false, reason: `is longer than ${MAX_ID_LENGTH} characters` }
  const id = text
    .toLowerCase()
    .replace(/[\s_.:-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (id === '') return { ok: false, reason: 'has no letters or digits' }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    return { ok: false, reason: 'may contain only letters, digits and the separators - _ . : space' }
  }
  return { ok: true, id }
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
  return upper ? raw.toLowerCase() : raw
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
      message: `${what} '${printable(raw)}' ${r.reason}; use letters, digits and - _ . (at most ${MAX_ID_LENGTH} characters)`
    })
  }
  return r.id
}

/** Makes untrusted text safe to quote in a message (control characters shown as escapes). */
export function printable(text: string, max = 120): string {
  // tested first: most text has no control character, and a replace builds a new string anyway
  const shown = CONTROL.test(text) ? text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`) : text
  return shown.length > max ? `${shown.slice(0, max)}...` : shown
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f]/g
