// The git boundary: every git read and write of the tool goes through a Repository. The raw
// process runner (./exec.ts) and isomorphic-git stay inside this folder.
export { openRepository, initRepository, remoteRefOid, Repository, type GitIdentity, type RepositoryFacts, type RepositoryOptions } from './repository.js'
export type { RemoteCall, FetchArgs, PushArgs } from './transport.js'
export type { TreeEntry, TreeEntryType, NewCommit, Signature } from './objects.js'
export type { ChangeEvent, HistoryScan, TreeFile, TreeListing } from './parse.js'
export type { FolderAt } from './trees.js'
export { parseRawLog } from './parse.js'
