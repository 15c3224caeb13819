import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { git } from '../../src/git/exec.js'
import { runLedgerGate } from '../../src/ledger/gate.js'
import { parseNumstat, parseRemovals, scanLedgerHistory } from '../../src/ledger/git-history.js'
import { ALARM_HEADER, EVIDENCE_HEADER, LEDGER_HEADER, settingsFor, tempDir, writeFiles } from './helpers.js'

// Append-only is checked against the ledger's real git history: native git, temp repositories,
// fixed author and committer dates so commit ids are reproducible.

const NOW = '2026-11-23T11:00:00Z'
const ROW1 = 'ALM-1,page,RW-1,app-oncall,kim,2026-11-23T10:04:00Z,15,2026-11-23T12:00:00Z,investigating,,2026-11-23T10:04:00Z,,'
const ROW2 = 'ALM-2,page,RW-1,app-oncall,kim,2026-11-23T10:06:00Z,15,2026-11-23T12:00:00Z,investigating,,2026-11-23T10:06:00Z,,'
const OLD = 'ALM-9,page,RW-0,app-oncall,kim,2026-11-20T10:04:00Z,15,2026-11-20T12:00:00Z,investigating,,2026-11-20T10:04:00Z,,'
const ALARMS = `${ALARM_HEADER}\nALM-1,page,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall\nALM-2,page,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall\n`

let tick = 0
async function commit(dir: string, message: string): Promise<string> {
  tick++
  const date = `2026-11-23T09:${String(tick).padStart(2, '0')}:00Z`
  const env = { GIT_AUTHOR_NAME: 'Ledger Test', GIT_AUTHOR_EMAIL: 'ledger@example.test', GIT_COMMITTER_NAME: 'Ledger Test', GIT_COMMITTER_EMAIL: 'ledger@example.test', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
  await git(['add', '-A'], { cwd: dir })
  await git(['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], { cwd: dir, env })
  return (await git(['rev-parse', 'HEAD'], { cwd: dir })).stdout.toString().trim()
}

async function repo(): Promise<string> {
  const dir = tempDir('history')
  await git(['init', '-q', '-b', 'main'], { cwd: dir })
  writeFiles(dir, { 'alarms.csv': ALARMS, 'evidence.csv': `${EVIDENCE_HEADER}\n`, 'ack-ledger.csv': `${LEDGER_HEADER}\n${OLD}\n${ROW1}\n` })
  await commit(dir, 'ledger: first acks')
  return dir
}

const history = (r: Awaited<ReturnType<typeof runLedgerGate>>) =>
  r.defects.filter((d) => d.defect_code.startsWith('LEDGER_HISTORY')).map((d) => [d.subject, d.defect_code, d.severity, d.detail])

describe('ledger history in git', () => {
  let dir: string
  let rewrite: string
  beforeAll(async () => {
    dir = await repo()
    appendFileSync(join(dir, 'ack-ledger.csv'), `${ROW2}\n`)
    await commit(dir, 'ledger: append ALM-2')
    const text = readFileSync(join(dir, 'ack-ledger.csv'), 'utf8')
    writeFileSync(join(dir, 'ack-ledger.csv'), text.replace(ROW1, ROW1.replace('10:04:00Z,15', '10:02:00Z,15')).replace(`${OLD}\n`, ''))
    rewrite = await commit(dir, 'ledger: tidy up')
  })

  it('appending is not a rewrite', async () => {
    const d = await repo()
    appendFileSync(join(d, 'ack-ledger.csv'), `${ROW2}\n`)
    await commit(d, 'append')
    const r = await runLedgerGate(settingsFor(d, NOW))
    expect(history(r)).toEqual([])
    expect(await scanLedgerHistory(join(d, 'ack-ledger.csv'))).toMatchObject({ status: 'checked', commits: 2, rewrites: [] })
  })

  it('reports an active row edited in place as blocking, with the commit that did it', async () => {
    const r = await runLedgerGate(settingsFor(dir, NOW))
    expect(history(r)).toEqual([
      ['alm-1', 'LEDGER_HISTORY_REWRITTEN', 'blocking', `commit ${rewrite.slice(0, 12)} changed or removed line 3 of the previous version: ${ROW1}`],
      ['alm-9', 'LEDGER_HISTORY_REWRITTEN', 'warning', `commit ${rewrite.slice(0, 12)} changed or removed line 2 of the previous version: ${OLD}`]
    ])
    expect(r.decision).toBe('no-go')
    expect(r.alarms.find((a) => a.alarm.alarm_id === 'alm-1')?.valid_ack).toBe(false)
  })

  it('downgrades a rewrite to a warning once the original row is restored', async () => {
    const d = await repo()
    const path = join(d, 'ack-ledger.csv')
    writeFileSync(path, readFileSync(path, 'utf8').replace(ROW1, ROW1.replace(',kim,', ',kimberly,')))
    await commit(d, 'edit')
    appendFileSync(path, `${ROW1}\n`)
    await commit(d, 'restore')
    const r = await runLedgerGate(settingsFor(d, NOW))
    expect(history(r).map(([s, c, sev]) => [s, c, sev])).toEqual([['alm-1', 'LEDGER_HISTORY_REWRITTEN', 'warning']])
    expect(r.defects.find((x) => x.defect_code === 'LEDGER_HISTORY_REWRITTEN')?.detail).toContain('the original row is back')
  })

  it('sees uncommitted in-place edits too', async () => {
    const d = await repo()
    const path = join(d, 'ack-ledger.csv')
    writeFileSync(path, readFileSync(path, 'utf8').replace(ROW1, ROW1.replace('investigating', 'resolved')))
    const r = await runLedgerGate(settingsFor(d, NOW))
    expect(history(r)[0]).toEqual(['alm-1', 'LEDGER_HISTORY_REWRITTEN', 'blocking', `uncommitted changes changed or removed line 3 of the previous version: ${ROW1}`])
  })

  it('does not guess on a shallow clone', async () => {
    const clone = tempDir('shallow')
    await git(['clone', '-q', '--depth', '1', `file://${dir}`, clone], { cwd: clone })
    const r = await runLedgerGate(settingsFor(clone, NOW))
    expect(history(r)).toEqual([['', 'LEDGER_HISTORY_UNCHECKED', 'warning', 'shallow clone: the ledger history cannot be checked for rewrites, so it was not']])
  })

  it.each([
    ['outside any repository', false, 'not inside a git repository; append-only history not checked'],
    ['not committed yet', true, 'the ledger file has no committed history yet']
  ])('says so when the ledger is %s', async (_n, init, detail) => {
    const d = tempDir('plain')
    if (init) await git(['init', '-q', '-b', 'main'], { cwd: d })
    writeFiles(d, { 'alarms.csv': ALARMS, 'evidence.csv': `${EVIDENCE_HEADER}\n`, 'ack-ledger.csv': `${LEDGER_HEADER}\n${ROW1}\n${ROW2}\n` })
    const r = await runLedgerGate(settingsFor(d, NOW))
    expect(history(r)).toEqual([['', 'LEDGER_HISTORY_UNCHECKED', 'info', detail]])
    expect(r.decision).toBe('go')
  })
})

describe('a rewrite that arrives by a merge', () => {
  it('is found at the merge commit, diffed against its first parent', async () => {
    const d = await repo()
    await git(['checkout', '-q', '-b', 'tidy'], { cwd: d })
    writeFileSync(join(d, 'ack-ledger.csv'), readFileSync(join(d, 'ack-ledger.csv'), 'utf8').replace(OLD, OLD.replace('kim', 'lee')))
    await commit(d, 'tidy: rename acknowledger')
    await git(['checkout', '-q', 'main'], { cwd: d })
    appendFileSync(join(d, 'ack-ledger.csv'), `${ROW2}\n`)
    await commit(d, 'append ALM-2')
    tick++
    const date = `2026-11-23T09:${String(tick).padStart(2, '0')}:00Z`
    const env = { GIT_AUTHOR_NAME: 'Ledger Test', GIT_AUTHOR_EMAIL: 'ledger@example.test', GIT_COMMITTER_NAME: 'Ledger Test', GIT_COMMITTER_EMAIL: 'ledger@example.test', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    await git(['-c', 'commit.gpgsign=false', 'merge', '-q', '--no-ff', '-m', 'merge tidy', 'tidy'], { cwd: d, env })
    const merge = (await git(['rev-parse', 'HEAD'], { cwd: d })).stdout.toString().trim()
    const report = await scanLedgerHistory(join(d, 'ack-ledger.csv'))
    expect(report).toEqual({ status: 'checked', commits: 3, rewrites: [{ commit: merge, line: 2, text: OLD }] })
  })
})

describe('parseNumstat', () => {
  it('counts the commits and names those that removed lines, once each', () => {
    const log = ['\u0000aaaa', '', '3\t0\tl.csv', '\u0000bbbb', '', '1\t2\tl.csv', '\u0000cccc', '', '0\t0\tl.csv', ''].join('\n')
    expect(parseNumstat(log)).toEqual({ commits: 3, removing: ['bbbb'] })
    expect(parseNumstat('\u0000\n0\t1\tl.csv\n')).toEqual({ commits: 0, removing: [''] })
  })
})

describe('parseRemovals', () => {
  it('ignores lines a commit removes and adds back verbatim (a newline added at end of file)', () => {
    const log = ['\u0000aaaa', '', 'diff --git a/l.csv b/l.csv', '--- a/l.csv', '+++ b/l.csv', '@@ -3 +3,2 @@', '-x,1', '\\ No newline at end of file', '+x,1', '+y,2', ''].join('\n')
    expect(parseRemovals(log)).toEqual({ commits: 1, rewrites: [] })
  })

  it('numbers removed lines from the hunk header and strips CR', () => {
    const log = ['\u0000bbbb', '', 'diff --git a/l.csv b/l.csv', '@@ -7,2 +7 @@', '-a,1\r', '-b,2\r', '+a,9\r', ''].join('\n')
    expect(parseRemovals(log).rewrites).toEqual([
      { commit: 'bbbb', line: 7, text: 'a,1' },
      { commit: 'bbbb', line: 8, text: 'b,2' }
    ])
  })
})
