import { execFile, execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

// A real RFC 3161 time-stamping authority on this machine: OpenSSL's `openssl ts -reply` behind a
// node:http server on 127.0.0.1. Certificates are P-256, made by `openssl req`/`openssl x509`.
// Nothing is mocked: the code under test speaks HTTP to it and verifies what OpenSSL signed.

const run = promisify(execFile)

export function openssl(args: string[], cwd: string): string {
  return execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' } })
}

/** `openssl ...` with its exit status and both streams, for commands expected to fail. */
export function opensslStatus(args: string[], cwd: string): { status: number; out: string } {
  try {
    return { status: 0, out: openssl(args, cwd) }
  } catch (err) {
    const e = err as { status?: number; stdout?: string; stderr?: string }
    return { status: e.status ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

const slug = (name: string) => name.replace(/[^A-Za-z0-9]+/g, '-')

export interface TestCa {
  dir: string
  /** PEM path */
  cert: string
  key: string
  pem: string
}

/** A self-signed P-256 CA. */
export function makeCa(dir: string, name: string): TestCa {
  const cert = join(dir, `${slug(name)}.pem`)
  const key = join(dir, `${slug(name)}.key`)
  openssl(
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-days', '3650', '-subj', `/CN=${name}`,
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
    dir
  )
  return { dir, cert, key, pem: readFileSync(cert, 'utf8') }
}

export interface TestCert {
  cert: string
  key: string
  pem: string
}

/** A P-256 end-entity certificate issued by `ca`, with the given extendedKeyUsage line (or none). */
export function issue(ca: TestCa, name: string, extendedKeyUsage: string | null, days = 365): TestCert {
  const dir = ca.dir
  const cert = join(dir, `${slug(name)}.crt`)
  const key = join(dir, `${slug(name)}.key`)
  const csr = join(dir, `${slug(name)}.csr`)
  const ext = join(dir, `${slug(name)}.ext`)
  openssl(['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', csr, '-subj', `/CN=${name}`], dir)
  writeFileSync(
    ext,
    [
      'basicConstraints = critical,CA:FALSE',
      'keyUsage = critical,digitalSignature,nonRepudiation',
      ...(extendedKeyUsage ? [`extendedKeyUsage = ${extendedKeyUsage}`] : []),
      'subjectKeyIdentifier = hash',
      'authorityKeyIdentifier = keyid'
    ].join('\n') + '\n'
  )
  openssl(['x509', '-req', '-in', csr, '-CA', ca.cert, '-CAkey', ca.key, '-set_serial', `0x1${randomBytes(8).toString('hex')}`, '-days', String(days), '-sha256', '-extfile', ext, '-out', cert], dir)
  return { cert, key, pem: readFileSync(cert, 'utf8') }
}

/** The TSA section of an openssl.cnf (openssl-ts(1)); ess_cert_id_alg sha256 emits signingCertificateV2. */
export function tsaConfig(dir: string, tsa: TestCert, { digests = 'sha256', essCertIdAlg = 'sha256' }: { digests?: string; essCertIdAlg?: string } = {}): string {
  const path = join(dir, `tsa-${Math.random().toString(36).slice(2)}.cnf`)
  writeFileSync(
    path,
    [
      'oid_section = tsa_oids',
      '[ tsa_oids ]',
      'tsa_policy1 = 1.2.3.4.1',
      '[ tsa ]',
      'default_tsa = tsa_config',
      '[ tsa_config ]',
      `serial = ${join(dir, 'tsaserial')}`,
      `signer_cert = ${tsa.cert}`,
      `signer_key = ${tsa.key}`,
      'signer_digest = sha256',
      `digests = ${digests}`,
      'default_policy = tsa_policy1',
      `ess_cert_id_alg = ${essCertIdAlg}`,
      'accuracy = secs:1',
      ''
    ].join('\n')
  )
  return path
}

export type Behaviour = 'reply' | 'http-500' | 'hang' | 'html'

export interface TestTsa {
  /** http://127.0.0.1:PORT/tsr */
  url: string
  /** what the server does with the next requests */
  behaviour: Behaviour
  /** every request body received, in order */
  requests: Buffer[]
  /** the Authorization header of the last request */
  lastAuthorization: string | undefined
  close(): Promise<void>
}

/** Starts the loopback TSA: each POST runs `openssl ts -reply -config <cnf> -queryfile <req> -out <resp>`. */
export async function startTsa(config: string): Promise<TestTsa> {
  const work = mkdtempSync(join(tmpdir(), 'tsa-http-'))
  let n = 0
  const sockets = new Set<import('node:net').Socket>()
  const state: Omit<TestTsa, 'close' | 'url'> = { behaviour: 'reply', requests: [], lastAuthorization: undefined }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks)
        state.requests.push(body)
        state.lastAuthorization = req.headers.authorization
        if (state.behaviour === 'hang') return
        if (state.behaviour === 'http-500') {
          res.writeHead(500, { 'content-type': 'text/plain' }).end('boom')
          return
        }
        if (state.behaviour === 'html') {
          res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>')
          return
        }
        if (req.method !== 'POST' || req.headers['content-type'] !== 'application/timestamp-query') {
          res.writeHead(415).end()
          return
        }
        const id = ++n
        const reqFile = join(work, `q${id}.tsq`)
        const respFile = join(work, `r${id}.tsr`)
        writeFileSync(reqFile, body)
        try {
          await run('openssl', ['ts', '-reply', '-config', config, '-queryfile', reqFile, '-out', respFile], { cwd: work })
          res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(readFileSync(respFile))
        } catch (err) {
          res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err))
        }
      })()
    })
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const tsa = state as TestTsa
  tsa.url = `http://127.0.0.1:${port}/tsr`
  tsa.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy()
      server.close(() => resolve())
    })
  return tsa
}

/** A fresh directory with a CA, a TSA certificate it issued and that TSA's config. */
export function pki(name: string, eku: string | null = 'critical,timeStamping'): { dir: string; ca: TestCa; tsa: TestCert; config: string } {
  const dir = mkdtempSync(join(tmpdir(), `tsa-${name}-`))
  const ca = makeCa(dir, `${name} Root`)
  const tsa = issue(ca, `${name} TSA`, eku)
  return { dir, ca, tsa, config: tsaConfig(dir, tsa) }
}
