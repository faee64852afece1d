#!/usr/bin/env python3
"""Builds the labelled fixtures from the hand labels: tests/fixtures/facts/labels.txt ->
multiling60.jsonl (the set the rules were developed on), heldout.txt -> heldout20.jsonl
(labelled after the first rules were written; its misses were later read and fixed) and
heldout2.txt -> heldout2.jsonl (labelled after that; measured unseen once, then read) and
heldout3.txt -> target/facts/heldout3.jsonl (AP newswire from DUC 2003 task 3, labelled
last), heldout4.txt and up -> target/facts/heldout{4,...}.jsonl (no heldout20.txt) (New York
Times from DUC 2006, DUC 2003 task 2 in heldout14 to heldout18, task 3 in heldout19 and heldout21 to heldout25, DUC 2006 AP wire from heldout26); the DUC text is licensed, so those fixtures are built from ../shared/data, not committed.

Each label names its text (the n-th occurrence with "#n"); this script finds its byte offsets
in the document, checks that every label is found and that a labelled weekday falls on the
labelled date, and writes one JSON object per document: the document (text as published, CC
BY, from MultiLing 2011 English) and its quotes and relative dates with byte offsets.

usage: scripts/build_facts_fixture.py [../shared/data/multiling2011_en.jsonl]
(duc2003_task2.jsonl, duc2003_task3.jsonl and duc2006.jsonl are read from the same directory)
(needs the source data once; the fixtures it writes are in the repo)
"""
import datetime
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "facts"
SOURCE = sys.argv[1] if len(sys.argv) > 1 else str(HERE.parents[3] / "shared/data/multiling2011_en.jsonl")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# Openings and their closings; some copy opens with two apostrophes too (''…'').
CLOSING = {"``": "''", "“": "”", '"': '"', "''": "''"}


def find(text: str, label: str, what: str, doc: str) -> tuple[int, int, str]:
    m = re.fullmatch(r"(.*?)(?: #(\d+))?", label.strip(), re.S)
    needle, nth = m.group(1), int(m.group(2) or 1)
    # "first words …": the quotation runs on to its closing mark (or its paragraph's end).
    prefix = needle.endswith(" …")
    if prefix:
        needle = needle[: -len(" …")]
    start = -1
    for _ in range(nth):
        start = text.find(needle, start + 1)
        if start < 0:
            sys.exit(f"{doc}: {what} {needle!r} (occurrence {nth}) not in the text")
    if prefix:
        # A copy may type a space after the opening mark (`he said." She is …`).
        before = text[:start].rstrip(" ")
        mark = next((o for o in CLOSING if before.endswith(o)), None)
        if mark is None:
            sys.exit(f"{doc}: {what} {needle!r} does not follow an opening quotation mark")
        close = text.find(CLOSING[mark], start + len(needle))
        para = text.find("\n\n", start)
        # ``A. ``B…'': a paragraph break lost in the copy; a new opening mark after a
        # sentence's end ends the quotation too.
        reopen = text.find(mark, start + len(needle))
        if reopen >= 0 and not text[start:reopen].rstrip().endswith((".", "?", "!")):
            reopen = -1
        ends = [e for e in (close, para, reopen, len(text)) if e >= 0]
        needle = text[start : min(ends)].rstrip()
    bstart = len(text[:start].encode())
    return bstart, bstart + len(needle.encode()), needle


def build(docs: dict, labels: str, output: pathlib.Path, clusters: dict | None = None) -> None:
    """`clusters` (document id -> (cluster id, its documents)): when given, each labelled
    document carries its cluster's other documents, so that quotes are found with the whole
    cluster as the product finds them (speakers resolve to the fullest name in the cluster)."""
    out, cur = [], None
    for n, line in enumerate(open(HERE / labels, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        kind, rest = line[0], line[2:]
        if kind == "@":
            parts = rest.split()
            d = docs[parts[0]]
            cur = {
                "id": d["id"],
                "title": d.get("title"),
                "date": d.get("date"),
                "anchor": parts[2] if len(parts) > 2 else d.get("date"),
                "text": d["text"],
                "quotes": [],
                "dates": [],
            }
            if clusters is not None:
                cid, members = clusters[d["id"]]
                cur["cluster"] = cid
                cur["cluster_documents"] = [
                    {k: m.get(k) for k in ("id", "title", "date", "text")} for m in members if m["id"] != d["id"]
                ]
            out.append(cur)
        elif kind == "Q":
            words, speaker = rest.rsplit(" | ", 1)
            s, e, needle = find(cur["text"], words, "quote", cur["id"])
            speakers = [] if speaker.strip() == "-" else speaker.strip().split("|")
            cur["quotes"].append({"start": s, "end": e, "text": needle, "speakers": speakers})
        elif kind == "D":
            expr, value = rest.rsplit(" | ", 1)
            s, e, needle = find(cur["text"], expr, "date", cur["id"])
            date, precision = value.split()
            if date != "-":
                day = datetime.date.fromisoformat(date)
                named = [w for w in WEEKDAYS if w.lower() in needle.lower()]
                if named and precision == "day" and WEEKDAYS[day.weekday()] != named[0]:
                    sys.exit(f"{labels}:{n}: {needle!r} is not a {named[0]}: {date}")
                if precision == "week" and day.weekday() != 0:
                    sys.exit(f"{labels}:{n}: a week is labelled by its Monday: {date}")
            cur["dates"].append(
                {"start": s, "end": e, "text": needle, "date": None if date == "-" else date, "precision": precision}
            )
        else:
            sys.exit(f"{labels}:{n}: unknown line {line!r}")
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    q = sum(len(d["quotes"]) for d in out)
    t = sum(len(d["dates"]) for d in out)
    print(f"{len(out)} documents, {q} quotes, {t} relative dates -> {output}")


def main() -> None:
    docs, clusters = {}, {}
    here = pathlib.Path(SOURCE).parent
    sources = (SOURCE, here / "duc2003_task2.jsonl", here / "duc2003_task3.jsonl", here / "duc2006.jsonl")
    for source in sources:
        for line in open(source, encoding="utf-8"):
            c = json.loads(line)
            for d in c["documents"]:
                docs[d["id"]] = d
                clusters[d["id"]] = (c["id"], c["documents"])
    build(docs, "labels.txt", HERE / "multiling60.jsonl")
    build(docs, "heldout.txt", HERE / "heldout20.jsonl")
    build(docs, "heldout2.txt", HERE / "heldout2.jsonl")
    # Licensed newswire: built into target/, never committed.
    # heldout3.txt and up (heldout20 is heldout.txt's fixture, above), in number order.
    numbered = sorted(
        (int(f.stem[len("heldout"):]), f.name)
        for f in HERE.glob("heldout*.txt")
        if f.stem[len("heldout"):].isdigit() and int(f.stem[len("heldout"):]) >= 3
    )
    for n, name in numbered:
        build(docs, name, HERE.parents[2] / "target" / "facts" / f"heldout{n}.jsonl", clusters)

if __name__ == "__main__":
    main()
