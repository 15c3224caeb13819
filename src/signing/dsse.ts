// DSSE (Dead Simple Signing Envelope, secure-systems-lab/dsse v1.0). The signature covers the
// pre-authentication encoding of (payloadType, payload), so a signature made for one document kind
// can never verify as another, and nothing outside the envelope's two fields is trusted.

export interface DsseSignature {
  keyid: string
  /** base64 of the 64-byte Ed25519 signature */
  sig: string
}

export interface DsseEnvelope {
  payloadType: string
  /** base64 of the signed bytes */
  payload: string
  signatures: DsseSignature[]
}

/** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body; LEN is the decimal byte count. */
export function pae(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
    type,
    Buffer.from(` ${payload.length} `, 'ascii'),
    payload
  ])
}

/** The `.sig` file: the envelope as JSON, fixed key order, one trailing newline. */
export function renderEnvelope(env: DsseEnvelope): string {
  const ordered = {
    payloadType: env.payloadType,
    payload: env.payload,
    signatures: env.signatures.map((s) => ({ keyid: s.keyid, sig: s.sig }))
  }
  return `${JSON.stringify(ordered, null, 2)}\n`
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Strict base64 (standard alphabet, padded): Buffer.from would silently skip junk characters. */
export function decodeBase64(text: string): Buffer | undefined {
  return BASE64.test(text) ? Buffer.from(text, 'base64') : undefined
}

export type ParsedEnvelope = { ok: true; envelope: DsseEnvelope; payload: Buffer } | { ok: false; reason: string }

/** Parses `.sig` bytes into an envelope, rejecting anything that is not exactly the documented shape. */
export function parseEnvelope(bytes: Uint8Array | string): ParsedEnvelope {
  let value: unknown
  try {
    value = JSON.parse(typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8'))
  } catch {
    return { ok: false, reason: 'is not JSON' }
  }
  if (!isRecord(value)) return { ok: false, reason: 'is not a JSON object' }
  const extra = Object.keys(value).filter((k) => !['payloadType', 'payload', 'signatures'].includes(k))
  if (extra.length > 0) return { ok: false, reason: `has unknown field '${extra[0]}'` }
  const { payloadType, payload, signatures } = value
  if (typeof payloadType !== 'string' || payloadType === '') return { ok: false, reason: 'has no payloadType' }
  if (typeof payload !== 'string') return { ok: false, reason: 'has no payload' }
  const body = decodeBase64(payload)
  if (!body) return { ok: false, reason: 'payload is not base64' }
  if (!Array.isArray(signatures) || signatures.length === 0) return { ok: false, reason: 'has no signatures' }
  const sigs: DsseSignature[] = []
  for (const s of signatures) {
    if (!isRecord(s) || typeof s.keyid !== 'string' || typeof s.sig !== 'string' || !decodeBase64(s.sig)) {
      return { ok: false, reason: 'has a signature without a keyid or a base64 sig' }
    }
    sigs.push({ keyid: s.keyid, sig: s.sig })
  }
  return { ok: true, envelope: { payloadType, payload, signatures: sigs }, payload: body }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
