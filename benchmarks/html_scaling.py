"""Time and peak memory of one HTML page of 1, 4 and 16 MB through the read and clean
stages, and through the rest of the pipeline (issue 21: time per page must grow linearly
with its size).

The pages are VNTC articles in the markup of a news site's endless page: a head with
styles and scripts, navigation, then story after story (headline, date, paragraphs,
a related-links list), a sidebar every few stories, a footer. Each size runs in a child
process of its own, so that its peak resident memory (VmHWM) is its own; times are the
best of ``--repeats`` runs. ``--trafilatura`` also runs the old path (the whole page
through trafilatura) on the pages up to 4 MB; ``--text`` the pages' streamed text as
flattened text pages (the line classifier's path).

    python -m benchmarks.html_scaling [--sizes 1 4 16] [--repeats 3] [--trafilatura] [--text]
"""

from __future__ import annotations

import argparse
import html
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import DEFAULT_VNTC, ROOT, iter_texts

MB = 1024 * 1024
_HEAD = (
    "<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
    "<title>Thời sự - Tin tức trong ngày</title>"
    "<style>" + ".story{margin:0 0 24px}.meta{color:#888}.related li{font-size:14px}" * 40
    + "</style><script>window.dataLayer=window.dataLayer||[];"
    + "function track(e){window.dataLayer.push({event:e,ts:Date.now()})}" * 30
    + "</script></head><body>"
)
_NAV = "<header><nav><ul>" + "".join(
    f"<li><a href='/chuyen-muc-{n}.htm'>Chuyên mục {n}</a></li>" for n in range(60)
) + "</ul></nav></header><main>"
_SIDEBAR = "<aside class='sidebar'><h3>Đọc nhiều</h3><ol>" + "".join(
    f"<li><a href='/doc-nhieu-{n}.htm'>Bài đọc nhiều thứ {n}</a></li>" for n in range(10)
) + "</ol><div class='ad'><script>track('ad')</script></div></aside>"
_FOOTER = "</main><footer><p>Cơ quan chủ quản: Báo Tin tức. Giấy phép số 123/GP-BTTTT."\
    "</p></footer></body></html>"


def story(text: str, number: int) -> str:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title, paragraphs = lines[0], lines[1:] or lines
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    related = "".join(f"<li><a href='/tin-{number}-{k}.htm'>Tin liên quan {k}</a></li>"
                      for k in range(4))
    return (f"<article class='story' id='s{number}'><h2><a href='/bai-{number}.htm'>"
            f"{html.escape(title)}</a></h2><div class='meta'>Thứ hai, 02/12/2024 "
            f"08:{number % 60:02d}</div>{body}<ul class='related'>{related}</ul></article>")


def news_page(size: int, corpus: Path) -> str:
    """An endless page of VNTC stories, ``size`` bytes of UTF-8 or a little more."""
    parts = [_HEAD, _NAV]
    total = len(_HEAD.encode()) + len(_NAV.encode())
    for number, text in enumerate(iter_texts(corpus, 1_000_000)):
        if total >= size:
            break
        block = story(text, number) + (_SIDEBAR if number % 5 == 4 else "")
        parts.append(block)
        total += len(block.encode())
    parts.append(_FOOTER)
    return "".join(parts)


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(size_mb: float, repeats: int, path_name: str, corpus: Path) -> dict[str, Any]:
    """In the child: build the page, then read, clean and analyse it ``repeats`` times.
    ``path_name``: 'default', 'trafilatura' (every HTML page through trafilatura, as before
    issue 21) or 'text' (the page's streamed text as a flattened .txt page)."""
    from sukien.clean import articles_from_page
    from sukien.model import Page
    from sukien.options import ProcessOptions, ReadOptions
    from sukien.pipeline import Pipeline
    from sukien.read import Reader
    from sukien.read.html import html_text

    trafilatura = path_name == "trafilatura"
    page_text = news_page(int(size_mb * MB), corpus)
    suffix = "html"
    if path_name == "text":
        page_text, suffix = html_text(page_text).text, "txt"
    path = Path(f"/tmp/sukien_html_scaling_{size_mb:g}mb.{suffix}")
    path.write_text(page_text, "utf-8")
    del page_text
    actual_mb = path.stat().st_size / MB
    default = ReadOptions()
    read = ReadOptions(max_page_bytes=64 * MB, html_stream_bytes=1024 * MB if trafilatura
                       else default.html_stream_bytes)
    pipeline = Pipeline(ProcessOptions(read=read))
    reader = Reader(read)
    before = _peak_mb()
    best: dict[str, float] = {}
    chars = paragraphs = 0
    cleaned_peak = 0.0
    for _ in range(repeats):
        start = time.perf_counter()
        (page,) = [i for i in reader.read([str(path)]) if isinstance(i, Page)]
        read_done = time.perf_counter()
        articles = articles_from_page(page, pipeline._markers, pipeline._topic,
                                      pipeline._is_vietnamese_line, read=read)
        clean_done = time.perf_counter()
        cleaned_peak = cleaned_peak or _peak_mb()  # before the first analysis
        for article in articles:
            pipeline._analyzed(article, page)
        analyzed = time.perf_counter()
        chars = sum(len(article.text) for article in articles)
        paragraphs = sum(len(article.paragraphs) for article in articles)
        for key, seconds in (("read", read_done - start), ("clean", clean_done - read_done),
                             ("analyze", analyzed - clean_done)):
            best[key] = min(best.get(key, seconds), seconds)
    path.unlink()
    return {"mb": actual_mb, "path": path_name, **best, "article_chars": chars,
            "paragraphs": paragraphs, "baseline_mb": before, "cleaned_peak_mb": cleaned_peak,
            "peak_mb": _peak_mb()}


def run_child(size_mb: float, repeats: int, path_name: str, corpus: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.html_scaling", "--child", str(size_mb),
               "--repeats", str(repeats), "--corpus", str(corpus), "--path", path_name]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--trafilatura", action="store_true",
                        help="also time the old path (trafilatura) on pages up to 4 MB")
    parser.add_argument("--text", action="store_true",
                        help="also the same pages' text as flattened .txt pages")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_VNTC)
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--path", default="default", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(measure(args.child, args.repeats, args.path, args.corpus)))
        return
    rows = [run_child(size, args.repeats, "default", args.corpus) for size in args.sizes]
    if args.trafilatura:
        rows += [run_child(size, args.repeats, "trafilatura", args.corpus)
                 for size in args.sizes if size <= 4]
    if args.text:
        rows += [run_child(size, args.repeats, "text", args.corpus) for size in args.sizes]
    print("| page | path | read s | clean s | read+clean s/MB | analyse s | article chars |"
          " peak MB after clean | peak MB | baseline MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        html_path = row["read"] + row["clean"]
        print(f"| {row['mb']:.1f} MB | {row['path']} | {row['read']:.2f} | {row['clean']:.2f} | "
              f"{html_path / row['mb']:.2f} | {row['analyze']:.2f} | {row['article_chars']:,} | "
              f"{row['cleaned_peak_mb']:.0f} | {row['peak_mb']:.0f} | "
              f"{row['baseline_mb']:.0f} |")


if __name__ == "__main__":
    main()
