import { readFileSync } from 'node:fs'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseCsv } from '../../src/csv/read.js'
import type { Io } from '../../src/lesson.js'
import { evaluateLedger, type LedgerInputs } from '../../src/ledger/evaluate-ledger.js'
import type { HistoryReport } from '../../src/ledger/git-history.js'
import { parseLedgerPolicy, type LedgerPolicy } from '../../src/ledger/policy.js'
import type { GateResult } from '../../src/ledger/types.js'
import type { RolloutMode, Settings } from '../../src/settings.js'
import { parseUtc } from '../../src/util/time.js'
import { settingsFor as catalogSettings } from '../helpers/settings.js'

export const REPO = resolve(import.meta.dirname, '../..')
export const POLICY_TEXT = readFileSync(join(REPO, 'policies/ack-ledger.yaml'), 'utf8')
export const policy: LedgerPolicy = parseLedgerPolicy(POLICY_TEXT, 'policies/ack-ledger.yaml')

export const ALARM_HEADER = 'alarm_id,alarm_class,release_window_id,raised_utc,primary_owner_role,backup_owner_role'
export const LEDGER_HEADER =
  'alarm_id,alarm_state,release_window_id,owner_role,acknowledged_by,ack_timestamp_utc,response_sla_minutes,target_resolution_utc,closure_state,closure_evidence_ref,last_updated_utc,sla_exception_ref,exception_approved_by'
export const EVIDENCE_HEADER = 'evidence_id,release_window_id,alarm_id,evidence_kind,uri,recorded_utc,recorded_by'

export const ms = (t: string): number => {
  const p = parseUtc(t)
  if (!p.ok) throw new Error(p.reason)
  return p.ms
}

export interface CsvTexts {
  alarms: string
  ledger: string
  evidence?: string
}

/** A clean, checked history: the pure tests are not about git. */
export const CLEAN_HISTORY: HistoryReport = { status: 'checked', commits: 1, rewrites: [] }

/** Runs the pure gate on in-memory CSV text (the I/O path is tested separately). */
export async function gate(texts: CsvTexts, now: string, mode: RolloutMode = 'full', history = CLEAN_HISTORY, p = policy): Promise<GateResult> {
  const evidence = texts.evidence ?? `${EVIDENCE_HEADER}\n`
  const inputs: LedgerInputs = {
    alarms: await parseCsv(Buffer.from(texts.alarms), { file: 'alarms.csv', requiredColumns: Object.values(p.data.alarm_fields) }),
    ledger: await parseCsv(Buffer.from(texts.ledger), { file: 'ack-ledger.csv', requiredColumns: p.data.required_fields }),
    evidence: await parseCsv(Buffer.from(evidence), { file: 'evidence.csv', requiredColumns: Object.values(p.data.evidence_fields) }),
    history,
    ledgerLines: new Set(texts.ledger.split('\n').map((l) => l.replace(/\r$/, ''))),
    files: []
  }
  return evaluateLedger(inputs, p, ms(now), mode)
}

/** Defects without the history notice, as [subject, code, severity] triples. */
export function codes(r: GateResult): [string, string, string][] {
  return r.defects.filter((d) => d.defect_code !== 'LEDGER_HISTORY_UNCHECKED').map((d) => [d.subject, d.defect_code, d.severity])
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `ledger-${prefix}-`))
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
}

/** The registry's settings (every lesson's policy defaults) with this directory's inputs and the repository's ledger policy. */
export function settingsFor(dir: string, now: string, mode: RolloutMode = 'full'): Settings {
  const base = catalogSettings({}, dir, ['ledger'])
  return {
    ...base,
    mode,
    now: ms(now),
    inputs: { alarms: 'alarms.csv', ledger: 'ack-ledger.csv', evidence: 'evidence.csv' },
    policies: { ...base.policies, 'ack-ledger': join(REPO, 'policies/ack-ledger.yaml') },
    outDir: join(dir, 'out')
  }
}

export function captureIo(): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(t: string) {
      io.out += t
    },
    stderr(t: string) {
      io.err += t
    }
  }
  return io
}
