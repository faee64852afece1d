"""The Python package against the CLI and on bad input. Run from the repository root after
`maturin build` and `pip install` of the wheel (what .ci/run does); TIDINGS_BIN names the CLI
binary (default target/release/tidings)."""

import json
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

import tidings

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "examples" / "geneva-talks"
BIN = Path(os.environ.get("TIDINGS_BIN", ROOT / "target" / "release" / "tidings"))


def example_cluster():
    files = sorted(EXAMPLE.glob("*.txt"))
    return {
        "id": "geneva-talks",
        "documents": [{"id": f.name, "text": f.read_text(encoding="utf-8")} for f in files],
    }


def small_clusters(n):
    """n different clusters cut from the example's reports."""
    docs = example_cluster()["documents"]
    out = []
    for i in range(n):
        parts = []
        for k in range(3):
            text = docs[(i + k) % len(docs)]["text"]
            paragraphs = text.split("\n\n")
            parts.append({"id": f"c{i}-d{k}", "text": "\n\n".join(paragraphs[i % 3:])})
        out.append({"id": f"c{i}", "documents": parts})
    return out


def test_same_json_as_the_cli_on_the_example():
    if not BIN.exists():
        pytest.fail(f"{BIN} not built: cargo build --release (or set TIDINGS_BIN)")
    cli = subprocess.run(
        [str(BIN), "summarize", str(EXAMPLE), "--format", "json"],
        check=True, capture_output=True, cwd=ROOT,
    )
    expected = json.loads(cli.stdout)
    for d in expected["documents"]:
        d.pop("path", None)  # the CLI names the files it read
    got = tidings.summarize(example_cluster())
    assert got.to_dict() == expected


def test_objects_carry_offsets_and_support():
    cluster = example_cluster()
    texts = {d["id"]: d["text"].encode("utf-8") for d in cluster["documents"]}
    s = tidings.summarize(cluster, words=60)
    assert s.words <= 60 and s.sentences
    assert s.text == "".join(x.text + "\n" for x in s.sentences)
    for x in s.sentences:
        assert texts[x.doc][x.start:x.end].decode("utf-8") == x.text  # byte offsets
        assert x.support[0] == tidings.Ref(x.doc, x.start, x.end)
        for r in x.support:
            assert r.doc in texts and 0 <= r.start < r.end <= len(texts[r.doc])
    values = {v["value"] for v in s.disagreements[0]["variants"]}
    assert "12-hour" in values
    assert any(q["speaker"] == "Sergei Lavrov" for q in s.quotes)


def test_plain_texts_dicts_and_html():
    plain = tidings.summarize(["The ministers met in Geneva on Friday.", "Aid convoys wait at the border."],
                              sentences=1, quotes=False, timeline=False, disagreements=False)
    assert len(plain.sentences) == 1 and plain.quotes is None and plain.timeline is None
    assert [d["id"] for d in plain.documents] == ["0", "1"]
    page = ("<html><head><title>Talks</title></head><body><nav>Home | World</nav><article>"
            "<h1>Ceasefire</h1><p>The foreign ministers met in Geneva on Friday for twelve hours of talks.</p>"
            "<p>They agreed on a ceasefire that starts on Monday at sunset.</p></article></body></html>")
    s = tidings.summarize([{"id": "page", "html": page, "date": "2016-09-10"}], words=30)
    assert s.documents[0]["format"] == "html" and s.documents[0]["date"] == "2016-09-10"
    assert "Home" not in s.text


def test_errors_are_tidings_errors_with_the_rust_message():
    with pytest.raises(tidings.TidingsError, match="nothing to summarize"):
        tidings.summarize([])
    with pytest.raises(tidings.TidingsError, match="nothing to summarize"):
        tidings.summarize(["   ", "\n"])
    with pytest.raises(tidings.TidingsError, match='unknown method "magic"'):
        tidings.summarize(["One report."], method="magic")
    with pytest.raises(tidings.TidingsError, match="give one length"):
        tidings.summarize(["One report."], words=10, sentences=2)
    with pytest.raises(tidings.TidingsError, match="at least 1"):
        tidings.summarize(["One report."], words=0)
    with pytest.raises(tidings.TidingsError, match="neither"):
        tidings.summarize([{"id": "a", "title": "no text"}])
    with pytest.raises(TypeError):
        tidings.summarize("a string, not a list")
    with pytest.raises(TypeError):
        tidings.summarize([3])
    assert issubclass(tidings.TidingsError, ValueError)


def test_bad_input_does_not_crash():
    odd = ["\x00\x01 binary-ish \x00 text. Another sentence here.", "\ud800 lone surrogate",
           "é" * 100_000, "word " * 50_000]
    for doc in odd:
        try:
            s = tidings.summarize([doc, "A normal report of the same talks."], words=30)
            assert s.words <= 30
        except tidings.TidingsError:
            pass  # a clear error is fine; a crash is not
    many = [f"Report {i} says the talks lasted {i % 12 + 1} hours." for i in range(2_000)]
    s = tidings.summarize(many, words=40)
    assert 0 < s.words <= 40 and len(s.documents) == 2_000


def test_summarize_many_matches_summarize_in_order():
    clusters = small_clusters(12)
    many = tidings.summarize_many(clusters, threads=2, words=50)
    one = [tidings.summarize(c, words=50) for c in clusters]
    assert [m.to_dict() for m in many] == [o.to_dict() for o in one]
    assert [m.id for m in many] == [f"c{i}" for i in range(12)]
    # Plain lists of texts get their position as id.
    ids = [s.id for s in tidings.summarize_many([["One report."], ["Another report."]])]
    assert ids == ["0", "1"]


def test_summarize_many_bad_cluster():
    clusters = small_clusters(3)
    clusters.insert(1, {"id": "empty", "documents": [{"text": " "}]})
    with pytest.raises(tidings.TidingsError, match="nothing to summarize"):
        tidings.summarize_many(clusters)
    kept = tidings.summarize_many(clusters, errors="none")
    assert kept[1] is None and [k.id for k in kept if k] == ["c0", "c1", "c2"]


def test_summarize_many_releases_the_gil():
    """Python keeps running while the clusters are summarized."""
    clusters = small_clusters(40) * 5
    ticks = 0
    done = threading.Event()

    def work():
        tidings.summarize_many(clusters, threads=1)
        done.set()

    t = threading.Thread(target=work)
    started = time.perf_counter()
    t.start()
    while not done.is_set():
        ticks += 1
        time.sleep(0.0005)
    t.join()
    elapsed = time.perf_counter() - started
    # With the GIL held for the whole call this loop could not run during it.
    assert elapsed > 0.05, "workload too small to tell"
    assert ticks > 20, f"only {ticks} ticks in {elapsed:.2f} s: the GIL was held"


def test_rouge_matches_known_values():
    scores = tidings.rouge("the cat sat on the mat", ["the cat was on the mat"], n=2, stem=False)
    assert scores["ROUGE-1"]["recall"] == pytest.approx(5 / 6, abs=1e-5)
    assert scores["ROUGE-2"]["recall"] == pytest.approx(3 / 5, abs=1e-5)
    assert set(scores) == {"ROUGE-1", "ROUGE-2", "ROUGE-L"}
    with pytest.raises(tidings.TidingsError):
        tidings.rouge("x", [])


def test_methods_and_version():
    assert "default" in tidings.methods() and "lexrank" in tidings.methods()
    assert tidings.__version__
