"""The events stage: code an article's events once its dates and actors are known."""

from __future__ import annotations

from dataclasses import replace

from sukien.events.coder import EventCoder
from sukien.events.lexicon import EventLexicon, load_event_lexicon
from sukien.model import Article
from sukien.text import Words
from sukien.text.boundaries import WordBoundaries


class EventStage:
    def __init__(self, lexicon: EventLexicon | None = None,
                 boundaries: WordBoundaries | None = None) -> None:
        self.lexicon = lexicon or load_event_lexicon()
        self.boundaries = boundaries or WordBoundaries()
        self.coder = EventCoder(self.lexicon, boundaries=self.boundaries)

    def code_article(self, article: Article, tokens: Words | None = None) -> Article:
        """``tokens``: the words of ``article.text``, when the caller has them already."""
        return replace(article, events=self.coder.code(article, tokens))
