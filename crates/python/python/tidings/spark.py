"""Summarize a Spark DataFrame of clusters with tidings, one cluster per row.

    from tidings.spark import summarize_dataframe
    clusters = spark.read.json("clusters.jsonl")          # id, documents: [{id, title, date, text}]
    summaries = summarize_dataframe(clusters, words=100)
    summaries.select("id", "summary").show()

Each executor runs the tidings wheel in its Python workers through ``mapInPandas``; within a
batch of rows the clusters are summarized by :func:`tidings.summarize_many` without the GIL.
Spark does the distribution: nothing here is cluster code. Needs ``pyspark``, ``pandas`` and
``pyarrow`` (``pip install tidings[spark]``).
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Optional

import tidings

# The columns added to each row; `sentences` mirrors tidings.Sentence.
RESULT_SCHEMA = (
    "id string, summary string, words int, "
    "sentences array<struct<text: string, doc: string, start: long, end: long, score: double, "
    "support: array<struct<doc: string, start: long, end: long>>>>, "
    "json string, error string"
)

_DOCUMENT_KEYS = ("id", "title", "date", "text", "html")


def _document(d: Any) -> Dict[str, Any]:
    """A row's document (a Row, a dict or a pandas-converted struct) as a plain dict."""
    if hasattr(d, "asDict"):
        d = d.asDict()
    return {k: d[k] for k in _DOCUMENT_KEYS if k in d and d[k] is not None}


def _rows(clusters: List[Dict[str, Any]], threads: Optional[int], options: Dict[str, Any]):
    summaries = tidings.summarize_many(clusters, threads=threads, errors="none", **options)
    for cluster, s in zip(clusters, summaries):
        if s is None:
            # Summarize alone to get the message (summarize_many only says which failed).
            try:
                tidings.summarize(cluster, **options)
                error = "unknown error"
            except (tidings.TidingsError, TypeError) as e:
                error = str(e)
            yield {"id": cluster["id"], "summary": None, "words": None, "sentences": None,
                   "json": None, "error": error}
            continue
        raw = s.to_dict()
        yield {
            "id": s.id,
            "summary": s.text,
            "words": s.words,
            "sentences": [
                {"text": x["text"], "doc": x["doc"], "start": x["start"], "end": x["end"],
                 "score": x["score"], "support": x["support"]}
                for x in raw["sentences"]
            ],
            "json": json.dumps(raw, ensure_ascii=False),
            "error": None,
        }


def summarize_batches(batches: Iterator[Any], *, id_col: str = "id", documents_col: str = "documents",
                      threads: Optional[int] = 1, **options: Any) -> Iterator[Any]:
    """The ``mapInPandas`` function: pandas batches of clusters in, batches of results out."""
    import pandas as pd

    for batch in batches:
        clusters = [
            {"id": str(row_id), "documents": [_document(d) for d in (docs if docs is not None else [])]}
            for row_id, docs in zip(batch[id_col], batch[documents_col])
        ]
        yield pd.DataFrame(list(_rows(clusters, threads, options)),
                           columns=["id", "summary", "words", "sentences", "json", "error"])


def summarize_dataframe(df: Any, *, id_col: str = "id", documents_col: str = "documents",
                        threads: Optional[int] = 1, **options: Any) -> Any:
    """Summarizes every row of ``df`` (one cluster per row) into the columns of
    :data:`RESULT_SCHEMA`: ``summary`` (text), ``words``, ``sentences`` (with offsets and
    support), ``json`` (the whole ``tidings summarize --format json`` object) and ``error``
    (the message when the cluster could not be summarized; the other columns are then null).

    ``threads``: threads per Python worker (Spark already runs one worker per core, so 1 is
    right unless executors have more cores than tasks). ``options``: those of
    :func:`tidings.summarize` (``words``, ``method``, ``quotes``…).
    """

    def run(batches):
        return summarize_batches(batches, id_col=id_col, documents_col=documents_col,
                                 threads=threads, **options)

    return df.select(id_col, documents_col).mapInPandas(run, schema=RESULT_SCHEMA)
