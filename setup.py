"""The build's one optional step: with ``SUKIEN_MYPYC=1`` the per-page stages are compiled
to C extensions by mypyc (their code is typed throughout), as black and mypy ship; the
same source, about half again as many pages per second (``make bench`` prints both).

Without it, as for ``pip install -e .`` (``make test``, ``make demo``), the package is
pure Python: an editable install of compiled modules would leave binaries beside the
sources that run in their place until rebuilt. ``make compiled`` builds them into
``.venv/compiled`` instead, and ``tests/test_compiled.py`` checks both give the same
records.
"""

from __future__ import annotations

import os

from setuptools import setup

# the stages a page goes through (sukien.pipeline, the line language test clean asks of
# every line) and the records they pass on (sukien.model: they pickle by their
# constructor's fields, as a compiled frozen dataclass must); the store, the web UI, the
# CLI and Spark stay Python, where they wait on I/O, not on the interpreter
COMPILED = ["sukien/text", "sukien/clean", "sukien/time", "sukien/actors", "sukien/events",
            "sukien/duplicates", "sukien/model.py", "sukien/pipeline.py",
            "sukien/read/language.py"]


def _extensions() -> list[object]:
    if os.environ.get("SUKIEN_MYPYC") != "1":
        return []
    from mypyc.build import mypycify

    return list(mypycify(COMPILED, opt_level="3"))


setup(ext_modules=_extensions())
