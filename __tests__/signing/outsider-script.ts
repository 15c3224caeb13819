// An outsider verifies a packet with jq, base64, xxd, printf and the openssl binary only: these
// are the exact steps docs/closure-packets.md gives (__tests__/readme.test.ts keeps the two identical), run by bash on a packet our code
// produced. PUB is the public_key of the signer's entry in policies/keyring.yaml.
export const OUTSIDER_SCRIPT = String.raw`
# 1. Take the payload, the signature and the payload type out of the envelope.
jq -r .payload packet-r001.sig | base64 -d > payload.json
jq -r '.signatures[0].sig' packet-r001.sig | base64 -d > sig.bin
TYPE=$(jq -r .payloadType packet-r001.sig)
test "$TYPE" = "application/vnd.release-evidence.closure-packet+json"

# 2. The envelope's key id is sha256 of the keyring's raw public key.
test "$(printf '%s' "$PUB" | base64 -d | sha256sum | cut -d' ' -f1)" = "$(jq -r '.signatures[0].keyid' packet-r001.sig)"

# 3. Build the DSSE pre-authentication encoding: "DSSEv1 <len> <type> <len> <payload>".
printf 'DSSEv1 %d %s %d ' "${"$"}{#TYPE}" "$TYPE" "$(wc -c < payload.json)" > pae.bin
cat payload.json >> pae.bin

# 4. Wrap the raw 32-byte public key as SPKI DER, then PEM.
{ printf '302a300506032b6570032100' | xxd -r -p; printf '%s' "$PUB" | base64 -d; } > pub.der
openssl pkey -pubin -inform DER -in pub.der -out pub.pem

# 5. Verify the Ed25519 signature.
openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in pae.bin -sigfile sig.bin

# 6. The readable .json must hold exactly the signed content.
diff <(jq -S . payload.json) <(jq -S . packet-r001.json)
echo "packet-r001.json: signature verified and content matches"
`

