import { createHash } from 'node:crypto'
import type { BuiltExport } from '../../src/publish/race.js'
import { CLOSURE_FAMILY } from '../../src/closure/family.js'
import { exportWindow } from '../../src/store/publish.js'
import { git } from './git-http-server.js'

// A small commit-producing callback for publish tests: the store's real exportWindow (its
// revision numbering from the parent tree, its write-once commit) with a plain, unsigned packet
// body, so races can be run without keys. The packet records the digest of the revision it
// supersedes, which lets a test check the chain from the bytes alone.

export interface TestPacket {
  release_window_id: string
  revision: string
  /** sha256 of the previous revision's packet bytes, or null for r001 */
  supersedes: string | null
  /** what this export is about; equal content means "unchanged" */
  content: string
}

export const sha256 = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex')

export interface ExporterArgs {
  dir: string
  branch: string
  window: string
  content: string
  /** commit time, epoch seconds */
  timestamp: number
  committer?: string
}

/**
 * Returns rebuildOnTip: points the local (not checked-out) branch at `tip` (what the Action does
 * before the store builds), then exports the window on it.
 */
export function makeExporter(a: ExporterArgs): (tip: string | null) => Promise<BuiltExport> {
  return async (tip) => {
    const ref = `refs/heads/${a.branch}`
    if (tip === null) await git(['update-ref', '-d', ref], { cwd: a.dir, allowFail: true })
    else await git(['update-ref', ref, tip], { cwd: a.dir })
    const result = await exportWindow({
      dir: a.dir,
      branch: a.branch,
      parentOid: tip,
      family: CLOSURE_FAMILY,
      series: { window: a.window },
      committer: { name: a.committer ?? 'release-evidence test', email: 'test@release-evidence.invalid', timestamp: a.timestamp },
      build: (next, previous) => {
        const prior = previous ? (JSON.parse(previous.packet.toString('utf8')) as TestPacket) : null
        if (prior?.content === a.content) return { kind: 'unchanged' }
        const packet: TestPacket = {
          release_window_id: a.window,
          revision: `r${String(next).padStart(3, '0')}`,
          supersedes: previous ? sha256(previous.packet) : null,
          content: a.content
        }
        const bytes = Buffer.from(`${JSON.stringify(packet)}\n`)
        const digest = sha256(bytes)
        return {
          kind: 'signed',
          files: { packet: bytes, signature: Buffer.from(`test-signature ${digest}\n`), log: Buffer.from(`verified ${packet.revision}\n`), digest }
        }
      }
    })
    return {
      commitOid: result.commitOid,
      baseOid: tip,
      files: result.files ? [result.files.packet, result.files.signature, result.files.log] : [],
      revision: result.revision > 0 ? `r${String(result.revision).padStart(3, '0')}` : undefined
    }
  }
}
