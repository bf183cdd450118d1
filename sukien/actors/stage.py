"""The actors stage: code the political actors an article names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sukien.actors.gazetteer import Gazetteer, load_gazetteer
from sukien.actors.recognize import ActorRecognizer
from sukien.actors.tenure import year_from_offices
from sukien.model import ActorMention, Article, EventActor, PublishedDate
from sukien.text import Words
from sukien.text.boundaries import WordBoundaries

# the PLOVER sector of news media
MEDIA = "MED"


class ActorStage:
    def __init__(self, gazetteer: Gazetteer | None = None,
                 boundaries: WordBoundaries | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self._recognizer = ActorRecognizer(self.gazetteer, boundaries or WordBoundaries())

    def year_from_offices(self, article: Article) -> PublishedDate | None:
        """The article's publication date with the one year its named office holders
        allow, when its own date has no year (see ``sukien.actors.tenure``)."""
        return year_from_offices(article.published, article.actors, self.gazetteer,
                                 self.gazetteer.as_of)

    def mentions(self, text: str, on: date | None = None,
                 title: str | None = None) -> list[ActorMention]:
        return self._recognizer.mentions(text, on, title=title)

    def reporter(self, agency: str) -> EventActor:
        """The news source an article credits ('Theo AFP', 'TTXVN'), as the source of its
        events: with its country and sector where the media list knows it."""
        known = next((m for m in self.mentions(agency) if m.country is not None), None)
        if known is None:
            return EventActor(agency, None, MEDIA, agency)
        return EventActor(agency, known.country, known.sector or MEDIA, known.name or agency)

    def code_article(self, article: Article, tokens: Words | None = None) -> Article:
        """Mentions with page lines; offices are checked against the publication date.
        ``tokens``: the words of ``article.text``, when the caller has them already."""
        on = article.published.day if article.published else None
        found = self._recognizer.mentions(article.text, on, tokens, article.line_at,
                                         article.title)
        return replace(article, actors=tuple(found))

