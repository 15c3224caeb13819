// The gate's peak memory at scale: validate-ledger on 1,000,000 alarms (--quick: 250,000), one
// fresh process, peak RSS of the whole process (main thread and read worker). Goal: <= 1 GB.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './generate-ledger.mjs'
import { runOnce } from './ledger.mjs'
import { record } from './results.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const ALARMS = Number(process.env.MEMORY_BENCH_ALARMS ?? (process.argv.includes('--quick') ? 250_000 : 1_000_000))
const LIMIT_MB = 1024
const dir = mkdtempSync(join(tmpdir(), 'bench-memory-'))
try {
  cpSync(join(root, 'policies'), join(dir, 'policies'), { recursive: true })
  const sizes = generate(dir, ALARMS)
  let r
  try {
    r = runOnce(join(root, 'dist/cli/index.js'), dir)
  } catch (err) {
    console.log(`validate-ledger on ${ALARMS} alarms did not finish: ${String(err).split('\n')[0].slice(0, 300)}`)
    record({ id: 'memory', workload: `validate-ledger peak memory, ${sizes.alarms.toLocaleString('en-US')} alarms`, floor: '-', unit: 'MB', value: Number.NaN, limit: LIMIT_MB, note: 'did not finish' })
    process.exit(0)
  }
  console.log(`validate-ledger, ${sizes.alarms} alarms: wall ${r.wallMs.toFixed(0)} ms, peak RSS ${r.rssMb.toFixed(0)} MB (goal <= ${LIMIT_MB} MB), ${((r.rssMb * 1024) / sizes.alarms).toFixed(2)} KB per alarm; decision ${r.decision}`)
  record({ id: 'memory', workload: `validate-ledger peak memory, ${sizes.alarms.toLocaleString('en-US')} alarms`, floor: '-', unit: 'MB', value: r.rssMb, limit: LIMIT_MB })
} finally {
  rmSync(dir, { recursive: true, force: true })
}
