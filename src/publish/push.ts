import { openRepository } from '../git/index.js'
import { printable } from '../util/ids.js'
import { authHeaders, remoteTip, timeout, type RemoteTarget } from './remote.js'

// One compare-and-swap push: "set refs/heads/<branch> to <commit> if it is still <expected>".
// Nothing is ever forced. Losing a race is detected by comparing object ids, never by matching
// a message string (retry logic keyed on "non-fast-forward" text is a known way to never retry):
//   - before sending, the tip the server advertises is compared with the tip we built on
//     (onPrePush); a mismatch cancels the push before the client walks any history;
//   - if the server refuses the update anyway (another push landed between its advertisement
//     and our pack, so its ref lock fails), the tip is read again: moved means we raced,
//     unchanged means the server itself said no (a hook, a branch protection rule).

const ZERO_OID = '0000000000000000000000000000000000000000'
const MAX_SERVER_LINES = 20

export type PushOutcome =
  | { kind: 'pushed'; commitOid: string }
  /** the branch moved under us: rebuild on `remoteTip` and try again */
  | { kind: 'raced'; remoteTip: string | null }
  /** the server refused the update of an unchanged branch (hook, protection rule, policy) */
  | { kind: 'rejected'; refError: string; serverMessages: string[] }

export interface PushArgs {
  dir: string
  target: RemoteTarget
  branch: string
  commitOid: string
  /** the remote tip the commit was built on (null: the branch must not exist yet) */
  expectedTip: string | null
}

/** Pushes one commit as a fast-forward of `expectedTip`. Transport failures are thrown as-is. */
export async function pushCommit(args: PushArgs): Promise<PushOutcome> {
  const remoteRef = `refs/heads/${args.branch}`
  const serverMessages: string[] = []
  let advertised: string | null | undefined
  try {
    await openRepository(args.dir).push({
      url: args.target.url,
      headers: authHeaders(args.target.token),
      ...timeout(args.target),
      remote: args.target.remote,
      commitOid: args.commitOid,
      remoteRef,
      onMessage: (line) => {
        // Server output is untrusted text that ends up in our logs: escape and cap it.
        const text = printable(line.trim(), 300)
        if (text !== '' && serverMessages.length < MAX_SERVER_LINES) serverMessages.push(text)
      },
      onPrePush: (seen) => {
        advertised = seen.oid === ZERO_OID ? null : seen.oid
        return advertised === args.expectedTip
      }
    })
    return { kind: 'pushed', commitOid: args.commitOid }
  } catch (err) {
    const code = (err as { code?: string }).code
    if (code === 'UserCanceledError' && advertised !== undefined) return { kind: 'raced', remoteTip: advertised }
    if (code === 'PushRejectedError' || code === 'GitPushError') {
      const now = await remoteTip(args.target, args.branch)
      if (now !== args.expectedTip) return { kind: 'raced', remoteTip: now }
      return { kind: 'rejected', refError: refErrorOf(err, remoteRef), serverMessages }
    }
    throw err
  }
}

function refErrorOf(err: unknown, remoteRef: string): string {
  const e = err as { code?: string; data?: { reason?: string; result?: { refs?: Record<string, { error?: string }> } } }
  if (e.code === 'PushRejectedError') return e.data?.reason ?? 'rejected'
  const text = e.data?.result?.refs?.[remoteRef]?.error
  return printable(text && text !== '' ? text : 'rejected', 200)
}
