import { runCli } from './cli/run.js'
import { bundledReadWorker } from './ledger/row-scan.js'

const code = await runCli(process.argv.slice(2), {
  io: { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
  cwd: process.cwd(),
  env: process.env,
  clock: Date.now,
  // this module is dist/cli/index.js once bundled; the worker is bundled beside it
  readWorker: bundledReadWorker(import.meta.url, '../read-worker/index.js')
})
process.exitCode = code
