import { existsSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../../src/csv/read.js'
import { signatureDigest } from '../../src/closure/digest.js'
import { parseKeyring } from '../../src/signing/keyring.js'
import { parseSigningKey } from '../../src/signing/keys.js'
import { createSigner } from '../../src/signing/signer.js'
import { signDocument, type SignableDocument } from '../../src/signing/document.js'
import { parseUtc } from '../../src/util/time.js'
import { cleanupTempDirs, sh } from './git-fixture.js'
import { WINDOW, cli, demoKeyFile, edit, exportClosure, storeRepo, pinArgs } from './store-fixture.js'

// The closure-packet fail matrix (lesson 114 step 7) as data: every row of the CSV runs against
// its own recipe under __tests__/fixtures/store/matrix/<scenario_id>/recipe.json, which builds the
// repository state; a row without a recipe fails the suite.

const HERE = fileURLToPath(new URL('.', import.meta.url))
const MATRIX = join(HERE, '../matrices/closure-packet-fail-matrix.csv')
const RECIPES = join(HERE, '../fixtures/store/matrix')

type Step =
  | { do: 'edit-input'; file: string; remove_lines_containing?: string; replace?: [string, string] }
  | { do: 'export' }
  | { do: 'resign'; revision: string; set?: Record<string, unknown>; delete?: string[]; reseal: boolean }
  | { do: 'corrupt-signature'; revision: string }
  | { do: 'copy-revision'; from: string; to: string }
  | { do: 'drop-from-publish'; file: string }

interface Recipe {
  story: string
  steps: Step[]
  run: 'verify' | 'export-closure'
  expect_codes: string[]
}

const rows = (await parseCsv(readFileSync(MATRIX), { file: 'closure-packet-fail-matrix.csv', requiredColumns: ['scenario_id', 'condition', 'expected_result'] })).rows.map((r) => ({
  id: r.values.scenario_id,
  condition: r.values.condition,
  expected: r.values.expected_result
}))

let key: string
beforeAll(() => {
  key = demoKeyFile()
})
afterAll(cleanupTempDirs)

const at = (rev: string, kind: 'packet' | 'sig' | 'log') =>
  `closure-packets/${WINDOW}/${kind === 'log' ? `verify-${rev}.log` : `packet-${rev}.${kind === 'sig' ? 'sig' : 'json'}`}`

function setPointer(doc: Record<string, unknown>, pointer: string, value: unknown, remove = false): void {
  const parts = pointer.split('/').slice(1)
  let node = doc
  for (const p of parts.slice(0, -1)) node = node[p] as Record<string, unknown>
  const last = parts[parts.length - 1]
  if (remove) delete node[last]
  else node[last] = value
}

/** Re-signs a modified packet with the demo key, then amends the publishing commit. */
function resign(dir: string, step: Extract<Step, { do: 'resign' }>): void {
  const file = join(dir, at(step.revision, 'packet'))
  const doc = JSON.parse(readFileSync(file, 'utf8')) as SignableDocument & Record<string, unknown>
  for (const [pointer, value] of Object.entries(step.set ?? {})) setPointer(doc, pointer, value)
  for (const pointer of step.delete ?? []) setPointer(doc, pointer, undefined, true)
  if (step.reseal) doc.signature_digest = signatureDigest(doc)
  const keyring = parseKeyring(readFileSync(join(dir, 'policies/keyring.yaml'), 'utf8'), 'policies/keyring.yaml')
  const signedAt = parseUtc(doc.signer.signed_at_utc)
  if (!signedAt.ok) throw new Error(signedAt.reason)
  const signer = createSigner(parseSigningKey(readFileSync(key, 'utf8'), 'demo key'), keyring, signedAt.ms)
  const files = signDocument('closure-packet', doc, signer)
  writeFileSync(file, files.json)
  writeFileSync(join(dir, at(step.revision, 'sig')), files.sig)
  sh(dir, ['commit', '-q', '-a', '--amend', '--no-edit'])
}

async function apply(dir: string, step: Step): Promise<void> {
  switch (step.do) {
    case 'edit-input':
      edit(dir, step.file, (t) => {
        let out = t
        if (step.remove_lines_containing) out = out.split('\n').filter((l) => !l.includes(step.remove_lines_containing!)).join('\n')
        if (step.replace) {
          expect(out).toContain(step.replace[0])
          out = out.replace(step.replace[0], step.replace[1])
        }
        return out
      })
      sh(dir, ['commit', '-q', '-a', '-m', 'fixture: edit input'])
      return
    case 'export': {
      const r = await exportClosure(dir, key)
      expect(r.stderr).toBe('')
      return
    }
    case 'resign':
      resign(dir, step)
      return
    case 'corrupt-signature': {
      edit(dir, at(step.revision, 'sig'), (t) => {
        const env = JSON.parse(t) as { signatures: { sig: string }[] }
        const sig = Buffer.from(env.signatures[0].sig, 'base64')
        sig[10] = sig[10] ^ 0x01
        env.signatures[0].sig = sig.toString('base64')
        return `${JSON.stringify(env, null, 2)}\n`
      })
      sh(dir, ['commit', '-q', '-a', '--amend', '--no-edit'])
      return
    }
    case 'copy-revision':
      for (const kind of ['packet', 'sig', 'log'] as const) copyFileSync(join(dir, at(step.from, kind)), join(dir, at(step.to, kind)))
      sh(dir, ['add', '-A'])
      sh(dir, ['commit', '-q', '-m', `fixture: copy ${step.from} to ${step.to}`])
      return
    case 'drop-from-publish':
      sh(dir, ['rm', '-q', `closure-packets/${WINDOW}/${step.file}`])
      sh(dir, ['commit', '-q', '--amend', '--no-edit'])
      return
  }
}

function codesOf(run: string, json: unknown): string[] {
  if (run === 'verify') return (json as { defects: { defect_code: string }[] }).defects.map((d) => d.defect_code)
  const windows = (json as { windows: { rowDefects: { defect_code: string }[]; findings: { code: string }[] }[] }).windows
  return windows.flatMap((w) => [...w.rowDefects.map((d) => d.defect_code), ...w.findings.map((f) => f.code)])
}

describe('closure-packet fail matrix (C1-C8)', () => {
  it('has the seed scenarios, each once', () => {
    expect(rows.map((r) => r.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'])
  })

  it.each(rows)('$id $condition -> $expected', async ({ id, expected }) => {
    const recipeFile = join(RECIPES, id, 'recipe.json')
    expect(existsSync(recipeFile), `scenario ${id} has no fixture at ${recipeFile}`).toBe(true)
    const recipe = JSON.parse(readFileSync(recipeFile, 'utf8')) as Recipe
    const dir = storeRepo()
    for (const step of recipe.steps) await apply(dir, step)
    const run = recipe.run === 'verify' ? await cli(dir, ['verify', '--json', '--allow-demo-key', '--now', '2026-11-23T20:00:00Z', ...pinArgs(dir)]) : await cli(dir, ['export-closure', '--json', '--now', '2026-11-23T16:00:00Z', '--key-file', key])
    expect(run.stderr).toBe('')
    const codes = [...new Set(codesOf(recipe.run, JSON.parse(run.stdout)))].sort()
    // Exactly the codes the scenario is about: no more (noise hides the cause), no fewer.
    expect(codes).toEqual([...recipe.expect_codes].sort())
    if (expected === 'pass') {
      expect(run.code).toBe(0)
    } else {
      expect(recipe.expect_codes.length).toBeGreaterThan(0)
      expect(run.code).toBe(1)
    }
    // Every scenario leaves a repository native git considers valid and clean.
    expect(sh(dir, ['fsck', '--strict', '--no-dangling'])).toBe('')
    expect(sh(dir, ['status', '--porcelain'])).toBe('')
  })
})
