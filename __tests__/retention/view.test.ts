import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanupTempDirs, commitAll, head, sh } from '../store/git-fixture.js'
import { edit, pinOf } from '../store/store-fixture.js'
import { assertReviewable, filesAt, pageAt } from '../store/page.js'
import { keyFileOf, threeWindowStore, type Store } from './fixture.js'

// The page GitHub shows under retention-holds/{window}/: held or not, one line per hold as its
// latest record states it, and each hold's chain of records with links. Verified against a pinned
// trust root that holds the legal-hold signers.

const LATER = '2027-01-02T17:00:00Z'
const EVEN_LATER = '2027-01-02T18:00:00Z'
const FOLDER = 'retention-holds/rw-2026-11-b'

let s: Store
let pin: string
let legal: string
let counsel: string
beforeAll(async () => {
  s = await threeWindowStore()
  ;[legal, counsel] = [keyFileOf('legal'), keyFileOf('counsel')]
  // the store's trust root, committed by the fixture from its final keyring
  pin = pinOf(s.dir)
}, 120_000)
afterAll(() => cleanupTempDirs())

const place = (key: string, reason: string, owner: string) => s.run(['hold', 'place', '--window', 'RW-2026-11-B', '--key-file', key, '--reason', reason, '--owner', owner, '--trust-root', pin, '--json'], LATER)

async function verified(): Promise<{ code: number; codes: string[] }> {
  const r = await s.run(['verify', '--allow-demo-key', '--json', '--trust-root', pin], EVEN_LATER)
  return { code: r.code, codes: (JSON.parse(r.stdout) as { defects: { defect_code: string }[] }).defects.map((d) => d.defect_code) }
}

describe('the window page (README.md) of legal holds', () => {
  it('says held while a hold is active and not held once all are released, each hold with its chain; verify re-renders every version', async () => {
    const a = await place(legal, 'litigation hold LIT-7 | <b>urgent</b>', 'legal-team')
    expect(a.code, a.stdout + a.stderr).toBe(0)
    const first = JSON.parse(a.stdout) as { holdId: string }
    const b = await place(counsel, 'regulator inquiry', 'compliance')
    expect(b.code).toBe(0)
    const second = JSON.parse(b.stdout) as { holdId: string }

    const held = pageAt(s.dir, 'HEAD', FOLDER)
    expect(assertReviewable(held, filesAt(s.dir, 'HEAD', FOLDER))).toEqual([])
    expect(held.markdown).toContain('Status: **held**: 2 of 2 holds active')
    const ids = [first.holdId, second.holdId].sort()
    expect(held.headings.map((h) => h.text)).toEqual(['Legal holds: rw-2026-11-b', 'Holds', ...ids.map((id) => `Hold ${id}`)])
    const [summary] = held.tables
    expect(summary.header).toEqual(['hold', 'state', 'reason', 'owner', 'case', 'placed at', 'released at', 'latest record'])
    expect(summary.rows.map((r) => [r[0], r[1]])).toEqual(ids.map((id) => [id, '**active**']))
    expect(held.html).not.toContain('<b>urgent')
    expect(held.html).toContain('&lt;b&gt;urgent&lt;/b&gt;')

    for (const [holdId, key] of [
      [first.holdId, counsel],
      [second.holdId, legal]
    ]) {
      const r = await s.run(['hold', 'release', '--hold-id', holdId, '--key-file', key, '--trust-root', pin], EVEN_LATER)
      expect(r.code, r.stdout + r.stderr).toBe(0)
    }
    const released = pageAt(s.dir, 'HEAD', FOLDER)
    expect(assertReviewable(released, filesAt(s.dir, 'HEAD', FOLDER))).toEqual([])
    expect(released.markdown).toContain('Status: **not held**: all 2 holds are released')
    expect(released.tables[0].rows.map((r) => [r[1], r[6]])).toEqual([
      ['released', EVEN_LATER],
      ['released', EVEN_LATER]
    ])
    // one chain per hold, newest first, each release naming the record it supersedes
    for (const chain of released.tables.slice(1)) expect(chain.rows.map((r) => [r[0], r[1], r[4].split(' ')[0]])).toEqual([['r002', 'release', 'r001'], ['r001', 'place', '']])
    expect(released.links.filter((l) => l.endsWith('.json')).sort()).toEqual(ids.flatMap((id) => [`hold-${id}-r001.json`, `hold-${id}-r002.json`, `hold-${id}-r002.json`]).sort())
    // four commits wrote the page; each is its own rendering
    expect(sh(s.dir, ['log', '--format=%H', '--', `${FOLDER}/README.md`]).trim().split('\n')).toHaveLength(4)
    expect(await verified()).toEqual({ code: 0, codes: [] })

    edit(s.dir, `${FOLDER}/README.md`, (t) => t.replace('**not held**', '**held**'))
    const forged = commitAll(s.dir, 'README: keep it held')
    const v = await verified()
    expect(v).toEqual({ code: 1, codes: ['STORE_VIEW_MISMATCH'] })
    expect(head(s.dir)).toBe(forged)
  })
})
