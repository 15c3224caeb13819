// Export benchmark: `export-closure` per revision written, against its object-write floor, at two
// store sizes. At each size S the store already holds S - M window folders (one commit made with
// git fast-import) and the ledger names M new windows, so the export writes M revisions (one
// commit each) into a store that ends with S windows: the per-revision cost at S windows, without
// writing S revisions.
//   export  `release-evidence export-closure` from dist/cli (gate, packet, sign, verify, commit,
//           working tree and index), a fresh process
//   floor   bench/export-floor.mjs: the same commits through isomorphic-git's object writes alone,
//           a fresh process (its last commit id must equal the export's)
// Pairs run interleaved on fresh copies of the same repository. Target: export <= 2x the floor
// per revision at every size, and linear (the per-revision ratio does not grow with S).
//
//   node bench/export.mjs [--quick]     EXPORT_BENCH_SIZES=1000,10000 EXPORT_BENCH_NEW=1000
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './generate-ledger.mjs'
import { record } from './results.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = resolve(process.env.RELEASE_EVIDENCE_CLI ?? join(ROOT, 'dist', 'cli', 'index.js'))
const QUICK = process.argv.includes('--quick')
const SIZES = (process.env.EXPORT_BENCH_SIZES ?? '1000,10000').split(',').map(Number)
const NEW = Number(process.env.EXPORT_BENCH_NEW ?? (QUICK ? 200 : 1000))
const PAIRS = Number(process.env.EXPORT_BENCH_PAIRS ?? (QUICK ? 1 : 3))
const ALARMS_PER_WINDOW = 4
const NOW = '2026-11-23T16:00:00Z'
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
const gitIn = (dir, args, input) => execFileSync('git', args, { cwd: dir, env: ENV, input, maxBuffer: 1 << 30 })
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** A repository with the generated inputs committed and `filler` window folders already in the store. */
function prepare(work, windows, filler) {
  const dir = join(work, 'base')
  mkdirSync(join(dir, 'examples', 'keys'), { recursive: true })
  cpSync(join(ROOT, 'policies'), join(dir, 'policies'), { recursive: true })
  cpSync(join(ROOT, 'examples/keys'), join(dir, 'examples/keys'), { recursive: true })
  chmodSync(join(dir, 'examples/keys/DEMO-ONLY-signing-key.txt'), 0o600)
  generate(join(dir, 'examples'), windows * ALARMS_PER_WINDOW, windows)
  gitIn(dir, ['init', '-q', '-b', 'main'])
  gitIn(dir, ['add', '-A'])
  gitIn(dir, ['commit', '-q', '-m', 'inputs and policies'])
  if (filler > 0) {
    const chunks = [Buffer.from(`commit refs/heads/main\ncommitter bench <bench@example.test> ${Date.parse(DATE) / 1000 + 1} +0000\ndata 7\nfiller\nfrom ${gitIn(dir, ['rev-parse', 'HEAD']).toString().trim()}\n`)]
    for (let w = 0; w < filler; w++) {
      for (const name of ['packet-r001.json', 'packet-r001.sig', 'verify-r001.log']) {
        const body = Buffer.from(`{"filler":${w},"name":"${name}"}\n`)
        chunks.push(Buffer.from(`M 100644 inline closure-packets/fill-${String(w).padStart(5, '0')}/${name}\ndata ${body.length}\n`), body, Buffer.from('\n'))
      }
    }
    gitIn(dir, ['fast-import', '--quiet'], Buffer.concat([...chunks, Buffer.from('\n')]))
    gitIn(dir, ['reset', '-q', '--hard', 'main'])
  }
  return dir
}

function exportOnce(dir) {
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [CLI, 'export-closure', '--now', NOW, '--key-file', 'examples/keys/DEMO-ONLY-signing-key.txt'], { cwd: dir, env: { ...ENV, RELEASE_EVIDENCE_SIGNING_KEY: '' }, encoding: 'utf8', maxBuffer: 1 << 30 })
  const took = ms(t)
  if ((r.status !== 0 && r.status !== 1) || !r.stdout.includes('wrote r001')) {
    console.error(`export-closure exited ${r.status}\n${r.stderr}\n${r.stdout.slice(0, 2000)}`)
    process.exit(2)
  }
  return { took, head: gitIn(dir, ['rev-parse', 'HEAD']).toString().trim() }
}

function floorOnce(dir, data) {
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'export-floor.mjs'), dir, data], { env: ENV, encoding: 'utf8' })
  const took = ms(t)
  if (r.status !== 0) {
    console.error(`export floor exited ${r.status}\n${r.stderr}`)
    process.exit(2)
  }
  return { took, head: r.stdout.trim() }
}

/** The commits an export made on top of `base`, with their files, for the floor to write again. */
function exportedCommits(dir, base) {
  const log = gitIn(dir, ['log', '--reverse', '-z', '--raw', '--no-abbrev', '--format=%x01%an%x02%ae%x02%ct%x02%B', `${base}..HEAD`]).toString()
  const commits = []
  for (const tok of log.split('\0')) {
    const t = tok.replace(/^\n/, '')
    if (t.startsWith('\x01')) {
      const [name, email, time, message] = t.slice(1).split('\x02')
      commits.push({ name, email, time: Number(time), message: message.replace(/\n+$/, '\n'), files: [] })
    } else if (t.startsWith(':')) commits.at(-1).files.push({ oid: t.split(' ')[3] })
    else if (t !== '') commits.at(-1).files.at(-1).path = t
  }
  const oids = commits.flatMap((c) => c.files.map((f) => f.oid))
  const batch = gitIn(dir, ['cat-file', '--batch'], `${oids.join('\n')}\n`)
  const blobs = new Map()
  for (let pos = 0; pos < batch.length; ) {
    const nl = batch.indexOf(10, pos)
    const [oid, , size] = batch.subarray(pos, nl).toString().split(' ')
    blobs.set(oid, batch.subarray(nl + 1, nl + 1 + Number(size)))
    pos = nl + 1 + Number(size) + 1
  }
  for (const c of commits) for (const f of c.files) f.base64 = blobs.get(f.oid).toString('base64')
  return commits
}

console.log(`export bench: ${NEW} new windows (${ALARMS_PER_WINDOW} alarms each) into stores of ${SIZES.join(' and ')} windows, ${PAIRS} interleaved pair(s) (CLI ${CLI})`)
const results = []
for (const size of SIZES) {
  const work = mkdtempSync(join(tmpdir(), 're-export-bench-'))
  try {
    const t0 = process.hrtime.bigint()
    const base = prepare(work, NEW, Math.max(0, size - NEW))
    const baseHead = gitIn(base, ['rev-parse', 'HEAD']).toString().trim()
    const copy = (name) => {
      const d = join(work, name)
      cpSync(base, d, { recursive: true })
      return d
    }
    // an unmeasured export first: it warms the file cache and gives the floor its commits
    const warm = copy('warm')
    const expected = exportOnce(warm).head
    const data = join(work, 'commits.json')
    writeFileSync(data, JSON.stringify(exportedCommits(warm, baseHead)))
    rmSync(warm, { recursive: true, force: true })
    console.log(`\nstore of ${size} windows (${Math.max(0, size - NEW)} already there): prepared in ${ms(t0).toFixed(0)} ms`)
    const floors = []
    const exports = []
    for (let i = 0; i < PAIRS; i++) {
      for (const which of ['floor', 'export']) {
        const d = copy(`${which}-${i}`)
        const r = which === 'floor' ? floorOnce(d, data) : exportOnce(d)
        if (r.head !== expected) {
          console.error(`${which}: last commit ${r.head}, the warm-up export made ${expected}: not the same objects`)
          process.exit(2)
        }
        ;(which === 'floor' ? floors : exports).push(r.took / NEW)
        rmSync(d, { recursive: true, force: true })
      }
    }
    const floor = median(floors)
    const ours = median(exports)
    const ratios = exports.map((e, i) => e / floors[i])
    console.log(`floor (isomorphic-git object writes alone), per revision: ${floors.map((f) => f.toFixed(1)).join(', ')} ms`)
    console.log(`export-closure, per revision:                         ${exports.map((f) => f.toFixed(1)).join(', ')} ms`)
    console.log(`ratio per pair: ${ratios.map((r) => `${r.toFixed(2)}x`).join(', ')}; median ${median(ratios).toFixed(2)}x (target <= 2x); same last commit as the floor: yes`)
    results.push({ size, floor, ours, ratio: median(ratios) })
    record({
      id: `export-${size}`,
      workload: `export-closure per revision, store of ${size.toLocaleString('en-US')} windows`,
      floor: 'isomorphic-git object writes of the same commits',
      floorMs: floor,
      ms: ours,
      ratio: median(ratios),
      target: 2
    })
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
if (results.length > 1) {
  const [a, b] = [results[0], results.at(-1)]
  console.log(`\nlinearity: per-revision ratio ${a.ratio.toFixed(2)}x at ${a.size} windows, ${b.ratio.toFixed(2)}x at ${b.size} (export ${a.ours.toFixed(1)} -> ${b.ours.toFixed(1)} ms, floor ${a.floor.toFixed(1)} -> ${b.floor.toFixed(1)} ms)`)
}
