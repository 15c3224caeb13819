import { UserError, type Problem } from '../errors.js'
import type { StoreVerifyResult } from './verify-all.js'
import type { ShardRecord } from './shard.js'

// A shard's result file as `verify merge` reads it: a job artifact, so untrusted input. Its shape
// is checked field by field before anything in it is compared or added up; a file that is not a
// shard result cannot be evaluated (exit 2), naming the file and the field.

export interface ShardResult extends StoreVerifyResult {
  shard: ShardRecord
}

export interface ShardFile {
  /** as given on the command line, for messages */
  name: string
  text: string
}

type Check = [field: string, ok: boolean, expected: string]

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')

export function parseShardResult(file: ShardFile): ShardResult {
  let doc: unknown
  try {
    doc = JSON.parse(file.text)
  } catch (err) {
    throw invalid(file, [{ file: file.name, message: `not JSON (${(err as Error).message})`, fix: 'pass the file written by verify --shard i/n --json --out FILE' }])
  }
  const r = isObject(doc) ? doc : {}
  const s = isObject(r.shard) ? r.shard : {}
  const o = isObject(s.options) ? s.options : {}
  const checks: Check[] = [
    ['shard', isObject(r.shard), 'an object (the file is a whole-store result: was --shard given?)'],
    ['shard.assignment', typeof s.assignment === 'string', 'a string'],
    ['shard.index', isInt(s.index) && s.index >= 1, 'an integer >= 1'],
    ['shard.count', isInt(s.count) && s.count >= 1, 'an integer >= 1'],
    ['shard.commit', s.commit === null || (typeof s.commit === 'string' && /^[0-9a-f]{40,64}$/.test(s.commit)), 'a commit id or null'],
    ['shard.pin', typeof s.pin === 'string' && /^[0-9a-f]{64}$/.test(s.pin), 'a sha256 (64 hex digits)'],
    ['shard.options', isObject(s.options) && (o.since === null || typeof o.since === 'string') && typeof o.allow_empty === 'boolean' && typeof o.allow_demo_key === 'boolean' && typeof o.now === 'string', 'the verdict options'],
    ['shard.store_wide', typeof s.store_wide === 'boolean', 'true or false'],
    ['shard.covered', Array.isArray(s.covered) && s.covered.every((c) => isObject(c) && typeof c.root === 'string' && isStrings(c.groups)), 'a list of {root, groups}'],
    ['windows', Array.isArray(r.windows) && r.windows.every((w) => isObject(w) && typeof w.release_window_id === 'string' && typeof w.series === 'string' && typeof w.ok === 'boolean' && Array.isArray(w.revisions)), 'a list of window reports'],
    ['defects', Array.isArray(r.defects) && r.defects.every((d) => isObject(d) && typeof d.defect_code === 'string' && typeof d.severity === 'string' && typeof d.release_window_id === 'string' && typeof d.subject === 'string'), 'a list of defects'],
    ['blocking', isInt(r.blocking), 'a count'],
    ['families', Array.isArray(r.families) && r.families.every((f) => isObject(f) && typeof f.family === 'string' && isInt(f.windows) && isInt(f.revisions) && isInt(f.blocking)), 'a list of family verdicts'],
    ['stats', isObject(r.stats) && isInt(r.stats.commits_scanned) && isInt(r.stats.packets) && isInt(r.stats.packets_inspected), 'the run statistics']
  ]
  const problems: Problem[] = checks.filter(([, ok]) => !ok).map(([field, , expected]) => ({ file: file.name, field, message: `expected ${expected}`, fix: 'pass the unedited file written by verify --shard i/n --json --out FILE' }))
  if (problems.length > 0) throw invalid(file, problems)
  // The count of blocking defects is recomputed: a file's own total is never believed.
  const result = doc as ShardResult
  const blocking = result.defects.filter((d) => d.severity === 'blocking').length
  if (blocking !== result.blocking) {
    throw invalid(file, [{ file: file.name, field: 'blocking', message: `says ${result.blocking} but the file lists ${blocking} blocking defect(s)`, fix: 'the file was edited; re-run the shard' }])
  }
  return result
}

function invalid(file: ShardFile, problems: Problem[]): UserError {
  return new UserError({ code: 'INPUT_INVALID', message: `verify merge: ${file.name} is not a shard result of verify --shard`, problems })
}
