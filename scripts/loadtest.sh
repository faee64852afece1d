#!/usr/bin/env bash
# Load test of `tidings serve` on loopback with oha (cargo install oha): REQUESTS requests of
# the bundled example (POST /v1/summarize, all reports on) over CONCURRENCY connections,
# after a warm-up. Prints throughput, p50/p99, errors and the server's resident memory after
# the warm-up, at its peak and at the end. Bounded in count (REQUESTS) and time (MAX_SECONDS).
# Fails on any error or when memory grows by more than MAX_GROWTH_MIB.
#   scripts/loadtest.sh                      # 5,000 requests at concurrency 32
#   REQUESTS=20000 CONCURRENCY=64 scripts/loadtest.sh
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${REQUESTS:-5000}
CONCURRENCY=${CONCURRENCY:-32}
MAX_SECONDS=${MAX_SECONDS:-300}
MAX_GROWTH_MIB=${MAX_GROWTH_MIB:-64}
BIN=${TIDINGS_BIN:-target/release/tidings}
SERVE_ARGS=${SERVE_ARGS:-}
OHA=${OHA:-$(command -v oha || echo "$HOME/.cargo/bin/oha")}

[ -x "$OHA" ] || { echo "error: oha not found (cargo install oha --locked --no-default-features --features native-tls)"; exit 1; }
[ -x "$BIN" ] || { echo "error: $BIN not built (cargo build --release)"; exit 1; }

work=$(mktemp -d)
# shellcheck disable=SC2086
"$BIN" serve --port 0 $SERVE_ARGS 2>"$work/server.log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do
  grep -q "listening on" "$work/server.log" && break
  sleep 0.1
done
url=$(grep -o 'http://[^ ]*' "$work/server.log" | head -1)
url=${url%/}
[ -n "$url" ] || { echo "error: the server did not start:"; cat "$work/server.log"; exit 1; }

curl -sf "$url/v1/example" >"$work/body.json"
load() {
  timeout "$MAX_SECONDS" "$OHA" -n "$1" -c "$CONCURRENCY" -m POST -T application/json \
    -D "$work/body.json" --no-tui --output-format json "$url/v1/summarize"
}
rss_mib() { awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"; }

# Warm-up: allocator arenas, thread pools and per-thread caches reach their working size.
load 300 >/dev/null
warm=$(rss_mib)

# One sampler process that sleeps between reads: a shell loop would fork awk and sleep
# five times a second on the cores the server is measured on.
python3 - "$pid" >"$work/rss.txt" <<'PY' &
import sys, time
path = f"/proc/{sys.argv[1]}/status"
while True:
    try:
        with open(path) as f:
            kib = next(int(l.split()[1]) for l in f if l.startswith("VmRSS"))
    except (OSError, StopIteration):
        break
    print(f"{kib / 1024:.1f}", flush=True)
    time.sleep(0.2)
PY
sampler=$!
load "$REQUESTS" >"$work/oha.json"
kill $sampler 2>/dev/null || true
end=$(rss_mib)
peak=$(sort -n "$work/rss.txt" | tail -1)

python3 - "$work/oha.json" "$warm" "$peak" "$end" "$CONCURRENCY" "$MAX_GROWTH_MIB" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
warm, peak, end, conc, growth = map(float, sys.argv[2:7])
codes = {int(k): v for k, v in r["statusCodeDistribution"].items()}
n = sum(codes.values()) + sum(r["errorDistribution"].values())
errors = n - codes.get(200, 0)
p = r["latencyPercentiles"]
print(f"loadtest: {n} requests of the example at concurrency {conc:.0f} in {r['summary']['total']:.1f} s: "
      f"{r['summary']['requestsPerSec']:.0f} requests/s, p50 {p['p50'] * 1e3:.1f} ms, p99 {p['p99'] * 1e3:.1f} ms, "
      f"errors {errors} (status {dict(sorted(codes.items()))}, transport {r['errorDistribution'] or 0}); "
      f"server memory (RSS) after warm-up {warm:.1f} MiB, peak {peak:.1f} MiB, end {end:.1f} MiB")
if errors:
    sys.exit(f"loadtest: {errors} errors")
if peak - warm > growth:
    sys.exit(f"loadtest: memory grew by {peak - warm:.1f} MiB (> {growth:.0f} MiB)")
PY
