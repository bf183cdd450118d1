"""The time stage: publication date (when the page gives none) and the article's timexes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sukien.model import Article, Page, PublishedDate, Timex
from sukien.text import Words
from sukien.time.calendar import PLACEHOLDER_YEAR, Point
from sukien.time.document import infer_published
from sukien.time.grammar import TimeGrammar, load_time_grammar
from sukien.time.resolve import Reference, resolve_all
from sukien.time.tagger import Mention, find_mentions

# A container date this sure is the publication date; a lower one (a WARC crawl
# date) only bounds it from above.
TRUSTED_CONTAINER = 0.8
# a month is read as its middle day: a day resolved against it is off by half a month at most
_MID_MONTH_DAY = 15
# a year is read as its middle, 1 July: a day resolved against it is off by half a year at most
_MID_YEAR_MONTH, _MID_YEAR_DAY = 7, 1
# a month read as its 15th: 'hôm qua', 'tuần trước' can be off by half a month
_MONTH_REFERENCE = 0.7
# a year read as 1 July: 'hôm qua', 'tuần trước' can land anywhere in it
_YEAR_REFERENCE = 0.4


class TimeStage:
    def __init__(self, grammar: TimeGrammar | None = None) -> None:
        self.grammar = grammar or load_time_grammar()

    def mentions(self, text: str, tokens: Words | None = None) -> list[Mention]:
        return find_mentions(text, self.grammar, tokens)

    def timexes(self, text: str, reference: Reference | None,
                article: Article | None = None) -> tuple[Timex, ...]:
        """Timexes of ``text``; with ``article``, each carries its page line."""
        return self._resolved(self.mentions(text), reference, article)

    def date_article(self, article: Article, page: Page, tokens: Words | None = None) -> Article:
        """``tokens``: the words of ``article.text``, when the caller has them already."""
        mentions = self.mentions(article.text, tokens)
        published = article.published
        if published is None or published.confidence < TRUSTED_CONTAINER:
            horizon = published.day if published else None
            inferred = infer_published(mentions, _caption_texts(article, page),
                                       _other_lines(article, page), self.grammar, horizon)
            if inferred is not None and (published is None or inferred.value[:4] != "XXXX"):
                published = inferred
        timexes = self._resolved(mentions, reference_of(published), article)
        return replace(article, published=published, timexes=timexes)

    def redate_article(self, article: Article, published: PublishedDate,
                       tokens: Words | None = None) -> Article:
        """The timexes resolved again against a publication date settled after this stage
        (a year from the offices the article names); nothing is inferred again, so a guess
        never comes back as evidence for itself."""
        mentions = self.mentions(article.text, tokens)
        return replace(article, published=published,
                       timexes=self._resolved(mentions, reference_of(published), article))

    def _resolved(self, mentions: list[Mention], reference: Reference | None,
                  article: Article | None) -> tuple[Timex, ...]:
        return tuple(
            Timex(start=m.start, end=m.end, line=article.line_at(m.start) if article else None,
                  text=m.text, kind=r.kind, value=r.value, precision=r.precision,
                  confidence=r.confidence, rule=r.how, mod=r.mod, tense=m.tense)
            for m, r in resolve_all(mentions, reference, self.grammar))


def reference_of(published: PublishedDate | None) -> Reference | None:
    """The reference day of a publication date; a month or year is read as its middle."""
    if published is None:
        return None
    value = published.value
    known = not value.startswith("XXXX")
    year = int(value[:4]) if known else PLACEHOLDER_YEAR
    parts = value.split("-")
    try:
        if len(parts) >= 3:
            day = date(year, int(parts[1]), int(parts[2][:2]))
            return Reference(Point(day, known), published.confidence)
        if len(parts) == 2:
            middle = date(year, int(parts[1]), _MID_MONTH_DAY)
            return Reference(Point(middle, known), published.confidence * _MONTH_REFERENCE)
        middle = date(year, _MID_YEAR_MONTH, _MID_YEAR_DAY)
        return Reference(Point(middle, known), published.confidence * _YEAR_REFERENCE)
    except ValueError:
        return None


def _caption_texts(article: Article, page: Page) -> list[str]:
    lines = page.content.splitlines()
    return [lines[n - 1] for n in article.caption_lines if 0 < n <= len(lines)]


def _other_lines(article: Article, page: Page) -> list[str]:
    """Page lines outside every part of this article (none for HTML pages)."""
    if article.title_line is None:
        return []
    own = {article.title_line, *article.body_lines, *article.caption_lines}
    return [line for n, line in enumerate(page.content.splitlines(), start=1) if n not in own]
