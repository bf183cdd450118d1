"""Screenshots of every page of ``sukien serve`` for the README: the seed pages
(``sukien/examples/*.txt``) are ingested into a scratch database, served, and each page
is opened in headless Chromium (Debian's, via Playwright) 1200 px wide; the PNGs go to
``docs/screenshots/``. Prints each file with its size and the time its page took.

    python -m benchmarks.web_screenshots [--out docs/screenshots] [--chromium PATH]
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import Page, sync_playwright

from sukien.store import Store
from sukien.web import create_app, load_catalog

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "sukien" / "examples"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
WIDTH = 1200
# a screenshot stops here: the top of a long page says what it is
MAX_HEIGHT = 1500


def shots(page: Page, base: str) -> list[tuple[str, str]]:
    """(file name, URL) of each page; the event is the most reported one, found by the
    timeline's own sort."""
    page.goto(f"{base}/?all=1&sort=reported")
    event = page.locator("li.entry .kind a").first.get_attribute("href")
    return [("timeline.png", f"{base}/?dyad=USA,RUS&sort=newest"),
            ("event.png", f"{base}{event}"),
            ("actors.png", f"{base}/actors"),
            ("actor.png", f"{base}/actor/USA"),
            ("chart.png", f"{base}/chart?all=1"),
            ("map.png", f"{base}/map?all=1"),
            ("rejected.png", f"{base}/rejected")]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ingest(folder: Path) -> Path:
    inputs = folder / "in"
    inputs.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(seed, inputs / seed.name)
    db = folder / "demo.duckdb"
    subprocess.run([sys.executable, "-m", "sukien", "ingest", str(inputs), "--db", str(db)],
                   check=True, capture_output=True, cwd=ROOT)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sukien-shots-") as scratch:
        db = _ingest(Path(scratch))
        with Store.open(db, read_only=True) as store:
            port = _free_port()
            server = uvicorn.Server(uvicorn.Config(create_app(load_catalog(store)),
                                                   host="127.0.0.1", port=port,
                                                   log_level="warning"))
            thread = threading.Thread(target=server.run, daemon=True)
            thread.start()
            while not server.started:
                time.sleep(0.05)
            try:
                _take(f"http://127.0.0.1:{port}", args.out, args.chromium)
            finally:
                server.should_exit = True
                thread.join(timeout=10)


def _take(base: str, out: Path, chromium: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True,
                                             args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": 900})
        for name, url in shots(page, base):
            started = time.perf_counter()
            page.goto(url)
            took = time.perf_counter() - started
            height = min(MAX_HEIGHT, int(page.evaluate("document.body.scrollHeight")))
            page.screenshot(path=str(out / name),
                            clip={"x": 0, "y": 0, "width": WIDTH, "height": height})
            size = (out / name).stat().st_size
            print(f"{name:14} {size / 1024:7.1f} KB  {took:5.2f} s  {url.replace(base, '')}")
        browser.close()


if __name__ == "__main__":
    main()
