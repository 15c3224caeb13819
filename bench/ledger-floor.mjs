// The floor of the ledger gate: a minimal one-pass JavaScript scan of its three input files (read,
// decode, split into lines and fields, count), in a fresh process as validate-ledger runs.
// node bench/ledger-floor.mjs <dir>   (alarms.csv, ack-ledger.csv, evidence.csv)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

let fields = 0
for (const name of ['alarms.csv', 'ack-ledger.csv', 'evidence.csv']) {
  const text = readFileSync(join(process.argv[2], name), 'utf8')
  for (let pos = 0; pos < text.length; ) {
    let end = text.indexOf('\n', pos)
    if (end < 0) end = text.length
    fields += text.slice(pos, end).split(',').length
    pos = end + 1
  }
}
process.stdout.write(`${fields}\n`)
