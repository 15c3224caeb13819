import { describe, expect, it } from 'vitest'
import { BlobBatchReader } from '../../src/git/parse.js'

// cat-file --batch output cut into chunks at every possible place: the records come out whole,
// in order, whatever the chunking.
const records: [string, Buffer | undefined][] = [
  ['a'.repeat(40), Buffer.from('first\nline\n')],
  ['b'.repeat(40), undefined],
  ['c'.repeat(40), Buffer.from([0, 10, 255, 10])],
  ['d'.repeat(40), Buffer.alloc(0)]
]
const stream = Buffer.concat(
  records.map(([oid, body]) => (body === undefined ? Buffer.from(`${oid} missing\n`) : Buffer.concat([Buffer.from(`${oid} blob ${body.length}\n`), body, Buffer.from('\n')])))
)

describe('BlobBatchReader', () => {
  it.each([1, 2, 3, 7, 41, 64, stream.length])('parses the stream cut into chunks of %i bytes', (size) => {
    const got: [string, Buffer | undefined][] = []
    const reader = new BlobBatchReader((oid, body) => got.push([oid, body === undefined ? undefined : Buffer.from(body)]))
    for (let i = 0; i < stream.length; i += size) reader.push(stream.subarray(i, i + size))
    expect(got).toEqual(records)
  })

  it('hands on a tree or commit as undefined (only blobs are read)', () => {
    const got: [string, Buffer | undefined][] = []
    const reader = new BlobBatchReader((oid, body) => got.push([oid, body]))
    reader.push(Buffer.from(`${'e'.repeat(40)} tree 3\nabc\n${'f'.repeat(40)} blob 1\nx\n`))
    expect(got).toEqual([
      ['e'.repeat(40), undefined],
      ['f'.repeat(40), Buffer.from('x')]
    ])
  })
})
