import type { CodeInfo } from '../findings/codes.js'

// Defects of the write-once store itself, as proven from git history by `release-evidence verify`.
// Findings about a packet's signed content (signature, schema, digest, timestamps) carry the codes
// of the packet's own verifier (src/signing/codes.ts, src/closure/codes.ts); these are the checks
// that need the layout and the history. The fail-matrix scenario each code proves is in brackets.

export interface StoreCodeInfo extends CodeInfo {
  owner_role: string
  required_action: string
}

const blocking = (meaning: string, owner_role: string, required_action: string): StoreCodeInfo => ({
  stage: 'store',
  severity: 'blocking',
  meaning,
  owner_role,
  required_action
})

export const STORE_CODES = {
  STORE_FILE_REWRITTEN: blocking(
    'A commit changed the bytes of a published packet file, or put a deleted or purged one back (even byte for byte): write-once violated. [immutability policy]',
    'repository-admin',
    'restore the published bytes from history and publish the change as the next revision'
  ),
  STORE_FILE_MODE: blocking(
    'A commit gave a file under a store root a mode other than 100644: a symbolic link (120000), an executable (100755) or a submodule (160000). Reported for that commit even when a later one set it back.',
    'repository-admin',
    'commit the file as a regular file (git update-index --chmod=-x, or replace the link by the published bytes); store files are never links or executables'
  ),
  STORE_FILE_DELETED: blocking(
    'A commit deleted a published packet file, or it is missing at HEAD. [C7, immutability policy]',
    'repository-admin',
    'restore the file from the commit that published it; revisions are never removed'
  ),
  STORE_ARTIFACT_MISSING: blocking(
    'A revision lacks one of its three files (packet .json, .sig envelope, verify .log). [C7]',
    'release-signer',
    're-run export-closure so the revision is published with all three files'
  ),
  STORE_REVISION_GAP: blocking('Revision numbers of a window are not consecutive from r001.', 'release-signer', 'publish the missing revisions or restore them from history'),
  STORE_REVISION_ORDER: blocking(
    'A revision was committed before the revision it supersedes.',
    'repository-admin',
    'revisions must land in order; investigate the history of the window'
  ),
  STORE_CHAIN_BROKEN: blocking(
    "A revision's supersedes link is not the signature digest of the previous revision (or r001 claims a predecessor).",
    'release-signer',
    'export the change again so the new revision links to the latest published digest'
  ),
  STORE_DUPLICATE_PACKET_ID: blocking(
    'Two files of one release window carry the same packet identity (packet_id and revision, or the same signature digest): a replayed or copied packet. [C6]',
    'repository-admin',
    'find out who published the copy; changes are published only through export-closure'
  ),
  STORE_PACKET_ID_MISMATCH: blocking(
    "A revision's packet_id differs from the window's first revision: one window holds one packet lineage.",
    'release-signer',
    'export revisions of the window under the packet_id of r001'
  ),
  STORE_LOCATION_MISMATCH: blocking(
    'The packet names a different release window or revision than the path it is stored under.',
    'repository-admin',
    'a packet was copied or moved; restore the original file'
  ),
  STORE_WORKTREE_MODIFIED: blocking(
    'The working-tree copy of a published file differs from what was committed.',
    'repository-admin',
    "discard the local edit ('git checkout -- <file>'); published files are never edited"
  ),
  STORE_HISTORY_REWRITTEN: blocking(
    'HEAD does not descend from a tip verify saw before (remembered in .git/release-evidence/) or from the --since commit: history was reset or rewritten, and every published path it dropped is named.',
    'repository-admin',
    'restore the branch to a commit that descends from the verified tip (the dropped revisions are still in the object database); never reset or force-push the store'
  ),
  STORE_EMPTY: blocking(
    'A registered packet family has nothing published at HEAD (or the repository has no commits): there is nothing to prove.',
    'release-manager',
    'verify the repository and branch that hold the store, or pass --allow-empty (allow-empty: true) where an empty store is expected'
  ),
  STORE_BRANCH_MISSING: blocking(
    'The store branch verify was given (store-branch) does not exist on the remote, nor locally: there is no store there to prove.',
    'release-manager',
    "check the 'store-branch' input against the branch the closure stage publishes to, and that the close workflow has pushed at least once"
  ),
  STORE_SHARD_MISSING: blocking(
    'verify merge was not given the result of every shard of a matrix run (--shard i/n for each i from 1 to n): the windows of the missing shard were never judged.',
    'release-manager',
    'pass every shard result file to verify merge (download all the matrix jobs\' artifacts); re-run the failed or cancelled shard job'
  ),
  STORE_SHARD_DUPLICATE: blocking(
    'verify merge was given two results for the same shard index: one of them is not from this run, or the matrix lists an index twice.',
    'release-manager',
    "give each matrix job its own --shard i/n and name each result after it (verify-shard-i.json); merge one run's artifacts only"
  ),
  STORE_SHARD_MISMATCH: blocking(
    'Shard results disagree about what they proved: another store commit, trust-root pin, shard count, assignment or verdict option (--since, --allow-empty, --allow-demo-key, --now), or a commit other than the merge job\'s own store commit.',
    'release-manager',
    'run every shard and the merge on one commit (the same actions/checkout ref), with the same pin and options; never merge artifacts of another run'
  ),
  STORE_SHARD_COVERAGE: blocking(
    'A shard result does not cover exactly the windows its shard is assigned at the store commit (as the merge lists them), reports a window of another shard, or shard 1 did not run the store-wide checks.',
    'release-manager',
    'run the same release-evidence version in every shard and the merge; a result file edited or produced elsewhere is not evidence, re-run the shard'
  ),
  STORE_TIME_REVERSED: blocking(
    'Time runs backwards in a window: a revision is signed before the revision it supersedes, or was committed with a date before the commit that published its predecessor.',
    'repository-admin',
    'find out who back-dated the revision or its commit; publish through export-closure on a correct clock'
  ),
  KEY_DEMO: blocking(
    'A revision is signed with a key the keyring marks as a published demo key (demo: true): anyone can sign with it.',
    'release-signer',
    'sign with a production key from the keyring; pass --allow-demo-key (allow-demo-key: true) only for a demo store'
  ),
  STORE_WINDOW_EMPTY: blocking('The requested release window has no published packet.', 'release-manager', 'run export-closure for the window, or check the window id'),
  STORE_UNEXPECTED_FILE: {
    stage: 'store',
    severity: 'warning',
    meaning: 'A file under the store folder does not follow the layout {window}/packet-rNNN.json|.sig, verify-rNNN.log.',
    owner_role: 'repository-admin',
    required_action: 'move the file out of the store folder'
  },
  STORE_UNCOMMITTED: {
    stage: 'store',
    severity: 'warning',
    meaning: 'An untracked file sits in the store folder; it is not published and proves nothing.',
    owner_role: 'repository-admin',
    required_action: 'remove it, or publish through export-closure'
  }
} as const satisfies Record<string, StoreCodeInfo>

export type StoreCode = keyof typeof STORE_CODES
