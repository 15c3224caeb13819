import fs from 'node:fs'
import iso from 'isomorphic-git'
import { fetchHttp } from './http.js'

// The conversation with a remote goes through isomorphic-git with explicit headers: it reads no
// credential configuration at all, so the token the caller puts in `headers` is the only one
// that is ever sent (src/publish/remote.ts explains why native git is not used here).
// HTTP goes through Node's fetch (src/git/http.ts), not isomorphic-git's simple-get client.
// Errors are isomorphic-git's own (err.code: HttpError, UserCanceledError, PushRejectedError,
// ...); src/publish classifies them.
//
// Pitfall (measured, isomorphic-git 1.44.17): discovery mutates the headers object it is given
// (it adds `Git-Protocol: version=2`), so every call must be handed a fresh object.

export interface RemoteCall {
  /** http(s) URL of the repository, without credentials */
  url: string
  /** a fresh object per call (see above) */
  headers: Record<string, string>
  /** idle network timeout in ms (src/git/http.ts); default 60 s */
  timeoutMs?: number
}

/** The remote's value of one ref (one ls-refs round trip, protocol v2), or null when it has none. */
export async function remoteRefOid(call: RemoteCall, ref: string): Promise<string | null> {
  const refs = await iso.listServerRefs({ http: fetchHttp(call.timeoutMs), url: call.url, headers: call.headers, prefix: ref, protocolVersion: 2 })
  return refs.find((r) => r.ref === ref)?.oid ?? null
}

export interface FetchArgs extends RemoteCall {
  /** local remote name (refs/remotes/<remote>/*) */
  remote: string
  /** short branch name on the remote */
  branch: string
  /** fetch this deep (isomorphic-git has no unshallow flag); undefined: the default */
  depth?: number
  /** written (forced) with the fetched tip */
  trackingRef: string
}

/** Fetches one branch (no tags) and points `trackingRef` at its tip; returns the tip, or null. */
export async function fetchBranch(dir: string, args: FetchArgs): Promise<string | null> {
  const result = await iso.fetch({
    fs,
    http: fetchHttp(args.timeoutMs),
    dir,
    url: args.url,
    remote: args.remote,
    ref: args.branch,
    remoteRef: `refs/heads/${args.branch}`,
    singleBranch: true,
    tags: false,
    headers: args.headers,
    ...(args.depth !== undefined ? { depth: args.depth } : {})
  })
  const tip = result.fetchHead ?? null
  // The clone's fetch refspec may not cover this branch (`git clone --depth 1` is single-branch),
  // so the tracking ref is written explicitly rather than left to refspec translation.
  if (tip !== null) await iso.writeRef({ fs, dir, ref: args.trackingRef, value: tip, force: true })
  return tip
}

export interface PushArgs extends RemoteCall {
  remote: string
  /** the local commit (or ref) to send */
  commitOid: string
  /** full name of the ref to update on the remote */
  remoteRef: string
  /** each line of the server's sideband output */
  onMessage(line: string): void
  /** sees the ref as the server advertised it (zero oid: absent); false cancels (UserCanceledError) */
  onPrePush(advertised: { oid: string }): Promise<boolean> | boolean
}

/** One push of one ref, never forced. */
export async function pushRef(dir: string, args: PushArgs): Promise<void> {
  await iso.push({
    fs,
    http: fetchHttp(args.timeoutMs),
    dir,
    url: args.url,
    remote: args.remote,
    ref: args.commitOid,
    remoteRef: args.remoteRef,
    headers: args.headers,
    onMessage: (line) => args.onMessage(line),
    onPrePush: async ({ remoteRef }) => args.onPrePush(remoteRef)
  })
}
