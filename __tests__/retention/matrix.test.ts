import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { toCsv } from '../../src/csv/write.js'
import { INDEX_COLUMNS } from '../../src/retention/derive.js'
import { cleanupTempDirs, sh, tempDir } from '../store/git-fixture.js'
import { DAY, T0, keyFileOf, threeWindowStore, type Store } from './fixture.js'

// The seed's fail matrix (R1-R8) as data: each row mutates one valid row of a real derived index
// and runs `retention check --index` on it, as JSON and as CSV. A row the runner cannot apply
// fails the suite.

interface MatrixRow {
  scenario_id: string
  condition: string
  expected_result: 'fail' | 'pass/warn' | 'pass'
  expected_codes: string
  mutation: string
}

const MATRIX = parse<MatrixRow>(readFileSync(join(import.meta.dirname, '../matrices/retention-fail-matrix.csv')), { columns: true })
const NOW = '2027-01-05T00:00:00Z'

let s: Store
let base: Record<string, string>[]
beforeAll(async () => {
  s = await threeWindowStore()
  const r = await s.run(['retention', 'index', '--json'], NOW)
  base = (JSON.parse(r.stdout) as { rows: Record<string, string>[] }).rows
}, 60_000)
afterAll(() => cleanupTempDirs())

function mutate(rows: Record<string, string>[], mutation: string): Record<string, string>[] {
  const out = rows.map((r) => ({ ...r }))
  const target = out.find((r) => r.release_window_id === 'rw-2026-11-b')!
  for (const part of mutation.split(';').filter(Boolean)) {
    if (part === '+duplicate-latest') {
      out.push({ ...target, packet_revision: 'r002', signature_digest: 'f'.repeat(64) })
      continue
    }
    const eq = part.indexOf('=')
    if (eq < 0 || !(INDEX_COLUMNS as readonly string[]).includes(part.slice(0, eq))) throw new Error(`unknown mutation '${part}'`)
    target[part.slice(0, eq)] = part.slice(eq + 1)
  }
  return out
}

describe('the retention fail matrix (R1-R8)', () => {
  it('has exactly the seed scenarios R1-R8', () => {
    expect(MATRIX.map((m) => m.scenario_id)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'])
  })

  const cases = MATRIX.flatMap((m) => (['json', 'csv'] as const).map((format) => [m.scenario_id, format, m] as const))
  it.each(cases)('%s (%s): %s', async (_id, format, m) => {
    const rows = mutate(base, m.mutation)
    const file = join(tempDir('re-index-'), `index.${format}`)
    writeFileSync(file, format === 'json' ? JSON.stringify({ rows }) : toCsv(INDEX_COLUMNS, rows.map((r) => INDEX_COLUMNS.map((c) => r[c]))))
    const r = await s.run(['retention', 'check', '--index', file, '--json'], NOW)
    expect(r.stderr).toBe('')
    const out = JSON.parse(r.stdout) as { defects: { defect_code: string; severity: string; release_window_id: string }[]; failed: boolean }
    const codes = [...new Set(out.defects.map((d) => d.defect_code))].sort()
    expect(codes).toEqual(m.expected_codes === '' ? [] : m.expected_codes.split(';').sort())
    expect(out.defects.every((d) => d.release_window_id === 'rw-2026-11-b')).toBe(true)
    expect(r.code).toBe(m.expected_result === 'fail' ? 1 : 0)
    if (m.expected_result === 'pass/warn') expect(out.defects.every((d) => d.severity === 'warning')).toBe(true)
  })
})

describe("the seed's mini challenge", () => {
  it('normal, hold-active and expired packets: the held one cannot be purged (hold defect), the expired one is queued for approval, nothing is deleted', async () => {
    // 1. three packets: a (normal), b (held), c (expired); b and c expired at T0 + 60 days
    const hold = await s.run(['hold', 'place', '--window', 'rw-2026-11-b', '--reason', 'litigation LIT-9', '--owner', 'legal-team', '--key-file', keyFileOf('legal')], NOW)
    expect(hold.code).toBe(0)
    const files = sh(s.dir, ['ls-files'])
    const at = new Date(Date.parse(T0) + 61 * DAY).toISOString().replace('.000Z', 'Z')

    // 2. the writer and the validator
    const check = await s.run(['retention', 'check', '--json'], at)
    expect(check.code).toBe(0)
    const result = JSON.parse(check.stdout) as { defects: { defect_code: string; release_window_id: string; severity: string }[] }
    // 5. the expired, unheld packet enters the approval-required purge queue (a warning), the held one does not
    expect(result.defects.map((d) => [d.defect_code, d.release_window_id, d.severity])).toEqual([['RETENTION_PURGE_CANDIDATE', 'rw-2026-11-c', 'warning']])
    const index = JSON.parse(readFileSync(join(s.dir, '.release-evidence/retention-index.json'), 'utf8')) as { rows: Record<string, string>[] }
    const byWindow = Object.fromEntries(index.rows.map((r) => [r.release_window_id, r]))
    expect(byWindow['rw-2026-11-a']).toMatchObject({ legal_hold_state: 'none', purge_eligible: 'false' })
    expect(byWindow['rw-2026-11-b']).toMatchObject({ legal_hold_state: 'active', purge_eligible: 'false', hold_owner: 'legal-team' })
    expect(Date.parse(byWindow['rw-2026-11-b'].retention_expiry_utc)).toBeLessThan(Date.parse(at))
    expect(byWindow['rw-2026-11-c']).toMatchObject({ legal_hold_state: 'none', purge_eligible: 'true' })

    // 3-4. a simulated purge of the held packet (a script that marks it purge-ready) is blocked with a hold defect
    const simulated = join(tempDir('re-purge-'), 'purge-attempt.json')
    writeFileSync(simulated, JSON.stringify({ rows: index.rows.map((r) => (r.release_window_id === 'rw-2026-11-b' ? { ...r, purge_eligible: 'true' } : r)) }))
    const blocked = await s.run(['retention', 'check', '--index', simulated], at)
    expect(blocked.code).toBe(1)
    expect(blocked.stdout).toContain('RETENTION_HOLD_PURGE_CONFLICT')

    // 3-4 again, as the purge planner: the held window is refused with a hold defect, exit 1
    const head = sh(s.dir, ['rev-parse', 'HEAD']).trim()
    const held = await s.run(['purge', 'plan', '--window', 'RW-2026-11-B', '--json'], at)
    expect(held.code).toBe(1)
    const heldPlan = JSON.parse(held.stdout) as { candidates: unknown[]; refused: { code: string; release_window_id: string }[] }
    expect(heldPlan.candidates).toEqual([])
    expect(heldPlan.refused.map((r) => [r.code, r.release_window_id])).toEqual([['RETENTION_PURGE_HELD', 'rw-2026-11-b']])
    const young = await s.run(['purge', 'plan', '--window', 'rw-2026-11-a'], at)
    expect(young.code).toBe(1)
    expect(young.stdout).toContain('RETENTION_PURGE_NOT_EXPIRED')

    // 5. the expired, unheld window enters the approval-required purge queue, with its exact files
    const plan = await s.run(['purge', 'plan', '--json'], at)
    expect(plan.code).toBe(0)
    const p = JSON.parse(plan.stdout) as {
      candidates: { release_window_id: string; files: { path: string; blob: string }[]; archived_rows: unknown[] }[]
      approvals_required: { count: number; roles: string[]; ci_roles_excluded: string[] }
    }
    expect(p.candidates.map((c) => c.release_window_id)).toEqual(['rw-2026-11-c'])
    expect(p.candidates[0].files).toHaveLength(3)
    for (const f of p.candidates[0].files) expect(sh(s.dir, ['rev-parse', `HEAD:${f.path}`]).trim()).toBe(f.blob)
    expect(p.candidates[0].archived_rows).toHaveLength(1)
    expect(p.approvals_required).toMatchObject({ count: 2, roles: ['compliance-approver'], ci_roles_excluded: ['release-lane'] })
    expect((await s.run(['purge', 'apply'], at)).code).toBe(2)

    // nothing was deleted or committed
    expect(sh(s.dir, ['rev-parse', 'HEAD']).trim()).toBe(head)
    expect(sh(s.dir, ['status', '--porcelain', '--', 'closure-packets', 'retention-holds'])).toBe('')
    expect(sh(s.dir, ['ls-files'])).toBe(files)
  })
})
