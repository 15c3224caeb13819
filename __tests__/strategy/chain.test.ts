import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../helpers/repo-files.js'
import { cli, INPUT_ARGS, pinnedRepo } from './helpers.js'

// gate -> closure -> approval: the packet cites the window's latest closure packet and the ledger
// gate's decision for the window.

const example = (name: string) => readFileSync(join(REPO_ROOT, 'examples', name), 'utf8')

describe('the evidence chain', () => {
  it('cites the closure packet digest and the ledger gate decision of the window', async () => {
    const ranking = JSON.parse(example('strategy/ranking-snapshot.json'))
    ranking.release_window_id = 'RW-2026-11-A'
    const { dir, keys } = await pinnedRepo({ 'examples/alarms.csv': example('alarms.csv'), 'examples/ack-ledger.csv': example('ack-ledger.csv'), 'examples/evidence.csv': example('evidence.csv'), 'examples/strategy/ranking-snapshot.json': JSON.stringify(ranking) }, '2026-11-23T09:00:00Z')
    const now = '2026-11-24T09:00:00Z'
    const closure = await cli(dir, ['export-closure', '--key-file', keys.ci, '--now', now, '--mode', 'observe'])
    expect(closure.err + closure.out).toContain('rw-2026-11-a')
    const digest = JSON.parse(readFileSync(join(dir, 'closure-packets/rw-2026-11-a/packet-r001.json'), 'utf8')).signature_digest
    const b = await cli(dir, ['strategy', 'build', '--window', 'RW-2026-11-A', '--cluster', 'ec-payments-timeouts', ...INPUT_ARGS, '--key-file', keys.ci, '--now', '2026-11-24T10:00:00Z'])
    expect(b.code, b.out + b.err).toBe(0)
    expect(b.out).not.toContain('STRATEGY_CHAIN_UNLINKED')
    const p = JSON.parse(readFileSync(join(dir, 'strategy-approval/rw-2026-11-a/packets/SAP-ec-payments-timeouts-r001.json'), 'utf8'))
    expect(p.evidence_bundle.closure_packet).toEqual({ path: 'closure-packets/rw-2026-11-a/packet-r001.json', revision: 'r001', signature_digest: digest })
    expect(p.evidence_bundle.ledger_gate.decision).toMatch(/^(go|conditional-go|no-go)$/)
  })

  it('refuses a ranking of another window (the decision could not be replayed)', async () => {
    const { dir, keys } = await pinnedRepo()
    const r = await cli(dir, ['strategy', 'build', '--window', 'rw-2026-12-09', '--cluster', 'ec-payments-timeouts', ...INPUT_ARGS, '--key-file', keys.ci, '--now', '2026-12-03T10:00:00Z'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('STRATEGY_LANE_NOT_IN_RANKING')
  })
})
