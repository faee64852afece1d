#!/usr/bin/env bash
# Every tidings method on every shared dataset beside the peer systems, in one run per
# dataset (ours and the peers scored together), written to docs/EVAL.md.
#   scripts/eval-table.sh            (needs ../shared; installs the peers' venv if missing)
# Peer outputs are cached in target/eval-peers/ (delete it to re-run the peers).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${TIDINGS_SHARED:-../shared}
venv=${TIDINGS_PEERS_VENV:-.peers-venv}
data=$shared/data
[ -d "$data" ] || { echo "error: $data not found (../shared beside the repo)"; exit 1; }
[ -x "$venv/bin/python" ] || "$shared/tools/setup-peers.sh" "$venv"
cargo build --release -q
tidings=target/release/tidings
cache=target/eval-peers
mkdir -p "$cache" docs
methods=default,coverage,centroid,ilp,submodular,lexrank,textrank,mmr,sumbasic,klsum,lead
duc_peers=lead,sumy-lexrank,sumy-textrank,sumy-lsa,sumy-luhn,sumy-sumbasic,summa-textrank
mn_peers=lead,sumy-lexrank,sumy-textrank,summa-textrank
mn_clusters=1000

peers() { # DATA SYSTEMS WORDS OUT
  if [ ! -s "$4" ]; then
    "$venv/bin/python" "$shared/tools/run_peers.py" "$1" --systems "$2" --words "$3" > "$4.tmp"
    mv "$4.tmp" "$4"
  fi
}

out=docs/EVAL.md
{
  echo "# tidings beside its peers"
  echo
  echo "Made by \`scripts/eval-table.sh\` on $(date -u +%Y-%m-%d) ($(git rev-parse --short HEAD)); every table is one"
  echo "\`tidings eval\` run that summarizes each cluster with every method and scores ours and the"
  echo "peers together. Peers: \`../shared/tools/run_peers.py\` (lead, sumy, summa) unless the dataset ships"
  echo "its own. ms/cluster is our single-threaded summarizing time on this machine (2 cores, shared)."
  echo "ROUGE-1.5.5 tables give recall with 95 % bootstrap intervals, sorted by ROUGE-2."
  echo "In DUC 2006 the lettered systems (A–J) are the human summarizers, the numbered ones the"
  echo "automatic participants of 2006; MultiLing's IDs are its participants."
} > "$out"

section() { # TITLE COMMAND...
  local title=$1; shift
  echo "== $title" >&2
  local shown=() a
  for a in "$@"; do [[ $a == *" "* ]] && shown+=("\"$a\"") || shown+=("$a"); done
  { echo; echo "## $title"; echo; echo "\`${shown[*]}\`"; echo; "$@" --format markdown; } >> "$out"
}

for task in task2 task3; do
  peers "$data/duc2003_$task.jsonl" "$duc_peers" 100 "$cache/duc2003_$task.jsonl"
  section "DUC 2003 $task, 100 words" \
    "$tidings" eval "$data/duc2003_$task.jsonl" --method "$methods" --words 100 \
    --peers "$cache/duc2003_$task.jsonl" \
    --flags "-n 2 -x -m -2 4 -u -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a"
done

section "MultiLing 2011 English, 250 words, beside its shared peers" \
  "$tidings" eval "$data/multiling2011_en.jsonl" --method "$methods" --words 250 \
  --peers "$data/multiling2011_en_peers.jsonl" \
  --flags "-n 2 -x -m -2 4 -u -l 250 -p 0.5 -c 95 -r 1000 -f A -t 0 -a"

section "DUC 2006, 250 words (query-focused task, summarized generically), beside its shared peers" \
  "$tidings" eval "$data/duc2006.jsonl" --method "$methods" --words 250 \
  --peers "$data/duc2006_peers.jsonl" \
  --flags "-n 2 -x -m -2 4 -u -l 250 -p 0.5 -c 95 -r 1000 -f A -t 0 -a"

head -n "$mn_clusters" "$data/multinews_val.jsonl" > "$cache/multinews_head.jsonl"
peers "$cache/multinews_head.jsonl" "$mn_peers" 260 "$cache/multinews_head_peers.jsonl"
section "Multi-News validation, first $mn_clusters clusters, 260 words, rouge-score F (stemmed; summaries cut to 260 words as score.py --words 260 does)" \
  "$tidings" eval "$cache/multinews_head.jsonl" --method "$methods" --words 260 \
  --peers "$cache/multinews_head_peers.jsonl" --flags "--compat rouge-score"
echo "wrote $out" >&2
