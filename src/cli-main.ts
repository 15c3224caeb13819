import { runCli } from './cli/run.js'

const code = await runCli(process.argv.slice(2), {
  io: { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
  cwd: process.cwd(),
  env: process.env,
  clock: Date.now
})
process.exitCode = code
