#!/usr/bin/env bash
# Property-based test of `tidings serve` against its own /openapi.json with schemathesis:
# random valid and invalid requests; no 5xx, every status and body as documented, invalid
# requests rejected. A schema-valid request may still get a documented 422 (no text at all,
# duplicate ids), which JSON Schema cannot express, so that one check is left out.
#   scripts/api-fuzz.sh [MAX_EXAMPLES]        (needs: pip install schemathesis)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TIDINGS_BIN:-target/release/tidings}
ST=${SCHEMATHESIS:-$(command -v schemathesis || true)}
[ -n "$ST" ] || { echo "error: schemathesis not found (pip install schemathesis)"; exit 1; }
log=$(mktemp)
"$BIN" serve --port 0 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q "listening on" "$log" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$log" | head -1)
"$ST" run "${url%/}/openapi.json" --max-examples "${1:-200}" --seed 2026 \
  --exclude-checks positive_data_acceptance
