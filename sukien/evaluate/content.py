"""Content extraction score: title and body lines against the gold, captions not scored."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sukien.evaluate.gold import GoldDocument
from sukien.evaluate.metrics import f1
from sukien.model import Article, Page, PageResult
from sukien.options import ReadOptions
from sukien.pipeline import Pipeline
from sukien.read import Reader


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


def score_content(documents: list[GoldDocument], pipeline: Pipeline) -> ContentScore:
    return ContentScore(tuple(
        _page_score(document, articles) for document, articles in processed(documents, pipeline)))


def processed(documents: list[GoldDocument], pipeline: Pipeline
              ) -> Iterator[tuple[GoldDocument, tuple[Article, ...]]]:
    """Each gold document with the articles the pipeline finds in its page."""
    reader = Reader(ReadOptions())
    for document in documents:
        pages = (item for item in reader.read([str(document.path)]) if isinstance(item, Page))
        page = next(pages, None)
        result = pipeline.process(page) if page is not None else None
        yield document, result.articles if isinstance(result, PageResult) else ()


def _page_score(document: GoldDocument, articles: tuple[Article, ...]) -> PageContentScore:
    gold = {a.title_line for a in document.articles} | {
        n for a in document.articles for n in a.body_lines}
    found = {a.title_line for a in articles if a.title_line is not None} | {
        n for a in articles for n in a.body_lines}
    first = articles[0] if articles else None
    return PageContentScore(
        page=document.path.name,
        true_positives=len(gold & found),
        false_positives=tuple(sorted(found - gold)),
        false_negatives=tuple(sorted(gold - found)),
        gold_articles=len(document.articles),
        found_articles=len(articles),
        author_ok=(first.author if first else None) == document.author,
        url_ok=(first.url if first else None) == document.url,
        agency_ok=(first.agency if first else None) == document.agency,
    )
