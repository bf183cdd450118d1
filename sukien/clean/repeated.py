"""Lines repeated on many pages of one site: menus, slogans, hotlines, copyright footers.

Web-corpus pipelines drop such lines by counting them across a crawl; a single
page cannot tell a site's footer from a paragraph. Counting is a first pass
over the pages (``LineCounter``), whose result (``RepeatedLines``) the clean
stage then reads. A line counts once per page, per site (the URL's host; pages
without a URL form one collection). The counter is Manku and Motwani's lossy
counting, so its memory stays bounded however large the crawl; it may miss a
line near the threshold but never reports one below it.

A line must be on at least ``min_pages`` pages and a ``min_share`` of its
site's pages: a headline and its teaser repeat in "most read" boxes of the
pages crawled that day, a footer repeats on every page.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sukien.model import Page, PageKind, Record
from sukien.options import RepeatedLineOptions

_NOT_LETTERS = re.compile(r"[\W\d_]+")
# menus, hotlines, promos and footers are short; a longer line is a paragraph
MAX_LINE_CHARS = 300


@dataclass(frozen=True, slots=True)
class RepeatedLines(Record):
    """Keys (``line_key``) of the lines repeated on their site; hashable, cheap to pickle."""

    keys: frozenset[int] = frozenset()

    def __len__(self) -> int:
        return len(self.keys)

    def of_site(self, site: str) -> SiteLines:
        return SiteLines(site, self.keys)


NO_REPEATED_LINES = RepeatedLines()


@dataclass(frozen=True, slots=True)
class SiteLines:
    """The repeated lines as seen from one page of ``site``."""

    site: str
    keys: frozenset[int]

    def __call__(self, line: str) -> bool:
        return (bool(self.keys) and len(line) <= MAX_LINE_CHARS
                and line_key(self.site, line) in self.keys)


def site_of(page: Page) -> str:
    """The URL's host without 'www.'; '' for pages without a URL."""
    if not page.url:
        return ""
    host = (urlsplit(page.url).hostname or "").lower()
    return host.removeprefix("www.")


def normalized_line(line: str) -> str:
    """Case, spacing, punctuation and numbers ignored: 'Bình luận (3)' is 'Bình luận (12)'.
    Pages are NFC already (``sukien.read``)."""
    return _NOT_LETTERS.sub(" ", line.lower()).strip()


def line_key(site: str, line: str) -> int:
    return _normalized_key(site, normalized_line(line))


def _normalized_key(site: str, normalized: str) -> int:
    digest = hashlib.blake2b(f"{site}\n{normalized}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big", signed=True)


def page_line_keys(page: Page) -> frozenset[int]:
    """The distinct keys of a text page's short lines (HTML goes through trafilatura)."""
    if page.kind is not PageKind.TEXT:
        return frozenset()
    site = site_of(page)
    lines = (line.strip() for line in page.content.split("\n"))
    return frozenset(_normalized_key(site, normalized) for line in lines
                     if len(line) <= MAX_LINE_CHARS and (normalized := normalized_line(line)))


@dataclass(slots=True)
class _LossyCounter:
    """Lossy counting over one site's stream of (page, line) events."""

    width: int
    events: int = 0
    pages: int = 0
    counts: dict[int, list[int]] = field(default_factory=dict)

    def add_page(self, keys: Iterable[int]) -> None:
        self.pages += 1
        for key in keys:
            self.events += 1
            bucket = math.ceil(self.events / self.width)
            entry = self.counts.get(key)
            if entry is None:
                self.counts[key] = [1, bucket - 1]
            else:
                entry[0] += 1
            if self.events % self.width == 0:
                self.counts = {k: e for k, e in self.counts.items() if e[0] + e[1] > bucket}

    def frequent(self, threshold: float) -> Iterable[int]:
        return (key for key, (count, _) in self.counts.items() if count >= threshold)


class LineCounter:
    """Counts each site's lines over a first pass; ``repeated()`` gives the result."""

    def __init__(self, options: RepeatedLineOptions | None = None) -> None:
        self.options = options or RepeatedLineOptions()
        self._sites: dict[str, _LossyCounter] = {}
        self._width = math.ceil(1 / self.options.error)

    def add(self, page: Page) -> None:
        keys = page_line_keys(page)
        if keys:
            site = site_of(page)
            counter = self._sites.get(site)
            if counter is None:
                counter = self._sites[site] = _LossyCounter(self._width)
            counter.add_page(keys)

    def repeated(self) -> RepeatedLines:
        keys: set[int] = set()
        for counter in self._sites.values():
            keys.update(counter.frequent(self.threshold(counter.pages)))
        return RepeatedLines(frozenset(keys))

    def threshold(self, site_pages: int) -> float:
        return max(self.options.min_pages, self.options.min_share * site_pages)


def repeated_lines(pages: Iterable[Page], options: RepeatedLineOptions | None = None
                   ) -> RepeatedLines:
    counter = LineCounter(options)
    for page in pages:
        counter.add(page)
    return counter.repeated()
