import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ExitCode, UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import type { Invocation } from '../lesson.js'
import type { Settings } from '../settings.js'
import { requirePin } from '../trust/pin.js'
import { repoFacts } from './history.js'
import { renderVerifyText } from './render.js'
import { mergeShards } from './shard-merge.js'
import { parseShardResult } from './shard-read.js'

// `verify merge FILE...` and `--out FILE`: the face of a matrix run's last job. The merge reads
// no keyring and inspects no packet; it needs the pin and a checkout of the store commit (to list
// the windows there itself), and it judges the shard files it is given (shard-merge.ts).

export async function runMerge(inv: Invocation, settings: Settings, files: readonly string[]): Promise<ExitCode> {
  if (files.length === 0) throw new UserError({ code: 'USAGE', message: "verify merge: no shard result given; pass every file written by 'verify --shard I/N --json --out FILE', e.g. verify merge shards/*.json" })
  // The pin first: without it no verdict is believed (exit 2, as for verify itself).
  const pin = await requirePin(settings, 'verify merge')
  const phase = inv.io.progress?.phase('verify merge: shard results', files.length)
  const read = await Promise.all(
    files.map(async (name) => {
      let text: string
      try {
        text = await readFile(resolve(inv.cwd, name), 'utf8')
      } catch (err) {
        throw new UserError({ code: 'INPUT_UNREADABLE', message: `verify merge: cannot read ${name} (${(err as NodeJS.ErrnoException).code ?? 'error'}); pass the shard result files the matrix jobs uploaded`, cause: err })
      }
      phase?.tick()
      return { name, result: parseShardResult({ name, text }) }
    })
  )
  const facts = await repoFacts(settings.workspace)
  const commit = await storeCommit(facts.top, facts.head, settings.git?.storeBranch)
  const merged = await mergeShards({ shards: read, families: inv.families, repo: openRepository(facts.top), pin, commit })
  phase?.done()
  if (inv.values.out !== undefined) await writeResult(inv.cwd, String(inv.values.out), merged)
  const head = `Merged ${merged.merge.shards} shard(s) (${read.length} file(s)): ${merged.merge.consistent ? 'consistent' : 'INCONSISTENT'}\n`
  inv.io.stdout(inv.values.json ? `${JSON.stringify(merged, null, 2)}\n` : head + renderVerifyText(merged, { all: (inv.values as { all?: boolean }).all === true }))
  return merged.blocking === 0 ? ExitCode.Pass : ExitCode.PolicyFailure
}

/** The commit a verify in this checkout would prove: the store branch when one is named, else HEAD. */
async function storeCommit(top: string, head: string | null, branch: string | undefined): Promise<string | null> {
  if (!branch) return head
  return openRepository(top).tryResolveRef(`refs/heads/${branch}`)
}

/** Writes a verify result as JSON (a shard's artifact, or the merged verdict). */
export async function writeResult(cwd: string, file: string, result: unknown): Promise<void> {
  try {
    await writeFile(resolve(cwd, file), `${JSON.stringify(result, null, 2)}\n`)
  } catch (err) {
    throw new UserError({ code: 'INPUT_UNREADABLE', message: `--out ${file}: cannot write the result (${(err as NodeJS.ErrnoException).code ?? 'error'}); give a writable path outside the store folders`, cause: err })
  }
}
