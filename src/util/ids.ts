import { UserError } from '../errors.js'

// Ids arrive from CSV cells and inputs and end up in paths, commit messages and joins. They are
// checked in their raw form first (so `../x` is refused rather than normalized into something
// harmless-looking), then folded: casing and separators (space, _, ., :, -) are not identity.

export const MAX_ID_LENGTH = 100

export type IdCheck = { ok: true; id: string } | { ok: false; reason: string }

export function checkId(raw: string): IdCheck {
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
  // eslint-disable-next-line no-control-regex
  const shown = text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
  return shown.length > max ? `${shown.slice(0, max)}...` : shown
}
