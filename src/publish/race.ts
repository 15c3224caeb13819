import { setTimeout as delay } from 'node:timers/promises'
import { sha256Hex } from '../util/hash.js'
import { fetchCompleteHistory } from './deepen.js'
import { PublishFailedError, type PublishFailureDetails } from './failure.js'
import { alignLocalBranch, type LocalBranchUpdate } from './local-branch.js'
import { pushCommit } from './push.js'
import { classifyTransportError, redactUrl, remoteTip, type RemoteTarget } from './remote.js'

// Publishing under concurrency. Several runs may export the same release window at once; each
// builds its revision on the tip it saw, and exactly one push per tip can land. The loser does
// not merge, rebase or force: it fetches the new tip and asks the store to rebuild its export on
// it (the next free revision number, chained to the one that just landed, signed again), or
// learns that the content already landed and stops. Paths are unique per revision and commits
// only add files, so no run can overwrite another's packet and no export is lost; the only way
// out of the loop without landing is a clear PUBLISH_FAILED.

export interface BuiltExport {
  /** the commit holding this export; null when the tip already holds the same content */
  commitOid: string | null
  /**
   * the tip the export was built on: the parent of its first new commit (an export of several
   * windows is a chain of commits ending at commitOid); null for a branch that does not exist yet
   */
  baseOid: string | null
  /** workspace-relative paths of the signed files (the artifact to upload if publishing fails) */
  files: string[]
  /** e.g. "r003", for messages */
  revision?: string
}

/** Rebuilds the export on `tip` (the store's exportWindow with parentOid = tip, re-signed). */
export type RebuildOnTip = (tip: string | null) => Promise<BuiltExport>

export interface BackoffOptions {
  /** first delay; later ones double (default 1000 ms) */
  baseMs?: number
  /** ceiling of the doubling part (default 16000 ms) */
  maxMs?: number
}

export type PublishEvent =
  | { kind: 'rebuilt'; attempt: number; tip: string | null; commitOid: string | null; revision?: string }
  | { kind: 'raced'; attempt: number; expectedTip: string | null; remoteTip: string | null; waitMs: number }
  | { kind: 'pushed'; attempt: number; commitOid: string }
  | { kind: 'unchanged'; attempt: number; tip: string | null }

export interface PublishArgs {
  dir: string
  target: RemoteTarget
  branch: string
  /** the export as already committed locally (built on the local view of the branch) */
  candidate: BuiltExport
  rebuildOnTip: RebuildOnTip
  /** pushes to try before giving up (default 5) */
  maxAttempts?: number
  /** injected so tests and benchmarks control time; defaults to a real timer */
  sleep?: (ms: number) => Promise<void>
  backoff?: BackoffOptions
  /** progress, for the log (never carries the token) */
  onEvent?: (e: PublishEvent) => void
}

export interface PublishOutcome {
  /** pushed: our commit landed; unchanged: the content had already landed; already-published: this very commit is the tip */
  status: 'pushed' | 'unchanged' | 'already-published'
  branch: string
  /** the branch tip on the remote when we stopped */
  remoteTip: string | null
  /** the export as it finally stands (rebuilt if we raced) */
  export: BuiltExport
  /** pushes made */
  attempts: number
  events: PublishEvent[]
  /** the local branch after publishing: moved to the remote tip when that discards nothing */
  local: LocalBranchUpdate | 'not-moved'
}

export const DEFAULT_MAX_ATTEMPTS = 5

/**
 * Delay before retry number `attempt` (1-based): exponential with a ceiling, plus a jitter below
 * `baseMs` derived from `seed` (the commit being pushed), so runs that collided do not collide
 * again in lockstep, yet the same inputs always wait the same times.
 */
export function retryDelayMs(attempt: number, seed: string, opts: BackoffOptions = {}): number {
  const base = opts.baseMs ?? 1000
  const max = opts.maxMs ?? 16_000
  const exponential = Math.min(max, base * 2 ** (attempt - 1))
  const jitter = base === 0 ? 0 : Number.parseInt(sha256Hex(`${seed}:${attempt}`).slice(0, 8), 16) % base
  return exponential + jitter
}

export async function publishStore(args: PublishArgs): Promise<PublishOutcome> {
  const maxAttempts = args.maxAttempts ?? DEFAULT_MAX_ATTEMPTS
  const sleep = args.sleep ?? ((ms: number) => delay(ms))
  const events: PublishEvent[] = []
  const emit = (e: PublishEvent): void => {
    events.push(e)
    args.onEvent?.(e)
  }
  let current = args.candidate
  let attempts = 0
  // Export commits this run built; one replaced by a rebuild may be dropped from the local branch.
  const built = new Set<string>()
  if (current.commitOid !== null) built.add(current.commitOid)

  const fail = (reason: PublishFailureDetails['reason'], detail: string, extra: Partial<PublishFailureDetails> = {}, cause?: unknown): PublishFailedError =>
    new PublishFailedError(
      { reason, branch: args.branch, url: redactUrl(args.target.url), detail, attempts, commitOid: current.commitOid, files: current.files, ...extra },
      cause
    )
  // Transport failures become PUBLISH_FAILED with the files to keep; anything else is a bug and propagates.
  const guard = async <T>(op: () => Promise<T>): Promise<T> => {
    try {
      return await op()
    } catch (err) {
      const t = classifyTransportError(err)
      if (t === null) throw err
      throw fail(t.kind, t.detail, {}, err)
    }
  }
  const done = async (status: PublishOutcome['status'], remoteTip: string | null): Promise<PublishOutcome> => {
    const local = remoteTip === null ? 'not-moved' : await alignLocalBranch({ dir: args.dir, branch: args.branch, target: remoteTip, discardable: built, moveCheckedOut: true })
    return { status, branch: args.branch, remoteTip, export: current, attempts, events, local }
  }

  for (;;) {
    const tip = await guard(() => remoteTip(args.target, args.branch))
    if (current.commitOid !== null && current.commitOid === tip) return done('already-published', tip)
    // A branch the remote does not have yet is created from the export as built locally (its
    // parent chain goes with it); otherwise the export must sit directly on the remote tip.
    const onTip = current.baseOid === tip || (tip === null && current.commitOid !== null)
    if (!onTip) {
      // The store is about to ask which revisions exist on the tip: that needs its whole history.
      if (tip !== null) await guard(() => fetchCompleteHistory({ dir: args.dir, target: args.target, branch: args.branch, tip }))
      current = await args.rebuildOnTip(tip)
      if (current.commitOid !== null) built.add(current.commitOid)
      emit({ kind: 'rebuilt', attempt: attempts + 1, tip, commitOid: current.commitOid, revision: current.revision })
    }
    if (current.commitOid === null) {
      emit({ kind: 'unchanged', attempt: attempts, tip })
      return done('unchanged', tip)
    }

    attempts++
    const commitOid = current.commitOid
    const outcome = await guard(() => pushCommit({ dir: args.dir, target: args.target, branch: args.branch, commitOid, expectedTip: tip }))
    if (outcome.kind === 'pushed') {
      emit({ kind: 'pushed', attempt: attempts, commitOid })
      return done('pushed', commitOid)
    }
    if (outcome.kind === 'rejected') {
      throw fail('rejected', outcome.refError, { serverMessages: outcome.serverMessages })
    }
    if (attempts >= maxAttempts) {
      emit({ kind: 'raced', attempt: attempts, expectedTip: tip, remoteTip: outcome.remoteTip, waitMs: 0 })
      throw fail('race-exhausted', `the tip moved to ${outcome.remoteTip ?? '(deleted)'}`)
    }
    const waitMs = retryDelayMs(attempts, commitOid, args.backoff)
    emit({ kind: 'raced', attempt: attempts, expectedTip: tip, remoteTip: outcome.remoteTip, waitMs })
    await sleep(waitMs)
  }
}
