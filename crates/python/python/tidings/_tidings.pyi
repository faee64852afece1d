"""Type stubs of the native module (the Rust side of tidings)."""

from typing import Any, Dict, List, Optional, Tuple

__version__: str

class TidingsError(ValueError):
    """A cluster tidings cannot summarize, or an option it does not know."""

def summarize_json(id: str, documents_json: str, options: Dict[str, Any]) -> str:
    """``options``: every key of ``tidings._options`` (words, sentences, bytes, method,
    allow_overflow, disagreements, quotes, timeline)."""
def summarize_many_json(
    clusters: List[Tuple[str, str]], options: Dict[str, Any], threads: Optional[int] = None
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
