"""tidings.spark in Spark local mode on 300 real Multi-News clusters: the same summaries as
`tidings batch`. Needs pyspark, pandas, pyarrow and Java 17 (.ci/run installs them) and
../shared/data/multinews_val.jsonl (skipped, saying so, without it)."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT.parent / "shared" / "data" / "multinews_val.jsonl"
BIN = Path(os.environ.get("TIDINGS_BIN", ROOT / "target" / "release" / "tidings"))
N = 300

pyspark = pytest.importorskip("pyspark", reason="pyspark not installed (pip install tidings[spark])")


@pytest.fixture(scope="module")
def spark():
    import sys

    from pyspark.sql import SparkSession

    # Workers must run this interpreter (the venv that has the wheel), not python3 on PATH.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("tidings-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_spark_matches_tidings_batch(spark, tmp_path):
    if not DATA.exists():
        pytest.skip(f"SKIPPED: {DATA} not found (needs ../shared)")
    if not BIN.exists():
        pytest.fail(f"{BIN} not built: cargo build --release (or set TIDINGS_BIN)")
    sample = tmp_path / "sample.jsonl"
    with open(DATA, encoding="utf-8") as f, open(sample, "w", encoding="utf-8") as out:
        for i, line in enumerate(f):
            if i == N:
                break
            out.write(line)
    expected_path = tmp_path / "batch.jsonl"
    subprocess.run([str(BIN), "batch", str(sample), "-o", str(expected_path), "--words", "80"],
                   check=True, capture_output=True)
    expected = {}
    for line in expected_path.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        expected[obj["id"]] = obj

    from tidings.spark import summarize_dataframe

    df = spark.read.json(str(sample)).repartition(4)
    rows = summarize_dataframe(df, words=80).collect()
    assert len(rows) == N
    assert all(r.error is None for r in rows), [r.error for r in rows if r.error][:3]
    got = {r.id: json.loads(r.json) for r in rows}
    assert got.keys() == expected.keys()
    for cluster_id, summary in got.items():
        assert summary == expected[cluster_id], cluster_id
    # The struct columns carry the same sentences.
    r = rows[0]
    assert r.summary == "".join(s.text + "\n" for s in r.sentences)
    assert [s.text for s in r.sentences] == [s["text"] for s in got[r.id]["sentences"]]
    assert r.sentences[0].support[0].doc == r.sentences[0].doc


def test_spark_reports_a_bad_cluster_in_its_row(spark):
    from tidings.spark import summarize_dataframe

    rows = [
        {"id": "ok", "documents": [{"id": "a", "text": "The talks ended on Friday after ten hours."}]},
        {"id": "empty", "documents": [{"id": "a", "text": "   "}]},
    ]
    df = spark.createDataFrame(rows, "id string, documents array<struct<id: string, text: string>>")
    out = {r.id: r for r in summarize_dataframe(df).collect()}
    assert out["ok"].error is None and out["ok"].words > 0
    assert out["empty"].summary is None and "nothing to summarize" in out["empty"].error
