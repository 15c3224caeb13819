import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

// A loopback HTTP server (node:http on 127.0.0.1, random port) standing in for a remote API.
// Every request is recorded with its method, path, headers and raw body; the test supplies the
// answers. Nothing in the code under test is replaced: it speaks real HTTP to this server.

export interface Recorded {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: Buffer
  json(): unknown
}

export type Responder = (req: Recorded, index: number) => { status: number; body?: unknown; headers?: Record<string, string> }

export interface Loopback {
  url: string
  requests: Recorded[]
  close(): Promise<void>
}

export async function startLoopback(respond: Responder): Promise<Loopback> {
  const requests: Recorded[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const rec: Recorded = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        json: () => JSON.parse(body.toString('utf8'))
      }
      requests.push(rec)
      let answer: ReturnType<Responder>
      try {
        answer = respond(rec, requests.length - 1)
      } catch (err) {
        answer = { status: 500, body: { message: (err as Error).message } }
      }
      const payload = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
      res.end(payload)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      })
  }
}

/** A stand-in for the Checks API: create answers 201 with an id, updates 200; `forbid` answers 403. */
export function checksApi(opts: { forbid?: boolean; failAt?: number } = {}): Responder {
  return (req, i) => {
    if (opts.forbid) return { status: 403, body: { message: 'Resource not accessible by integration' } }
    if (opts.failAt === i) return { status: 502, body: { message: 'Bad gateway' } }
    if (req.method === 'POST') return { status: 201, body: { id: 4242, html_url: 'https://github.com/o/r/runs/4242' } }
    return { status: 200, body: { id: 4242 } }
  }
}
