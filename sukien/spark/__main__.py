"""``python -m sukien.spark INPUT... --out DIR`` (for ``spark-submit``): the same command
as ``sukien spark``."""

from __future__ import annotations

import sys

from sukien.cli import main

if __name__ == "__main__":
    main(["spark", *sys.argv[1:]])
