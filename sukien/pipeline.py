"""The per-page pipeline. Stages are numbered as in DESIGN.md; each adds records, none
reaches back into an earlier stage.

    1 read       sukien.read      bytes -> Page | Rejected            (before this object)
    2 clean      sukien.clean     Page -> Article...
    4 time       sukien.time      Article -> Article with publication date and timexes
    5 actors     sukien.actors    Article -> Article with actor mentions
"""

from __future__ import annotations

from dataclasses import dataclass

from sukien.actors import ActorStage
from sukien.clean import articles_from_page, load_page_markers
from sukien.errors import InputRejected
from sukien.model import Page, PageResult, Rejected
from sukien.options import ReadOptions
from sukien.read.language import VietnameseDetector
from sukien.time import TimeStage


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """Per-page stage switches; hashable so each worker process can cache its pipeline."""

    clean: bool = True


class Pipeline:
    """Owns every loaded resource of the per-page stages; build one per process."""

    def __init__(self, options: PipelineOptions | None = None) -> None:
        self.options = options or PipelineOptions()
        self._markers = load_page_markers()
        self._language = VietnameseDetector(ReadOptions().min_vietnamese_ratio)
        self._time = TimeStage()
        self._actors = ActorStage()

    def process(self, page: Page) -> PageResult | Rejected:
        try:
            articles = articles_from_page(page, self._markers, self._is_vietnamese_line,
                                          clean=self.options.clean)
        except InputRejected as exc:
            return Rejected(page.source, exc.reason, exc.detail, page.n_bytes)
        return PageResult(page, tuple(
            self._actors.code_article(self._time.date_article(article, page))
            for article in articles))

    def _is_vietnamese_line(self, line: str) -> bool:
        return self._language.verdict(line).is_vietnamese
