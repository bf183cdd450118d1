"""Throughput and peak memory of sukien's stages on a corpus (default: VNTC, 84k articles).

    python benchmarks/run.py [CORPUS.jsonl.gz] [--limit N] [--only NAME]... [--json OUT]

Each measurement runs in a fresh subprocess so its peak RSS is its own. Results
print as a table and are written as JSON under benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import DEFAULT_VNTC, first_texts

ROOT = Path(__file__).resolve().parent.parent


def _measure_read(corpus: str, limit: int) -> dict[str, float]:
    from itertools import islice

    from sukien.model import Page
    from sukien.options import ReadOptions
    from sukien.read import Reader

    reader = Reader(ReadOptions())
    started = time.perf_counter()
    pages = size = 0
    for item in islice(reader.read([corpus]), limit):
        if isinstance(item, Page):
            pages += 1
            size += item.n_bytes
    return {"pages": pages, "bytes": size, "seconds": time.perf_counter() - started}


def _measure_ingest(corpus: str, limit: int, workers: int) -> dict[str, float]:
    from sukien.ingest import ingest
    from sukien.options import IngestOptions

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        _write_sample(corpus, sample, limit)
        started = time.perf_counter()
        summary = ingest([str(sample)], IngestOptions(db=Path(tmp) / "b.duckdb", workers=workers))
        seconds = time.perf_counter() - started
        return {"pages": summary.counts.stored, "bytes": sample.stat().st_size,
                "seconds": seconds}


def _measure_spark(corpus: str, limit: int, master: str) -> dict[str, float]:
    """The Spark job on the sample cut into 16 JSONL files (a crawl comes in many files;
    one gzip file is one task), session start included."""
    from sukien.spark import SparkJobOptions, run_job, spark_session

    with tempfile.TemporaryDirectory() as tmp:
        shards = Path(tmp) / "in"
        shards.mkdir()
        texts = first_texts(corpus, limit)
        for shard in range(16):
            with (shards / f"part-{shard:02d}.jsonl").open("w", encoding="utf-8") as out:
                for text in texts[shard::16]:
                    out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
        size = sum(p.stat().st_size for p in shards.iterdir())
        started = time.perf_counter()
        spark = spark_session(master, **{"spark.ui.enabled": "false",
                                         "spark.sql.shuffle.partitions": "16"})
        summary = run_job(SparkJobOptions((str(shards),), str(Path(tmp) / "out")), spark)
        spark.stop()
        return {"pages": summary.pages, "bytes": size,
                "seconds": time.perf_counter() - started}


def _measure_trafilatura_html2txt(corpus: str, limit: int) -> dict[str, float]:
    """What a user would otherwise run to get text from pages: trafilatura on <p>-wrapped text."""
    import html

    from trafilatura import extract

    texts = first_texts(corpus, limit)
    started = time.perf_counter()
    size = 0
    for text in texts:
        wrapped = "<html><body>" + "".join(
            f"<p>{html.escape(line)}</p>" for line in text.split("\n")) + "</body></html>"
        size += len(text.encode())
        extract(wrapped)
    return {"pages": len(texts), "bytes": size, "seconds": time.perf_counter() - started}


def _measure_pipeline(corpus: str, limit: int) -> dict[str, float]:
    """Page to events in one process: read is left out, every per-page stage is in."""
    from sukien.model import Container, Page, PageKind, PageResult
    from sukien.pipeline import Pipeline

    texts = first_texts(corpus, limit)
    pipeline = Pipeline()
    pages = [Page(f"p{n}", f"p{n}", PageKind.TEXT, Container.JSONL, text, "utf-8",
                  len(text.encode())) for n, text in enumerate(texts)]
    started = time.perf_counter()
    articles = events = 0
    for page in pages:
        result = pipeline.process(page)
        if isinstance(result, PageResult):
            articles += len(result.articles)
            events += sum(len(a.events) for a in result.articles)
    return {"pages": articles, "bytes": sum(p.n_bytes for p in pages),
            "seconds": time.perf_counter() - started, "events": events}


def _measure_underthesea(corpus: str, limit: int) -> dict[str, float]:
    """What users would otherwise run first on Vietnamese text: word segmentation alone."""
    from underthesea import word_tokenize

    texts = first_texts(corpus, limit)
    started = time.perf_counter()
    for text in texts:
        word_tokenize(text)
    return {"pages": len(texts), "bytes": sum(len(t.encode()) for t in texts),
            "seconds": time.perf_counter() - started}


def _write_sample(corpus: str, target: Path, limit: int) -> None:
    with target.open("w", encoding="utf-8") as out:
        for text in first_texts(corpus, limit):
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")


MEASURES = {
    "read (sukien)": lambda c, n: _measure_read(c, n),
    "ingest, 1 process (sukien)": lambda c, n: _measure_ingest(c, n, 1),
    "ingest, 2 workers (sukien)": lambda c, n: _measure_ingest(c, n, 2),
    "page -> events, 1 process (sukien)": lambda c, n: _measure_pipeline(c, n),
    "spark job, local[1] (sukien)": lambda c, n: _measure_spark(c, n, "local[1]"),
    "spark job, local[2] (sukien)": lambda c, n: _measure_spark(c, n, "local[2]"),
    "trafilatura.extract on <p> text": lambda c, n: _measure_trafilatura_html2txt(c, n),
    "underthesea.word_tokenize alone": lambda c, n: _measure_underthesea(c, n),
}


def _child(name: str, corpus: str, limit: int) -> None:
    result = MEASURES[name](corpus, limit)
    # the largest single process: this one, or a child (the JVM, Spark's Python workers)
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    result["peak_rss_mb"] = peak / 1024
    sys.stdout.write(json.dumps(result) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_VNTC))
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--only", action="append", default=None,
                        help="run only the measures whose name contains this (repeatable)")
    parser.add_argument("--json", type=Path,
                        default=ROOT / "benchmarks" / "results" / "latest.json")
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.corpus, args.limit)
        return
    if not Path(args.corpus).exists():
        parser.error(f"corpus not found: {args.corpus} "
                     "(give a JSONL(.gz) file with a 'text' field)")
    rows = []
    chosen = [n for n in MEASURES if not args.only or any(o in n for o in args.only)]
    for name in chosen:
        output = subprocess.run(
            [sys.executable, __file__, args.corpus, "--limit", str(args.limit), "--child", name],
            capture_output=True, text=True, check=True, cwd=ROOT,
        ).stdout.splitlines()[-1]
        result = json.loads(output)
        result["name"] = name
        result["pages_per_s"] = result["pages"] / result["seconds"]
        result["mb_per_s"] = result["bytes"] / 1e6 / result["seconds"]
        rows.append(result)
    machine = f"{platform.machine()}, {platform.python_version()}, {_cpus()} cores"
    print(f"corpus {args.corpus}, first {args.limit} articles; {machine}")
    print(f"{'what':36} {'pages':>7} {'pages/s':>9} {'MB/s':>7} {'peak RSS MB':>12}")
    for row in rows:
        print(f"{row['name']:36} {row['pages']:>7} {row['pages_per_s']:>9.0f} "
              f"{row['mb_per_s']:>7.2f} {row['peak_rss_mb']:>12.0f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": machine, "corpus": args.corpus,
                                     "limit": args.limit, "results": rows}, indent=2))


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    main()
