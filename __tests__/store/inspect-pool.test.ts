import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FAMILIES } from '../../src/lessons.js'
import type { Settings } from '../../src/settings.js'
import type { PacketInspector, RevisionFacts } from '../../src/store/inspect.js'
import { inspectAt, startInspectWorker, type WorkItem } from '../../src/store/inspect-pool.js'
import { withKnownRepo } from '../../src/trust/pin.js'
import { settingsFor } from '../helpers/settings.js'
import { cleanupTempDirs, head } from './git-fixture.js'
import { NOW, WINDOW, demoKeyFile, exportClosure, pinOf, storeRepo } from './store-fixture.js'

// The inspect worker (the bundled dist/inspect-worker, as the CLI starts it) gives the facts this
// thread gives, packet by packet, for good packets and for forged ones; a worker built under other
// settings (another instant: another fingerprint) is never used.

const WORKER = new URL('../../dist/inspect-worker/index.js', import.meta.url)
const PACKET = `closure-packets/${WINDOW}/packet-r001.json`
const SIG = `closure-packets/${WINDOW}/packet-r001.sig`

let dir: string
let proving: Settings
let inspector: PacketInspector
let packet: Buffer
let signature: Buffer

function provingAt(now: string): Settings {
  const settings = settingsFor({ now, 'trust-root': pinOf(dir) }, dir, ['verify'])
  const commit = head(dir)
  return withKnownRepo({ ...settings, trust: { ...settings.trust, commit } }, { top: dir, commit, head: commit })
}

beforeAll(async () => {
  dir = storeRepo()
  const exported = await exportClosure(dir, demoKeyFile())
  expect(exported.stdout).toContain('wrote r001')
  proving = provingAt(NOW)
  inspector = await FAMILIES.find((f) => f.family.name === 'closure')!.inspector(proving)
  packet = readFileSync(join(dir, PACKET))
  signature = readFileSync(join(dir, SIG))
}, 120_000)

afterAll(cleanupTempDirs)

const flip = (b: Buffer, at: number) => {
  const c = Buffer.from(b)
  c[at] = c[at] === 0x61 ? 0x62 : 0x61
  return c
}

describe.skipIf(!existsSync(fileURLToPath(WORKER)))('the inspect worker', () => {
  it('gives the same facts as this thread: a valid packet, an edited one, a forged signature, none, and a path outside the layout', async () => {
    const items: WorkItem[] = [
      { family: 0, path: PACKET, packet, signature },
      { family: 0, path: PACKET, packet: flip(packet, packet.indexOf('"rows"') + 2), signature },
      { family: 0, path: PACKET, packet, signature: flip(signature, signature.indexOf('"sig"') + 10) },
      { family: 0, path: PACKET, packet, signature: undefined },
      { family: 0, path: PACKET, packet: Buffer.alloc(0), signature },
      { family: 0, path: 'closure-packets/README.md', packet, signature }
    ]
    const here = items.map((it) => inspectAt(inspector, it.path, it.packet, it.signature))
    expect(here[0]!.findings).toEqual([])
    for (const k of [1, 2, 4]) expect(here[k]!.findings.length).toBeGreaterThan(0)
    expect(here[5]).toBeNull()

    const worker = startInspectWorker(WORKER, proving)!
    const pool = worker.pool([inspector])
    try {
      expect(await pool.settled()).toBe(true)
      expect(pool.ready()).toBe(true)
      const [a, b] = await Promise.all([pool.submit(items.slice(0, 3)), pool.submit(items.slice(3))])
      const there: (RevisionFacts | null)[] = [...a!, ...b!]
      expect(JSON.stringify(there)).toBe(JSON.stringify(here))
      expect(pool.outstanding()).toBe(0)
    } finally {
      pool.close()
    }
  }, 120_000)

  it('is not used when it built other inspectors (another verification instant)', async () => {
    const worker = startInspectWorker(WORKER, provingAt('2026-11-24T00:00:00Z'))!
    const pool = worker.pool([inspector])
    try {
      expect(await pool.settled()).toBe(false)
      expect(pool.ready()).toBe(false)
    } finally {
      pool.close()
    }
  }, 120_000)

  it('is not started without a bundled worker or without the repository facts', () => {
    expect(startInspectWorker(undefined, proving)).toBeUndefined()
    expect(startInspectWorker(WORKER, settingsFor({ now: NOW }, dir, ['verify']))).toBeUndefined()
  })
})
