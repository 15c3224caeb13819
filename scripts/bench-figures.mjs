// The benchmark figures in the docs come from a bench run, never from a hand: `npm run bench`
// writes .bench/last-run.json, and `node scripts/bench-figures.mjs [run.json]` renders it and
// splices it between the markers in docs/benchmarks.md and README.md. Each block carries the run's
// data in a comment, so the suite can check that the block is exactly what this script renders
// from that data (__tests__/bench-figures.test.ts), whatever the numbers are.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const TARGETS = { 'docs/benchmarks.md': 'full', 'README.md': 'short' }
const START = '<!-- bench:figures:start -->'
const END = '<!-- bench:figures:end -->'
const DATA = /^<!-- bench:data (.*) -->$/m

const num = (x, digits = 0) => (typeof x === 'number' && Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '-')
const time = (msValue) => (typeof msValue !== 'number' ? '-' : msValue >= 10_000 ? `${num(msValue / 1000, 1)} s` : msValue >= 100 ? `${num(msValue)} ms` : `${num(msValue, 1)} ms`)
const cell = (t) => String(t).replaceAll('|', '\\|').replaceAll('\n', ' ')

function measured(row) {
  if (row.unit === 'MB') return `${num(row.value)} MB`
  return time(row.ms)
}

function ratio(row) {
  if (row.unit === 'MB') return '-'
  return typeof row.ratio === 'number' ? `${num(row.ratio, 2)}x` : '-'
}

function goal(row) {
  if (row.unit === 'MB') return `<= ${num(row.limit)} MB`
  // a time budget (a warm query: under 1 s), beside the ratio to its floor
  if (row.unit === 'ms') return `< ${time(row.limit)}`
  return typeof row.target === 'number' ? `<= ${num(row.target, row.target % 1 === 0 ? 0 : 1)}x` : '-'
}

function met(row) {
  if (row.unit === 'MB') return typeof row.value === 'number' && row.value <= row.limit ? 'yes' : 'no'
  if (row.unit === 'ms') return typeof row.ms === 'number' && row.ms < row.limit ? 'yes' : 'no'
  return typeof row.ratio === 'number' && typeof row.target === 'number' ? (row.ratio <= row.target ? 'yes' : 'no') : '-'
}

/** The block's text for one run: `full` (the benchmarks page) or `short` (the README). */
export function render(data, kind = 'full') {
  const head = `Measured by \`npm run bench${data.quick ? ' -- --quick' : ''}\` on ${data.date} (node ${data.node}, ${data.cpus} CPUs, load average ${num(data.load, 1)} at start); every floor in the same run, interleaved with its workload.`
  const lines = [START, '', head, '']
  if (kind === 'full') {
    lines.push('| workload | floor | floor time | measured | ratio | goal | met |', '|---|---|---|---|---|---|---|')
    for (const r of data.rows) lines.push(`| ${cell(r.workload)} | ${cell(r.floor)} | ${time(r.floorMs)} | ${measured(r)} | ${ratio(r)} | ${goal(r)} | ${met(r)} |`)
  } else {
    lines.push('| workload | measured | ratio to its floor | goal |', '|---|---|---|---|')
    for (const r of data.rows) lines.push(`| ${cell(r.workload)} | ${measured(r)} | ${ratio(r)} | ${goal(r)} |`)
  }
  lines.push('', `<!-- bench:data ${JSON.stringify(data)} -->`, END)
  return lines.join('\n')
}

/** The block between the markers in `text`, or null when the markers are missing. */
export function blockOf(text) {
  const a = text.indexOf(START)
  const b = text.indexOf(END)
  return a < 0 || b < a ? null : text.slice(a, b + END.length)
}

/** The run data a block carries. */
export function dataOf(block) {
  const m = DATA.exec(block)
  return m ? JSON.parse(m[1]) : null
}

/** `text` with its block replaced by the one rendered from `data`. */
export function splice(text, data, kind) {
  const block = blockOf(text)
  if (block === null) throw new Error(`no ${START} ... ${END} markers`)
  return text.replace(block, () => render(data, kind))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = resolve(process.argv[2] ?? join(ROOT, '.bench', 'last-run.json'))
  const data = JSON.parse(readFileSync(file, 'utf8'))
  for (const [path, kind] of Object.entries(TARGETS)) {
    const p = join(ROOT, path)
    writeFileSync(p, splice(readFileSync(p, 'utf8'), data, kind))
    console.log(`${path}: figures from ${file}`)
  }
}
