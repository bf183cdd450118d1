"""``python -m sukien.spark INPUT... --out DIR [--master local[*]] [--partitions N]``."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from sukien.spark.job import SparkJobOptions, run_job


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sukien.spark", description=__doc__)
    parser.add_argument("inputs", nargs="+", help="files or directories; any Hadoop URI")
    parser.add_argument("--out", required=True, help="output directory (any Hadoop URI)")
    parser.add_argument("--master", default=None,
                        help="Spark master; left to spark-submit when not given")
    parser.add_argument("--partitions", type=int, default=None,
                        help="partitions the pages are spread over (default: one per "
                        "2,000 pages, at least 4 per core)")
    parser.add_argument("--no-repeated-lines", action="store_true",
                        help="keep the lines repeated on many pages of a site (menus, footers)")
    args = parser.parse_args(argv)
    options = SparkJobOptions(tuple(args.inputs), args.out, args.master, args.partitions)
    if args.no_repeated_lines:
        options = replace(options, repeated=None)
    summary = run_job(options)
    sys.stdout.write(f"{summary}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
