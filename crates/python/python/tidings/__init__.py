"""tidings: a short, sourced summary of many news reports of one story.

    >>> import tidings
    >>> s = tidings.summarize(["The talks ended on Friday. Both sides agreed.",
    ...                        "The talks ended on Friday after ten hours."], words=20)
    >>> s.sentences[0].text
    'The talks ended on Friday.'

Every sentence carries its document, byte offsets into that document's text and the places
in the other documents that say the same (``support``). The work is done by the Rust library;
the objects here are plain Python views of its JSON output (``to_dict()`` gives it back).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from ._tidings import TidingsError, __version__, methods
from ._tidings import rouge as _rouge
from ._tidings import summarize_json as _summarize_json
from ._tidings import summarize_many_json as _summarize_many_json

__all__ = [
    "Summary",
    "Sentence",
    "Ref",
    "TidingsError",
    "summarize",
    "summarize_many",
    "rouge",
    "methods",
    "__version__",
]

Document = Union[str, Mapping[str, Any]]


@dataclass(frozen=True)
class Ref:
    """A place in a document: its id and a byte range of its UTF-8 text."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """One summary sentence: its text, where it is taken from, and every source carrying it."""

    text: str
    doc: str
    start: int
    end: int
    score: float
    support: List[Ref]
    truncated: bool = False


@dataclass(frozen=True)
class Summary:
    """The summary of one cluster; ``to_dict()`` is the JSON of ``tidings summarize``."""

    id: str
    method: str
    words: int
    sentences: List[Sentence]
    documents: List[Dict[str, Any]]
    dropped: List[Dict[str, Any]]
    disagreements: Optional[List[Dict[str, Any]]] = None
    quotes: Optional[List[Dict[str, Any]]] = None
    timeline: Optional[List[Dict[str, Any]]] = None
    _raw: Dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The summary, one sentence per line."""
        return "".join(s.text + "\n" for s in self.sentences)

    def to_dict(self) -> Dict[str, Any]:
        """The summary as a dict, exactly the JSON object of ``tidings summarize --format json``."""
        return json.loads(json.dumps(self._raw))

    @classmethod
    def from_json(cls, text: str) -> "Summary":
        raw = json.loads(text)
        sentences = [
            Sentence(
                text=s["text"],
                doc=s["doc"],
                start=s["start"],
                end=s["end"],
                score=s["score"],
                support=[Ref(r["doc"], r["start"], r["end"]) for r in s["support"]],
                truncated=s.get("truncated", False),
            )
            for s in raw["sentences"]
        ]
        return cls(
            id=raw["id"],
            method=raw["method"],
            words=raw["words"],
            sentences=sentences,
            documents=raw["documents"],
            dropped=raw["dropped"],
            disagreements=raw.get("disagreements"),
            quotes=raw.get("quotes"),
            timeline=raw.get("timeline"),
            _raw=raw,
        )


def _documents_json(documents: Union[Sequence[Document], Mapping[str, Any]]) -> Tuple[str, str]:
    """(cluster id, documents as JSON) from a list of texts/dicts or a cluster dict."""
    cluster_id = "cluster"
    if isinstance(documents, Mapping):
        cluster_id = str(documents.get("id", cluster_id))
        documents = documents.get("documents")  # type: ignore[assignment]
    if isinstance(documents, (str, bytes)) or not isinstance(documents, Iterable):
        raise TypeError("documents must be a list of texts or of dicts with 'text' or 'html'")
    out = []
    for i, d in enumerate(documents):
        if isinstance(d, str):
            out.append({"text": d})
        elif isinstance(d, Mapping):
            out.append(dict(d))
        else:
            raise TypeError(f"document {i} is a {type(d).__name__}, not a text or a dict")
    return cluster_id, json.dumps(out)


def _options(
    words: Optional[int] = None,
    sentences: Optional[int] = None,
    bytes: Optional[int] = None,
    method: str = "default",
    allow_overflow: bool = False,
    disagreements: bool = True,
    quotes: bool = True,
    timeline: bool = True,
) -> Dict[str, Any]:
    """The options of :func:`summarize` as the native module takes them (every key)."""
    return {
        "words": words,
        "sentences": sentences,
        "bytes": bytes,
        "method": method,
        "allow_overflow": allow_overflow,
        "disagreements": disagreements,
        "quotes": quotes,
        "timeline": timeline,
    }


def summarize(
    documents: Union[Sequence[Document], Mapping[str, Any]],
    *,
    words: Optional[int] = None,
    sentences: Optional[int] = None,
    bytes: Optional[int] = None,
    method: str = "default",
    allow_overflow: bool = False,
    disagreements: bool = True,
    quotes: bool = True,
    timeline: bool = True,
    id: Optional[str] = None,
) -> Summary:
    """Summarizes one cluster of reports of the same story.

    ``documents``: texts, or dicts ``{"id", "title", "date", "text" | "html"}``, or a cluster
    dict ``{"id", "documents": [...]}``. Length: one of ``words`` (default 100), ``sentences``,
    ``bytes``. ``method``: see :func:`methods`. ``disagreements``, ``quotes``, ``timeline``
    turn those reports off. Raises :class:`TidingsError` when there is nothing to summarize
    or an option is wrong, :class:`TypeError` for documents of the wrong type.
    """
    cluster_id, docs = _documents_json(documents)
    options = _options(words, sentences, bytes, method, allow_overflow, disagreements, quotes, timeline)
    text = _summarize_json(id if id is not None else cluster_id, docs, options)
    return Summary.from_json(text)


def summarize_many(
    clusters: Iterable[Union[Sequence[Document], Mapping[str, Any]]],
    *,
    threads: Optional[int] = None,
    errors: str = "raise",
    **options: Any,
) -> List[Optional[Summary]]:
    """Summarizes many clusters in parallel (``threads``, default every core) without the GIL.

    Each cluster is what :func:`summarize` takes; results come in input order. With
    ``errors="raise"`` the first failing cluster raises :class:`TidingsError` naming it;
    with ``errors="none"`` its place holds ``None`` and the others are kept.
    """
    if errors not in ("raise", "none"):
        raise ValueError("errors must be 'raise' or 'none'")
    prepared = []
    for i, c in enumerate(clusters):
        cluster_id, docs = _documents_json(c)
        if not isinstance(c, Mapping) or "id" not in c:
            cluster_id = str(i)
        prepared.append((cluster_id, docs))
    results = _summarize_many_json(prepared, _options(**options), threads=threads)
    out: List[Optional[Summary]] = []
    for (cluster_id, _), (text, error) in zip(prepared, results):
        if error is not None:
            if errors == "raise":
                raise TidingsError(error)
            out.append(None)
        else:
            out.append(Summary.from_json(text))
    return out


def rouge(
    summary: str,
    references: Union[str, Sequence[str]],
    *,
    n: int = 2,
    stem: bool = True,
    rouge_l: bool = True,
    skip: Optional[int] = None,
    skip_unigrams: bool = False,
    words: int = 0,
    bytes: int = 0,
    alpha: float = 0.5,
) -> Dict[str, Dict[str, float]]:
    """ROUGE scores of ``summary`` against ``references``, as the ROUGE-1.5.5 script computes
    them (``-n n``, ``-m`` when ``stem``, ``-2 skip -u``, ``-l words``/``-b bytes``, ``-p alpha``,
    ``-f A``). Sentences are lines. Returns ``{"ROUGE-1": {"recall", "precision", "f"}, ...}``.
    """
    refs = [references] if isinstance(references, str) else list(references)
    scores = _rouge(
        summary,
        refs,
        n=n,
        stem=stem,
        rouge_l=rouge_l,
        skip=skip,
        skip_unigrams=skip_unigrams,
        words=words,
        bytes=bytes,
        alpha=alpha,
    )
    return {m: {"recall": r, "precision": p, "f": f} for m, (r, p, f) in scores}
