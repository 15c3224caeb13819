// Retention benchmark (lesson 115): `retention index` and the queries Q1-Q4 on a store of 1,000
// release windows x 10 revisions (10,000 commits of real signed closure packets), each beside a
// floor measured in the same run: native `git ls-tree -r` of the store plus every store blob
// through `git cat-file --batch` (what any reader of the store must do at least). Warm = the
// median of three runs after a first one. Target: under 1 s each warm. Benchmarks measure; they
// never fail on a figure. Runs the bundled CLI (dist/cli), so build first.
//
// The workload is made as bench/store.mjs makes it: one packet the product exported, varied per
// window and revision and re-signed with the documented format, committed with git fast-import.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash, createPrivateKey, sign } from 'node:crypto'
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { migrateTrustRoot } from './trust.mjs'
import canonicalize from 'canonicalize'
import { record } from './results.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = resolve(process.env.RELEASE_EVIDENCE_CLI ?? join(ROOT, 'dist', 'cli', 'index.js'))
const WINDOWS = Number(process.env.RETENTION_BENCH_WINDOWS ?? 1000)
const REVISIONS = Number(process.env.RETENTION_BENCH_REVISIONS ?? 10)
const RUNS = 3
const NOW = '2026-11-23T16:00:00Z'
const QUERY_NOW = '2027-12-01T00:00:00Z'
const DATE = '2026-11-23T12:00:00Z'
const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.test',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.test',
  GIT_AUTHOR_DATE: DATE,
  GIT_COMMITTER_DATE: DATE,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  LC_ALL: 'C'
}

if (!existsSync(CLI)) {
  console.error(`retention bench: ${CLI} is missing; run \`npm run build\` first`)
  process.exit(2)
}
const gitIn = (dir, args, input) => execFileSync('git', args, { cwd: dir, env: ENV, input, maxBuffer: 1 << 30 })
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (x) => `${x.toFixed(0)} ms`
let pin = ''
const cli = (dir, args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, env: { ...ENV, RELEASE_EVIDENCE_SIGNING_KEY: '', RELEASE_EVIDENCE_TRUST_ROOT: dir === repo ? pin : '' }, encoding: 'utf8', maxBuffer: 1 << 30 })

// ---- the workload ----------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 're-retention-bench-'))
const seed = join(work, 'seed')
const repo = join(work, 'store')
for (const d of [seed, repo]) {
  cpSync(join(ROOT, 'policies'), join(d, 'policies'), { recursive: true })
  cpSync(join(ROOT, 'examples'), join(d, 'examples'), { recursive: true })
  chmodSync(join(d, 'examples/keys/DEMO-ONLY-signing-key.txt'), 0o600)
  gitIn(d, ['init', '-q', '-b', 'main'])
  gitIn(d, ['add', '-A'])
  gitIn(d, ['commit', '-q', '-m', 'inputs and policies'])
}
// the store verifies under a pinned trust root, committed before the packets
pin = migrateTrustRoot({ cli, dir: repo, now: NOW })
const exported = cli(seed, ['export-closure', '--now', NOW, '--key-file', 'examples/keys/DEMO-ONLY-signing-key.txt'])
if (!exported.stdout.includes('wrote r001')) {
  console.error(`${exported.stdout}\n${exported.stderr}`)
  process.exit(2)
}
const seedWindow = gitIn(seed, ['ls-tree', '--name-only', 'HEAD:closure-packets/']).toString().split('\n').filter(Boolean)[0]
const template = JSON.parse(gitIn(seed, ['show', `HEAD:closure-packets/${seedWindow}/packet-r001.json`]).toString())
const envelope = JSON.parse(gitIn(seed, ['show', `HEAD:closure-packets/${seedWindow}/packet-r001.sig`]).toString())
const keyText = readFileSync(join(ROOT, 'examples/keys/DEMO-ONLY-signing-key.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))[0]
const privateKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(keyText, 'base64')]), format: 'der', type: 'pkcs8' })
const sha256 = (b) => createHash('sha256').update(b).digest('hex')
const sortKeys = (v) => (Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])) : v)
const label = (n) => `r${String(n).padStart(3, '0')}`

function signedRevision(windowId, n, previousDigest) {
  const p = structuredClone(template)
  p.packet_id = `cp-${windowId}`
  p.release_window_id = windowId
  p.revision = label(n)
  p.supersedes = n === 1 ? null : { revision: label(n - 1), signature_digest: previousDigest }
  for (const row of p.rows) for (const refs of Object.values(row.closure_evidence_refs)) for (const r of refs) r.uri = `${r.uri}?w=${windowId}&v=${n}`
  delete p.signature_digest
  p.signature_digest = sha256(canonicalize(p))
  const payload = Buffer.from(canonicalize(p), 'utf8')
  const type = envelope.payloadType
  const pae = Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `), payload])
  const env = { payloadType: type, payload: payload.toString('base64'), signatures: [{ keyid: envelope.signatures[0].keyid, sig: sign(null, pae, privateKey).toString('base64') }] }
  return { digest: p.signature_digest, json: `${JSON.stringify(sortKeys(p), null, 2)}\n`, sig: `${JSON.stringify(env, null, 2)}\n`, log: `bench ${p.packet_id} ${p.revision}\n` }
}

console.log(`retention bench: ${WINDOWS} windows x ${REVISIONS} revisions = ${WINDOWS * REVISIONS} commits (CLI ${CLI})`)
let t0 = process.hrtime.bigint()
const chunks = []
const digests = new Map()
const first = Date.parse(DATE) / 1000
let i = 0
for (let n = 1; n <= REVISIONS; n++) {
  for (let w = 1; w <= WINDOWS; w++) {
    const id = `bw-${String(w).padStart(4, '0')}`
    const rev = signedRevision(id, n, digests.get(id))
    digests.set(id, rev.digest)
    const dir = `closure-packets/${id}`
    const message = `closure-packets: ${id} ${label(n)}`
    chunks.push(Buffer.from(`commit refs/heads/main\ncommitter bench <bench@example.test> ${first + i} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`))
    if (i === 0) chunks.push(Buffer.from(`from ${gitIn(repo, ['rev-parse', 'HEAD']).toString().trim()}\n`))
    for (const [path, text] of [[`${dir}/packet-${label(n)}.json`, rev.json], [`${dir}/packet-${label(n)}.sig`, rev.sig], [`${dir}/verify-${label(n)}.log`, rev.log]]) {
      const body = Buffer.from(text, 'utf8')
      chunks.push(Buffer.from(`M 100644 inline ${path}\ndata ${body.length}\n`), body, Buffer.from('\n'))
    }
    chunks.push(Buffer.from('\n'))
    i++
  }
}
gitIn(repo, ['-c', 'core.compression=1', '-c', 'pack.compression=1', 'fast-import', '--quiet', '--force'], Buffer.concat(chunks))
gitIn(repo, ['reset', '-q', '--hard', 'main'])
gitIn(repo, ['update-index', '-q', '--refresh'])
console.log(`workload: ${i} commits in ${fmt(ms(t0))}`)

// ---- measure ------------------------------------------------------------------------------------
function floorOnce() {
  const t = process.hrtime.bigint()
  const oids = gitIn(repo, ['ls-tree', '-r', '-z', 'HEAD', '--', 'closure-packets'])
    .toString()
    .split('\0')
    .filter(Boolean)
    .map((rec) => rec.split('\t')[0].split(' ')[2])
  gitIn(repo, ['cat-file', '--batch'], `${oids.join('\n')}\n`)
  return ms(t)
}

function timed(args, check) {
  const t = process.hrtime.bigint()
  const r = cli(repo, [...args, '--now', QUERY_NOW, '--json', '--out-dir', join(work, 'out')])
  const took = ms(t)
  if (r.status !== 0 || !check(JSON.parse(r.stdout))) {
    console.error(`${args.join(' ')} exited ${r.status}: ${r.stderr}\n${r.stdout.slice(0, 1000)}`)
    process.exit(1)
  }
  return took
}

const CASES = [
  ['retention index', ['retention', 'index'], (o) => o.rows.length === WINDOWS * REVISIONS],
  ['Q1 query holds', ['retention', 'query', 'holds'], (o) => Array.isArray(o.rows)],
  ['Q2 query expiring --within 30d', ['retention', 'query', 'expiring', '--within', '30d'], (o) => Array.isArray(o.rows)],
  ['Q3 query latest', ['retention', 'query', 'latest'], (o) => o.rows.length === WINDOWS],
  ['Q4 query drift', ['retention', 'query', 'drift'], (o) => Array.isArray(o.rows)]
]
const results = []
for (const [name, args, check] of CASES) {
  timed(args, check) // the first run warms the OS page cache
  const warm = median(Array.from({ length: RUNS }, () => timed(args, check)))
  const floor = median(Array.from({ length: RUNS }, floorOnce))
  results.push({ name, warm, floor })
}
console.log('')
const shape = `${WINDOWS.toLocaleString('en-US')} windows x ${REVISIONS} revisions`
for (const r of results) {
  console.log(`${r.name.padEnd(32)} ${fmt(r.warm).padStart(8)} warm  = ${(r.warm / r.floor).toFixed(2)}x floor (${fmt(r.floor)}; target < 1000 ms)`)
  const id = r.name.startsWith('Q') ? `retention-${r.name.split(' ')[0].toLowerCase()}` : 'retention-index'
  record({ id, workload: `${r.name}, warm, ${shape}`, floor: 'git ls-tree -r + cat-file --batch of every store blob', floorMs: r.floor, ms: r.warm, ratio: r.warm / r.floor, unit: 'ms', limit: 1000 })
}
const nodeStart = median(Array.from({ length: RUNS }, () => {
  const t = process.hrtime.bigint()
  spawnSync(process.execPath, ['-e', ''])
  return ms(t)
}))
console.log(`(floor: git ls-tree -r + cat-file --batch of every store blob; node startup alone: ${fmt(nodeStart)})`)
if (process.env.RETENTION_BENCH_KEEP) console.log(`kept ${work}`)
else rmSync(work, { recursive: true, force: true })
