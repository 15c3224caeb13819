import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { failStep, renderFailureSummary, settle } from '../../src/action/outcome.js'
import { InternalError, PolicyFailure, UserError } from '../../src/errors.js'
import { assertPublishAllowed, assessPublishEvent } from '../../src/publish/unsafe-event.js'
import { annotationsIn } from './workspace.js'

// How a step ends, with the real @actions/core writing to stdout: exit 0/1/2, and a throw of
// anything (even a string) fails the step.

let stdout: string[]
let dir: string
beforeEach(async () => {
  stdout = []
  dir = await mkdtemp(join(tmpdir(), 'outcome-'))
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(async () => {
  vi.restoreAllMocks()
  process.exitCode = undefined
  await rm(dir, { recursive: true, force: true })
})

describe('settle', () => {
  it.each([
    [0, undefined, []],
    [1, 'Ledger gate: no-go with 3 blocking defects in full mode; see the job summary.', ['::error::Ledger gate: no-go with 3 blocking defects in full mode; see the job summary.']],
    [2, 'cannot', ['::error::cannot']]
  ] as const)('exit %i', (exitCode, failure, lines) => {
    settle({ exitCode, ...(failure ? { failure } : {}) })
    expect(process.exitCode).toBe(exitCode)
    expect(stdout.join('').split('\n').filter(Boolean)).toEqual(lines)
  })
})

describe('failStep', () => {
  it('fails the step with exit 2 when something that is not an Error is thrown', async () => {
    await failStep('boom')
    expect(process.exitCode).toBe(2)
    expect(stdout.join('')).toContain('::error::internal error: boom\n')
  })

  it('fails with exit 2 on a user error (core.setFailed alone would give 1)', async () => {
    await failStep(new UserError({ code: 'INPUT_INVALID', message: '1 invalid Action input', problems: [{ file: 'action inputs', field: 'push', message: "'yes' is not a boolean" }] }))
    expect(process.exitCode).toBe(2)
    expect(stdout.join('')).toBe("::error::INPUT_INVALID: 1 invalid Action input%0A  - action inputs: push: 'yes' is not a boolean\n")
  })

  it('annotates the located problems of an invalid policy at their file and line', async () => {
    const problems = Array.from({ length: 12 }, (_, i) => ({ file: 'policies/ack-ledger.yaml', line: i + 3, field: `/sla_policy/k${i}`, message: 'must be integer', fix: 'use whole minutes' }))
    await failStep(new UserError({ code: 'POLICY_INVALID', message: 'policies/ack-ledger.yaml: 12 problems', problems }))
    const a = annotationsIn(stdout.join(''))
    // four located annotations plus the step failure, leaving room for errors of earlier stages
    expect(a.filter((x) => x.level === 'error')).toHaveLength(5)
    expect(a[0]).toEqual({ level: 'error', props: { title: 'POLICY_INVALID /sla_policy/k0', file: 'policies/ack-ledger.yaml', line: '3' }, message: 'must be integer (fix: use whole minutes)' })
    expect(process.exitCode).toBe(2)
  })

  it('exits 1 for a thrown policy failure and 2 for an internal error', async () => {
    await failStep(new PolicyFailure({ code: 'PUBLISH_FAILED', message: 'push rejected' }))
    expect(process.exitCode).toBe(1)
    await failStep(new InternalError({ code: 'GIT', message: 'git exploded' }))
    expect(process.exitCode).toBe(2)
    expect(stdout.join('')).toContain('::error::internal error: git exploded')
  })

  it('appends an escaped failure summary to the step summary file', async () => {
    const summary = join(dir, 'summary.md')
    await writeFile(summary, 'earlier\n')
    await failStep(new UserError({ code: 'POLICY_INVALID', message: 'bad', problems: [{ file: 'p.yaml', line: 4, field: '/a', message: '<script>x</script> | y' }] }), summary)
    const md = await readFile(summary, 'utf8')
    expect(md.startsWith('earlier\n## release-evidence: cannot evaluate\n')).toBe(true)
    expect(md).toContain('| p.yaml | 4 | /a | &lt;script&gt;x&lt;/script&gt; &#124; y |  |')
  })

  it('UNSAFE_EVENT points at no file: the event is not a path, even when the workspace has a file named "workflow"', async () => {
    await writeFile(join(dir, 'workflow'), 'x')
    const verdict = assessPublishEvent({
      env: { GITHUB_REPOSITORY: 'octo/release', GITHUB_EVENT_NAME: 'pull_request_target' },
      event: { pull_request: { head: { repo: { full_name: 'mallory/release' } }, base: { repo: { full_name: 'octo/release' } } } },
      allowUnsafe: false
    })
    let err: unknown
    try {
      assertPublishAllowed(verdict)
    } catch (e) {
      err = e
    }
    expect(err).toMatchObject({ code: 'UNSAFE_EVENT' })
    await failStep(err, '', dir)
    const a = annotationsIn(stdout.join(''))
    expect(a).toHaveLength(1)
    expect(a[0]).toMatchObject({ level: 'error', props: {} })
    expect(a[0].message).toMatch(/^UNSAFE_EVENT: /)
    expect(stdout.join('')).not.toMatch(/file=/)
    expect(process.exitCode).toBe(2)
  })

  it.each([
    ['without a field', undefined, 'POLICY_INVALID'],
    ['with an empty field', '', 'POLICY_INVALID'],
    ['with a field', '/sla_policy', 'POLICY_INVALID /sla_policy']
  ])('an annotation title %s has no trailing space', async (_name, field, title) => {
    await writeFile(join(dir, 'p.yaml'), 'a: 1\n')
    await failStep(new UserError({ code: 'POLICY_INVALID', message: 'bad', problems: [{ file: 'p.yaml', line: 1, ...(field === undefined ? {} : { field }), message: 'm' }] }), '', dir)
    const located = annotationsIn(stdout.join('')).filter((x) => x.props.file === 'p.yaml')
    expect(located.map((x) => x.props.title)).toEqual([title])
    // the raw command too: no space before the comma that ends the title property
    expect(stdout.join('')).not.toMatch(/title=[^,:]* ,/)
  })

  it('renders a non-Error throw in the summary as text', () => {
    expect(renderFailureSummary(42)).toBe('## release-evidence: cannot evaluate\n\ninternal error: 42\n')
  })
})
