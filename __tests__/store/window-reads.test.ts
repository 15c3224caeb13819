import { afterAll, describe, expect, it } from 'vitest'
import { CLOSURE_FAMILY } from '../../src/closure/family.js'
import { openRepository } from '../../src/git/index.js'
import { windowDir } from '../../src/store/layout.js'
import { latestRevision } from '../../src/store/publish.js'
import { viewFileFor } from '../../src/store/view-write.js'
import { WindowReader } from '../../src/store/window-reads.js'
import { revisionPaths } from '../../src/store/layout.js'
import { cleanupTempDirs, head, makeRepo } from './git-fixture.js'

// An export of many windows reads every window's latest revision and page folder ahead, from one
// listing and one blob read (window-reads.ts). What it reads must be what the one-window path
// (a listing and a blob read of that window's folder) reads, or the pages and links would differ.

afterAll(cleanupTempDirs)

const packet = (window: string, revision: number) => `{"release_window_id":"${window}","revision":"r00${revision}","signature_digest":"${String(revision).repeat(64)}"}\n`

function store(): string {
  return makeRepo({
    'README.md': '# fixture\n',
    'closure-packets/w-a/packet-r001.json': packet('w-a', 1),
    'closure-packets/w-a/packet-r001.sig': 'sig a1\n',
    'closure-packets/w-a/verify-r001.log': 'log a1\n',
    'closure-packets/w-a/packet-r002.json': packet('w-a', 2),
    'closure-packets/w-a/packet-r002.sig': 'sig a2\n',
    'closure-packets/w-a/verify-r002.log': 'log a2\n',
    'closure-packets/w-a/README.md': 'old page\n',
    // no envelope: the one-window path reads no signature either
    'closure-packets/w-b/packet-r001.json': packet('w-b', 1),
    // a window whose name starts with another's: its files are its own
    'closure-packets/w-bb/packet-r003.json': packet('w-bb', 3),
    'closure-packets/w-bb/packet-r003.sig': 'sig bb3\n',
    'closure-packets/stray.txt': 'not a window\n',
    'other/w-a/packet-r009.json': packet('w-a', 9)
  })
}

describe('WindowReader: every window of an export read ahead', () => {
  it('gives each window the latest revision and the page folder the one-window reads give', async () => {
    const dir = store()
    const tip = head(dir)
    const reader = await WindowReader.open(dir, tip, CLOSURE_FAMILY)
    const windows = ['w-a', 'w-b', 'w-bb', 'w-new']
    const read = await reader.read(windows.map((window) => ({ window })))
    expect([...read.keys()]).toEqual(windows)
    const repo = openRepository(dir)
    for (const window of windows) {
      const got = read.get(window)!
      expect(got.previous, window).toEqual(await latestRevision(dir, tip, CLOSURE_FAMILY, { window }))
      const files = await repo.listTree(tip, windowDir(CLOSURE_FAMILY, window))
      expect(got.folder?.files, window).toEqual(files)
      for (const f of files.filter((x) => x.path.endsWith('.json'))) expect(got.folder?.blobs.get(f.oid), f.path).toEqual(await repo.readBlobs([f.oid]).then((m) => m.get(f.oid)))
      // the page written from what was read ahead is the page the one-window path writes
      const paths = revisionPaths(CLOSURE_FAMILY, { window, revision: (got.previous?.revision ?? 0) + 1 })
      const args = { dir, parentOid: tip, family: CLOSURE_FAMILY, window, paths, packet: Buffer.from(packet(window, 4)) }
      expect(await viewFileFor({ ...args, folder: got.folder }), window).toEqual(await viewFileFor(args))
    }
    expect(read.get('w-a')?.previous?.revision).toBe(2)
    expect(read.get('w-a')?.previous?.signature?.toString()).toBe('sig a2\n')
    expect(read.get('w-b')?.previous?.signature).toBeUndefined()
    expect(read.get('w-bb')?.previous?.revision).toBe(3)
    expect(read.get('w-new')).toEqual({ previous: null, folder: { files: [], blobs: expect.any(Map) as unknown } })
  })

  it('reads nothing on an unborn branch', async () => {
    const dir = store()
    const reader = await WindowReader.open(dir, null, CLOSURE_FAMILY)
    const read = await reader.read([{ window: 'w-a' }])
    expect(read.get('w-a')?.previous).toBeNull()
    expect(read.get('w-a')?.folder?.files).toEqual([])
  })
})
