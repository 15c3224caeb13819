// The ledger gate's synthetic inputs at any size, with a realistic mix of findings: the
// benchmark (bench/ledger.mjs) and the suite's large-input tests use the same generator.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')

/**
 * Writes alarms.csv, ack-ledger.csv and evidence.csv with a realistic mix of findings, the alarms
 * spread over `windows` release windows (50 unless asked: RW-2026-11-00 .. RW-2026-11-49).
 */
export function generate(dir, alarms, windows = 50) {
  const digits = Math.max(2, String(windows - 1).length)
  const base = Date.parse('2026-11-23T08:00:00Z')
  const a = ['alarm_id,alarm_class,release_window_id,raised_utc,primary_owner_role,backup_owner_role,title']
  const l = [
    'alarm_id,alarm_state,release_window_id,owner_role,acknowledged_by,ack_timestamp_utc,response_sla_minutes,target_resolution_utc,closure_state,closure_evidence_ref,last_updated_utc,sla_exception_ref,exception_approved_by'
  ]
  const e = ['evidence_id,release_window_id,alarm_id,evidence_kind,uri,recorded_utc,recorded_by']
  const kinds = ['ci_artifact', 'validator_row', 'log_capture', 'approval_note']
  for (let i = 0; i < alarms; i++) {
    const id = `ALM-${String(i).padStart(6, '0')}`
    const win = `RW-2026-11-${String(i % windows).padStart(digits, '0')}`
    const block = i % 3 === 0
    const cls = block ? 'block' : 'page'
    const raised = base + (i % 200) * 60_000
    const sla = block ? 5 : 15
    a.push(`${id},${cls},${win},${iso(raised)},team-${i % 40}-oncall,sre-oncall,"Alarm ${i}, synthetic"`)
    if (i % 200 === 7) continue // unacknowledged
    const ack = raised + (i % 100 === 3 ? sla + 4 : Math.min(sla, 2)) * 60_000
    const role = i % 150 === 11 ? 'qa-team' : i % 9 === 0 ? 'sre-oncall' : `team-${i % 40}-oncall`
    const target = iso(ack + 3 * 3600_000)
    const stamp = i % 300 === 5 ? iso(ack).replace('Z', '') : iso(ack)
    l.push(`${id},${cls},${win},${role},person-${i % 700},${stamp},${sla},${target},investigating,,${iso(ack)},,`)
    // Three in four alarms are resolved: one in four with every evidence kind (what a closure
    // packet needs), two in four with a log capture only. The rest are still open.
    if (i % 4 !== 3) {
      const ks = i % 4 === 0 ? [0, 1, 2, 3] : [2]
      for (const k of ks) e.push(`EV-${i}-${k},${win},${id},${kinds[k]},evidence/${win}/${id}/${kinds[k]},${iso(ack + (20 + k) * 60_000)},person-${i % 700}`)
      l.push(`${id},${cls},${win},${role},person-${i % 700},${stamp},${sla},${target},resolved,EV-${i}-2,${iso(ack + 30 * 60_000)},,`)
    } else if (i % 8 === 3) {
      l.push(`${id},${cls},${win},${role},person-${i % 700},${stamp},${sla},${target},mitigating,,${iso(ack + 10 * 60_000)},,`)
    }
  }
  writeFileSync(join(dir, 'alarms.csv'), `${a.join('\n')}\n`)
  writeFileSync(join(dir, 'ack-ledger.csv'), `${l.join('\n')}\n`)
  writeFileSync(join(dir, 'evidence.csv'), `${e.join('\n')}\n`)
  return { alarms: a.length - 1, ledger: l.length - 1, evidence: e.length - 1 }
}
