import { Worker, type MessagePort } from 'node:worker_threads'
import type { Settings } from '../settings.js'
import { knownRepo, withKnownRepo, type KnownRepo } from '../trust/pin.js'
import type { PacketInspector, RevisionFacts } from './inspect.js'
import { parseStorePath } from './layout.js'

// A second thread for packet inspection (Ed25519, canonical JSON, the family checks), so a full
// verify uses both cores: the main thread reads git and inspects too, and hands the worker a share
// of the packets. The worker builds its own inspectors from the same settings and commit, and is
// used only when every one of them has the fingerprint of the main thread's (keyring, policy,
// verifier version): the same verdict function, so the same facts. Anything unexpected (the
// worker fails to start, builds other inspectors, or throws on a batch) makes the main thread
// inspect those packets itself, exactly as without a worker. The worker trusts nothing the main
// thread would not: it reads the pinned trust root at the same commit.

/** A registered family as the worker needs it (src/lesson.ts FamilySpec): its name and how its inspector is built. */
export interface InspectorSpec {
  family: { name: string }
  inspector(settings: Settings): Promise<PacketInspector>
}

/** What the worker is started with: settings without secrets or URLs, and the repository facts. */
export interface InspectWorkerData {
  settings: Settings
  known: KnownRepo
}

export interface WorkItem {
  /** index of the family (inspector) in the list given */
  family: number
  path: string
  packet: Buffer
  signature?: Buffer
}

/** The families (by name) the worker is to inspect, in the order items name them. */
interface Init {
  type: 'init'
  families: string[]
}

interface Batch {
  type: 'batch'
  id: number
  /** all blobs of the batch in one buffer (transferred), with each item's spans */
  bytes: ArrayBuffer
  items: { family: number; path: string; packet: [number, number]; signature: [number, number] | null }[]
}

type Reply = { type: 'ready'; fingerprints: string[] | null } | { type: 'facts'; id: number; facts: (RevisionFacts | null)[] | null }

/** One inspection of one packet, the same in either thread: null when the path is not a revision's packet. */
export function inspectAt(inspector: PacketInspector, path: string, packet: Buffer, signature: Buffer | undefined): RevisionFacts | null {
  const p = parseStorePath(inspector.family, path)
  if (p.type !== 'artifact') return null
  return inspector.inspect({ ref: p.ref, path, packet, signature })
}

const fingerprintOf = (i: PacketInspector) => `${i.family.name}\0${i.fingerprint}\0${i.now}`

export interface InspectPool {
  /** true once the worker has built inspectors identical to this thread's */
  ready(): boolean
  /** settles once the worker has built its inspectors (or failed): whether it will be used */
  settled(): Promise<boolean>
  /** packets handed to the worker and not yet answered */
  outstanding(): number
  /** facts in item order, or null: inspect these items in this thread */
  submit(items: readonly WorkItem[]): Promise<(RevisionFacts | null)[] | null>
  close(): void
}

/** A started worker, loading its code: pool() tells it which inspectors to build. */
export interface InspectWorker {
  pool(inspectors: readonly PacketInspector[]): InspectPool
  close(): void
}

/**
 * Starts the worker at `url` for `settings` (the ones the inspectors are built from: they must
 * know the repository, withKnownRepo), or undefined without a worker. It holds the process open
 * only while it has packets to answer.
 */
export function startInspectWorker(url: URL | undefined, settings: Settings): InspectWorker | undefined {
  const known = knownRepo(settings)
  if (!url || !known) return undefined
  // Secrets and URLs never cross: the verifier needs no signing key, and URLs do not clone.
  const { signing: _s, publish: _p, readWorker: _r, inspectWorker: _i, ...plain } = settings
  const data: InspectWorkerData = { settings: plain, known }
  let worker: Worker
  try {
    worker = new Worker(url, { workerData: data })
  } catch {
    return undefined
  }
  worker.unref()
  let fingerprints: string[] | null | undefined
  let broken = false
  let told = () => undefined as void
  const told$ = new Promise<void>((r) => (told = r))
  let next = 0
  let inFlight = 0
  const waiting = new Map<number, { n: number; done: (facts: (RevisionFacts | null)[] | null) => void }>()
  const fail = () => {
    broken = true
    told()
    for (const w of waiting.values()) w.done(null)
    waiting.clear()
    inFlight = 0
  }
  worker.on('error', fail)
  worker.on('exit', fail)
  worker.on('message', (m: Reply) => {
    if (m.type === 'ready') {
      fingerprints = m.fingerprints
      told()
    }
    else {
      const w = waiting.get(m.id)
      if (!w) return
      waiting.delete(m.id)
      inFlight -= w.n
      if (inFlight === 0) worker.unref()
      w.done(m.facts)
    }
  })
  const close = () => {
    broken = true
    worker.removeAllListeners('exit')
    void worker.terminate()
  }
  return {
    close,
    pool(inspectors) {
      const expected = inspectors.map(fingerprintOf)
      worker.postMessage({ type: 'init', families: inspectors.map((i) => i.family.name) } satisfies Init)
      const ready = () => !broken && fingerprints !== undefined && fingerprints !== null && fingerprints.length === expected.length && fingerprints.every((f, i) => f === expected[i])
      return {
        ready,
        settled: () => told$.then(ready),
        outstanding: () => inFlight,
        submit(items) {
          if (broken) return Promise.resolve(null)
          const total = items.reduce((n, it) => n + it.packet.length + (it.signature?.length ?? 0), 0)
          // A fresh buffer, transferred: a blob is a view into a large read chunk, which would be cloned whole.
          const bytes = new Uint8Array(total)
          let at = 0
          const put = (b: Buffer): [number, number] => {
            bytes.set(b, at)
            at += b.length
            return [at - b.length, b.length]
          }
          const batch: Batch = {
            type: 'batch',
            id: next++,
            bytes: bytes.buffer,
            items: items.map((it) => ({ family: it.family, path: it.path, packet: put(it.packet), signature: it.signature ? put(it.signature) : null }))
          }
          if (inFlight === 0) worker.ref()
          inFlight += items.length
          return new Promise((resolve) => {
            waiting.set(batch.id, { n: items.length, done: resolve })
            worker.postMessage(batch, [batch.bytes])
          })
        },
        close
      }
    }
  }
}

/** The worker's side: on init builds the inspectors asked for and says which, then answers batches in order. */
export function serveInspections(registry: readonly InspectorSpec[], data: InspectWorkerData, port: MessagePort): void {
  const proving = withKnownRepo(data.settings, data.known)
  let inspectors: Promise<PacketInspector[] | null> = Promise.resolve(null)
  port.on('message', (m: Init | Batch) => {
    if (m.type === 'init') {
      const specs = m.families.map((name) => registry.find((f) => f.family.name === name))
      inspectors = specs.every((s) => s !== undefined) ? Promise.all(specs.map((s) => s.inspector(proving))).catch(() => null) : Promise.resolve(null)
      void inspectors.then((built) => port.postMessage({ type: 'ready', fingerprints: built ? built.map(fingerprintOf) : null } satisfies Reply))
      return
    }
    // Batches come only after ready, so the inspectors are built; answered in arrival order.
    void inspectors.then((built) => {
      let facts: (RevisionFacts | null)[] | null
      try {
        const view = (span: [number, number]) => Buffer.from(m.bytes, span[0], span[1])
        facts = built ? m.items.map((it) => inspectAt(built[it.family], it.path, view(it.packet), it.signature ? view(it.signature) : undefined)) : null
      } catch {
        facts = null
      }
      port.postMessage({ type: 'facts', id: m.id, facts } satisfies Reply)
    })
  })
}
