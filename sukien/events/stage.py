"""The events stage: code an article's events once its dates and actors are known."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sukien.events.coder import EventCoder
from sukien.events.lexicon import EventLexicon, load_event_lexicon
from sukien.model import Article, EventActor
from sukien.text import Words
from sukien.text.boundaries import WordBoundaries


class EventStage:
    """``reporter``: the side a news source credited by the article stands for; an event
    the text does not attribute to anyone ('theo X', 'X cho biết') was reported by it."""

    def __init__(self, lexicon: EventLexicon | None = None,
                 boundaries: WordBoundaries | None = None,
                 reporter: Callable[[str], EventActor] | None = None) -> None:
        self.lexicon = lexicon or load_event_lexicon()
        self.boundaries = boundaries or WordBoundaries()
        self.coder = EventCoder(self.lexicon, boundaries=self.boundaries)
        self.reporter = reporter

    def code_article(self, article: Article, tokens: Words | None = None) -> Article:
        """``tokens``: the words of ``article.text``, when the caller has them already."""
        events = self.coder.code(article, tokens)
        if article.agency and self.reporter is not None and any(
                e.source is None for e in events):
            source = self.reporter(article.agency)
            events = tuple(e if e.source is not None else replace(e, source=source)
                           for e in events)
        return replace(article, events=events)
