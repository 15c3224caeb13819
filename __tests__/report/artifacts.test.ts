import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { artifactName, commonRoot, loadArtifactClient, uploadFiles } from '../../src/report/artifacts.js'
import { startLoopback, type Loopback, type Recorded } from './loopback.js'

// The upload path runs the real @actions/artifact client against a loopback stand-in for the
// runner's results service (twirp JSON) and its blob storage (Azure block-blob PUTs), so the
// assertion is about the bytes that would reach GitHub, not about a mocked call.

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService'

/** An unsigned JWT with the scope claim the library reads the run and job ids from. */
function runtimeToken(): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: 'Actions.GenericRead Actions.Results:run-77:job-88' })}.sig`
}

function resultsService(blocks: Map<string, Buffer>, committed: { body?: string }): (req: Recorded) => { status: number; body?: unknown; headers?: Record<string, string> } {
  return (req) => {
    const url = new URL(req.path, 'http://x')
    if (url.pathname === `${TWIRP}/CreateArtifact`) {
      return { status: 200, body: { ok: true, signedUploadUrl: `${api!.url}/blob/container/artifact.zip?sig=s3cret` } }
    }
    if (url.pathname === `${TWIRP}/FinalizeArtifact`) return { status: 200, body: { ok: true, artifactId: '9001' } }
    if (url.pathname.startsWith('/blob/') && req.method === 'PUT') {
      const comp = url.searchParams.get('comp')
      if (comp === 'block') blocks.set(url.searchParams.get('blockid')!, req.body)
      else if (comp === 'blocklist') committed.body = req.body.toString('utf8')
      else blocks.set('single', req.body)
      return { status: 201, headers: { 'x-ms-request-id': 'r', 'x-ms-version': '2024-08-04', etag: '"e"', 'last-modified': new Date(0).toUTCString() } }
    }
    return { status: 404, body: { msg: `unexpected ${req.method} ${req.path}` } }
  }
}

let api: Loopback | undefined
let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'artifacts-'))
})
afterEach(async () => {
  await api?.close()
  api = undefined
  vi.unstubAllEnvs()
  await rm(dir, { recursive: true, force: true })
})

describe('uploadFiles', () => {
  it('skips outside a runner without loading @actions/artifact', async () => {
    const load = vi.fn(loadArtifactClient)
    const r = await uploadFiles({ name: 'release-evidence', files: [join(dir, 'defects.csv')], available: false, load })
    expect(r).toEqual({ status: 'skipped', reason: 'not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN is not set)' })
    expect(load).not.toHaveBeenCalled()
  })

  it('uploads the report files as one zip through the results service and blob storage', async () => {
    const blocks = new Map<string, Buffer>()
    const committed: { body?: string } = {}
    api = await startLoopback((req) => resultsService(blocks, committed)(req))
    await mkdir(join(dir, 'out'))
    await mkdir(join(dir, 'closure-packets', 'rw-1'), { recursive: true })
    const files = [join(dir, 'out', 'defects.csv'), join(dir, 'closure-packets', 'rw-1', 'verify-r001.log')]
    await writeFile(files[0], 'alarm_id,defect_code\nalm-1,ACK_MISSING\n')
    await writeFile(files[1], 'signature: ok\n')
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', runtimeToken())
    vi.stubEnv('ACTIONS_RESULTS_URL', `${api.url}/`)
    vi.stubEnv('GITHUB_WORKSPACE', dir)
    vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com')

    const r = await uploadFiles({ name: 'release-evidence-gate', files, available: true })

    expect(r).toMatchObject({ status: 'uploaded', name: 'release-evidence-gate', id: 9001, files: [...files].sort() })
    const create = api.requests.find((q) => q.path.endsWith('/CreateArtifact'))!.json() as Record<string, unknown>
    expect(create).toMatchObject({ workflow_run_backend_id: 'run-77', workflow_job_run_backend_id: 'job-88', name: 'release-evidence-gate', version: 7, mime_type: 'application/zip' })
    expect(api.requests.find((q) => q.path.endsWith('/CreateArtifact'))!.headers.authorization).toBe(`Bearer ${runtimeToken()}`)
    const finalize = api.requests.find((q) => q.path.endsWith('/FinalizeArtifact'))!.json() as Record<string, unknown>
    expect(finalize).toMatchObject({ name: 'release-evidence-gate' })

    // the uploaded bytes are a zip holding both files at paths relative to their common root
    const zip = Buffer.concat(blocks.size === 1 && blocks.has('single') ? [blocks.get('single')!] : orderedBlocks(blocks, committed.body ?? ''))
    const zipPath = join(dir, 'uploaded.zip')
    await writeFile(zipPath, zip)
    const listing = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).trim().split('\n').sort()
    expect(listing).toEqual(['closure-packets/rw-1/verify-r001.log', 'out/defects.csv'])
    expect(execFileSync('unzip', ['-p', zipPath, 'out/defects.csv'], { encoding: 'utf8' })).toBe('alarm_id,defect_code\nalm-1,ACK_MISSING\n')
  })

  it('reports a refused upload as failed, never as a crash', async () => {
    api = await startLoopback(() => ({ status: 401, body: { code: 'unauthenticated', msg: 'bad token' } }))
    await writeFile(join(dir, 'defects.csv'), 'x\n')
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', runtimeToken())
    vi.stubEnv('ACTIONS_RESULTS_URL', api.url)
    vi.stubEnv('GITHUB_WORKSPACE', dir)
    const r = await uploadFiles({ name: 'release-evidence', files: [join(dir, 'defects.csv')], available: true })
    expect(r.status).toBe('failed')
  })
})

function orderedBlocks(blocks: Map<string, Buffer>, blockList: string): Buffer[] {
  const ids = [...blockList.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((m) => m[1])
  return ids.map((id) => blocks.get(id)!)
}

describe('artifact naming and roots', () => {
  it.each([
    ['release-evidence', 'gate', 'release-evidence-gate'],
    ['release-evidence', 'close window: "a/b"', 'release-evidence-close-window-a-b'],
    ['release-evidence', '', 'release-evidence']
  ])('artifactName(%j, %j) = %j', (base, job, want) => {
    expect(artifactName(base, job)).toBe(want)
  })

  it('roots the artifact at the deepest directory holding every file', () => {
    expect(commonRoot(['/w/a/b/x.csv', '/w/a/c/y.log'])).toBe('/w/a')
    expect(commonRoot(['/w/a/x.csv'])).toBe('/w/a')
    expect(commonRoot(['/w/a/x.csv', '/w/ab/y.csv'])).toBe('/w')
  })
})

describe('artifact names per run, job and matrix leg', () => {
  const jwt = (jobRun: string) => `h.${Buffer.from(JSON.stringify({ scp: `Actions.GenericRead:1 Actions.Results:run-1:${jobRun}` })).toString('base64url')}.sig`
  const env = (jobRun: string, step = 'gate') => ({ ACTIONS_RUNTIME_TOKEN: jwt(jobRun), GITHUB_ACTION: step, GITHUB_JOB: 'close' })

  it('differs between two legs of one matrix job (same GITHUB_JOB, different job runs)', async () => {
    const { artifactLeg } = await import('../../src/action/runner.js')
    const a = artifactName('release-evidence', 'close', artifactLeg(env('leg-a')))
    const b = artifactName('release-evidence', 'close', artifactLeg(env('leg-b')))
    expect(a).toMatch(/^release-evidence-close-[0-9a-f]{8}$/)
    expect(b).toMatch(/^release-evidence-close-[0-9a-f]{8}$/)
    expect(a).not.toBe(b)
  })

  it('differs between two steps of one job, and is stable for one step', async () => {
    const { artifactLeg } = await import('../../src/action/runner.js')
    expect(artifactLeg(env('leg-a', 'gate'))).not.toBe(artifactLeg(env('leg-a', 'gate_2')))
    expect(artifactLeg(env('leg-a', 'gate'))).toBe(artifactLeg(env('leg-a', 'gate')))
  })

  it('never carries the token itself, and is empty off a runner', async () => {
    const { artifactLeg } = await import('../../src/action/runner.js')
    const token = jwt('leg-a')
    expect(artifactLeg(env('leg-a'))).not.toContain(token.slice(0, 8))
    expect(artifactLeg({})).toBe('')
  })
})
