#!/usr/bin/env python3
"""The Python package beside the CLI on the same clusters: summarize_many with 1 and N
threads, a plain loop of summarize, and `tidings batch` with the same threads. Prints the
speed-up from threads and the Python overhead over the CLI.

    python scripts/bench-python.py [DATA.jsonl] [--limit N]

Needs the package installed (maturin build + pip install, as .ci/run does) and
target/release/tidings built.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import tidings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default=os.path.join(ROOT, "..", "shared", "data", "multinews_val.jsonl"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f"SKIPPED: {args.data} not found")
        return
    with open(args.data, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    if args.limit:
        lines = lines[: args.limit]
    clusters = [json.loads(l) for l in lines]
    clusters = [{"id": c["id"], "documents": c["documents"]} for c in clusters]
    n = len(clusters)

    def timed(label, fn):
        t = time.perf_counter()
        fn()
        secs = time.perf_counter() - t
        print(f"{label}: {secs:.2f} s ({n / secs:.0f} clusters/s)")
        return secs

    loop = timed("python, summarize() in a loop", lambda: [tidings.summarize(c) for c in clusters])
    one = timed("python, summarize_many(threads=1)", lambda: tidings.summarize_many(clusters, threads=1))
    many = timed(f"python, summarize_many(threads={args.threads})",
                 lambda: tidings.summarize_many(clusters, threads=args.threads))

    binary = os.path.join(ROOT, "target", "release", "tidings")
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "in.jsonl")
        with open(data, "w", encoding="utf-8") as f:
            f.writelines(lines)
        cli = {}
        for threads in (1, args.threads):
            cli[threads] = timed(f"cli, tidings batch --threads {threads}", lambda: subprocess.run(
                [binary, "batch", data, "-o", os.path.join(tmp, "out.jsonl"), "--threads", str(threads)],
                check=True, stderr=subprocess.DEVNULL))
    print(f"speed-up from {args.threads} threads: {one / many:.2f}x (python), {cli[1] / cli[args.threads]:.2f}x (cli)")
    print(f"python overhead over the cli: {one / cli[1]:.2f}x on 1 thread, "
          f"{many / cli[args.threads]:.2f}x on {args.threads} (loop of summarize(): {loop / cli[1]:.2f}x)")


if __name__ == "__main__":
    sys.exit(main())
