#!/usr/bin/env bash
# `tidings batch` over a whole JSONL file on every core, beside sumy LexRank run on a sample of
# it (../shared/tools/run_peers.py, in-process seconds per cluster) and extrapolated; then the
# same batch over the file repeated TIMES times, to show memory stays flat as input grows.
#   scripts/bench-batch.sh [DATA.jsonl] [--sample N] [--times K] [--peer-python PY]
# The peer needs ../shared/tools/setup-peers.sh .peers-venv (sumy); without it, no ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/multinews_val.jsonl
sample=200
times=10
py=.peers-venv/bin/python
while [ $# -gt 0 ]; do
  case "$1" in
    --sample) sample=$2; shift 2 ;;
    --times) times=$2; shift 2 ;;
    --peer-python) py=$2; shift 2 ;;
    *) data=$1; shift ;;
  esac
done
[ -f "$data" ] || { echo "SKIPPED: $data not found"; exit 0; }
bin=target/release/tidings
[ -x "$bin" ] || cargo build --release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # label, input, args... -> "seconds rss_kib"
  local label=$1 input=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" batch "$input" -o "$work/out.jsonl" "$@" 2>"$work/err" >/dev/null
  read -r secs rss <"$work/time"
  echo "$label: $(tail -1 "$work/err" | sed 's/^batch: //'); wall ${secs} s, max RSS $((rss / 1024)) MiB" >&2
  echo "$secs"
}
n=$(grep -c . "$data")
t_all=$(run "tidings batch, all reports, 100 words" "$data")
t_260=$(run "tidings batch, summary only, 260 words" "$data" --summary-only --words 260)

for _ in $(seq "$times"); do cat "$data"; done >"$work/big.jsonl"
run "tidings batch, the file ${times}x ($((n * times)) clusters), all reports" "$work/big.jsonl" >/dev/null

if [ -x "$py" ]; then
  head -n "$sample" "$data" >"$work/sample.jsonl"
  "$py" ../shared/tools/run_peers.py "$work/sample.jsonl" --systems sumy-lexrank --words 260 \
    >"$work/peer.jsonl" 2>/dev/null
  python3 - "$work/peer.jsonl" "$n" "$t_260" "$t_all" "$(nproc)" <<'PY'
import json, sys
secs = [json.loads(l)["seconds"] for l in open(sys.argv[1])]
n, t260, tall, cores = int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
per = sum(secs) / len(secs)
one_core = per * n
print(f"sumy LexRank, 260 words: {per * 1e3:.1f} ms per cluster on {len(secs)} clusters -> "
      f"{one_core:.0f} s for all {n} on one core, {one_core / cores:.0f} s on {cores} cores if split perfectly")
print(f"ratio on {cores} cores: {one_core / cores / t260:.0f}x (tidings summary only, 260 words), "
      f"{one_core / cores / tall:.0f}x (tidings with every report)")
PY
else
  echo "peer: not run ($py not found: ../shared/tools/setup-peers.sh .peers-venv)"
fi
