"""Type stubs of the native module (the Rust side of tidings)."""

from typing import List, Optional, Tuple

__version__: str

class TidingsError(ValueError):
    """A cluster tidings cannot summarize, or an option it does not know."""

def summarize_json(
    id: str,
    documents_json: str,
    *,
    words: Optional[int] = None,
    sentences: Optional[int] = None,
    bytes: Optional[int] = None,
    method: Optional[str] = None,
    allow_overflow: bool = False,
    disagreements: bool = True,
    quotes: bool = True,
    timeline: bool = True,
) -> str: ...
def summarize_many_json(
    clusters: List[Tuple[str, str]],
    *,
    threads: Optional[int] = None,
    words: Optional[int] = None,
    sentences: Optional[int] = None,
    bytes: Optional[int] = None,
    method: Optional[str] = None,
    allow_overflow: bool = False,
    disagreements: bool = True,
    quotes: bool = True,
    timeline: bool = True,
) -> List[Tuple[Optional[str], Optional[str]]]: ...
def rouge(
    summary: str,
    references: List[str],
    *,
    n: int = 2,
    stem: bool = True,
    rouge_l: bool = True,
    skip: Optional[int] = None,
    skip_unigrams: bool = False,
    words: int = 0,
    bytes: int = 0,
    alpha: float = 0.5,
) -> List[Tuple[str, Tuple[float, float, float]]]: ...
def methods() -> List[str]: ...
