// Checking a trust-root revision with sh, jq, base64, sha256sum, xxd and openssl only: the exact
// steps of docs/trust-root.md ("Check a root signature with OpenSSL"). Run in a folder holding
// root-r001.json and root-r001.sig; prints the pin and verifies every signature under the root
// key of revision 1 that its key id names.
export const ROOT_OPENSSL_SCRIPT = String.raw`set -e
jq -r .payload root-r001.sig | base64 -d > payload.json
TYPE=$(jq -r .payloadType root-r001.sig)
test "$TYPE" = "application/vnd.release-evidence.trust-root+json"
echo "pin: $(sha256sum payload.json | cut -d' ' -f1)"
printf 'DSSEv1 %d %s %d ' "${"$"}{#TYPE}" "$TYPE" "$(wc -c < payload.json)" > pae.bin
cat payload.json >> pae.bin
i=0
for KEYID in $(jq -r '.signatures[].keyid' root-r001.sig); do
  PUB=$(jq -r --arg k "$KEYID" '.root.keys[] | select(.key_id == $k) | .public_key' payload.json)
  test -n "$PUB"
  test "$(printf '%s' "$PUB" | base64 -d | sha256sum | cut -d' ' -f1)" = "$KEYID"
  jq -r ".signatures[$i].sig" root-r001.sig | base64 -d > sig.bin
  { printf '302a300506032b6570032100' | xxd -r -p; printf '%s' "$PUB" | base64 -d; } > pub.der
  openssl pkey -pubin -inform DER -in pub.der -out pub.pem
  openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in pae.bin -sigfile sig.bin
  i=$((i + 1))
done
test "$(jq -S . payload.json)" = "$(jq -S . root-r001.json)"
echo "root-r001: $i signature(s) verified, content matches"
`
