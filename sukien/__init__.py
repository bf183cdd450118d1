"""sukien: Vietnamese news pages to a clean, deduplicated, queryable record of political events.

    import sukien
    for result in sukien.process(["crawl/"]):   # PageResult | Rejected | InputDone
        ...

``process`` and ``page_results`` load the pipeline on first use, so importing the package
stays cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "page_results", "process"]


def __getattr__(name: str) -> Any:
    if name in ("process", "page_results"):
        from sukien import processing

        return getattr(processing, name)
    raise AttributeError(f"module 'sukien' has no attribute {name!r}")
