import { describe, expect, it } from 'vitest'
import { parseLoose } from '../../src/util/json.js'

describe('parseLoose', () => {
  it.each([
    ['text', '{"a":1}', { a: 1 }],
    ['bytes', Buffer.from('[1,"é"]', 'utf8'), [1, 'é']],
    ['a view into a larger buffer', Buffer.from('xx{"b":true}yy').subarray(2, 12), { b: true }],
    ['a plain Uint8Array', new TextEncoder().encode('"s"'), 's'],
    ['not JSON', '{"a":', undefined],
    ['a byte-order mark (JSON.parse rejects it, as before)', Buffer.from('\uFEFF{}', 'utf8'), undefined],
    ['empty', '', undefined]
  ])('%s', (_name, input, expected) => {
    expect(parseLoose(input)).toEqual(expected)
  })
})
