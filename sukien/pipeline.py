"""The per-page pipeline. Stages are numbered as in DESIGN.md; each adds records, none
reaches back into an earlier stage, with one exception: when an article's date has no
year and the office holders it names leave only one (``sukien.actors.tenure``), stages
4 and 5 run again with that year.

    1 read       sukien.read      bytes -> Page | Rejected            (before this object)
    2 clean      sukien.clean     Page -> Article...
    4 time       sukien.time      Article -> Article with publication date and timexes
    5 actors     sukien.actors    Article -> Article with actor mentions
    6 events     sukien.events    Article -> Article with PLOVER events
    8 duplicates sukien.duplicates Article -> Fingerprint (MinHash signature, LSH band keys)
                                  for the store's near-duplicate links
"""

from __future__ import annotations

from dataclasses import replace

from sukien.actors import ActorStage
from sukien.clean import (
    NO_REPEATED_LINES,
    RepeatedLines,
    articles_from_page,
    load_page_markers,
    load_topic_model,
)
from sukien.duplicates import Fingerprinter
from sukien.errors import InputRejected
from sukien.events import EventStage, with_headline
from sukien.model import Article, Event, Page, PageResult, Paragraph, Rejected
from sukien.options import ProcessOptions
from sukien.read.language import VietnameseDetector
from sukien.text import words
from sukien.text.boundaries import WordBoundaries
from sukien.time import TimeStage


class Pipeline:
    """Owns every loaded resource of the per-page stages; build one per process.
    ``repeated`` is what a first pass over the crawl learned (``sukien.process``)."""

    def __init__(self, options: ProcessOptions | None = None,
                 repeated: RepeatedLines = NO_REPEATED_LINES) -> None:
        self.options = options or ProcessOptions()
        self.repeated = repeated
        self._markers = load_page_markers()
        self._topic = load_topic_model()
        self._language = VietnameseDetector(self.options.read.min_vietnamese_ratio)
        self._time = TimeStage()
        self._boundaries = WordBoundaries()
        self._actors = ActorStage(boundaries=self._boundaries)
        self._events = EventStage(boundaries=self._boundaries, reporter=self._actors.reporter)
        self._fingerprinter = Fingerprinter()

    def process(self, page: Page) -> PageResult | Rejected:
        try:
            articles = articles_from_page(page, self._markers, self._topic,
                                          self._is_vietnamese_line, self.options.clean,
                                          self.repeated, self.options.read)
        except InputRejected as exc:
            return Rejected(page.source, exc.reason, exc.detail, page.n_bytes)
        analyzed = tuple(self._analyzed(article, page) for article in articles)
        return PageResult(page, analyzed, tuple(
            self._fingerprinter.fingerprint(a.article_id, a.text) for a in analyzed))

    def code_events(self, article: Article) -> tuple[Event, ...]:
        """Actors and events of an article built outside the page pipeline, its dates
        already set (tests of one sentence at a time)."""
        return self._events.code_article(self._actors.code_article(article)).events

    def _analyzed(self, article: Article, page: Page) -> Article:
        tokens = words(article.text)
        dated = self._time.date_article(article, page, tokens)
        coded = self._actors.code_article(dated, tokens)
        if (bounded := self._actors.year_from_offices(coded)) is not None:
            # the year changes every relative date and which office a person holds
            dated = self._time.redate_article(dated, bounded, tokens)
            coded = self._actors.code_article(dated, tokens)
        return self._with_headline(self._events.code_article(coded, tokens))

    def _with_headline(self, article: Article) -> Article:
        """The title's line among the mentions of the events its headline names again
        (``sukien.events.stage.with_headline``): the title, coded as a text of its own."""
        if not article.title or article.title_line is None or not article.events:
            return article
        headline = replace(article, text=article.title, paragraphs=(
            Paragraph(0, len(article.title), article.title_line),), caption_lines=(),
            timexes=(), actors=(), events=())
        return with_headline(article, self.code_events(headline))

    def _is_vietnamese_line(self, line: str) -> bool:
        return self._language.is_vietnamese(line)
