import type { CsvTable } from '../csv/read.js'
import { sortDefects, type Defect } from '../findings/defect.js'
import type { RolloutMode } from '../settings.js'
import { formatUtc } from '../util/time.js'
import { blockingIn, compareRisk, decideWindow, failedIn, readbackOf, worst } from './decide.js'
import { evaluateAlarm } from './evaluate.js'
import type { AlarmOutcome, Judgement } from './outcome.js'
import { finding } from './finding.js'
import { foldKey, type KeyState } from './fold.js'
import type { HistoryReport } from './git-history.js'
import type { EvidenceIndex } from './evidence-index.js'
import { readAlarms, type AlarmsRead } from './alarm-rows.js'
import { evidenceFor, scanEvidence, type EvidenceScan } from './evidence-rows.js'
import { groupLedger, scanLedgerRows, type LedgerRowScan } from './ledger-rows.js'
import { KeyIndex, KeyMap } from './keys.js'
import type { LedgerPolicy } from './policy.js'
import { historyDefects } from './rewrites.js'
import type { AlarmClass, AlarmEvaluation, Decision, Escalation, EvidenceRow, GateResult, Readback, WindowDecision } from './types.js'
import type { Alarm } from './records.js'
import type { AlarmList } from './alarm-list.js'

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
  /** the inputs' row reads when made already (while the read worker had the ledger); made here when absent */
  scans?: {
    alarms?: AlarmsRead
    ledger?: LedgerRowScan
    evidence?: EvidenceScan
  }
}

const READBACK_SIZE = 3

/** The whole gate as a pure function of its inputs, the policy, the instant and the mode. */
export function evaluateLedger(inputs: LedgerInputs, policy: LedgerPolicy, now: number, mode: RolloutMode): GateResult {
  const alarmsRead = inputs.scans?.alarms ?? readAlarms(inputs.alarms, policy)
  const { windows } = alarmsRead
  const evidence = evidenceFor(inputs.evidence, policy, inputs.scans?.evidence ?? scanEvidence(inputs.evidence, policy), windows)
  const ledger = groupLedger(inputs.ledger, inputs.scans?.ledger ?? scanLedgerRows(inputs.ledger, policy), windows, alarmsRead.keys)
  // concat, not push(...): a spread of 100,000 defects would overflow the call stack
  const defects: Defect[] = alarmsRead.defects.concat(
    evidence.defects,
    ledger.defects,
    historyDefects(inputs.history, {
      file: inputs.ledger.file,
      header: inputs.ledger.header,
      currentLines: inputs.ledgerLines,
      alarmKeys: alarmsRead.keys,
      policy
    })
  )

  // Row and history defects count towards their alarm's verdict, and so do the defects of the
  // fold of its key's history. Each key is folded just before its alarm is judged, so a history's
  // rows live only that long (at 187,000 ledger rows, keeping them all cost memory and GC time).
  const priorByKey: (Defect[] | undefined)[] = []
  for (const d of defects) {
    const key = alarmsRead.keys.get(d.subject, d.release_window_id)
    if (key !== undefined) (priorByKey[key] ??= []).push(d)
  }
  const ledgerFile = inputs.ledger.file
  const fold = (alarmId: string, windowId: string, rows: number[], out: Defect[]): KeyState =>
    foldKey(
      rows.map((r) => ledger.rows.record(r, alarmId, windowId)),
      ledgerFile,
      policy,
      out
    )
  const ctx = {
    policy,
    now,
    ledgerFile,
    evidence: evidence.index,
    mustBeFilled: ['acknowledged_by', ...policy.extraRequiredFields].map((name) => ({ name, column: inputs.ledger.column(name) }))
  }
  // Judging is a pure function of the alarm, its key's rows and its prior defects, so an alarm's
  // full evaluation is made again where one is read (the readback, the closure stage's list)
  // rather than kept for all of them.
  const judge = (alarm: Alarm, foldDefects: Defect[] | undefined, full: boolean): Judgement => {
    const rows = ledger.groups.rowsOf(alarm.key)
    let prior = priorByKey[alarm.key]
    let state: KeyState | undefined
    if (rows) {
      const folded: Defect[] = []
      state = fold(alarm.alarm_id, alarm.release_window_id, rows, folded)
      if (folded.length > 0) {
        if (foldDefects) for (const d of folded) foldDefects.push(d)
        prior = (prior ?? []).concat(folded)
      }
    }
    return evaluateAlarm(alarm, state, ctx, prior, full)
  }
  const evaluationOf = (alarm: Alarm): AlarmEvaluation => judge(alarm, undefined, true).evaluation as AlarmEvaluation
  // What each window's decision needs of its alarms' outcomes, gathered as they are judged: an
  // outcome is dropped once counted, since at 1,000,000 alarms keeping every one was 100 MB.
  const tallies = new Map<string, WindowTally>()
  const judgedEscalations: Escalation[] = []
  let passed = 0
  for (const alarm of alarmsRead.alarms) {
    ledger.groups.markTaken(alarm.key)
    const { outcome } = judge(alarm, defects, false)
    for (const d of outcome.defects) defects.push(d)
    for (const e of outcome.escalations) judgedEscalations.push(e)
    if (!outcome.blocking) passed++
    const w = alarm.release_window_id
    let tally = tallies.get(w)
    if (!tally) {
      tally = { alarms: 0, exceptionAccepted: false, top: [] }
      tallies.set(w, tally)
    }
    tally.alarms++
    if (outcome.exceptionAccepted) tally.exceptionAccepted = true
    offerRiskiest(tally.top, outcome, READBACK_SIZE)
  }
  // Keys no alarm took: orphans, and keys of alarm rows refused for their class.
  const lonely: Lonely[] = []
  for (const [alarmId, windowId, rows] of ledger.groups.entries()) {
    const state = fold(alarmId, windowId, rows, defects)
    if (!alarmsRead.keys.has(alarmId, windowId)) lonely.push({ alarmId, windowId, state })
  }
  for (const d of orphans(lonely, alarmsRead.keys, ledgerFile, policy)) defects.push(d)

  const sorted = sortDefects(defects)
  const escalations = judgedEscalations.sort(compareEscalations)
  const duplicateAlarm = keysOf(sorted.filter((d) => d.defect_code === 'ALARM_DUPLICATE'))
  const globalBlocking = sorted.filter((d) => d.release_window_id === '' && d.severity === 'blocking')

  const defectsBy = groupBy(sorted, (d) => d.release_window_id)
  const escalationsBy = groupBy(escalations, (e) => e.release_window_id)
  const windowDecisions: WindowDecision[] = []
  const readback: Readback[] = []
  for (const w of [...windows].sort()) {
    const tally = tallies.get(w) ?? NO_ALARMS
    const rb = tally.top.map((o) => readbackOf(o, evaluationOf(o.alarm), o.duplicate || duplicateAlarm.has(o.alarm.alarm_id, w)))
    readback.push(...rb)
    const wDefects = [...(defectsBy.get(w) ?? []), ...globalBlocking]
    windowDecisions.push(decideWindow(w, tally, wDefects, escalationsBy.get(w) ?? [], rb))
  }
  let decision: Decision = globalBlocking.length > 0 ? 'no-go' : 'go'
  for (const wd of windowDecisions) decision = worst(decision, wd.decision)

  // Only soft mode asks for a defect's alarm class, so the 100,000-entry index is built on demand.
  let classByKey: KeyMap<AlarmClass> | undefined
  const classOf = (d: Defect): AlarmClass | undefined => {
    if (!classByKey) {
      classByKey = new KeyMap()
      for (const a of alarmsRead.alarms) classByKey.set(a.alarm_id, a.release_window_id, a.alarm_class)
    }
    return classByKey.get(d.subject, d.release_window_id)
  }
  const blocking = blockingIn(mode, sorted, classOf, alarmsRead.unjoined)
  const ledgerRows = inputs.ledger.size + inputs.ledger.broken.length

  const result = {
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
    counts: {
      alarms: inputs.alarms.size + inputs.alarms.broken.length,
      ledger_rows: ledgerRows,
      evidence_rows: inputs.evidence.size + inputs.evidence.broken.length,
      passed
    },
    inputs: [...inputs.files]
  }
  return withLists(result, alarmsRead.alarms, evaluationOf, evidence.index)
}

/**
 * Adds the result's alarm evaluations and evidence list, each made on first read: the closure
 * stage reads them, the gate's own reports never do, and at 100,000 alarms and 150,000 evidence
 * rows making them up front was most of the gate's memory and garbage-collection time. Defined
 * out here so the getters keep only what they need alive, not every local of evaluateLedger.
 */
function withLists(result: Omit<GateResult, 'evidence' | 'alarms'>, judged: AlarmList, evaluationOf: (alarm: Alarm) => AlarmEvaluation, index: EvidenceIndex): GateResult {
  let alarms: AlarmEvaluation[] | undefined
  let rows: EvidenceRow[] | undefined
  const alarmList = (): AlarmEvaluation[] =>
    (alarms ??= Array.from(judged, (a) => evaluationOf(a)).sort((a, b) => cmp(a.alarm.release_window_id, b.alarm.release_window_id) || cmp(a.alarm.alarm_id, b.alarm.alarm_id)))
  const evidenceList = (): EvidenceRow[] => (rows ??= index.all().sort((a, b) => cmp(a.release_window_id, b.release_window_id) || cmp(a.alarm_id, b.alarm_id) || cmp(a.evidence_id, b.evidence_id)))
  return Object.defineProperties(result, {
    alarms: { get: alarmList, enumerable: true },
    evidence: { get: evidenceList, enumerable: true }
  }) as GateResult
}

/** What a window's decision needs of its alarms' outcomes (decideWindow). */
interface WindowTally {
  alarms: number
  exceptionAccepted: boolean
  /** the riskiest outcomes so far, in compareRisk order: the readback */
  top: AlarmOutcome[]
}
const NO_ALARMS: WindowTally = { alarms: 0, exceptionAccepted: false, top: [] }

/** Keeps `top` the n riskiest outcomes offered, in compareRisk order (earlier ones win ties). */
function offerRiskiest(top: AlarmOutcome[], o: AlarmOutcome, n: number): void {
  if (top.length === n && compareRisk(o, top[n - 1]) >= 0) return
  let i = top.length === n ? n - 1 : top.length
  while (i > 0 && compareRisk(o, top[i - 1]) < 0) {
    top[i] = top[i - 1]
    i--
  }
  top[i] = o
}

/** The keys (subject, window) of some defects. */
function keysOf(defects: readonly Defect[]): KeyMap<true> {
  const keys = new KeyMap<true>()
  for (const d of defects) keys.set(d.subject, d.release_window_id, true)
  return keys
}

/** A key with ledger rows but no alarm row, with its folded history. */
interface Lonely {
  alarmId: string
  windowId: string
  state: KeyState
}

function orphans(lonely: Lonely[], alarmKeys: KeyIndex, file: string, policy: LedgerPolicy): Defect[] {
  if (lonely.length === 0) return []
  const activeIn = new Map<string, string[]>()
  for (let k = 0; k < alarmKeys.size; k++) {
    const alarmId = alarmKeys.alarmId(k)
    const windowId = alarmKeys.windowId(k)
    const list = activeIn.get(alarmId)
    if (list) list.push(windowId)
    else activeIn.set(alarmId, [windowId])
  }
  const out: Defect[] = []
  for (const { alarmId, windowId, state: st } of lonely) {
    const elsewhere = activeIn.get(alarmId)
    out.push(
      finding('LEDGER_ORPHAN', {
        subject: alarmId,
        owner_role: policy.icRole,
        required_action: elsewhere ? `Check release_window_id: alarm ${alarmId} is active in window ${elsewhere.sort().join(', ')}` : 'Check alarm_id: no active alarm of this window has it',
        release_window_id: windowId,
        file,
        line: st.firstLine,
        field: elsewhere ? 'release_window_id' : 'alarm_id',
        detail: `${st.rowCount} ledger row(s) for ${alarmId} in window ${windowId} match no active alarm`
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
