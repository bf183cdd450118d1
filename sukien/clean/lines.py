"""Classifying the lines of a flattened text page.

No library handles pages like these (jusText reaches F1 0.35 on the seeds),
so the classifier combines signals that hold across Vietnamese news sites:
section markers after which a page is navigation, caption and credit forms,
repeated image titles, the rhythm of related-news blocks (a headline, often
twice, then one teaser), bylines, and the length and punctuation of prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sukien.clean.markers import PageMarkers

_WORD = re.compile(r"\w+")
_TERMINAL = tuple('.!?…:;"”’)»')
_URL_LINE = re.compile(r"^nguồn\s*:\s*(https?://\S+)\s*$", re.IGNORECASE)
_AGENCY_LINE = re.compile(r"^\(?\s*theo\s+([^()]{2,40}?)\s*\)?\.?$", re.IGNORECASE)
_IMAGE_NUMBER = re.compile(r"\s+-\s+hình\s+\d+$", re.IGNORECASE)
_BYLINE_MAX_WORDS = 4
TITLE_MAX_WORDS = 40
_PROSE_MIN_WORDS = 25
_OWN_HEADLINE_LINES = 2
_OWN_HEADLINE_WINDOW = 4


class LineKind(StrEnum):
    TITLE = "title"
    BODY = "body"
    CAPTION = "caption"
    BYLINE = "byline"
    SOURCE = "source"
    AGENCY = "agency"
    HEADING = "heading"
    BOILERPLATE = "boilerplate"
    NAVIGATION = "navigation"


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    text: str
    kind: LineKind


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def is_prose(text: str, words: int | None = None) -> bool:
    """A paragraph of running text: ends like a sentence, or is too long to be a headline.
    ``words``: its ``word_count``, when the caller has it."""
    if words is None:
        words = word_count(text)
    return words >= _PROSE_MIN_WORDS or (words >= 6 and text.rstrip().endswith(_TERMINAL))


def is_heading(text: str, words: int | None = None) -> bool:
    if words is None:
        words = word_count(text)
    return 4 <= words <= TITLE_MAX_WORDS and not is_prose(text, words)


def is_byline(text: str) -> bool:
    """A name alone on its line: 'KHÁNH HƯNG', 'Việt Hải', 'Minh Anh (tổng hợp)'."""
    name = re.sub(r"\s*\((tổng hợp|theo [^)]*|biên dịch|lược dịch)\)\s*$", "", text.strip(),
                  flags=re.IGNORECASE)
    words = name.split()
    if not 1 < len(words) <= _BYLINE_MAX_WORDS or any(ch.isdigit() for ch in name):
        return False
    return all(word[0].isupper() and word.replace("-", "").isalpha() for word in words)


def source_url(text: str) -> str | None:
    match = _URL_LINE.match(text.strip())
    return match.group(1) if match else None


def agency_of_line(text: str, agencies: tuple[str, ...]) -> str | None:
    """'(theo TTXVN)' or 'Theo Reuters' alone on a line names the article's source agency."""
    match = _AGENCY_LINE.match(text.strip())
    if not match:
        return None
    named = match.group(1).strip()
    return next((a for a in agencies if a.lower() == named.lower()), None)


def agency_of_caption(text: str, agencies: tuple[str, ...]) -> str | None:
    """Photo credits 'Ảnh: TASS/TTXVN': the distributor after the last slash."""
    match = re.search(r"/\s*([A-Za-zÀ-ỹ ]{2,20})\s*\)?\.?\s*$", text)
    if not match:
        return None
    named = match.group(1).strip()
    return next((a for a in agencies if a.lower() == named.lower()), None)


def same_headline(a: str, b: str) -> bool:
    """An image title repeats the headline, sometimes with ' - Hình N' appended."""
    return _IMAGE_NUMBER.sub("", a).strip().lower() == _IMAGE_NUMBER.sub("", b).strip().lower()


def classify_lines(
    numbered: list[tuple[int, str]],
    markers: PageMarkers,
    is_vietnamese: Callable[[str], bool],
    is_repeated: Callable[[str], bool] = lambda line: False,
) -> list[Line]:
    """First-pass kind of every non-empty, stripped line, before articles are settled.

    A section marker ends the article region only once prose has been seen: above
    the article, 'Mới nhất' heads a list of headlines, not the end of the page.
    ``is_repeated`` tells the lines found on many pages of the site
    (``sukien.clean.repeated``).
    """
    kinds: list[Line] = []
    in_navigation = False
    seen_prose = False
    site_lines = _site_lines(numbered, is_repeated)
    for index, (number, text) in enumerate(numbered):
        if markers.is_section_marker(text):
            in_navigation = in_navigation or seen_prose
            kinds.append(Line(number, text, LineKind.NAVIGATION if seen_prose
                              else LineKind.BOILERPLATE))
            continue
        if in_navigation:
            kinds.append(Line(number, text, LineKind.NAVIGATION))
            continue
        kind = _first_pass_kind(text, markers)
        if kind in {LineKind.BODY, LineKind.HEADING} and (
                index in site_lines or not is_vietnamese(text)):
            kind = LineKind.BOILERPLATE
        if kind is LineKind.HEADING and _next_is_caption(numbered, index, markers):
            kind = LineKind.CAPTION
        seen_prose = seen_prose or kind is LineKind.BODY
        kinds.append(Line(number, text, kind))
    return kinds


def _site_lines(
    numbered: list[tuple[int, str]], is_repeated: Callable[[str], bool]
) -> frozenset[int]:
    """Indexes of the repeated lines that belong to the site, not to this page's story.

    A page's own headline and teaser also appear in the "most read" boxes of the
    other pages crawled that day: the (at most two) repeated lines just above the
    first paragraph found on no other page are the page's own.
    """
    repeated = [index for index, (_, text) in enumerate(numbered) if is_repeated(text)]
    if not repeated:
        return frozenset()
    site = frozenset(repeated)
    first_own = next((index for index, (_, text) in enumerate(numbered)
                      if index not in site and is_prose(text)), len(numbered))
    own = [index for index in repeated
           if first_own - _OWN_HEADLINE_WINDOW <= index < first_own][-_OWN_HEADLINE_LINES:]
    return site.difference(own)


def _first_pass_kind(text: str, markers: PageMarkers) -> LineKind:
    if source_url(text):
        return LineKind.SOURCE
    if agency_of_line(text, markers.agencies):
        return LineKind.AGENCY
    if markers.is_boilerplate(text):
        return LineKind.BOILERPLATE
    if markers.is_caption(text) or _IMAGE_NUMBER.search(text):
        return LineKind.CAPTION
    words = word_count(text)
    if is_prose(text, words):
        return LineKind.BODY
    if is_byline(text):
        return LineKind.BYLINE
    if is_heading(text, words):
        return LineKind.HEADING
    return LineKind.BOILERPLATE


def _next_is_caption(numbered: list[tuple[int, str]], index: int, markers: PageMarkers) -> bool:
    """A headline-like line right above a caption is the image's title."""
    if index + 1 >= len(numbered):
        return False
    number = numbered[index][0]
    next_number, next_text = numbered[index + 1]
    return next_number == number + 1 and markers.is_caption(next_text)
