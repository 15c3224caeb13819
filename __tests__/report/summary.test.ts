import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runLedgerGate } from '../../src/ledger/gate.js'
import type { GateResult } from '../../src/ledger/types.js'
import { settingsFor } from '../helpers/settings.js'
import { renderGateSummary, renderReadback, renderWindows, WINDOW_SECTIONS } from '../../src/ledger/summary.js'
import { blobLinker, byteLength, composeSummary, fitSections, renderDefectTable, SUMMARY_BUDGET_BYTES, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js'
import { makeWorkspace, NOW, type Workspace } from '../action/workspace.js'
import { defect, HOSTILE_CELLS, many } from './fixtures.js'

const blocks = (d: { severity: string }) => d.severity === 'blocking'

describe('renderDefectTable under a byte budget', () => {
  it('shows every defect, most severe first, when they fit', () => {
    const t = renderDefectTable([...many(3, 'info', 10), ...many(2, 'blocking')], { subjectColumn: 'alarm_id', maxBytes: 100_000, blocks, fullListAt: ['defects.csv'] })
    expect(t).toMatchObject({ shown: 5, cut: 0 })
    const subjects = t.markdown.split('\n').filter((l) => l.startsWith('| alm-')).map((l) => l.split(' | ')[0])
    expect(subjects).toEqual(['| alm-00000', '| alm-00001', '| alm-00010', '| alm-00011', '| alm-00012'])
    expect(t.markdown).not.toContain('not shown')
  })

  it('cuts at the budget and says how many rows it cut and where all of them are', () => {
    const t = renderDefectTable(many(500, 'blocking'), { subjectColumn: 'alarm_id', maxBytes: 20_000, blocks, fullListAt: ['.release-evidence/defects.csv', 'artifact release-evidence-gate'] })
    expect(byteLength(t.markdown)).toBeLessThanOrEqual(20_000)
    expect(t.shown + t.cut).toBe(500)
    expect(t.cut).toBeGreaterThan(0)
    expect(t.markdown).toContain(`**${t.cut} of 500 defects not shown here**: a job summary is limited to 1 MiB. Every defect is in .release-evidence/defects.csv, artifact release-evidence-gate.`)
  })

  it('keeps 50,000 defects with hostile cells under GitHub\'s 1 MiB step limit', () => {
    const defects = Array.from({ length: 50_000 }, (_, i) => defect({ subject: `alm-${i}`, detail: HOSTILE_CELLS[i % HOSTILE_CELLS.length].repeat(20), line: i + 2 }))
    const { markdown, table } = composeSummary('## head\n\n', defects, '### tail\n', { subjectColumn: 'alarm_id', blocks, fullListAt: ['defects.csv'] })
    expect(byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES)
    expect(SUMMARY_BUDGET_BYTES).toBeLessThan(SUMMARY_LIMIT_BYTES)
    expect(table.shown).toBeGreaterThan(1000)
    expect(table.shown + table.cut).toBe(50_000)
    expect(markdown.endsWith('### tail\n')).toBe(true)
  })
})

describe('renderGateSummary over the repository examples', () => {
  let ws: Workspace
  let gate: GateResult
  beforeAll(async () => {
    ws = await makeWorkspace()
    const settings = settingsFor({ now: NOW, repo: ws.dir }, ws.dir, ['ledger'])
    gate = await runLedgerGate(settings)
  })
  afterAll(() => ws.cleanup())

  it('leads with the decision and mode, then the windows (no-go first, each with its reasons and readback), counts by code and escalations', () => {
    const md = renderGateSummary(gate)
    expect(md.startsWith(`## Acknowledgment ledger gate: ⛔ NO-GO\n`)).toBe(true)
    const order = [
      '### Release windows',
      '### Window rw-2026-11-c: ⛔ NO-GO',
      '### Window rw-2026-11-b: 🟡 CONDITIONAL GO',
      '### Window rw-2026-11-a: ✅ GO',
      '### Defects by code',
      '### Escalations'
    ].map((h) => md.indexOf(h))
    expect(order.every((i) => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    for (const [code, n] of Object.entries(countCodes(gate))) expect(md).toContain(`| <code>${code}</code> | ${n} |`)
    // the windows table has no reasons cell: each window's reasons are a list in its own section
    expect(md).toContain('| Window | Decision | Alarms | Blocking | Warnings |\n')
    expect(md).toContain('### Window rw-2026-11-c: ⛔ NO-GO\n\n- ACK_LATE: alm-3001\n- ACK_MISSING: alm-3002\n')
  })

  it('reads back the three highest-risk alarms of each window with owner, ack time, SLA deadline, evidence and duplicates', () => {
    // Written out from examples/*.csv and policies/ack-ledger.yaml: block before page, alarms with
    // a blocking defect first, most overdue first, then by id; each SLA deadline is the raise time
    // plus 5 min (block) or 15 min (page).
    const md = renderGateSummary(gate)
    const section = (w: string) => md.slice(md.indexOf(`### Window ${w}`)).split('\n### ')[0]
    const rows = (w: string) => section(w).split('\n').filter((l) => l.startsWith('| alm-'))
    expect(section('rw-2026-11-c')).toContain('#### Readback: top 3 highest-risk alarms\n')
    expect(rows('rw-2026-11-c')).toEqual([
      '| alm-3002 | block | _unknown_ | _unknown_ | _unknown_ | 2026-11-23T14:10:00Z | _none_ | no | ⚠️ owner; acknowledged by; ack timestamp |',
      '| alm-3001 | block | release-eng | amara.okafor | 2026-11-23T14:13:00Z | 2026-11-23T14:05:00Z | open until 2026-11-23T16:30:00Z | no | none |',
      '| alm-3006 | block | release-eng | amara.okafor | _unknown_ | 2026-11-23T14:30:00Z | open until 2026-11-23T16:00:00Z | no | ⚠️ ack timestamp |'
    ])
    expect(section('rw-2026-11-c')).toContain('An item above is unknown: the readback marks the window no-go until it is fixed.')
    expect(section('rw-2026-11-b')).toContain('#### Readback: top 2 highest-risk alarms\n')
    expect(rows('rw-2026-11-b').map((r) => r.split(' | ')[0])).toEqual(['| alm-2001', '| alm-2002'])
    expect(rows('rw-2026-11-a')).toEqual([
      '| alm-1001 | block | release-eng | amara.okafor | 2026-11-23T13:04:00Z | 2026-11-23T13:05:00Z | ev-1001-log logs/rw-2026-11-a/orders-reconcile-2026-11-23T1346Z.log | no | none |',
      '| alm-1003 | block | incident-commander | dana.reyes | 2026-11-23T13:35:00Z | 2026-11-23T13:35:00Z | ev-1003-log logs/rw-2026-11-a/migration-replay-2026-11-23T1410Z.log | no | none |',
      '| alm-1002 | page | sre-oncall | sam.patel | 2026-11-23T13:20:00Z | 2026-11-23T13:25:00Z | ev-1002-log logs/rw-2026-11-a/refund-worker-2026-11-23T1400Z.log | no | none |'
    ])
    expect(section('rw-2026-11-a')).not.toContain('unknown')
  })

  it('the readback is the one in ledger-gate.json, window by window', () => {
    const md = renderGateSummary(gate)
    for (const r of gate.readback) {
      const section = md.slice(md.indexOf(`### Window ${r.release_window_id}`)).split('\n### ')[0]
      expect(section).toContain(`| ${r.alarm_id} | ${r.alarm_class} |`)
    }
  })

  it('flags an unknown readback item as no-go until fixed', () => {
    const unknown = [{ ...gate.readback[0], owner_role: '', unknowns: ['owner'] }]
    expect(renderReadback(unknown)).toContain('An item above is unknown: the readback marks the window no-go until it is fixed.')
    expect(renderReadback(unknown)).toContain('_unknown_')
  })

  it(`gives at most ${WINDOW_SECTIONS} windows a section, no-go first, and says how many more there are`, () => {
    const windows = Array.from({ length: 30 }, (_, i) => ({ ...gate.windows[0], release_window_id: `rw-${String(i).padStart(2, '0')}`, decision: i % 3 === 0 ? ('no-go' as const) : ('go' as const) }))
    const md = renderWindows({ ...gate, windows, readback: [] })
    const headings = md.split('\n').filter((l) => l.startsWith('### Window '))
    expect(headings).toHaveLength(WINDOW_SECTIONS)
    expect(headings.slice(0, 10).every((h) => h.endsWith('⛔ NO-GO'))).toBe(true)
    expect(md).toContain('_10 more windows (0 no-go): their reasons and readback are in ledger-gate.json._')
  })
})

function countCodes(gate: GateResult): Record<string, number> {
  const m: Record<string, number> = {}
  for (const d of gate.defects) m[d.defect_code] = (m[d.defect_code] ?? 0) + 1
  return m
}

describe('defect locations link to the line at the commit checked', () => {
  const SHA = 'a'.repeat(40)

  it.each([
    ['a CSV line', 'examples/ack-ledger.csv', 11, `https://github.com/octo/release/blob/${SHA}/examples/ack-ledger.csv#L11`],
    ['a file without a line', 'policies/ack-ledger.yaml', null, `https://github.com/octo/release/blob/${SHA}/policies/ack-ledger.yaml`],
    ['spaces, parentheses and # in a path', 'data/my (old) #1.csv', 3, `https://github.com/octo/release/blob/${SHA}/data/my%20%28old%29%20%231.csv#L3`],
    ['a path outside the repository', '../elsewhere.csv', 2, undefined],
    ['an absolute path', '/tmp/alarms.csv', 2, undefined]
  ])('%s', (_name, file, line, url) => {
    expect(blobLinker('https://github.com', 'octo/release', SHA)?.(file, line)).toBe(url)
  })

  it.each([
    ['no server (the CLI, a local run)', '', 'octo/release', SHA],
    ['no repository', 'https://github.com', '', SHA],
    ['no commit', 'https://github.com', 'octo/release', ''],
    ['a server that is not a URL', 'javascript:alert(1)', 'octo/release', SHA],
    ['a server with a parenthesis', 'https://evil.example/)', 'octo/release', SHA],
    ['a repository with a path', 'https://github.com', 'octo/release/../x', SHA]
  ])('plain text when unknown or malformed: %s', (_name, server, repo, sha) => {
    expect(blobLinker(server, repo, sha)).toBeUndefined()
  })

  it('a GitHub Enterprise Server URL works as the server (trailing slash dropped)', () => {
    expect(blobLinker('https://ghe.example.com/', 'octo/release', SHA)?.('a.csv', 2)).toBe(`https://ghe.example.com/octo/release/blob/${SHA}/a.csv#L2`)
  })

  it('the defect table links each location, and leaves it plain without a linker', () => {
    const d = [defect({ file: 'examples/ack-ledger.csv', line: 11 })]
    const link = blobLinker('https://github.com', 'octo/release', SHA)
    const linked = renderDefectTable(d, { subjectColumn: 'alarm_id', maxBytes: 100_000, blocks, fullListAt: [], ...(link ? { link } : {}) })
    expect(linked.markdown).toContain(`| [examples/ack-ledger.csv:11](https://github.com/octo/release/blob/${SHA}/examples/ack-ledger.csv#L11) |`)
    const plain = renderDefectTable(d, { subjectColumn: 'alarm_id', maxBytes: 100_000, blocks, fullListAt: [] })
    expect(plain.markdown).toContain('| examples/ack-ledger.csv:11 |')
  })
})

describe('fitSections: the backstop of the one budget', () => {
  it('keeps sections that fit whole and cuts the first that does not at a line boundary, with a note', () => {
    const a = '## A\n\n'
    const b = `| h |\n| --- |\n${'| row |\n'.repeat(1000)}`
    const { markdown, cut } = fitSections([a, b, '### after\n'], 2000)
    expect(byteLength(markdown)).toBeLessThanOrEqual(2000)
    expect(cut).toBe(2)
    expect(markdown.startsWith(a)).toBe(true)
    const lines = markdown.split('\n')
    expect(lines.filter((l) => l.startsWith('|')).every((l) => l === '| h |' || l === '| --- |' || l === '| row |')).toBe(true)
    expect(markdown).toContain('_Cut here: a job summary is limited to 1 MiB; the report files hold everything._')
  })
})
