// An outsider verifies a packet with jq, base64, printf, mktemp and the openssl binary only: these
// are the exact steps docs/closure-packets.md gives (__tests__/readme.test.ts keeps the two
// identical), run by a POSIX sh (dash where it is installed) on a packet our code produced. PUB is
// the public_key of the signer's keyring entry; PACKET the revision's path without .json/.sig.
export const OUTSIDER_SCRIPT = String.raw`
set -eu
: "${"$"}{PUB:?set PUB to the public_key of the signer's keyring entry}"
: "${"$"}{PACKET:?set PACKET to the revision to check, e.g. closure-packets/rw-2026-11-a/packet-r001}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# 1. Take the payload, the signature and the payload type out of the envelope.
jq -r .payload "$PACKET.sig" | base64 -d > "$WORK/payload.json"
jq -r '.signatures[0].sig' "$PACKET.sig" | base64 -d > "$WORK/sig.bin"
TYPE=$(jq -r .payloadType "$PACKET.sig")
test "$TYPE" = "application/vnd.release-evidence.closure-packet+json"

# 2. The envelope's key id is sha256 of the keyring's raw public key.
KEYID=$(printf '%s' "$PUB" | base64 -d | openssl dgst -sha256 -r | cut -d' ' -f1)
test "$KEYID" = "$(jq -r '.signatures[0].keyid' "$PACKET.sig")"

# 3. Build the DSSE pre-authentication encoding: "DSSEv1 <len> <type> <len> <payload>".
LEN=$(wc -c < "$WORK/payload.json" | tr -d ' ')
printf 'DSSEv1 %d %s %d ' "${"$"}{#TYPE}" "$TYPE" "$LEN" > "$WORK/pae.bin"
cat "$WORK/payload.json" >> "$WORK/pae.bin"

# 4. Wrap the raw 32-byte public key as SPKI DER (a fixed 12-byte prefix), then PEM.
printf '\060\052\060\005\006\003\053\145\160\003\041\000' > "$WORK/pub.der"
printf '%s' "$PUB" | base64 -d >> "$WORK/pub.der"
openssl pkey -pubin -inform DER -in "$WORK/pub.der" -out "$WORK/pub.pem"

# 5. Verify the Ed25519 signature.
openssl pkeyutl -verify -pubin -inkey "$WORK/pub.pem" -rawin -in "$WORK/pae.bin" -sigfile "$WORK/sig.bin"

# 6. The readable .json must hold exactly the signed content.
jq -S . "$WORK/payload.json" > "$WORK/signed.json"
jq -S . "$PACKET.json" > "$WORK/shown.json"
diff "$WORK/signed.json" "$WORK/shown.json"
echo "$PACKET.json: signature verified and content matches"
`
