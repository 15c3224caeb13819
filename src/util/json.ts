// JSON from text a reader did not write (a packet file, an API response): parsed when it parses,
// undefined otherwise, so the caller reports what it expected instead of a SyntaxError.

/** JSON.parse of UTF-8 bytes or text; undefined when it is not JSON. A BOM is not stripped. */
export function parseLoose(json: Uint8Array | string): unknown {
  try {
    return JSON.parse(typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8'))
  } catch {
    return undefined
  }
}
