import { isCanonicalUtc } from '../util/time.js'
import type { ClosureCode } from './codes.js'
import { signatureDigest } from './digest.js'
import type { LoadedClosurePolicy } from './policy.js'
import { formatRevision, parseRevision } from '../util/revision.js'
import { INCIDENT_WINDOW_SINCE } from './types.js'

// Reading a packet back (verify, review, fail matrix C1-C5): the packet's own contract, checked on
// untrusted JSON. Everything is reported, nothing thrown; fields are JSON pointers into the packet.

export interface PacketFinding {
  code: ClosureCode
  /** JSON pointer into the packet, '' for the whole packet */
  field: string
  detail: string
}

type Obj = Record<string, unknown>

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const filled = (v: unknown): boolean => (typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null)

export function checkPacket(doc: unknown, policy: LoadedClosurePolicy): PacketFinding[] {
  const out: PacketFinding[] = []
  const add = (code: ClosureCode, field: string, detail: string) => out.push({ code, field, detail })
  if (!isObj(doc)) {
    add('PACKET_FIELD_MISSING', '', 'the packet is not a JSON object')
    return out
  }
  const p = policy.data

  for (const f of p.required_packet_fields) {
    if (f === 'signature_digest') continue
    // supersedes is null on a first revision: required means present, not non-null
    if (f === 'supersedes' ? !(f in doc) : !filled(doc[f])) add('PACKET_FIELD_MISSING', `/${f}`, `required field ${f} is missing or empty`)
  }
  checkDigest(doc, add)
  checkRevision(doc, add)
  checkIncidentWindow(doc, add)
  checkTimestamps(doc, '', add)

  const rows = doc.rows
  if (rows !== undefined && !Array.isArray(rows)) add('PACKET_FIELD_MISSING', '/rows', 'rows is not a list')
  if (!Array.isArray(rows)) return out
  let previous: string | undefined
  rows.forEach((row, i) => {
    const at = `/rows/${i}`
    if (!isObj(row)) {
      add('PACKET_FIELD_MISSING', at, 'row is not an object')
      return
    }
    for (const f of p.required_row_fields) if (!filled(row[f])) add('PACKET_FIELD_MISSING', `${at}/${f}`, `required row field ${f} is missing or empty`)
    const id = typeof row.alarm_id === 'string' ? row.alarm_id : ''
    if (previous !== undefined && !(previous < id)) add('PACKET_ROWS_UNSORTED', `${at}/alarm_id`, `'${id}' follows '${previous}': rows must be in strictly increasing alarm_id order`)
    previous = id
    checkRefs(row, at, policy, add)
    checkLineage(row, at, add)
  })
  return out
}

type Add = (code: ClosureCode, field: string, detail: string) => void

/** Schema v2 packets record their incident window (start <= end); v1 packets never did. */
function checkIncidentWindow(doc: Obj, add: Add): void {
  const version = isObj(doc.schema) ? doc.schema.version : undefined
  if (typeof version !== 'number' || version < INCIDENT_WINDOW_SINCE) return
  for (const f of ['incident_window_start_utc', 'incident_window_end_utc']) {
    if (!filled(doc[f])) add('PACKET_FIELD_MISSING', `/${f}`, `a schema v${version} packet must record ${f}`)
  }
  const start = doc.incident_window_start_utc
  const end = doc.incident_window_end_utc
  if (typeof start === 'string' && typeof end === 'string' && isCanonicalUtc(start) && isCanonicalUtc(end) && start > end) {
    add('PACKET_FIELD_MISSING', '/incident_window_end_utc', `the incident window ends (${end}) before it starts (${start})`)
  }
}

function checkDigest(doc: Obj, add: Add): void {
  const d = doc.signature_digest
  if (d === undefined || d === null || d === '') {
    add('PACKET_DIGEST_MISSING', '/signature_digest', 'the packet has no signature_digest')
    return
  }
  const expected = signatureDigest(doc)
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- d is whatever the packet holds; any rendering serves the message
  if (d !== expected) add('PACKET_DIGEST_MISMATCH', '/signature_digest', `signature_digest is ${String(d).slice(0, 80)}, the packet's content hashes to ${expected}`)
}

function checkRevision(doc: Obj, add: Add): void {
  if (typeof doc.revision !== 'string') return
  const n = parseRevision(doc.revision)
  if (n === null) {
    add('PACKET_REVISION_INVALID', '/revision', `revision '${doc.revision.slice(0, 40)}' is not of the form r001`)
    return
  }
  const s = doc.supersedes
  if (n === 1) {
    if (s !== null && s !== undefined) add('PACKET_REVISION_INVALID', '/supersedes', 'r001 is the first revision and supersedes nothing')
    return
  }
  if (!isObj(s) || typeof s.signature_digest !== 'string' || !/^[0-9a-f]{64}$/.test(s.signature_digest)) {
    add('PACKET_REVISION_INVALID', '/supersedes', `${doc.revision} must name the revision it supersedes and its signature_digest`)
  } else if (s.revision !== formatRevision(n - 1)) {
    add('PACKET_REVISION_INVALID', '/supersedes/revision', `${doc.revision} supersedes '${String(s.revision).slice(0, 40)}', expected ${formatRevision(n - 1)}`)
  }
}

// Every key ending in _utc, at any depth, holds canonical UTC (C5): one rule, no list to forget.
function checkTimestamps(value: unknown, at: string, add: Add): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkTimestamps(v, `${at}/${i}`, add))
    return
  }
  if (!isObj(value)) return
  for (const [k, v] of Object.entries(value)) {
    const here = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`
    if (k.endsWith('_utc')) {
      if (typeof v !== 'string' || !isCanonicalUtc(v)) add('PACKET_TIMESTAMP_NOT_UTC', here, `${JSON.stringify(v)?.slice(0, 60)} is not canonical UTC (e.g. 2026-11-23T14:05:00Z)`)
    } else {
      checkTimestamps(v, here, add)
    }
  }
}

function checkRefs(row: Obj, at: string, policy: LoadedClosurePolicy, add: Add): void {
  const refs = row.closure_evidence_refs
  if (!isObj(refs)) return
  for (const { kind, field } of policy.data.evidence_refs) {
    const list = refs[field]
    if (!Array.isArray(list) || list.length === 0) {
      add('CLOSURE_EVIDENCE_UNRESOLVED', `${at}/closure_evidence_refs/${field}`, `no ${kind} evidence ref`)
      continue
    }
    list.forEach((r, j) => {
      if (!isObj(r) || !filled(r.evidence_id) || !filled(r.uri)) add('CLOSURE_EVIDENCE_UNRESOLVED', `${at}/closure_evidence_refs/${field}/${j}`, `${kind} ref without evidence_id or uri`)
    })
  }
}

function checkLineage(row: Obj, at: string, add: Add): void {
  const l = row.approver_lineage
  if (!isObj(l)) return
  const miss = (field: string, why: string) => add('LINEAGE_INCOMPLETE', `${at}/approver_lineage/${field}`, why)
  if (l.ack_path !== 'primary' && l.ack_path !== 'backup' && l.ack_path !== 'incident_commander') miss('ack_path', 'ack_path must be primary, backup or incident_commander')
  if (!filled(l.owner_role)) miss('owner_role', 'owner_role is empty')
  if (l.ack_path === 'backup' && !filled(l.backup_owner_role)) miss('backup_owner_role', 'the backup acknowledged but backup_owner_role is empty')
  if (l.ack_path === 'incident_commander' && !filled(l.incident_commander)) miss('incident_commander', 'incident-commander override without incident_commander')
  if (!filled(l.final_approver)) miss('final_approver', 'final_approver is empty')
  if (!filled(row.resolved_by)) add('LINEAGE_INCOMPLETE', `${at}/resolved_by`, 'resolved_by is empty: the resolver is unknown')
}
