"""The events stage: code an article's events once its dates and actors are known."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from sukien.events.coder import EventCoder
from sukien.events.lexicon import EventLexicon, load_event_lexicon
from sukien.model import Article, Event, EventActor, Evidence
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


def with_headline(article: Article, headline: Sequence[Event]) -> Article:
    """The article with its title's line among the mentions of the events its headline
    names again ('Cảnh sát Malaysia bắt giữ 13 nghi phạm …' over the body's report of the
    arrest): each event coded from the title is another mention of the first body event of
    its type, of its mode or none, whose actors hold the headline's actor countries, else of
    the first of its type and mode that shares a country with it. A headline codes no event
    of its own: it compresses and drops the words that give status and sides. The title is
    not part of ``article.text``, so its mention has an empty span there and only its
    line."""
    if article.title_line is None or not headline:
        return article
    mention = Evidence(0, 0, article.title_line)
    events = list(article.events)
    for told in headline:
        named = [index for index, event in enumerate(events)
                 if event.type == told.type and told.mode in (event.mode, None)
                 and event.countries & told.countries and mention not in event.mentions]
        # 'Mỹ không kích Fallujah' over 'Các máy bay chiến đấu của Mỹ đã tấn công …': the
        # body event of the headline's own actors, a mode left open there, before another
        # of its type and mode
        actors = _actor_countries(told)
        same_actors = [index for index, event in enumerate(events)
                       if event.type == told.type
                       and (told.mode is None or event.mode in (told.mode, None))
                       and mention not in event.mentions
                       and actors and actors <= _actor_countries(event)]
        for index in (same_actors or named)[:1]:
            events[index] = replace(events[index], mentions=(*events[index].mentions, mention))
    return replace(article, events=tuple(events))


def _actor_countries(event: Event) -> set[str]:
    return {a.country for a in event.actors if a.country}
