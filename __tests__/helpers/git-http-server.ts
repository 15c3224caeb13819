import { spawn, execFileSync } from 'node:child_process'
import { appendFile, chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// A real git smart-HTTP remote for tests: git's own `git http-backend` (the CGI program that
// Apache/nginx deployments of git use) behind a Node HTTP server on 127.0.0.1 and a random port.
// Clients are native git and isomorphic-git, exactly as in production; nothing is mocked.
// Optional Basic auth mimics GitHub: user `x-access-token`, password = token; a missing or wrong
// token gets 401, a read-only token gets 403 on receive-pack (push) only.

/** 2026-11-18T11:06:40Z: every helper commit is dated from here, so oids are reproducible */
export const FIXED_EPOCH = 1_795_000_000

export interface RequestRecord {
  method: string
  path: string
  service: string | null
  status: number
  user: string | null
}

export interface GitHttpServer {
  /** http://127.0.0.1:PORT */
  origin: string
  /** URL of the served bare repository, e.g. http://127.0.0.1:PORT/store.git */
  url: string
  /** absolute path of the bare repository */
  bareDir: string
  /** every request answered, in order (for assertions about auth and pushes) */
  requests: RequestRecord[]
  /**
   * Called when a push's pack arrives, before git sees it: a test can land a competing push here
   * (the server-side race window after ref advertisement). Pushes made from inside the hook are
   * not intercepted again.
   */
  beforeReceivePack: (() => Promise<void>) | null
  /** install a pre-receive hook (a shell script body) in the bare repo; null removes it */
  setPreReceive(script: string | null): Promise<void>
  close(): Promise<void>
}

export interface GitHttpServerOptions {
  /** when set, every request needs Basic x-access-token:<token> (401 otherwise) */
  token?: string
  /** a token that may fetch but not push (403 on git-receive-pack), like a contents: read token */
  readOnlyToken?: string
  /** repository name in the URL path */
  repoName?: string
  /** initial branch of the bare repository */
  initialBranch?: string
}

interface RunResult {
  stdout: Buffer
  stderr: string
  code: number
}

/**
 * Native git for fixtures. stdin is a pipe only when there is input: writing even an empty string
 * to a child that has already exited (fast commands like `git config`) raises EPIPE.
 */
export function git(args: string[], opts: { cwd: string; input?: string; env?: Record<string, string>; allowFail?: boolean }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: opts.cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C', ...opts.env },
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout!.on('data', (b: Buffer) => out.push(b))
    child.stderr!.on('data', (b: Buffer) => err.push(b))
    child.on('error', reject)
    child.on('close', (code) => {
      const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 }
      if (result.code !== 0 && !opts.allowFail) reject(new Error(`git ${args.join(' ')} failed (${result.code}): ${result.stderr.trim()}`))
      else resolve(result)
    })
    if (opts.input !== undefined) {
      child.stdin!.on('error', () => undefined)
      child.stdin!.end(opts.input)
    }
  })
}

export function basicAuth(token: string): string {
  return `Basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`
}

/** Starts the server with an empty bare repository (receive-pack enabled). */
export async function startGitHttpServer(opts: GitHttpServerOptions = {}): Promise<GitHttpServer> {
  const root = await mkdtemp(join(tmpdir(), 'git-http-'))
  const repoName = opts.repoName ?? 'store.git'
  const bareDir = join(root, repoName)
  await git(['init', '--quiet', '--bare', `--initial-branch=${opts.initialBranch ?? 'main'}`, bareDir], { cwd: root })
  // receivepack: smart-HTTP pushes without REMOTE_USER; gc.auto 0: nothing repacks mid-race;
  // denyNonFastForwards: the server itself refuses a rewrite, as a protected branch would.
  await appendFile(join(bareDir, 'config'), '[http]\n\treceivepack = true\n[gc]\n\tauto = 0\n[receive]\n\tdenyNonFastForwards = true\n')

  const backend = join(execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim(), 'git-http-backend')
  const requests: RequestRecord[] = []

  let inHook = false
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const hook = api.beforeReceivePack
    if (hook !== null && !inHook && req.method === 'POST' && (req.url ?? '').split('?')[0].endsWith('/git-receive-pack')) {
      req.pause()
      inHook = true
      hook().then(
        () => {
          inHook = false
          serve(req, res)
        },
        (err: unknown) => {
          inHook = false
          res.writeHead(500, { 'content-type': 'text/plain' })
          res.end(`beforeReceivePack failed: ${String(err)}\n`)
        }
      )
      return
    }
    serve(req, res)
  }

  const serve = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const service = url.searchParams.get('service') ?? (url.pathname.endsWith('/git-receive-pack') ? 'git-receive-pack' : url.pathname.endsWith('/git-upload-pack') ? 'git-upload-pack' : null)
    const record: RequestRecord = { method: req.method ?? 'GET', path: url.pathname, service, status: 0, user: null }
    requests.push(record)

    const deny = (status: number, text: string): void => {
      record.status = status
      const headers: Record<string, string> = { 'content-type': 'text/plain' }
      if (status === 401) headers['www-authenticate'] = 'Basic realm="git-http-server"'
      res.writeHead(status, headers)
      res.end(`${text}\n`)
      req.resume()
    }

    if (opts.token !== undefined || opts.readOnlyToken !== undefined) {
      const given = req.headers.authorization ?? ''
      const full = opts.token !== undefined && given === basicAuth(opts.token)
      const readOnly = opts.readOnlyToken !== undefined && given === basicAuth(opts.readOnlyToken)
      if (!full && !readOnly) return deny(401, 'Authentication failed')
      if (readOnly && service === 'git-receive-pack') return deny(403, 'Permission to push denied: this token is read-only')
      record.user = 'x-access-token'
    }

    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: root,
      REQUEST_METHOD: record.method,
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.replace(/^\?/, ''),
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_ADDR: '127.0.0.1',
      ...(record.user ? { REMOTE_USER: record.user } : {}),
      ...(req.headers['content-length'] ? { CONTENT_LENGTH: req.headers['content-length'] } : {}),
      ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
      ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {})
    }
    const cgi = spawn(backend, [], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    req.pipe(cgi.stdin)
    cgi.stdin.on('error', () => undefined)
    cgi.stderr.resume()

    // CGI output: header lines, a blank line, then the body, which is streamed as it comes.
    let head = Buffer.alloc(0)
    let headerDone = false
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headerDone) {
        res.write(chunk)
        return
      }
      head = Buffer.concat([head, chunk])
      const crlf = head.indexOf('\r\n\r\n')
      const lf = head.indexOf('\n\n')
      const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf : lf
      if (end < 0) return
      const sepLen = end === crlf ? 4 : 2
      const lines = head.subarray(0, end).toString('latin1').split(/\r?\n/)
      let status = 200
      const headers: Record<string, string> = {}
      for (const line of lines) {
        const i = line.indexOf(':')
        if (i < 0) continue
        const name = line.slice(0, i).trim()
        const value = line.slice(i + 1).trim()
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10)
        else headers[name] = value
      }
      record.status = status
      res.writeHead(status, headers)
      headerDone = true
      res.write(head.subarray(end + sepLen))
    })
    cgi.on('close', () => {
      if (!headerDone) {
        record.status = 502
        res.writeHead(502, { 'content-type': 'text/plain' })
      }
      res.end()
    })
    cgi.on('error', () => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  }

  const server: Server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`

  const api: GitHttpServer = {
    origin,
    url: `${origin}/${repoName}`,
    bareDir,
    requests,
    beforeReceivePack: null,
    async setPreReceive(script) {
      const hook = join(bareDir, 'hooks', 'pre-receive')
      if (script === null) {
        await rm(hook, { force: true })
        return
      }
      await mkdir(join(bareDir, 'hooks'), { recursive: true })
      await writeFile(hook, `#!/bin/sh\n${script}\n`)
      await chmod(hook, 0o755)
    },
    /** stops listening (later requests: ECONNREFUSED) and removes the repository; idempotent */
    async close() {
      if (!server.listening) return
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await rm(root, { recursive: true, force: true })
    }
  }
  return api
}

// ---------------------------------------------------------------------------------------------
// Clone and commit helpers. Native git only (it is the reference implementation the product's
// isomorphic-git writes must agree with); authentication goes through the environment
// (GIT_CONFIG_COUNT), never argv or .git/config, the same way a careful CI script passes it.

export function authEnv(token: string | undefined): Record<string, string> {
  if (token === undefined) return {}
  return { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraHeader', GIT_CONFIG_VALUE_0: `Authorization: ${basicAuth(token)}` }
}

/** Author and committer dates fixed at FIXED_EPOCH + offset seconds, so oids are reproducible. */
export function fixedDateEnv(offsetSeconds = 0): Record<string, string> {
  const date = `@${FIXED_EPOCH + offsetSeconds} +0000`
  return {
    GIT_AUTHOR_NAME: 'Fixture Author',
    GIT_AUTHOR_EMAIL: 'fixture@example.invalid',
    GIT_COMMITTER_NAME: 'Fixture Author',
    GIT_COMMITTER_EMAIL: 'fixture@example.invalid',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date
  }
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `${prefix}-`))
}

export async function cloneRepo(url: string, dir: string, opts: { depth?: number; branch?: string; token?: string } = {}): Promise<string> {
  const args = ['clone', '--quiet', '--no-tags']
  if (opts.depth !== undefined) args.push(`--depth=${opts.depth}`)
  if (opts.branch !== undefined) args.push(`--branch=${opts.branch}`)
  args.push('--config=user.name=Fixture Author', '--config=user.email=fixture@example.invalid', url, dir)
  await git(args, { cwd: tmpdir(), env: authEnv(opts.token) })
  return dir
}

/**
 * Seeds the served repository directly (git fast-import into the bare repo, one process): `count`
 * commits on `branch`, commit i adding `files(i)` and dated FIXED_EPOCH + i, on top of the
 * branch's current tip unless `orphan`. Returns the new tip.
 */
export async function seedCommits(
  server: GitHttpServer,
  opts: { branch?: string; count: number; files?: (i: number) => Record<string, string>; orphan?: boolean }
): Promise<string> {
  const branch = opts.branch ?? 'main'
  const ref = `refs/heads/${branch}`
  const current = await git(['rev-parse', '--verify', '--quiet', ref], { cwd: server.bareDir, allowFail: true })
  const parent = current.code === 0 && !opts.orphan ? current.stdout.toString('utf8').trim() : null
  const files = opts.files ?? ((i: number) => ({ [`src/file-${String(i).padStart(4, '0')}.txt`]: `content ${i}\n` }))
  let stream = opts.orphan ? `reset ${ref}\n\n` : ''
  for (let i = 1; i <= opts.count; i++) {
    const msg = `commit ${i}\n`
    stream += `commit ${ref}\ncommitter Fixture Author <fixture@example.invalid> ${FIXED_EPOCH + i} +0000\n`
    stream += `data ${Buffer.byteLength(msg)}\n${msg}`
    if (i === 1 && parent) stream += `from ${parent}\n`
    for (const [path, content] of Object.entries(files(i))) {
      stream += `M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`
    }
    stream += '\n'
  }
  await git(['fast-import', '--quiet', ...(opts.orphan ? ['--force'] : [])], { cwd: server.bareDir, input: stream })
  return (await git(['rev-parse', ref], { cwd: server.bareDir })).stdout.toString('utf8').trim()
}

/** The remote's tip of `branch` by native `git ls-remote`, or null when the branch is absent. */
export async function lsRemote(url: string, branch: string, token?: string): Promise<string | null> {
  const r = await git(['ls-remote', '--exit-code', url, `refs/heads/${branch}`], { cwd: tmpdir(), env: authEnv(token), allowFail: true })
  if (r.code === 2) return null
  if (r.code !== 0) throw new Error(`ls-remote failed: ${r.stderr}`)
  return r.stdout.toString('utf8').split('\t')[0]
}

export async function gitText(dir: string, args: string[]): Promise<string> {
  return (await git(args, { cwd: dir })).stdout.toString('utf8').trim()
}
