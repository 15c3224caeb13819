// Are the outputs byte-identical to another build's? A refactor or a speed-up must not change
// what the product writes. Runs a base checkout's CLI bundle and this one on the ledger benchmark's
// inputs (100,000 alarms) and on the demo, and compares every report file and every demo commit id
// (a commit id covers every byte of every packet it holds).
//
//   git worktree add /tmp/base <commit> && node bench/identical.mjs /tmp/base
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './generate-ledger.mjs'

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const base = process.argv[2]
if (!base) {
  console.error('usage: node bench/identical.mjs <checkout of the base commit, with its dist/>')
  process.exit(2)
}
const NOW = '2026-11-23T16:00:00Z'
const data = mkdtempSync(join(tmpdir(), 'identical-'))
generate(data, Number(process.env.ALARMS ?? 100_000))
cpSync(join(here, 'policies'), join(data, 'policies'), { recursive: true })
let same = true
const builds = [
  ['base', resolve(base)],
  ['this', here]
]
const outs = {}
for (const [name, root] of builds) {
  const out = join(data, `out-${name}`)
  const args = ['validate-ledger', '-C', data, '--now', NOW, '--ledger-policy', join(data, 'policies/ack-ledger.yaml'), '--alarms', 'alarms.csv', '--ledger', 'ack-ledger.csv', '--evidence', 'evidence.csv', '--out-dir', out, '--json']
  const r = spawnSync(process.execPath, [join(root, 'dist/cli/index.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
  outs[name] = { exit: r.status, stdout: r.stdout, files: Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))])) }
}
const check = (what, ok) => {
  console.log(`${ok ? 'identical' : 'DIFFERENT'}  ${what}`)
  same &&= ok
}
check(`validate-ledger exit code (${outs.base.exit})`, outs.base.exit === outs.this.exit)
check('validate-ledger --json', outs.base.stdout === outs.this.stdout)
for (const f of Object.keys(outs.base.files).sort()) check(f, outs.base.files[f].equals(outs.this.files[f] ?? Buffer.alloc(0)))
// The demo: every packet and envelope byte for byte; the verify logs and commit ids are reported
// too (a log's wording may change on purpose, and a commit id covers it).
const demos = {}
for (const [name, root] of builds) {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli/index.js'), 'demo'], { cwd: root, encoding: 'utf8' })
  demos[name] = /cd (\S+)/.exec(r.stdout)?.[1] ?? null
}
if (demos.base && demos.this) {
  const files = execFileSync('git', ['-C', demos.base, 'ls-files', 'closure-packets'], { encoding: 'utf8' }).split('\n').filter(Boolean)
  for (const f of files) check(`demo ${f}`, readFileSync(join(demos.base, f)).equals(readFileSync(join(demos.this, f))))
  const log = (d) => execFileSync('git', ['-C', d, 'log', '--format=%H'], { encoding: 'utf8' })
  console.log(`${log(demos.base) === log(demos.this) ? 'identical' : 'different'}  demo commit ids (informative: they cover the verify logs too)`)
} else check('demo ran in both builds', false)
for (const d of Object.values(demos)) if (d) rmSync(d, { recursive: true, force: true })
rmSync(data, { recursive: true, force: true })
process.exit(same ? 0 : 1)
