// `npm run bench`: every benchmark, each in its own process so one cannot warm another's caches.
// Benchmarks measure; they never fail on a figure (targets are printed beside the figures).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const benches = ['ledger', 'store', 'retention', 'signing', 'coldstart'].filter((b) => only.length === 0 || only.includes(b))

if (!existsSync(join(here, '..', 'dist', 'cli', 'index.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first')
  process.exit(2)
}
let failed = false
for (const name of benches) {
  const file = join(here, `${name}.mjs`)
  if (!existsSync(file)) continue
  console.log(`\n=== ${name} ===`)
  const r = spawnSync(process.execPath, ['--expose-gc', file], { stdio: 'inherit' })
  if (r.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
