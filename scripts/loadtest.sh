#!/usr/bin/env bash
# Load test of `tidings serve` on loopback with wrk: REQUESTS requests of the bundled example
# (POST /v1/summarize, all reports on) at CONCURRENCY connections, after a warm-up. Prints
# throughput, p50/p99, errors and the server's resident memory after the warm-up, at its
# peak and at the end. Bounded in count (REQUESTS) and in time (MAX_SECONDS).
# Fails on any error or when memory grows by more than MAX_GROWTH_MIB.
#   scripts/loadtest.sh                      # 5,000 requests at concurrency 32
#   REQUESTS=20000 CONCURRENCY=64 scripts/loadtest.sh
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${REQUESTS:-5000}
CONCURRENCY=${CONCURRENCY:-32}
THREADS=${THREADS:-2}
MAX_SECONDS=${MAX_SECONDS:-120}
MAX_GROWTH_MIB=${MAX_GROWTH_MIB:-64}
BIN=${TIDINGS_BIN:-target/release/tidings}
SERVE_ARGS=${SERVE_ARGS:-}

command -v wrk >/dev/null || { echo "error: wrk not found (Debian: apt-get install wrk)"; exit 1; }
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
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open("$work/body.json"):read("*a")
local done, limit = 0, tonumber(os.getenv("PER_THREAD"))
function response(status, headers, body)
  done = done + 1
  if done >= limit then wrk.thread:stop() end
end
LUA

rss_mib() { awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"; }

# Warm-up: caches, allocator arenas and thread pools reach their working size.
PER_THREAD=$((200 / THREADS)) wrk -t"$THREADS" -c"$CONCURRENCY" -d"${MAX_SECONDS}s" \
  -s "$work/post.lua" "$url/v1/summarize" >/dev/null
warm=$(rss_mib)

( while kill -0 $pid 2>/dev/null; do rss_mib; echo; sleep 0.2; done ) >"$work/rss.txt" &
sampler=$!
PER_THREAD=$((REQUESTS / THREADS)) wrk -t"$THREADS" -c"$CONCURRENCY" -d"${MAX_SECONDS}s" --latency \
  -s "$work/post.lua" "$url/v1/summarize" | tee "$work/wrk.txt"
kill $sampler 2>/dev/null || true
end=$(rss_mib)
peak=$(sort -n "$work/rss.txt" | tail -1)

python3 - "$work/wrk.txt" "$warm" "$peak" "$end" "$CONCURRENCY" "$MAX_GROWTH_MIB" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
warm, peak, end, conc, growth = map(float, sys.argv[2:7])
def ms(label):
    m = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not m:
        return float("nan")
    return float(m.group(1)) * {"us": 1e-3, "ms": 1.0, "s": 1e3}[m.group(2)]
n = int(re.search(r"(\d+) requests in", text).group(1))
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
non2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", text) or [0, 0])[1])
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
socket_errors = sum(map(int, sock.groups())) if sock else 0
errors = non2xx + socket_errors
print(f"loadtest: {n} requests of the example at concurrency {conc:.0f}: {rate:.0f} requests/s, "
      f"p50 {ms('50%'):.1f} ms, p99 {ms('99%'):.1f} ms, errors {errors} "
      f"(non-2xx {non2xx}, socket {socket_errors}); server memory (RSS) after warm-up "
      f"{warm:.1f} MiB, peak {peak:.1f} MiB, end {end:.1f} MiB")
if errors:
    sys.exit(f"loadtest: {errors} errors")
if peak - warm > growth:
    sys.exit(f"loadtest: memory grew by {peak - warm:.1f} MiB (> {growth:.0f} MiB)")
PY
