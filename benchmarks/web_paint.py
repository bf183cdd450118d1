"""Every page of ``sukien serve`` on a corpus-sized database, as a browser sees it: the
server's response time and HTML size, and the time to first paint and first contentful
paint in headless Chromium (``performance.getEntriesByType('paint')``), the median of
several loads, each in a new browser context (a first visit: nothing cached); and the
server's peak resident memory (``VmHWM``) once every page was served.

The database is built once, by ``sukien ingest`` on the first ``--articles`` VNTC
records (minutes), and kept under ``--work`` for the next runs; ``--db`` measures an
existing database instead. The server is ``sukien serve`` in a child process, so its
memory is its own. A page that answers 404 (a page this version does not have) is
skipped with a note.

    python -m benchmarks.web_paint                       # 20,000 VNTC articles
    python -m benchmarks.web_paint --db some.duckdb --loads 3
    python -m benchmarks.web_paint --pages / /map /actors
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from benchmarks.corpus import DEFAULT_VNTC, ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# the launch flags of tests/test_browser.py: a closed network and a root user
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
SUKIEN = [sys.executable, "-m", "sukien"]
# {event} is the first event of the timeline, {last} the number of its last page
DEFAULT_PAGES = ["/", "/?dyad=USA,CHN&type=CONSULT", "/?q=ha+noi&since=2005&quad=1",
                 "/?page={last}", "/event/{event}", "/chart", "/chart?dyad=USA,RUS",
                 "/rejected", "/map", "/map?view=vietnam&type=CONSULT", "/actors",
                 "/actor/USA"]
PAINT_SCRIPT = """() => {
  const paint = {};
  for (const entry of performance.getEntriesByType('paint')) paint[entry.name] = entry.startTime;
  const nav = performance.getEntriesByType('navigation')[0];
  return {fp: paint['first-paint'], fcp: paint['first-contentful-paint'],
          response: nav ? nav.responseEnd - nav.requestStart : null};
}"""


@dataclass(frozen=True)
class PageFigures:
    path: str
    status: int
    html_kb: float
    response_ms: float
    first_paint_ms: float
    first_contentful_paint_ms: float

    def row(self) -> str:
        return (f"| `{self.path}` | {self.html_kb:.0f} KB | {self.response_ms:.0f} ms | "
                f"{self.first_paint_ms:.0f} ms | {self.first_contentful_paint_ms:.0f} ms |")


def corpus_db(work: Path, articles: int, vntc: Path) -> Path:
    """The database of the first ``articles`` VNTC records, built once under ``work``."""
    db = work / f"vntc{articles}.duckdb"
    if db.exists():
        return db
    work.mkdir(parents=True, exist_ok=True)
    records = work / f"vntc{articles}.jsonl"
    with gzip.open(vntc, "rt", encoding="utf-8") as lines, \
            records.open("w", encoding="utf-8") as out:
        for count, line in enumerate(lines):
            if count >= articles:
                break
            out.write(line)
    building = work / f"vntc{articles}.building.duckdb"
    for stale in (building, Path(f"{building}.wal")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run([*SUKIEN, "ingest", str(records), "--db", str(building), "--workers",
                    str(min(2, os.cpu_count() or 1))], check=True, cwd=ROOT)
    building.rename(db)
    print(f"built {db} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return db


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int, memory_mb: int | None) -> tuple[subprocess.Popen[bytes],
                                                                      float]:
    """``sukien serve`` in a child process, and the seconds until it answered."""
    args = ["serve", "--db", str(db), "--port", str(port)]
    args += ["--memory-mb", str(memory_mb)] if memory_mb else []
    started = time.perf_counter()
    server = subprocess.Popen([*SUKIEN, *args], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, cwd=ROOT)
    while True:
        if server.poll() is not None:
            raise SystemExit(f"sukien serve exited with {server.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/style.css",
                                        timeout=60):
                return server, time.perf_counter() - started
        except OSError:
            time.sleep(0.05)


def fetch(url: str) -> tuple[int, bytes, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=120) as reply:
            body = reply.read()
            status = reply.status
    except urllib.error.HTTPError as exc:
        body, status = exc.read(), exc.code
    return status, body, time.perf_counter() - started


def measure_page(browser: Browser, base: str, path: str, loads: int) -> PageFigures | str:
    """The page's medians over ``loads``, or why it was skipped."""
    status, body, _ = fetch(base + path)
    if status != 200:
        return f"`{path}`: {status}, skipped"
    responses, paints, contentful = [], [], []
    for _ in range(loads):
        _, body, seconds = fetch(base + path)
        responses.append(seconds * 1000)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(base + path, wait_until="load")
        # the paint entries are queued after the load event on some frames
        figures = page.evaluate(PAINT_SCRIPT)
        for _ in range(20):
            if figures["fcp"] is not None:
                break
            page.wait_for_timeout(50)
            figures = page.evaluate(PAINT_SCRIPT)
        context.close()
        if figures["fp"] is None or figures["fcp"] is None:
            return f"`{path}`: no paint entry"
        paints.append(float(figures["fp"]))
        contentful.append(float(figures["fcp"]))
    return PageFigures(path, status, len(body) / 1024, statistics.median(responses),
                       statistics.median(paints), statistics.median(contentful))


def first_event(base: str) -> str:
    status, body, _ = fetch(base + "/api/timeline?limit=1")
    entries = json.loads(body) if status == 200 else []
    if not entries:
        raise SystemExit("the database has no event to open")
    return str(entries[0]["story_id"])


def last_page(base: str) -> int:
    """The timeline's last page, as its first page says ('page 1 of 48')."""
    _, body, _ = fetch(base + "/")
    found = re.search(r"page 1 of (\d+)", body.decode("utf-8"))
    return int(found[1]) if found else 1


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="an existing database (else built)")
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--vntc", type=Path, default=DEFAULT_VNTC)
    parser.add_argument("--work", type=Path, default=Path("/tmp/sukien_web_paint"))
    parser.add_argument("--pages", nargs="+", default=DEFAULT_PAGES,
                        help="paths to load; {event}: the timeline's first event, {last}: "
                             "its last page")
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--memory-mb", type=int)
    args = parser.parse_args()
    db = args.db or corpus_db(args.work, args.articles, args.vntc)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server, startup = start_server(db, port, args.memory_mb)
    rows: list[PageFigures] = []
    notes: list[str] = []
    try:
        event, last = first_event(base), last_page(base)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                 args=CHROMIUM_ARGS)
            for path in args.pages:
                found = measure_page(browser, base, path.format(event=event, last=last), args.loads)
                if isinstance(found, str):
                    notes.append(found)
                else:
                    rows.append(found)
            browser.close()
        peak = peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"database {db} ({db.stat().st_size / 2**20:.0f} MB); server answered "
          f"{startup:.1f} s after start; medians of {args.loads} loads")
    print("| page | HTML | response | first paint | first contentful paint |")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        print(row.row())
    print(f"server peak RSS: {peak:.0f} MB")
    for note in notes:
        print(f"note: {note}")


if __name__ == "__main__":
    main()
