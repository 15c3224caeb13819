import { it, expect } from 'vitest'
import { buildTimestampRequest, postTimestampRequest } from '../../src/timestamp/request.js'
import { verifyTimestamp } from '../../src/timestamp/verify.js'
import { pki, startTsa } from './tsa.js'
it('scratch', async () => {
  const p = pki('good')
  const tsa = await startTsa(p.config)
  const sig = Buffer.from('a signature')
  const req = buildTimestampRequest(sig)
  const reply = await postTimestampRequest(req, { url: tsa.url })
  console.log(await verifyTimestamp(reply, sig, p.ca.pem, { nonce: req.nonce }))
  console.log(await verifyTimestamp(reply, sig, p.tsa.pem, { nonce: req.nonce }))
  const other = pki('other')
  console.log(await verifyTimestamp(reply, sig, other.ca.pem, { nonce: req.nonce }))
  await tsa.close()
})
