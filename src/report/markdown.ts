import { mdCell, mdText } from './escape.js'

// Building blocks of the store's window pages (README.md under each window folder): tables whose
// cells are escaped text, relative links to files the tool itself named, and field reads that
// never throw on a document someone damaged. Every untrusted string goes through mdText/mdCell.

/** A GFM table; `rows` cells are markdown already escaped by the caller (mdCell, mdCode, mdLink). */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** A two-column table of field and value (the value is markdown already). */
export function mdFields(rows: readonly (readonly [string, string])[]): string {
  return mdTable(['field', 'value'], rows.map(([k, v]) => [mdText(k), v]))
}

const SAFE_TARGET = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/

/**
 * A relative link to a file next to the page (GitHub resolves it against the page's folder). The
 * target is a path the store composed from normalized ids; anything else is shown as text.
 */
export function mdLink(label: string, target: string): string {
  return SAFE_TARGET.test(target) && !target.split('/').includes('..') ? `[${mdText(label)}](${target})` : mdText(label)
}

/** A sha256 digest, short: the first 16 hex digits in code. */
export function mdDigest(digest: string | null): string {
  if (digest === null || digest === '') return ''
  return /^[0-9a-f]{16,64}$/.test(digest) ? `\`${digest.slice(0, 16)}…\`` : mdCell(digest, 80)
}

/** A field of a parsed document, as a string; '' when missing or not a string or number. */
export function field(doc: unknown, ...path: string[]): string {
  let at: unknown = doc
  for (const key of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, key)) return ''
    at = (at as Record<string, unknown>)[key]
  }
  return typeof at === 'string' ? at : typeof at === 'number' && Number.isFinite(at) ? String(at) : ''
}

/** A field that should be a list: the list, or [] */
export function list(doc: unknown, ...path: string[]): unknown[] {
  let at: unknown = doc
  for (const key of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, key)) return []
    at = (at as Record<string, unknown>)[key]
  }
  return Array.isArray(at) ? at : []
}

const parsed = new WeakMap<Buffer, Record<string, unknown> | null>()

/**
 * A JSON object, or null when the bytes are not one (a damaged file still renders, as unreadable).
 * Remembered per buffer: verify renders a window at every commit that wrote its page, from the
 * same packet buffers. Callers never modify the result.
 */
export function parseObject(bytes: Buffer): Record<string, unknown> | null {
  let v = parsed.get(bytes)
  if (v === undefined) parsed.set(bytes, (v = parseUncached(bytes)))
  return v
}

function parseUncached(bytes: Buffer): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(bytes.toString('utf8'))
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** Links to a revision's files (names relative to the page's folder; an absent file is left out). */
export function mdFileLinks(files: { packet: string; signature: string | null; log: string | null }): string {
  return [files.packet, files.signature, files.log]
    .filter((f): f is string => f !== null)
    .map((f) => mdLink(f.slice(f.lastIndexOf('/') + 1), f))
    .join(' · ')
}

/** The paragraph under every window page's title: what the page is, and what it is not. */
export function viewNotice(what: string): string {
  return (
    `This page is generated from the signed ${what} in this folder and rewritten with every revision. ` +
    'It shows what they say and nothing more: whether their signatures hold is for `release-evidence verify` to say, ' +
    'and verify fails when this page is not exactly their rendering.'
  )
}
