import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cleanupTempDirs, tempDir } from '../store/git-fixture.js'
import { cli, demoKeyFile, exportClosure, pinOf, storeRepo } from '../store/store-fixture.js'

// The pin comes from outside the repository it judges (issue 9): a pin file inside the checkout,
// directly or through a symlink, is refused (exit 2), since whoever can push could rewrite it with
// the store; the same file outside the checkout pins.

afterAll(() => cleanupTempDirs())

describe('--trust-root FILE', () => {
  it.each([
    ['a file in the checkout', (dir: string, _pin: string) => join(dir, 'policies', 'trust-root.pin')],
    ['a relative path into the checkout', (_dir: string, _pin: string) => 'trust-root.pin'],
    ['a symlink outside that points into the checkout', (dir: string, _pin: string) => {
      const link = join(tempDir('re-pin-link-'), 'pin')
      symlinkSync(join(dir, 'trust-root.pin'), link)
      return link
    }]
  ])('refuses %s (exit 2, no verdict)', async (_, where) => {
    const dir = storeRepo()
    const pin = pinOf(dir)
    expect((await exportClosure(dir, demoKeyFile())).code).toBe(0)
    for (const f of [join(dir, 'policies', 'trust-root.pin'), join(dir, 'trust-root.pin')]) writeFileSync(f, `${pin}\n`)
    const r = await cli(dir, ['verify', '--allow-demo-key', '--trust-root', where(dir, pin)], { RELEASE_EVIDENCE_TRUST_ROOT: undefined })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('the pin file is inside the repository being verified')
  })

  it('pins from a file outside the checkout (comments and a sha256: prefix allowed)', async () => {
    const dir = storeRepo()
    const pin = pinOf(dir)
    expect((await exportClosure(dir, demoKeyFile())).code).toBe(0)
    const outside = tempDir('re-pin-')
    mkdirSync(join(outside, 'auditor'))
    const file = join(outside, 'auditor', 'pin.txt')
    writeFileSync(file, `# the store's trust root, from the auditor's notes\nsha256:${pin}  root-r001\n`)
    const r = await cli(dir, ['verify', '--allow-demo-key', '--trust-root', file], { RELEASE_EVIDENCE_TRUST_ROOT: undefined })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`Trust root: pinned sha256:${pin.slice(0, 16)}`)
  })
})
