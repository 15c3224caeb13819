import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLOSURE_FAMILY } from '../../src/closure/family.js'
import { CLOSURE_VIEWS } from '../../src/closure/view.js'
import { renderPage as renderStorePage, viewInput } from '../../src/store/view.js'
import { VIEW_CODES } from '../../src/store/view-codes.js'
import { assertCleanRepo, cleanupTempDirs, commitAll, head, sh, tempDir } from './git-fixture.js'
import { assertReviewable, filesAt, pageAt } from './page.js'
import { WINDOW, cli, demoKeyFile, edit, exportClosure, storeRepo } from './store-fixture.js'

// The page GitHub shows under closure-packets/{window}/: written by export in the commit of each
// revision, re-rendered by verify at every commit that wrote it, read here as a reviewer reads it.
// Every verify runs against a pinned trust root.

const FOLDER = `closure-packets/${WINDOW}`
const PAGE = `${FOLDER}/README.md`
const LATER = '2026-11-23T17:00:00Z'

interface Verified {
  code: number
  defects: { defect_code: string; severity: string; file: string; line: number | null; detail: string }[]
}

let roots: { a: string; b: string }
let key: string
beforeAll(async () => {
  const dir = tempDir('re-root-keys-')
  for (const name of ['root-a', 'root-b']) {
    const r = await cli(dir, ['keygen', '--signer-id', name, '--role', 'root', '--out-dir', dir, '--now', '2026-11-23T10:00:00Z'])
    expect(r.code).toBe(0)
  }
  roots = { a: join(dir, 'root-a.key'), b: join(dir, 'root-b.key') }
  key = demoKeyFile()
})
afterAll(cleanupTempDirs)

/** A store with a committed trust root (2 of 2) and r001 of the window; returns the pin. */
async function pinnedStore(files: Record<string, string> = {}): Promise<{ dir: string; pin: string }> {
  const dir = storeRepo(files, { trustRoot: false })
  const m = await cli(dir, ['trust', 'migrate', '--root-key', `root-a=${roots.a}`, '--root-key', `root-b=${roots.b}`, '--now', '2026-11-23T15:00:00Z', '--json'])
  expect(m.code, m.stderr).toBe(0)
  const pin = (JSON.parse(m.stdout) as { pin: string }).pin
  const e = await exportClosure(dir, key, ['--trust-root', pin])
  expect(e.code, e.stdout + e.stderr).toBe(0)
  return { dir, pin }
}

async function verifyPinned(dir: string, pin: string, extra: string[] = []): Promise<Verified> {
  const r = await cli(dir, ['verify', '--allow-demo-key', '--now', LATER, '--json', '--trust-root', pin, ...extra])
  return { code: r.code, defects: (JSON.parse(r.stdout) as Verified).defects }
}

const codes = (v: Verified) => v.defects.map((d) => d.defect_code)

/** r002 of the window: the evidence of one alarm changes. */
async function secondRevision(dir: string, pin: string): Promise<void> {
  edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88201', 'run-90000'))
  commitAll(dir, 'evidence: rerun')
  const r = await cli(dir, ['export-closure', '--now', LATER, '--key-file', key, '--trust-root', pin])
  expect(r.code, r.stdout + r.stderr).toBe(0)
}

describe('the window page (README.md) of closure packets', () => {
  it('is written in the commit of r001 and reads, on GitHub, as the latest summary, its status and the chain with links that resolve', async () => {
    const { dir, pin } = await pinnedStore()
    expect(sh(dir, ['diff-tree', '--no-commit-id', '--name-only', '-r', 'HEAD']).trim().split('\n')).toContain(PAGE)
    const page = pageAt(dir, 'HEAD', FOLDER)
    expect(assertReviewable(page, filesAt(dir, 'HEAD', FOLDER))).toEqual([])
    expect(page.markdown.split('\n')[0]).toMatch(/^<!-- release-evidence view closure v1: generated from the signed files in this folder; do not edit/)
    expect(page.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([`1 Closure packet: ${WINDOW}`, '2 Latest revision: r001', '3 Alarms closed in r001', '2 Revisions'])
    const packet = JSON.parse(sh(dir, ['show', `HEAD:${FOLDER}/packet-r001.json`])) as { rows: { alarm_id: string }[]; signature_digest: string }
    const [summary, alarms, chain] = page.tables
    const value = (name: string) => summary.rows.find((r) => r[0] === name)?.[1]
    expect(value('Status')).toBe('**complete**: 3 alarms closed with a valid acknowledgment, none left out')
    expect(value('Signature digest')).toBe(`\`${packet.signature_digest.slice(0, 16)}…\``)
    expect(alarms.rows.map((r) => r[0])).toEqual(packet.rows.map((r) => r.alarm_id))
    expect(chain.header).toEqual(['revision', 'signed at', 'signer', 'alarms closed', 'left out', 'supersedes', 'signature digest', 'files'])
    expect(chain.rows.map((r) => r[0])).toEqual(['r001'])
    expect(page.links).toEqual(['packet-r001.json', 'packet-r001.sig', 'verify-r001.log', 'packet-r001.json', 'packet-r001.sig', 'verify-r001.log'])
    expect(page.html).toContain('<h1>Closure packet: rw-2026-11-a</h1>')
    expect(page.html).toContain('<a href="packet-r001.sig">packet-r001.sig</a>')
    expect(assertCleanRepo(dir)).toEqual({ fsck: '', status: '' })
    expect(readFileSync(join(dir, PAGE), 'utf8')).toBe(page.markdown)
    const v = await verifyPinned(dir, pin)
    expect(v).toEqual({ code: 0, defects: [] })
  })

  it('is rewritten with r002 (the chain grows, newest first) while the page of the r001 commit stays what it was; verify re-renders both', async () => {
    const { dir, pin } = await pinnedStore()
    const first = head(dir)
    await secondRevision(dir, pin)
    expect(sh(dir, ['diff-tree', '--no-commit-id', '--name-status', '-r', 'HEAD']).trim().split('\n')[0]).toBe(`M\t${PAGE}`)
    const now = pageAt(dir, 'HEAD', FOLDER)
    expect(assertReviewable(now, filesAt(dir, 'HEAD', FOLDER))).toEqual([])
    expect(now.headings[1].text).toBe('Latest revision: r002')
    const chain = now.tables[now.tables.length - 1]
    expect(chain.rows.map((r) => r[0])).toEqual(['r002', 'r001'])
    const r001 = JSON.parse(sh(dir, ['show', `HEAD:${FOLDER}/packet-r001.json`])) as { signature_digest: string }
    expect(chain.rows[0][5]).toBe(`r001 \`${r001.signature_digest.slice(0, 16)}…\``)
    const then = pageAt(dir, first, FOLDER)
    expect(assertReviewable(then, filesAt(dir, first, FOLDER))).toEqual([])
    expect(then.links.every((l) => l.includes('r001'))).toBe(true)
    expect(await verifyPinned(dir, pin)).toEqual({ code: 0, defects: [] })
    expect(await verifyPinned(dir, pin, ['--no-cache'])).toEqual({ code: 0, defects: [] })
  })

  it('is the same bytes for the same store and instant: two independent exports give the same page and the same commit', async () => {
    const a = await pinnedStore()
    const b = await pinnedStore()
    expect(sh(a.dir, ['show', `HEAD:${PAGE}`])).toBe(sh(b.dir, ['show', `HEAD:${PAGE}`]))
    expect(head(a.dir)).toBe(head(b.dir))
    // and the renderer itself is a function of the folder alone
    const files = sh(a.dir, ['ls-tree', '-r', 'HEAD', FOLDER])
      .trim()
      .split('\n')
      .map((l) => ({ path: l.split('\t')[1], oid: l.split(' ')[2].split('\t')[0], mode: '100644' }))
    const blobs = new Map(files.map((f) => [f.oid, Buffer.from(sh(a.dir, ['cat-file', 'blob', f.oid]))]))
    const render = () => renderStorePage(CLOSURE_FAMILY, CLOSURE_VIEWS, 1, viewInput(CLOSURE_FAMILY, WINDOW, files, blobs))
    expect(render()).toBe(sh(a.dir, ['show', `HEAD:${PAGE}`]))
    expect(render()).toBe(render())
  })

  it('escapes CSV text: markup, links, pipes and mentions in an evidence row render as text in their cell', async () => {
    const hostile = '<img src=x onerror=alert(1)> | [approve](https://evil.example) @admins #12 **x**'
    const dir0 = storeRepo()
    const evidence = readFileSync(join(dir0, 'examples/evidence.csv'), 'utf8').replace(/(alm-1001-approval\.md,[^,]+,)dana\.reyes/, `$1${hostile}`)
    expect(evidence).toContain(hostile)
    const { dir, pin } = await pinnedStore({ 'examples/evidence.csv': evidence })
    const page = pageAt(dir, 'HEAD', FOLDER)
    expect(assertReviewable(page, filesAt(dir, 'HEAD', FOLDER))).toEqual([])
    expect(page.markdown).not.toContain(hostile)
    expect(page.html).not.toMatch(/<img|>approve<\/a>|<strong>x/)
    // the URL stays visible as itself (GFM autolinks bare URLs; see src/report/escape.ts)
    expect(page.autolinks).toEqual(['https://evil.example'])
    const approver = page.tables[1].rows.find((r) => r[0] === 'alm-1001')![7]
    expect(approver).toContain('&lt;img src=x onerror=alert(1)&gt; &#124; &#91;approve&#93;(https://evil.example) @&#8203;admins &#35;&#8203;12 &#42;&#42;x&#42;&#42;')
    expect((await verifyPinned(dir, pin)).code).toBe(0)
  })

  it('edited by hand and committed: verify fails (STORE_VIEW_MISMATCH at the line, naming the commit), with and without the cache, and later revisions do not forgive it', async () => {
    const { dir, pin } = await pinnedStore()
    expect((await verifyPinned(dir, pin)).code).toBe(0) // warm cache from here on
    edit(dir, PAGE, (t) => t.replace('**complete**', '**complete, approved by the CISO**'))
    const forged = commitAll(dir, 'README: clarify')
    for (const extra of [[], ['--no-cache']]) {
      const v = await verifyPinned(dir, pin, extra)
      expect(v.code).toBe(1)
      expect(codes(v)).toEqual(['STORE_VIEW_MISMATCH'])
      const line = readFileSync(join(dir, PAGE), 'utf8').split('\n').findIndex((l) => l.includes('CISO')) + 1
      expect(v.defects[0]).toMatchObject({ severity: 'blocking', file: PAGE, line })
      expect(v.defects[0].detail).toContain(`commit ${forged} wrote ${PAGE}`)
      expect(v.defects[0].detail).toContain('approved by the CISO')
    }
    // the next export rewrites the page; the page that was shown stays a finding of history
    await secondRevision(dir, pin)
    expect(sh(dir, ['show', `HEAD:${PAGE}`])).not.toContain('CISO')
    const after = await verifyPinned(dir, pin)
    expect(codes(after)).toEqual(['STORE_VIEW_MISMATCH'])
    expect(after.defects[0].detail).toContain(forged)
  })

  it('a page that names no view version, or one this release never wrote, is a mismatch too', async () => {
    for (const [what, forge] of [
      ['no header', (t: string) => t.split('\n').slice(1).join('\n')],
      ['a future version', (t: string) => t.replace('view closure v1:', 'view closure v9:')]
    ] as const) {
      const { dir, pin } = await pinnedStore()
      edit(dir, PAGE, forge)
      commitAll(dir, `README: ${what}`)
      const v = await verifyPinned(dir, pin)
      expect(codes(v), what).toEqual(['STORE_VIEW_MISMATCH'])
      expect(v.defects[0].line).toBe(1)
    }
  })

  it('a local, uncommitted edit is STORE_WORKTREE_MODIFIED, and export refuses to overwrite it', async () => {
    const { dir, pin } = await pinnedStore()
    edit(dir, PAGE, (t) => `${t}\nLooks good to me.\n`)
    expect(codes(await verifyPinned(dir, pin))).toEqual(['STORE_WORKTREE_MODIFIED'])
    edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88201', 'run-90000'))
    sh(dir, ['commit', '-qm', 'evidence: rerun', '--', 'examples/evidence.csv'])
    const tip = head(dir)
    const r = await cli(dir, ['export-closure', '--now', LATER, '--key-file', key, '--trust-root', pin])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${PAGE}: the working-tree copy has uncommitted edits; this page is generated`)
    expect(head(dir)).toBe(tip)
  })

  it('missing (a store written before pages existed, or the page deleted) only informs; a page left behind by a revision published without it warns', async () => {
    const { dir, pin } = await pinnedStore()
    sh(dir, ['rm', '-q', PAGE])
    commitAll(dir, 'remove the page')
    const gone = await verifyPinned(dir, pin)
    expect(gone.code).toBe(0)
    expect(gone.defects.map((d) => [d.defect_code, d.severity])).toEqual([['STORE_VIEW_MISSING', 'info']])

    // r002 exported in a clone, its three files committed here by hand: the page still shows r001
    const { dir: stale, pin: pin2 } = await pinnedStore()
    const clone = join(tempDir('re-clone-'), 'c')
    sh(stale, ['clone', '-q', stale, clone])
    await secondRevision(clone, pin2)
    for (const f of ['packet-r002.json', 'packet-r002.sig', 'verify-r002.log']) writeFileSync(join(stale, FOLDER, f), sh(clone, ['show', `HEAD:${FOLDER}/${f}`]))
    sh(stale, ['add', '-A'])
    execFileSync('git', ['commit', '-qm', 'r002 without its page'], { cwd: stale, env: { ...process.env, GIT_COMMITTER_DATE: LATER, GIT_AUTHOR_DATE: LATER } })
    const v = await verifyPinned(stale, pin2)
    expect(v.code).toBe(0)
    expect(v.defects.map((d) => [d.defect_code, d.severity])).toEqual([['STORE_VIEW_STALE', 'warning']])
    expect(v.defects[0].detail).toContain('a later commit changed the folder without rewriting it')
  })
})

describe('docs', () => {
  it("the store page's who-acts table for pages is the view code registry", () => {
    const page = readFileSync(join(import.meta.dirname, '../../docs/store.md'), 'utf8')
    const block = page.slice(page.indexOf('<!-- view-codes:start -->'), page.indexOf('<!-- view-codes:end -->'))
    const rows = block.split('\n').filter((l) => l.startsWith('| `'))
    expect(rows).toEqual(Object.entries(VIEW_CODES).map(([code, info]) => `| \`${code}\` | ${info.severity} | ${info.owner_role} | ${info.required_action.replace(/\|/g, '\\|')} |`))
  })
})
