import { runCli } from './cli/run.js'
import { createProgress } from './report/progress.js'
import { bundledReadWorker } from './util/bundled.js'

// A reader that stops early (`release-evidence ... | head`) is not a failure of the command:
// further output is dropped and the exit code stays the command's, with no stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err
})

const code = await runCli(process.argv.slice(2), {
  io: {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    progress: createProgress({ write: (t) => process.stderr.write(t), tty: process.stderr.isTTY === true })
  },
  cwd: process.cwd(),
  env: process.env,
  clock: Date.now,
  // this module is dist/cli/index.js once bundled; the worker is bundled beside it
  readWorker: bundledReadWorker(import.meta.url, '../read-worker/index.js'),
  inspectWorker: bundledReadWorker(import.meta.url, '../inspect-worker/index.js')
})
process.exitCode = code
