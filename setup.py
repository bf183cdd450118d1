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
from pathlib import Path

from setuptools import setup

# the stages a page goes through (sukien.pipeline, and the line language test clean
# asks of every line); the store, the web UI, the CLI and
# Spark stay Python, where they wait on I/O, not on the interpreter; and so do the records
# that cross processes (sukien.model's pages and results, the repeated lines sent to the
# workers): a compiled frozen dataclass cannot be unpickled (mypyc's __setstate__ assigns
# through the frozen __setattr__), which ingest --workers and Spark need
PICKLED = {"sukien/model.py", "sukien/clean/repeated.py"}
COMPILED = ["sukien/text", "sukien/time", "sukien/actors", "sukien/events", "sukien/duplicates",
            "sukien/pipeline.py", "sukien/read/language.py",
            *(str(path) for path in sorted(Path("sukien/clean").glob("*.py"))
              if str(path) not in PICKLED)]


def _extensions() -> list[object]:
    if os.environ.get("SUKIEN_MYPYC") != "1":
        return []
    from mypyc.build import mypycify

    return list(mypycify(COMPILED, opt_level="3"))


setup(ext_modules=_extensions())
