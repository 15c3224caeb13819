import { UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import { fetchCompleteHistory } from './deepen.js'
import { classifyTransportError, redactUrl, remoteTip, type RemoteTarget } from './remote.js'

// Which commit of a dedicated store branch to prove. The store is what the remote holds, so the
// remote is asked first and its history fetched whole; a clone with nothing of the branch, or
// with an old copy (actions/checkout never creates local branches besides the one it checks
// out), must not verify "0 windows" from whatever happens to be checked out. The one exception
// is this clone's own unpublished revisions on top of the remote tip (a closure stage run with
// `push: false` just before): the local branch is then proven, remote history included.

export interface StoreTip {
  branch: string
  /** the commit to prove; null: the branch exists neither on the remote nor locally */
  oid: string | null
  /** the remote's tip; null when the remote does not have the branch */
  remoteTip: string | null
  /** `oid` is the local branch, ahead of the remote with commits it does not have */
  unpublished: boolean
  /** "origin (https://host/o/r.git)", for messages */
  source: string
}

/** Fetches the store branch's whole history and names the commit to prove. Throws REMOTE_UNREACHABLE (exit 2). */
export async function fetchStoreTip(args: { dir: string; target: RemoteTarget; branch: string }): Promise<StoreTip> {
  const { dir, target, branch } = args
  const source = `the remote ${target.remote} (${redactUrl(target.url)})`
  let tip: string | null
  try {
    tip = await remoteTip(target, branch)
    if (tip !== null) await fetchCompleteHistory({ dir, target, branch, tip })
  } catch (err) {
    const failure = classifyTransportError(err)
    if (failure === null) throw err
    throw new UserError({
      code: 'REMOTE_UNREACHABLE',
      message: `the store branch '${branch}' could not be fetched from ${source}: ${failure.detail}; without the remote's copy the published store cannot be proven. Fix: check the remote URL, the token (github-token) and the runner's network, then re-run`,
      cause: err
    })
  }
  const local = await openRepository(dir).tryResolveRef(`refs/heads/${branch}`)
  const ahead = local !== null && local !== tip && (tip === null || (await openRepository(dir).isAncestor(tip, local)))
  if (ahead) return { branch, oid: local, remoteTip: tip, unpublished: true, source }
  if (tip === null) return { branch, oid: null, remoteTip: null, unpublished: false, source }
  return { branch, oid: tip, remoteTip: tip, unpublished: false, source }
}
