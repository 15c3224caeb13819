// `npm run bench`: every benchmark, each in its own process so one cannot warm another's caches.
// Benchmarks measure; they never fail on a figure (targets are printed beside the figures).
//
//   npm run bench                      every benchmark, full size (about a quarter of an hour)
//   npm run bench -- --quick           smaller workloads and fewer pairs (a few minutes)
//   npm run bench -- export store      only some: ledger, memory, export, store, signing, coldstart
//   npm run bench -- --docs            then write the figures into docs/benchmarks.md and README.md
//
// Each benchmark records its table rows (bench/results.mjs); the table is printed at the end and
// saved to .bench/last-run.json, from which scripts/bench-figures.mjs renders the docs' figures.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const docs = args.includes('--docs')
const only = args.filter((a) => !a.startsWith('--'))
const ALL = ['ledger', 'memory', 'export', 'store', 'retention', 'signing', 'coldstart']
const unknown = only.filter((b) => !ALL.includes(b))
if (unknown.length > 0) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; choose from ${ALL.join(', ')}`)
  process.exit(2)
}
const benches = ALL.filter((b) => only.length === 0 || only.includes(b))

if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first')
  process.exit(2)
}
mkdirSync(join(root, '.bench'), { recursive: true })
const resultsFile = join(root, '.bench', 'rows.jsonl')
rmSync(resultsFile, { force: true })
const started = { date: new Date().toISOString().slice(0, 10), node: process.version, cpus: availableParallelism(), load: loadavg()[0], quick }

let failed = false
for (const name of benches) {
  console.log(`\n=== ${name} ===`)
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, `${name}.mjs`), ...(quick ? ['--quick'] : [])], { stdio: 'inherit', env: { ...process.env, BENCH_RESULTS: resultsFile } })
  if (r.status !== 0) failed = true
}

const rows = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []
if (rows.length > 0) {
  const goal = (r) => (r.unit === 'ms' ? `goal < ${r.limit} ms` : `goal <= ${r.target}x`)
  const fmt = (r) => (r.unit === 'MB' ? `${r.value.toFixed(0)} MB (limit ${r.limit} MB)` : `${r.ms.toFixed(1)} ms vs floor ${r.floorMs.toFixed(1)} ms = ${r.ratio.toFixed(2)}x (${goal(r)})`)
  console.log('\n=== the table ===')
  for (const r of rows) console.log(`${r.workload}: ${fmt(r)}`)
  const data = { ...started, rows }
  writeFileSync(join(root, '.bench', 'last-run.json'), `${JSON.stringify(data, null, 2)}\n`)
  console.log(`\nsaved .bench/last-run.json${docs ? '' : '; `node scripts/bench-figures.mjs` writes it into the docs'}`)
  if (docs && !failed && only.length === 0) {
    const d = spawnSync(process.execPath, [join(root, 'scripts', 'bench-figures.mjs')], { stdio: 'inherit' })
    if (d.status !== 0) failed = true
  } else if (docs) console.log('bench: --docs writes the figures only after a complete run of every benchmark')
}
process.exit(failed ? 1 : 0)
