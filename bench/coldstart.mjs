// Cold start of the Action bundle: `node dist/index.js` with nothing to do, against a bundle of
// @actions/core alone (the floor every JavaScript action pays), each the mean of spawned runs.
// Target: within 2x of the core-only bundle. "Nothing to do" is an empty workspace: the step parses
// its inputs, builds Settings, finds no input files and exits 2 before any stage module loads,
// which is the start-up cost every run pays before its real work.
//
//   node bench/coldstart.mjs              # dist/index.js
//   RELEASE_EVIDENCE_BUNDLE=.tmp/action/dist/index.js node bench/coldstart.mjs
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { record } from './results.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const RUNS = Number(process.env['COLDSTART_RUNS'] ?? (process.argv.includes('--quick') ? 7 : 15))
const bundle = resolve(root, process.env['RELEASE_EVIDENCE_BUNDLE'] ?? 'dist/index.js')
const baseDir = join(root, '.tmp', 'bench', 'core-only')
const baseline = join(baseDir, 'dist', 'index.js')

if (!existsSync(bundle)) {
  console.error(`coldstart: ${bundle} is missing; run \`npm run build\` first`)
  process.exit(2)
}

// The baseline is built once (ncc takes seconds) and reused; delete .tmp/bench to rebuild it.
if (!existsSync(baseline)) {
  mkdirSync(baseDir, { recursive: true })
  writeFileSync(join(baseDir, 'entry.js'), "import * as core from '@actions/core'\ncore.info(`mode: ${core.getInput('mode') || 'full'}`)\n")
  writeFileSync(join(baseDir, 'package.json'), '{"type":"module","private":true}\n')
  const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  const b = spawnSync(process.execPath, [ncc, 'build', join(baseDir, 'entry.js'), '-o', join(baseDir, 'dist'), '--quiet'], { cwd: root, encoding: 'utf8' })
  if (b.status !== 0 || !existsSync(baseline)) {
    console.error(`coldstart: building the core-only baseline failed\n${b.stderr}`)
    process.exit(2)
  }
}

const workspace = mkdtempSync(join(tmpdir(), 'coldstart-'))
// the data inputs name files the empty workspace lacks: the run gets as far as looking for them
const env = { PATH: process.env['PATH'] ?? '', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, INPUT_ALARMS: 'alarms.csv', INPUT_LEDGER: 'ack-ledger.csv', INPUT_EVIDENCE: 'evidence.csv' }

function once(args) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { cwd: workspace, env, stdio: 'ignore' })
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, status: r.status }
}

function stats(samples) {
  const times = samples.map((s) => s.ms)
  const sorted = [...times].sort((a, b) => a - b)
  return { mean: times.reduce((a, b) => a + b, 0) / times.length, median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], status: samples.at(-1).status }
}

// Interleaved, so a burst of load on the machine hits all three alike; one unmeasured round first
// warms the OS file cache for each bundle.
const subjects = { bare: ['-e', ''], core: [baseline], ours: [bundle] }
for (const args of Object.values(subjects)) once(args)
const samples = { bare: [], core: [], ours: [] }
for (let i = 0; i < RUNS; i++) for (const [name, args] of Object.entries(subjects)) samples[name].push(once(args))
const bare = stats(samples.bare)
const core = stats(samples.core)
const ours = stats(samples.ours)
rmSync(workspace, { recursive: true, force: true })

const fmt = (r) => `mean ${r.mean.toFixed(1)} ms, median ${r.median.toFixed(1)} ms, min ${r.min.toFixed(1)} ms (exit ${r.status})`
const ratio = ours.mean / core.mean
console.log(`node ${process.version}, ${RUNS} spawned runs each`)
const label = bundle.replace(`${root}/`, '')
const width = Math.max(label.length, 18) + 2
console.log(`${"node -e ''".padEnd(width)}${fmt(bare)}`)
console.log(`${'@actions/core only'.padEnd(width)}${fmt(core)}`)
console.log(`${label.padEnd(width)}${fmt(ours)}`)
console.log(`ratio ${ratio.toFixed(2)}x (goal: at most 1.10x) ${ratio <= 1.1 ? 'OK' : 'OVER GOAL'}`)
record({ id: 'coldstart', workload: 'Action cold start (nothing to do)', floor: 'ncc bundle of @actions/core alone', floorMs: core.mean, ms: ours.mean, ratio, target: 1.1 })
