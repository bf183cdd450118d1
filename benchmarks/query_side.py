"""The query side on a whole corpus: ``timeline``, ``export`` and ``serve``'s first page,
each in a child process, with its wall time and peak resident memory (the child's own
``ru_maxrss`` from ``wait4``; for ``serve``, the server's ``VmHWM`` once the page came).
And the Spark job against ``sukien ingest`` on the same VNTC articles: which timeline
entries only one of them has, and which differ.

    # whole VNTC: sukien ingest vntc.jsonl.gz --db /tmp/vntc_all.duckdb --workers 2
    python benchmarks/query_side.py times --db /tmp/vntc_all.duckdb
    python benchmarks/query_side.py times --db PARQUET_FOLDER        # a Spark output
    python benchmarks/query_side.py spark --articles 5000 --work /tmp/qs5k
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VNTC = ROOT.parent / "shared" / "data" / "vntc" / "vntc.jsonl.gz"
SUKIEN = [sys.executable, "-m", "sukien"]


@dataclass(frozen=True)
class Measure:
    what: str
    seconds: float
    peak_mb: float
    note: str = ""
    cpu: float | None = None

    def row(self) -> str:
        cpu = f"{self.cpu:.1f} s" if self.cpu is not None else "-"
        return (f"| {self.what} | {self.seconds:.1f} s | {cpu} | {self.peak_mb:.0f} MB | "
                f"{self.note} |")


def run_child(what: str, args: list[str], note: str = "") -> Measure:
    """A sukien command as a child process: wall time and its own peak RSS."""
    started = time.perf_counter()
    child = subprocess.Popen([*SUKIEN, *args], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, cwd=ROOT)
    assert child.stderr is not None
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    errors = child.stderr.read().decode("utf-8", "replace")
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{what} failed ({child.returncode}): {errors}")
    # ru_maxrss is in KB on Linux; CPU time says what wall time would be on an idle machine
    return Measure(what, seconds, usage.ru_maxrss / 1024, note or errors.strip()[:80],
                   usage.ru_utime + usage.ru_stime)


def serve_first_page(db: Path, memory_mb: int | None) -> Measure:
    """From starting ``sukien serve`` to the first timeline page received."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    args = ["serve", "--db", str(db), "--port", str(port)]
    args += ["--memory-mb", str(memory_mb)] if memory_mb else []
    started = time.perf_counter()
    server = subprocess.Popen([*SUKIEN, *args], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        while True:
            if server.poll() is not None:
                raise SystemExit(f"sukien serve exited with {server.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=60) as reply:
                    page = reply.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.05)
        seconds = time.perf_counter() - started
        peak = _peak_rss_mb(server.pid)
        cpu = _cpu_seconds(server.pid)
        count = page.split('<p class="count">', 1)[1].split("<", 1)[0] if "count" in page else "?"
        second = time.perf_counter()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/?page=50", timeout=60) as reply:
            reply.read()
        later = time.perf_counter() - second
    finally:
        server.terminate()
        server.wait(timeout=30)
    return Measure("serve: start to first page", seconds, peak,
                   f"{count}; page 50 then in {later:.2f} s", cpu)


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def times(db: Path, memory_mb: int | None) -> list[Measure]:
    memory = ["--memory-mb", str(memory_mb)] if memory_mb else []
    with tempfile.TemporaryDirectory(prefix="sukien-bench-") as tmp:
        out = Path(tmp)
        measures = [
            run_child("timeline, every entry, JSON to a file",
                      ["timeline", "--db", str(db), *memory, "--format", "json", "-o",
                       str(out / "t.json")]),
            run_child("timeline --dyad USA,CHN --type CONSULT (table)",
                      ["timeline", "--db", str(db), *memory, "--dyad", "USA,CHN", "--type",
                       "CONSULT"]),
            run_child("timeline --query 'Hà Nội' --since 2005 (markdown)",
                      ["timeline", "--db", str(db), *memory, "--query", "Hà Nội",
                       "--since", "2005", "--format", "markdown", "-o", str(out / "t.md")]),
            run_child("export --all plover-jsonl",
                      ["export", str(out / "e.jsonl"), "--db", str(db), *memory, "--all"]),
            run_child("export --format parquet",
                      ["export", str(out / "pq"), "--db", str(db), *memory, "--format",
                       "parquet"]),
            serve_first_page(db, memory_mb),
        ]
        entries = len(json.loads((out / "t.json").read_text("utf-8")))
    return [Measure(m.what, m.seconds, m.peak_mb,
                    m.note or (f"{entries} entries" if "every entry" in m.what else ""), m.cpu)
            for m in measures]


def first_articles(corpus: Path, count: int, out: Path) -> None:
    with gzip.open(corpus, "rt", encoding="utf-8") as lines, out.open("w", encoding="utf-8") as f:
        for number, line in enumerate(lines):
            if number >= count:
                break
            f.write(line)


def timeline_of(db: Path) -> dict[str, dict[str, object]]:
    done = subprocess.run([*SUKIEN, "timeline", "--db", str(db), "--all", "--format", "json",
                           "--memory-mb", "1024"],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return {str(e["story_id"]): e for e in json.loads(done.stdout)}


def spark_parity(corpus: Path, articles: int, work: Path, reuse: bool) -> None:
    work.mkdir(parents=True, exist_ok=True)
    sliced, db, out = work / f"vntc-{articles}.jsonl", work / "ingest.duckdb", work / "spark"
    if not (reuse and sliced.exists()):
        first_articles(corpus, articles, sliced)
    steps = []
    if not (reuse and db.exists()):
        db.unlink(missing_ok=True)
        steps.append(run_child("sukien ingest", ["ingest", str(sliced), "--db", str(db), "-q"]))
    if not (reuse and out.exists()):
        shutil.rmtree(out, ignore_errors=True)
        steps.append(run_child("sukien spark local[2] (driver RSS only)",
                               ["spark", str(sliced), "--out", str(out), "--master",
                                "local[2]"]))
    for step in steps:
        print(step.row())
    ingest, spark = timeline_of(db), timeline_of(out)
    only_ingest = sorted(set(ingest) - set(spark))
    only_spark = sorted(set(spark) - set(ingest))
    differ = sorted(k for k in set(ingest) & set(spark) if ingest[k] != spark[k])
    print(f"{articles} VNTC articles: ingest {len(ingest)} entries, spark {len(spark)}; "
          f"only in ingest {len(only_ingest)}, only in spark {len(only_spark)}, "
          f"differ {len(differ)}")
    for key in [*only_ingest, *only_spark, *differ][:10]:
        print("  ", key, json.dumps(ingest.get(key) or spark.get(key),
                                    ensure_ascii=False)[:200])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    timing = commands.add_parser("times", help="timeline, export, serve on a database")
    timing.add_argument("--db", type=Path, default=Path("/tmp/vntc_all.duckdb"))
    timing.add_argument("--memory-mb", type=int, default=None,
                        help="passed on (default: sukien's own default)")
    parity = commands.add_parser("spark", help="Spark job against ingest on VNTC articles")
    parity.add_argument("--corpus", type=Path, default=DEFAULT_VNTC)
    parity.add_argument("--articles", type=int, default=5000)
    parity.add_argument("--work", type=Path, default=Path("/tmp/sukien-spark-parity"))
    parity.add_argument("--reuse", action="store_true",
                        help="keep the slice, database and Spark output of an earlier run")
    args = parser.parse_args()
    if args.command == "times":
        print(f"{args.db}: sukien {' '.join(SUKIEN[1:])}, memory option "
              f"{args.memory_mb or 'default'}; {os.cpu_count()} cores")
        print(f"load average before: {os.getloadavg()[0]:.1f}")
        print("| command | wall | CPU | peak RSS | |\n|---|---|---|---|---|")
        for measure in times(args.db, args.memory_mb):
            print(measure.row(), flush=True)
    else:
        spark_parity(args.corpus, args.articles, args.work, args.reuse)


if __name__ == "__main__":
    main()
