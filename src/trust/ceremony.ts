import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ExitCode, UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import type { Invocation } from '../lesson.js'
import { parseNow } from '../options.js'
import { DEFAULT_GIT } from '../settings.js'
import { decodeBase64, parseEnvelope, type DsseSignature } from '../signing/dsse.js'
import { keyIdOf, PUBLIC_KEY_BYTES } from '../signing/ed25519.js'
import { loadKeyring } from '../signing/keyring.js'
import { parseSigningKey, readSigningSecret, type SigningKey } from '../signing/keys.js'
import { repoTopLevel } from '../store/history.js'
import { commitFiles } from '../store/write.js'
import { parsePinnedTsa } from '../timestamp/verify.js'
import { canonicalBytes } from '../util/hash.js'
import { formatRevision } from '../util/revision.js'
import { formatUtc } from '../util/time.js'
import { readChain, type Chain, type RevisionFiles } from './chain.js'
import { checkRootDoc, payloadOf, renderRootEnvelope, renderRootJson, rootPaths, type RootKey, type TrustKeyEntry, type TrustRootDoc, type TrustTsa } from './document.js'
import { tsaOfChain } from './keyring.js'
import { assembleRevision, entriesOf, prepareRevision, rootSignature } from './revision.js'

// The trust root's ceremony: draft a revision, have root keys sign it (offline if need be), and
// publish it as a write-once commit on the store branch once it verifies against the chain.
// `migrate` does all three at once for revision 1, from today's policies/keyring.yaml.

type Values = Record<string, string | boolean | string[] | undefined>

export async function runTrust(inv: Invocation): Promise<ExitCode> {
  const v = inv.values as Values
  const [sub, file] = inv.positionals
  const now = parseNow(str(v.now), inv.clock)
  switch (sub) {
    case 'migrate':
    case 'init':
      return migrate(inv, v, now)
    case 'draft':
    case 'rotate':
      return draft(inv, v, now)
    case 'sign':
      return sign(inv, v, need(file, 'sign FILE'))
    case 'publish':
      return publish(inv, v, need(file, 'publish FILE'), now)
    case 'show':
      return show(inv, v, now)
    default:
      throw new UserError({ code: 'USAGE', message: `trust: ${sub === undefined ? 'no subcommand' : `unknown subcommand '${sub}'`}; use migrate, draft, sign, publish or show (release-evidence trust --help)` })
  }
}

const str = (x: Values[string]): string | undefined => (typeof x === 'string' ? x : undefined)
const list = (x: Values[string]): string[] => (Array.isArray(x) ? x : typeof x === 'string' ? [x] : [])

function need(file: string | undefined, what: string): string {
  if (!file) throw new UserError({ code: 'USAGE', message: `trust ${what}: name the draft file` })
  return file
}

interface Store {
  top: string
  branch: string
  tip: string | null
  chain: Chain
}

async function openStore(inv: Invocation, v: Values, now: number): Promise<Store> {
  const top = await repoTopLevel(resolve(inv.cwd, str(v.repo) ?? '.'))
  const repo = openRepository(top)
  const branch = str(v['store-branch']) ?? (await repo.currentBranch())
  if (!branch) throw new UserError({ code: 'REPO_INVALID', message: 'HEAD is detached; pass --store-branch NAME' })
  const tip = await repo.tryResolveRef(`refs/heads/${branch}`)
  return { top, branch, tip, chain: await readChain(top, tip, null, now) }
}

/** NAME=FILE or FILE (the name then comes from the key file's `# signer_id:` line, or root-N). */
async function rootKeyFiles(inv: Invocation, specs: string[]): Promise<{ name: string; key: SigningKey }[]> {
  const out: { name: string; key: SigningKey }[] = []
  for (const [i, spec] of specs.entries()) {
    const eq = spec.indexOf('=')
    const path = resolve(inv.cwd, eq > 0 ? spec.slice(eq + 1) : spec)
    const secret = await readSigningSecret({ keyFile: path, env: {} })
    const text = secret!.text
    const named = eq > 0 ? spec.slice(0, eq) : (/^#\s*signer_id:\s*(\S+)/m.exec(text)?.[1] ?? `root-${i + 1}`)
    for (const w of secret!.warnings) inv.log.warning(w)
    out.push({ name: named, key: parseSigningKey(text, secret!.source) })
  }
  return out
}

function publicRootKeys(specs: string[]): RootKey[] {
  return specs.map((spec) => {
    const eq = spec.indexOf('=')
    const raw = eq > 0 ? decodeBase64(spec.slice(eq + 1)) : undefined
    if (!raw || raw.length !== PUBLIC_KEY_BYTES) throw new UserError({ code: 'USAGE', message: `--root-public-key '${spec}': use NAME=BASE64 of a 32-byte Ed25519 public key` })
    return { name: spec.slice(0, eq), key_id: keyIdOf(raw), public_key: raw.toString('base64') }
  })
}

function thresholdOf(v: Values, keys: number, fallback: number): number {
  const raw = str(v.threshold)
  const n = raw === undefined ? fallback : Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > keys) throw new UserError({ code: 'USAGE', message: `--threshold ${raw}: a whole number from 1 to the ${keys} root key(s)` })
  return n
}

async function keyringEntries(inv: Invocation, path: string): Promise<TrustKeyEntry[]> {
  return entriesOf(await loadKeyring(resolve(inv.cwd, path), path))
}

/** The next revision, unsigned: signer blocks for every root key of the previous and of this revision. */
async function buildDraft(inv: Invocation, v: Values, now: number, store: Store, rootFromFiles: RootKey[]): Promise<TrustRootDoc> {
  const chain = store.chain
  if (chain.revisions.some((r) => !r.trusted)) throw new UserError({ code: 'REPO_INVALID', message: `the trust chain on ${store.branch} does not verify (release-evidence trust show); repair it before drafting` })
  const prev = chain.inForce
  const prevDoc = prev?.doc ?? null
  const keyringPath = str(v.keyring)
  let keys: TrustKeyEntry[] = keyringPath ? await keyringEntries(inv, keyringPath) : prevDoc ? structuredClone(prevDoc.keys) : []
  // Revocations are never withdrawn: carry each one forward onto the same public key.
  for (const old of prevDoc?.keys ?? []) {
    if (old.revoked_at_utc === undefined) continue
    keys = keys.map((k) => (k.public_key === old.public_key ? { ...k, revoked_at_utc: old.revoked_at_utc, ...(old.revocation_reason ? { revocation_reason: old.revocation_reason } : {}) } : k))
  }
  const revokeAt = str(v['revoked-at']) === undefined ? now : parseNow(str(v['revoked-at']), () => now)
  for (const id of list(v.revoke)) {
    const hits = keys.filter((k) => k.signer_id === id || keyIdOf(decodeBase64(k.public_key) ?? Buffer.alloc(0)) === id)
    if (hits.length === 0) throw new UserError({ code: 'USAGE', message: `--revoke ${id}: no signer key with that signer id or key id in the draft's keyring` })
    for (const k of hits) if (k.revoked_at_utc === undefined) Object.assign(k, { revoked_at_utc: formatUtc(revokeAt), ...(str(v.reason) ? { revocation_reason: str(v.reason) } : {}) })
  }
  const given = [...rootFromFiles, ...publicRootKeys(list(v['root-public-key']))]
  const rootKeys = given.length > 0 ? given : (prevDoc?.root.keys ?? [])
  if (rootKeys.length === 0) throw new UserError({ code: 'USAGE', message: 'trust: revision 1 needs root keys: --root-key NAME=FILE or --root-public-key NAME=B64 (two offline keys: see docs/trust-root.md)' })
  const threshold = given.length > 0 ? thresholdOf(v, rootKeys.length, Math.min(2, rootKeys.length)) : thresholdOf(v, rootKeys.length, prevDoc!.root.threshold)
  const tsa = await tsaOf(inv, v, prevDoc?.tsa)
  const { doc, problems } = assembleRevision({ prev, keys, rootKeys, threshold, now, tsa })
  if (problems.length > 0) throw new UserError({ code: 'INPUT_INVALID', message: `trust: the drafted revision is not valid`, problems: problems.map((p) => ({ file: rootPaths(doc.version).packet, message: p })) })
  return doc
}

/** The TSA pin of the draft: --tsa-cert FILE (or none), --require-timestamp true|false, else the revision in force's. */
async function tsaOf(inv: Invocation, v: Values, previous: TrustTsa | undefined): Promise<TrustTsa | undefined> {
  const file = str(v['tsa-cert'])
  let tsa: TrustTsa | undefined = previous ? { ...previous } : undefined
  if (file === 'none') tsa = undefined
  else if (file !== undefined) {
    const path = resolve(inv.cwd, file)
    const pem = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new UserError({ code: 'INPUT_UNREADABLE', message: `--tsa-cert ${file}: cannot read it (${err.code}); give the PEM of the TSA's certificate or of the CA that issues it`, cause: err })
    })
    // parsed now, so a wrong file is named here rather than as a schema problem
    parsePinnedTsa(pem, `--tsa-cert ${file}`)
    const block = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(pem)![0]
    tsa = { certificate: `${block.replace(/\r\n/g, '\n')}\n`, ...(tsa?.require_token ? { require_token: true } : {}) }
  }
  const require = str(v['require-timestamp'])
  if (require !== undefined) {
    if (require !== 'true' && require !== 'false') throw new UserError({ code: 'USAGE', message: `--require-timestamp ${require}: use true or false` })
    if (!tsa) throw new UserError({ code: 'USAGE', message: '--require-timestamp: the draft pins no TSA certificate; add --tsa-cert FILE' })
    tsa = require === 'true' ? { ...tsa, require_token: true } : { certificate: tsa.certificate }
  }
  return tsa
}

function signatureOf(doc: TrustRootDoc, key: SigningKey): DsseSignature {
  const sig = rootSignature(doc, key)
  if (!sig) throw new UserError({ code: 'KEY_UNKNOWN', message: `the key from ${key.source} (key id ${key.keyId}) is not one of the root keys this revision lists as signers` })
  return sig
}

async function migrate(inv: Invocation, v: Values, now: number): Promise<ExitCode> {
  const store = await openStore(inv, v, now)
  if (store.chain.revisions.length > 0) throw new UserError({ code: 'USAGE', message: `trust migrate: ${store.branch} already has a trust root (${rootPaths(1).packet}); rotate with 'trust draft', 'trust sign', 'trust publish'` })
  const roots = await rootKeyFiles(inv, list(v['root-key']))
  if (roots.length === 0) throw new UserError({ code: 'USAGE', message: 'trust migrate: give the root keys that sign revision 1: --root-key NAME=FILE (repeat it for each)' })
  const values = { ...v, keyring: str(v.keyring) ?? 'policies/keyring.yaml', threshold: str(v.threshold) ?? String(roots.length) }
  const doc = await buildDraft(inv, values, now, store, roots.map((r) => ({ name: r.name, key_id: r.key.keyId, public_key: r.key.publicKey.toString('base64') })))
  const sigs = roots.map((r) => signatureOf(doc, r.key))
  return commitRevision(inv, store, doc, sigs, now)
}

async function draft(inv: Invocation, v: Values, now: number): Promise<ExitCode> {
  const store = await openStore(inv, v, now)
  const roots = await rootKeyFiles(inv, list(v['root-key']))
  const doc = await buildDraft(inv, v, now, store, roots.map((r) => ({ name: r.name, key_id: r.key.keyId, public_key: r.key.publicKey.toString('base64') })))
  const out = resolve(inv.cwd, str(v.out) ?? `trust-draft-${formatRevision(doc.version)}.json`)
  await writeFile(out, renderRootJson(doc), { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
    throw new UserError({ code: 'USAGE', message: `trust draft: cannot write ${out} (${err.code}); a draft is never overwritten`, cause: err })
  })
  const signers = doc.signers.map((s) => s.signer_id).join(', ')
  inv.io.stdout(
    inv.values.json
      ? `${JSON.stringify({ draft: out, version: doc.version, payload_sha256: payloadOf(doc).sha256, signers: doc.signers }, null, 2)}\n`
      : `Wrote ${out}: trust-root ${formatRevision(doc.version)}, payload sha256 ${payloadOf(doc).sha256}\nSign it with: release-evidence trust sign ${out} --key-file ROOT_KEY (root keys listed: ${signers})\nThen: release-evidence trust publish ${out}\n`
  )
  return ExitCode.Pass
}

async function readDraft(inv: Invocation, file: string): Promise<{ path: string; sigPath: string; doc: TrustRootDoc; json: string; sigs: DsseSignature[] }> {
  const path = resolve(inv.cwd, file)
  const sigPath = path.replace(/\.json$/, '') + '.sig'
  const json = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new UserError({ code: 'INPUT_UNREADABLE', message: `trust: cannot read ${path} (${err.code})`, cause: err })
  })
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (err) {
    throw new UserError({ code: 'INPUT_INVALID', message: `trust: ${path} is not JSON`, cause: err })
  }
  const checked = checkRootDoc(value, path)
  if (!checked.doc || checked.problems.length > 0) throw new UserError({ code: 'INPUT_INVALID', message: `trust: ${path} is not a valid trust-root revision`, problems: checked.problems.map((p) => ({ file: path, message: p })) })
  if (renderRootJson(checked.doc) !== json) throw new UserError({ code: 'INPUT_INVALID', message: `trust: ${path} is not the tool's rendering of its content (edited after drafting?); draft it again` })
  const sigText = await readFile(sigPath, 'utf8').catch(() => undefined)
  let sigs: DsseSignature[] = []
  if (sigText !== undefined) {
    const env = parseEnvelope(sigText)
    if (!env.ok) throw new UserError({ code: 'INPUT_INVALID', message: `trust: ${sigPath} ${env.reason}` })
    if (!env.payload.equals(canonicalBytes(checked.doc))) throw new UserError({ code: 'INPUT_INVALID', message: `trust: ${sigPath} signs other content than ${path}` })
    sigs = env.envelope.signatures
  }
  return { path, sigPath, doc: checked.doc, json, sigs }
}

async function sign(inv: Invocation, v: Values, file: string): Promise<ExitCode> {
  const d = await readDraft(inv, file)
  const keyFile = str(v['key-file'])
  if (!keyFile) throw new UserError({ code: 'USAGE', message: 'trust sign: pass --key-file FILE (a root key)' })
  const [{ key }] = await rootKeyFiles(inv, [keyFile])
  if (d.sigs.some((s) => s.keyid === key.keyId)) throw new UserError({ code: 'USAGE', message: `trust sign: ${d.sigPath} already holds a signature by key ${key.keyId}; one key counts once` })
  const sigs = [...d.sigs, signatureOf(d.doc, key)]
  await writeFile(d.sigPath, renderRootEnvelope(payloadOf(d.doc).payload, sigs))
  inv.io.stdout(`Signed ${d.path} with root key ${key.keyId.slice(0, 16)} (${sigs.length} signature(s) in ${d.sigPath})\n`)
  return ExitCode.Pass
}

async function publish(inv: Invocation, v: Values, file: string, now: number): Promise<ExitCode> {
  const d = await readDraft(inv, file)
  if (d.sigs.length === 0) throw new UserError({ code: 'USAGE', message: `trust publish: ${d.sigPath} holds no signature; run 'release-evidence trust sign ${file} --key-file ROOT_KEY' first` })
  const store = await openStore(inv, v, now)
  return commitRevision(inv, store, d.doc, d.sigs, now)
}

/** Verifies the revision as the next link of the committed chain, then commits its three files. */
async function commitRevision(inv: Invocation, store: Store, doc: TrustRootDoc, sigs: DsseSignature[], now: number): Promise<ExitCode> {
  const { sha256 } = payloadOf(doc)
  const files = new Map<number, RevisionFiles>()
  const repo = openRepository(store.top)
  for (const r of store.chain.revisions) {
    files.set(r.revision, { json: await repo.readFileAt(store.tip!, r.paths.packet), sig: await repo.readFileAt(store.tip!, r.paths.signature) })
  }
  if (files.has(doc.version)) throw new UserError({ code: 'USAGE', message: `trust publish: ${rootPaths(doc.version).packet} is already published; draft the next revision` })
  const prepared = prepareRevision(files, doc, sigs, now)
  const mine = prepared.revision
  if (!mine.trusted) {
    const text = mine.findings.map((f) => `  ${f.code}: ${f.detail}`).join('\n')
    inv.io.stdout(inv.values.json ? `${JSON.stringify({ published: false, findings: mine.findings }, null, 2)}\n` : `Not published: ${rootPaths(doc.version).packet} does not verify against the chain:\n${text}\n`)
    return ExitCode.PolicyFailure
  }
  const paths = rootPaths(doc.version)
  const result = await commitFiles({
    dir: store.top,
    branch: store.branch,
    parentOid: store.tip,
    files: prepared.files,
    message: `trust-root ${formatRevision(doc.version)}: ${doc.version === 1 ? 'the root of trust' : 'rotation'} (${mine.counted.join(', ')})`,
    committer: { name: DEFAULT_GIT.committerName, email: DEFAULT_GIT.committerEmail, timestamp: Math.floor(now / 1000) }
  })
  const pin = prepared.pin!
  if (inv.values.json) {
    inv.io.stdout(`${JSON.stringify({ published: true, revision: formatRevision(doc.version), commit: result.commitOid, payload_sha256: sha256, pin, files: paths }, null, 2)}\n`)
  } else {
    inv.io.stdout(
      [
        `Published trust-root ${formatRevision(doc.version)} in ${result.commitOid} on ${store.branch} (signed by ${mine.counted.join(', ')})`,
        `Pin (sha256 of revision 1's payload): ${pin}`,
        `Verify with: release-evidence verify --trust-root ${pin}   (Action input trust-root: ${pin})`,
        ''
      ].join('\n')
    )
  }
  return ExitCode.Pass
}

async function show(inv: Invocation, v: Values, now: number): Promise<ExitCode> {
  const store = await openStore(inv, v, now)
  const c = store.chain
  const rows = c.revisions.map((r) => ({
    revision: formatRevision(r.revision),
    payload_sha256: r.sha256,
    trusted: r.trusted,
    signed_by: r.counted,
    published_in: r.publishedIn ?? null,
    findings: r.findings.map((f) => `${f.code}: ${f.detail}`)
  }))
  const pin = c.revisions[0]?.sha256 ?? null
  const pinned = tsaOfChain(c)
  const tsa = pinned ? { subject: pinned.pinned.cert.subject.replace(/\n/g, ', '), sha256: pinned.pinned.sha256, require_token: pinned.requireToken } : null
  if (inv.values.json) inv.io.stdout(`${JSON.stringify({ branch: store.branch, commit: store.tip, pin, in_force: c.inForce ? formatRevision(c.inForce.revision) : null, tsa, revisions: rows }, null, 2)}\n`)
  else {
    const out = [`Trust root on ${store.branch} at ${store.tip ?? '(no commits)'}: ${rows.length} revision(s), in force ${c.inForce ? formatRevision(c.inForce.revision) : 'none'}`]
    for (const r of rows) out.push(`  ${r.revision}  sha256:${r.payload_sha256 ?? '-'}  ${r.trusted ? 'ok' : 'FAIL'}  ${r.signed_by.join(', ')}${r.findings.map((f) => `\n      ${f}`).join('')}`)
    out.push(tsa ? `Trusted time: TSA certificate ${tsa.subject} sha256:${tsa.sha256}${tsa.require_token ? ' (tokens required)' : ''}` : 'Trusted time: no TSA certificate pinned')
    if (pin) out.push(`Revision 1's sha256 (check it against the pin you keep outside the repository): ${pin}`)
    inv.io.stdout(`${out.join('\n')}\n`)
  }
  return c.revisions.every((r) => r.trusted) ? ExitCode.Pass : ExitCode.PolicyFailure
}

