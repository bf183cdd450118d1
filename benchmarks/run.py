"""Throughput and peak memory of sukien's stages on a corpus (default: VNTC, 84k articles).

    python benchmarks/run.py [CORPUS.jsonl.gz] [--limit N] [--only NAME]... [--json OUT]
                             [--compiled .venv/compiled]

Each measurement runs in a fresh subprocess so its peak RSS is its own. Results
print as a table and are written as JSON under benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corpus import DEFAULT_VNTC, iter_texts

ROOT = Path(__file__).resolve().parent.parent


# Each measure reads the sample the parent wrote: SAMPLE (one JSONL file, the first N
# texts) or SHARDS (the same texts in 16 JSONL files: a crawl comes in many files), so a
# measure's peak memory is its own work, not the corpus held in a list.
SAMPLE = "sample.jsonl"
SHARDS = "shards"


def _measure_read(sample: Path) -> dict[str, float]:
    from sukien.model import Page
    from sukien.options import ReadOptions
    from sukien.read import Reader

    reader = Reader(ReadOptions())
    started = time.perf_counter()
    pages = size = 0
    for item in reader.read([str(sample / SAMPLE)]):
        if isinstance(item, Page):
            pages += 1
            size += item.n_bytes
    return {"pages": pages, "bytes": size, "seconds": time.perf_counter() - started}


def _measure_ingest(sample: Path, workers: int) -> dict[str, float]:
    from sukien.ingest import ingest
    from sukien.options import IngestOptions, ProcessOptions

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        options = IngestOptions(db=Path(tmp) / "b.duckdb", process=ProcessOptions(workers=workers))
        summary = ingest([str(sample / SAMPLE)], options)
        seconds = time.perf_counter() - started
    return {"pages": summary.counts.stored, "bytes": (sample / SAMPLE).stat().st_size,
            "seconds": seconds}


def _measure_spark(sample: Path, master: str) -> dict[str, float]:
    """The Spark job on the sample in 16 files, session start included."""
    from sukien.spark import SparkJobOptions, run_job, spark_session

    shards = sample / SHARDS
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        spark = spark_session(master, **{"spark.ui.enabled": "false",
                                         "spark.sql.shuffle.partitions": "16"})
        summary = run_job(SparkJobOptions((str(shards),), str(Path(tmp) / "out")), spark)
        # the JVM and Spark's Python workers are not this process's reaped children
        peak = _peak_rss_of_tree(spark.sparkContext._gateway.proc.pid)  # type: ignore[union-attr]
        spark.stop()
        seconds = time.perf_counter() - started
    return {"pages": summary.pages, "bytes": sum(p.stat().st_size for p in shards.iterdir()),
            "seconds": seconds, "peak_rss_mb": peak / 1024}


def _peak_rss_of_tree(root: int) -> int:
    """The largest peak RSS (kB) of a process and its descendants, from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    tree = {root}
    while grown := {pid for pid, parent in parents.items() if parent in tree} - tree:
        tree |= grown
    return max(_peak_rss_kb(pid) for pid in tree)


def _peak_rss_kb(pid: int) -> int:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in lines if line.startswith("VmHWM:")), 0)


def _measure_pipeline(sample: Path) -> dict[str, float]:
    """Page to events in one process: only ``Pipeline.process`` is timed (reading is
    measured on its own), over pages read one at a time."""
    from sukien.model import Page, PageResult
    from sukien.options import ReadOptions
    from sukien.pipeline import Pipeline
    from sukien.read import Reader

    pipeline = Pipeline()
    seconds = 0.0
    articles = events = size = 0
    for page in Reader(ReadOptions()).read([str(sample / SAMPLE)]):
        if not isinstance(page, Page):
            continue
        started = time.perf_counter()
        result = pipeline.process(page)
        seconds += time.perf_counter() - started
        size += page.n_bytes
        if isinstance(result, PageResult):
            articles += len(result.articles)
            events += sum(len(a.events) for a in result.articles)
    return {"pages": articles, "bytes": size, "seconds": seconds, "events": events}


def _measure_compiled_pipeline(sample: Path) -> dict[str, float]:
    """``_measure_pipeline`` on the stages mypyc compiled (``make compiled``), which the
    parent put first on this process's path."""
    import sukien.pipeline

    if not sukien.pipeline.__file__ or not sukien.pipeline.__file__.endswith(".so"):
        raise SystemExit(f"not a compiled build: {sukien.pipeline.__file__} (make compiled)")
    return _measure_pipeline(sample)


def _measure_trafilatura_html2txt(sample: Path) -> dict[str, float]:
    """What a user would otherwise run to get text from pages: trafilatura on <p>-wrapped text."""
    import html

    from trafilatura import extract

    def wrapped(text: str) -> str:
        return "<html><body>" + "".join(
            f"<p>{html.escape(line)}</p>" for line in text.split("\n")) + "</body></html>"

    return _time_each_text(sample, extract, wrapped)


def _measure_underthesea(sample: Path) -> dict[str, float]:
    """What users would otherwise run first on Vietnamese text: word segmentation alone."""
    from underthesea import word_tokenize

    return _time_each_text(sample, word_tokenize)


def _time_each_text(sample: Path, run: Callable[[str], object],
                    prepare: Callable[[str], str] = str) -> dict[str, float]:
    """Seconds spent in ``run`` alone, over the sample's texts read one at a time and
    turned into its input by ``prepare`` (not timed)."""
    seconds = 0.0
    pages = size = 0
    for text in iter_texts(sample / SAMPLE, sys.maxsize):
        given = prepare(text)
        started = time.perf_counter()
        run(given)
        seconds += time.perf_counter() - started
        pages += 1
        size += len(text.encode())
    return {"pages": pages, "bytes": size, "seconds": seconds}


def _write_sample(corpus: str, limit: int, target: Path) -> None:
    """The first ``limit`` texts as one JSONL file and as 16 shards, one text at a time."""
    (target / SHARDS).mkdir(parents=True)
    shards = [(target / SHARDS / f"part-{n:02d}.jsonl").open("w", encoding="utf-8")
              for n in range(16)]
    try:
        with (target / SAMPLE).open("w", encoding="utf-8") as out:
            for n, text in enumerate(iter_texts(corpus, limit)):
                line = json.dumps({"text": text}, ensure_ascii=False) + "\n"
                out.write(line)
                shards[n % 16].write(line)
    finally:
        for shard in shards:
            shard.close()


COMPILED = "page -> events, 1 process (compiled)"
MEASURES = {
    "read (sukien)": _measure_read,
    "ingest, 1 process (sukien)": lambda s: _measure_ingest(s, 1),
    "ingest, 2 workers (sukien)": lambda s: _measure_ingest(s, 2),
    "page -> events, 1 process (sukien)": _measure_pipeline,
    COMPILED: _measure_compiled_pipeline,
    "spark job, local[1] (sukien)": lambda s: _measure_spark(s, "local[1]"),
    "spark job, local[2] (sukien)": lambda s: _measure_spark(s, "local[2]"),
    "trafilatura.extract on <p> text": _measure_trafilatura_html2txt,
    "underthesea.word_tokenize alone": _measure_underthesea,
}


def _child(name: str, sample: Path) -> None:
    result = MEASURES[name](sample)
    # the largest single process: this one, a child (ingest's workers), or one the measure
    # found itself (the JVM, Spark's Python workers)
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    result["peak_rss_mb"] = max(peak / 1024, result.get("peak_rss_mb", 0.0))
    sys.stdout.write(json.dumps(result) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_VNTC))
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--sample", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--only", action="append", default=None,
                        help="run only the measures whose name contains this (repeatable)")
    parser.add_argument("--compiled", type=Path,
                        help="a compiled build of sukien (make compiled: .venv/compiled) to "
                             "measure page -> events on too")
    parser.add_argument("--json", type=Path,
                        default=ROOT / "benchmarks" / "results" / "latest.json")
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.sample)
        return
    if not Path(args.corpus).exists():
        parser.error(f"corpus not found: {args.corpus} "
                     "(give a JSONL(.gz) file with a 'text' field)")
    chosen = [n for n in MEASURES if (not args.only or any(o in n for o in args.only))
              and (n != COMPILED or args.compiled is not None)]
    with tempfile.TemporaryDirectory() as tmp:
        _write_sample(args.corpus, args.limit, Path(tmp))
        rows = [_run_child(name, Path(tmp), args.compiled if name == COMPILED else None)
                for name in chosen]
    machine = f"{platform.machine()}, {platform.python_version()}, {_cpus()} cores"
    print(f"corpus {args.corpus}, first {args.limit} articles; {machine}")
    print(f"{'what':36} {'pages':>7} {'pages/s':>9} {'MB/s':>7} {'peak RSS MB':>12}")
    for row in rows:
        print(f"{row['name']:36} {row['pages']:>7} {row['pages_per_s']:>9.0f} "
              f"{row['mb_per_s']:>7.2f} {row['peak_rss_mb']:>12.0f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": machine, "corpus": args.corpus,
                                     "limit": args.limit, "results": rows}, indent=2))


def _run_child(name: str, sample: Path, pythonpath: Path | None = None
               ) -> dict[str, float | str]:
    """One measure in a fresh process; ``pythonpath`` first on its path (a compiled build
    before the source tree's editable install)."""
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath.resolve())
    child = subprocess.run(
        [sys.executable, __file__, "--sample", str(sample), "--child", name],
        capture_output=True, text=True, check=False, cwd=ROOT, env=env,
    )
    if child.returncode != 0:
        raise SystemExit(f"{name} failed:\n{child.stderr[-3000:]}")
    result = json.loads(child.stdout.splitlines()[-1])
    result["name"] = name
    result["pages_per_s"] = result["pages"] / result["seconds"]
    result["mb_per_s"] = result["bytes"] / 1e6 / result["seconds"]
    return result


def _cpus() -> int:
    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    main()
