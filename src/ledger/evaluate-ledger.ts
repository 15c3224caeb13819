import type { CsvTable } from '../csv/read.js'
import { sortDefects, type Defect } from '../report/defect.js'
import type { RolloutMode } from '../settings.js'
import { formatUtc } from '../util/time.js'
import { blockingIn, compareRisk, decideWindow, failedIn, readbackOf, worst } from './decide.js'
import { evaluateAlarm, type AlarmOutcome } from './evaluate.js'
import { finding } from './finding.js'
import { foldKey, type KeyState } from './fold.js'
import type { HistoryReport } from './git-history.js'
import { readAlarms, readEvidence, readLedger } from './inputs.js'
import { joinKey } from './records.js'
import type { LedgerPolicy } from './policy.js'
import { historyDefects } from './rewrites.js'
import type { AlarmClass, Decision, Escalation, GateResult, Readback, WindowDecision } from './types.js'

/** Everything the gate reads, already parsed: tests and the closure stage build this directly. */
export interface LedgerInputs {
  alarms: CsvTable
  ledger: CsvTable
  evidence: CsvTable
  /** the ledger's git history scan; { status: 'not-a-repo' } when there is none */
  history: HistoryReport
  /** the ledger file's current lines, to tell a restored row from a lost one */
  ledgerLines: Set<string>
  /** input files with the sha256 of their bytes, recorded in the result */
  files: { file: string; sha256: string }[]
}

const READBACK_SIZE = 3

/** The whole gate as a pure function of its inputs, the policy, the instant and the mode. */
export function evaluateLedger(inputs: LedgerInputs, policy: LedgerPolicy, now: number, mode: RolloutMode): GateResult {
  const defects: Defect[] = []
  const alarmsRead = readAlarms(inputs.alarms, policy)
  defects.push(...alarmsRead.defects)
  const { windows } = alarmsRead
  const evidence = readEvidence(inputs.evidence, policy, windows)
  defects.push(...evidence.defects)
  const ledger = readLedger(inputs.ledger, policy, windows)
  defects.push(...ledger.defects)

  const states = new Map<string, KeyState>()
  for (const [key, rows] of ledger.byKey) states.set(key, foldKey(rows, inputs.ledger.file, policy, defects))

  defects.push(...orphans(states, alarmsRead.keys, inputs.ledger.file, policy))
  defects.push(
    ...historyDefects(inputs.history, {
      file: inputs.ledger.file,
      header: inputs.ledger.header,
      currentLines: inputs.ledgerLines,
      alarmKeys: alarmsRead.keys,
      policy
    })
  )

  // Row, fold and history defects count towards their alarm's verdict.
  const priorByKey = new Map<string, Defect[]>()
  for (const d of defects) {
    const k = joinKey(d.subject, d.release_window_id)
    const list = priorByKey.get(k)
    if (list) list.push(d)
    else priorByKey.set(k, [d])
  }
  const ctx = { policy, now, ledgerFile: inputs.ledger.file, evidence: evidence.byId }
  const outcomes: AlarmOutcome[] = alarmsRead.alarms.map((a) => evaluateAlarm(a, states.get(a.key), ctx, priorByKey.get(a.key)))
  for (const o of outcomes) for (const d of o.defects) defects.push(d)
  const blockingKeys = new Set(defects.filter((d) => d.severity === 'blocking').map((d) => joinKey(d.subject, d.release_window_id)))

  const sorted = sortDefects(defects)
  const escalations = outcomes.flatMap((o) => o.escalations).sort(compareEscalations)
  const duplicateAlarm = new Set(sorted.filter((d) => d.defect_code === 'ALARM_DUPLICATE').map((d) => joinKey(d.subject, d.release_window_id)))
  const globalBlocking = sorted.filter((d) => d.release_window_id === '' && d.severity === 'blocking')

  const outcomesBy = groupBy(outcomes, (o) => o.evaluation.alarm.release_window_id)
  const defectsBy = groupBy(sorted, (d) => d.release_window_id)
  const escalationsBy = groupBy(escalations, (e) => e.release_window_id)
  for (const o of outcomes) o.blocking = blockingKeys.has(joinKey(o.evaluation.alarm.alarm_id, o.evaluation.alarm.release_window_id))
  const windowDecisions: WindowDecision[] = []
  const readback: Readback[] = []
  for (const w of [...windows].sort()) {
    const own = outcomesBy.get(w) ?? []
    const top = [...own].sort(compareRisk).slice(0, READBACK_SIZE)
    const rb = top.map((o) => readbackOf(o, (states.get(joinKey(o.evaluation.alarm.alarm_id, w))?.duplicate ?? false) || duplicateAlarm.has(joinKey(o.evaluation.alarm.alarm_id, w))))
    readback.push(...rb)
    const wDefects = [...(defectsBy.get(w) ?? []), ...globalBlocking]
    windowDecisions.push(decideWindow(w, own, wDefects, escalationsBy.get(w) ?? [], rb))
  }
  let decision: Decision = globalBlocking.length > 0 ? 'no-go' : 'go'
  for (const wd of windowDecisions) decision = worst(decision, wd.decision)

  const classByKey = new Map<string, AlarmClass>(alarmsRead.alarms.map((a) => [a.key, a.alarm_class]))
  const blocking = blockingIn(mode, sorted, (d) => classByKey.get(joinKey(d.subject, d.release_window_id)))
  const ledgerRows = inputs.ledger.size + inputs.ledger.broken.length

  return {
    decision,
    mode,
    failed: failedIn(mode, decision, blocking),
    now_utc: formatUtc(now),
    policy: { file: policy.file, sha256: policy.sha256 },
    windows: windowDecisions,
    defects: sorted,
    blocking,
    escalations,
    readback,
    alarms: outcomes
      .map((o) => o.evaluation)
      .sort((a, b) => cmp(a.alarm.release_window_id, b.alarm.release_window_id) || cmp(a.alarm.alarm_id, b.alarm.alarm_id)),
    evidence: evidence.rows.sort((a, b) => cmp(a.release_window_id, b.release_window_id) || cmp(a.alarm_id, b.alarm_id) || cmp(a.evidence_id, b.evidence_id)),
    counts: {
      alarms: inputs.alarms.size + inputs.alarms.broken.length,
      ledger_rows: ledgerRows,
      evidence_rows: inputs.evidence.size + inputs.evidence.broken.length,
      passed: alarmsRead.alarms.filter((a) => !blockingKeys.has(a.key)).length
    },
    inputs: [...inputs.files]
  }
}

function orphans(states: Map<string, KeyState>, alarmKeys: Set<string>, file: string, policy: LedgerPolicy): Defect[] {
  const lonely = [...states].filter(([key]) => !alarmKeys.has(key))
  if (lonely.length === 0) return []
  const activeIn = new Map<string, string[]>()
  for (const k of alarmKeys) {
    const [w, a] = k.split('\u0000')
    const list = activeIn.get(a)
    if (list) list.push(w)
    else activeIn.set(a, [w])
  }
  const out: Defect[] = []
  for (const [, st] of lonely) {
    const r = st.rows[0]
    const elsewhere = activeIn.get(r.alarm_id)
    out.push(
      finding('LEDGER_ORPHAN', {
        subject: r.alarm_id,
        owner_role: policy.icRole,
        required_action: elsewhere
          ? `Check release_window_id: alarm ${r.alarm_id} is active in window ${elsewhere.sort().join(', ')}`
          : 'Check alarm_id: no active alarm of this window has it',
        release_window_id: r.release_window_id,
        file,
        line: r.line,
        field: elsewhere ? 'release_window_id' : 'alarm_id',
        detail: `${st.rows.length} ledger row(s) for ${r.alarm_id} in window ${r.release_window_id} match no active alarm`
      })
    )
  }
  return out
}

function compareEscalations(a: Escalation, b: Escalation): number {
  return cmp(a.release_window_id, b.release_window_id) || cmp(a.alarm_id, b.alarm_id) || cmp(a.state, b.state)
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>()
  for (const t of items) {
    const k = key(t)
    const list = m.get(k)
    if (list) list.push(t)
    else m.set(k, [t])
  }
  return m
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
