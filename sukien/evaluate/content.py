"""Content extraction score: title and body lines against the gold, captions not scored."""

from __future__ import annotations

import gzip
import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sukien.errors import UsageError
from sukien.evaluate.gold import GoldDocument
from sukien.evaluate.metrics import f1
from sukien.model import Article, PageResult
from sukien.options import ProcessOptions
from sukien.processing import page_results


@dataclass(frozen=True, slots=True)
class PageContentScore:
    page: str
    true_positives: int
    false_positives: tuple[int, ...]
    false_negatives: tuple[int, ...]
    gold_articles: int
    found_articles: int
    author_ok: bool
    url_ok: bool
    agency_ok: bool


@dataclass(frozen=True, slots=True)
class ContentScore:
    pages: tuple[PageContentScore, ...]

    @property
    def precision(self) -> float:
        tp = sum(p.true_positives for p in self.pages)
        fp = sum(len(p.false_positives) for p in self.pages)
        return tp / (tp + fp) if tp + fp else 0.0

    @property
    def recall(self) -> float:
        tp = sum(p.true_positives for p in self.pages)
        fn = sum(len(p.false_negatives) for p in self.pages)
        return tp / (tp + fn) if tp + fn else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def articles_matched(self) -> float:
        return sum(p.gold_articles == p.found_articles for p in self.pages) / len(self.pages)

    @property
    def metadata_accuracy(self) -> float:
        checks = [ok for p in self.pages for ok in (p.author_ok, p.url_ok, p.agency_ok)]
        return sum(checks) / len(checks)


def score_content(documents: list[GoldDocument], options: ProcessOptions) -> ContentScore:
    return ContentScore(tuple(
        _page_score(document, articles) for document, articles in processed(documents, options)))


def processed(documents: list[GoldDocument], options: ProcessOptions, corpus: Path | None = None
              ) -> Iterator[tuple[GoldDocument, tuple[Article, ...]]]:
    """Each gold document with the articles the shipped pipeline finds in its page: a page
    file beside the gold, or a record of ``corpus``."""
    records = _record_articles(documents, options, corpus)
    for document in documents:
        if document.path is None:
            yield document, records[str(document.record_id)]
            continue
        result = next(page_results([str(document.path)], options), None)
        yield document, result.articles if isinstance(result, PageResult) else ()


def _record_articles(documents: list[GoldDocument], options: ProcessOptions,
                     corpus: Path | None) -> dict[str, tuple[Article, ...]]:
    """The gold's records of a JSON-lines corpus run together, as ``sukien extract`` would
    run a file holding just them (the repeated-lines pass sees the same pages)."""
    wanted = {d.record_id for d in documents if d.record_id is not None}
    if not wanted:
        return {}
    if corpus is None:
        raise UsageError("this gold names corpus records by id: give the corpus (--corpus)")
    with tempfile.TemporaryDirectory(prefix="sukien-gold-") as tmp:
        selected = Path(tmp) / "gold-records.jsonl"
        found = _copy_records(corpus, wanted, selected)
        if missing := wanted - found:
            raise UsageError(f"{corpus} lacks {len(missing)} gold records, e.g. "
                             f"{sorted(missing)[0]!r}")
        articles: dict[str, tuple[Article, ...]] = dict.fromkeys(wanted, ())
        for result in page_results([str(selected)], options):
            if isinstance(result, PageResult) and result.page.external_id in wanted:
                articles[result.page.external_id] = result.articles
    return articles


def _copy_records(corpus: Path, wanted: set[str], out: Path) -> set[str]:
    """Copies the records whose ``id`` is wanted; the ids found."""
    found: set[str] = set()
    with out.open("w", encoding="utf-8") as f:
        for record_id, line in corpus_records(corpus, wanted):
            found.add(record_id)
            f.write(line if line.endswith("\n") else line + "\n")
    return found


def corpus_records(corpus: Path, wanted: set[str]) -> Iterator[tuple[str, str]]:
    """(id, JSON line) of the first record of each wanted id in a JSON-lines corpus,
    gzipped or not."""
    seen: set[str] = set()
    opener = gzip.open if corpus.name.endswith(".gz") else open
    try:
        with opener(corpus, "rt", encoding="utf-8") as lines:
            for line in lines:
                record_id = _record_id(line)
                if record_id in wanted and record_id not in seen:
                    seen.add(record_id)
                    yield record_id, line
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read corpus {corpus}: {exc}") from exc


def _record_id(line: str) -> str | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return None
    value = record.get("id") if isinstance(record, dict) else None
    return value if isinstance(value, str) else None


def _page_score(document: GoldDocument, articles: tuple[Article, ...]) -> PageContentScore:
    gold = {a.title_line for a in document.articles} | {
        n for a in document.articles for n in a.body_lines}
    found = {a.title_line for a in articles if a.title_line is not None} | {
        n for a in articles for n in a.body_lines}
    first = articles[0] if articles else None
    return PageContentScore(
        page=document.name,
        true_positives=len(gold & found),
        false_positives=tuple(sorted(found - gold)),
        false_negatives=tuple(sorted(gold - found)),
        gold_articles=len(document.articles),
        found_articles=len(articles),
        author_ok=(first.author if first else None) == document.author,
        url_ok=(first.url if first else None) == document.url,
        agency_ok=(first.agency if first else None) == document.agency,
    )
