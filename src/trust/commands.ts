import { defineCommand } from '../lesson.js'

// `release-evidence trust SUBCOMMAND`: the trust root's ceremony. The work is in ./ceremony.ts,
// imported when the command runs.

export const trustCommand = defineCommand({
  name: 'trust',
  summary: 'Create, rotate, sign and publish the trust root (the signed keyring chain under trust/)',
  usage: `Usage: release-evidence trust SUBCOMMAND [FILE] [options]

The keyring as a signed, write-once chain in the store: trust/root/root-rNNN.json (+ .sig, .log).
Revision 1 is pinned by its sha256 (verify --trust-root); every later revision must be signed by
a threshold of the previous revision's root keys and a threshold of its own. See docs/trust-root.md.

Subcommands:
  migrate             today's keyring file -> revision 1, signed by every --root-key, committed
                      to the store branch; prints the pin (one command)
  draft               write the next revision, unsigned, to --out (revision 1 when there is none):
                      the keyring from --keyring (or the revision in force), root keys from
                      --root-key/--root-public-key (or the revision in force), --revoke ...
  sign FILE           add the signature of --key-file (a root key) to FILE's envelope (FILE.sig);
                      needs no repository: run it on the offline machine that holds the key
  publish FILE        verify FILE against the chain (thresholds, version, link) and commit it
  show                the chain at the store branch: revisions, digests, verdicts, the pin

Options:
      --keyring F                 keyring YAML to take signer keys from (migrate default: policies/keyring.yaml)
      --root-key NAME=FILE        a root key's private key file (migrate, draft: its public key); repeatable
      --root-public-key NAME=B64  a root key held elsewhere, by its public key (draft); repeatable
      --threshold N               distinct root keys needed (default: all root keys given, at most 2 for draft)
      --revoke ID                 revoke a signer key (its signer id or key id) in the draft; repeatable
      --revoked-at TIME           the revocation instant (default: --now)
      --reason TEXT               why the keys are revoked
      --tsa-cert FILE|none        pin this RFC 3161 TSA certificate (PEM: the TSA's or its CA's) in the
                                  draft, or drop the pin (default: the revision in force's; docs/trusted-time.md)
      --require-timestamp BOOL    true: every signature published under the revision needs a token
      --key-file FILE             the root key that signs (sign)
      --out FILE                  where draft writes (default: trust-draft-rNNN.json)
      --store-branch NAME         the store branch (default: the checked-out branch)
  -C, --repo DIR                  repository root (default: current directory)
      --now TIME                  the instant written and verified at, RFC 3339 (default: the clock)
      --json                      machine-readable output
  -h, --help                      this help

Exit codes: 0 done, 1 the revision does not verify against the chain, 2 usage or input error.`,
  options: {
    keyring: { type: 'string' },
    'root-key': { type: 'string', multiple: true },
    'root-public-key': { type: 'string', multiple: true },
    threshold: { type: 'string' },
    revoke: { type: 'string', multiple: true },
    'revoked-at': { type: 'string' },
    reason: { type: 'string' },
    'tsa-cert': { type: 'string' },
    'require-timestamp': { type: 'string' },
    'key-file': { type: 'string' },
    out: { type: 'string' },
    'store-branch': { type: 'string' },
    repo: { type: 'string', short: 'C' },
    now: { type: 'string' },
    json: { type: 'boolean' }
  },
  common: false,
  positionals: 2,
  async run(inv) {
    return (await import('./ceremony.js')).runTrust(inv)
  }
})
