"""Line classifiers side by side on the gold pages: which lines are title or body.

    python benchmarks/clean_classifiers.py [--gold examples/gold.json] [--repeat N]

sukien's clean stage, jusText (Vietnamese stop list) and trafilatura, the last
two fed each page with every line wrapped in <p>, all scored on the same
pages in one run with the line-level precision/recall/F1 of ``sukien eval
content`` (captions are not scored); pages/s over ``--repeat`` passes.
"""

from __future__ import annotations

import argparse
import html
import json
import platform
import time
from collections.abc import Callable
from pathlib import Path

from sukien.evaluate import load_gold
from sukien.evaluate.gold import GoldDocument
from sukien.model import Container, Page, PageKind, PageResult
from sukien.options import ReadOptions
from sukien.pipeline import Pipeline
from sukien.read import Reader

ROOT = Path(__file__).resolve().parent.parent
Classifier = Callable[[str], set[int]]


def sukien_lines() -> Classifier:
    pipeline = Pipeline()
    reader = Reader(ReadOptions())

    def classify(text: str) -> set[int]:
        page = reader.page_from_text(text, "page.txt", "page.txt", PageKind.TEXT,
                                     Container.TXT, None, None, None)
        if not isinstance(page, Page):
            return set()
        result = pipeline.process(page)
        if not isinstance(result, PageResult):
            return set()
        return {n for a in result.articles for n in (a.title_line, *a.body_lines) if n}
    return classify


def _wrapped(text: str) -> str:
    return "<html><body>" + "".join(
        f"<p>{html.escape(line)}</p>" for line in text.split("\n")) + "</body></html>"


def _lines_of(text: str, kept: list[str]) -> set[int]:
    """Page lines whose text a system kept (systems return text, not line numbers)."""
    wanted = {k.strip() for k in kept if k.strip()}
    return {n for n, line in enumerate(text.split("\n"), start=1)
            if line.strip() and line.strip() in wanted}


def justext_lines() -> Classifier:
    import justext

    stoplist = justext.get_stoplist("Vietnamese")

    def classify(text: str) -> set[int]:
        paragraphs = justext.justext(_wrapped(text), stoplist)
        return _lines_of(text, [p.text for p in paragraphs if not p.is_boilerplate])
    return classify


def trafilatura_lines() -> Classifier:
    from trafilatura import extract

    def classify(text: str) -> set[int]:
        output = extract(_wrapped(text)) or ""
        return _lines_of(text, output.split("\n"))
    return classify


SYSTEMS = {"sukien clean": sukien_lines, "jusText (Vietnamese stop list)": justext_lines,
           "trafilatura on <p> lines": trafilatura_lines}


def score(documents: list[GoldDocument], classify: Classifier, repeat: int) -> dict[str, float]:
    texts = [d.path.read_text("utf-8") for d in documents]
    tp = fp = fn = 0
    for document, text in zip(documents, texts, strict=True):
        gold = {n for a in document.articles for n in (a.title_line, *a.body_lines)}
        found = classify(text)
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
    started = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            classify(text)
    seconds = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            "pages_per_s": repeat * len(texts) / seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=ROOT / "sukien" / "examples" / "gold.json")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--json", type=Path,
                        default=ROOT / "benchmarks" / "results" / "clean.json")
    args = parser.parse_args()
    documents = load_gold(args.gold)
    rows = [{"system": name, **score(documents, build(), args.repeat)}
            for name, build in SYSTEMS.items()]
    machine = f"{platform.machine()}, Python {platform.python_version()}"
    print(f"title+body lines of {len(documents)} gold pages ({args.gold}); {machine}")
    print(f"{'system':32} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>9}")
    for row in rows:
        print(f"{row['system']:32} {row['precision']:>6.3f} {row['recall']:>6.3f} "
              f"{row['f1']:>6.3f} {row['pages_per_s']:>9.0f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": machine, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
