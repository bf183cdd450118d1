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
_AGENCY_LINE = re.compile(r"^\(?\s*theo\s+(?P<source>[^()]{2,40}?)\s*\)?\.?$", re.IGNORECASE)
# a byline that credits its source: 'Ngọc Sơn (theo Time)', 'M.C. (theo BBC)'
_CREDITED_BYLINE = re.compile(
    r"^(?P<author>[^()]{1,40}?)\s*\(\s*theo\s+(?P<source>[^()]{2,40}?)\s*\)\.?$", re.IGNORECASE)
_IMAGE_NUMBER = re.compile(r"\s+-\s+hình\s+\d+$", re.IGNORECASE)
_BYLINE_MAX_WORDS = 4
# a caption is a sentence or two under a picture; a line this long that names a picture
# ('Ảnh: B.Trung', 'Trong ảnh: ...') is an article pasted on one line with its caption
_CAPTION_MAX_WORDS = 60
# list items: '1. Trần Trọng Cáp - B5 Kim Liên', '2/ UBND quận Tân Phú: 2.000.000đ',
# '- Bộ trưởng Bộ Công an Lê Hồng Anh'
_NUMBERED_ITEM = re.compile(r"^(\d{1,3})\s?[./)]\s+\S")
_BULLETED_ITEM = re.compile(r"^([-–•+*])\s+\S")
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
    # an item of a list the article gives (names, donors, members): text of the article,
    # not a headline of another story
    LIST_ITEM = "list_item"
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
    """'(theo TTXVN)' or 'Theo Reuters' alone on a line, or after a byline ('Ngọc Sơn (theo
    Time)'), names the article's source agency."""
    match = _AGENCY_LINE.match(text.strip()) or _CREDITED_BYLINE.match(text.strip())
    if not match:
        return None
    named = match.group("source").strip()
    return next((a for a in agencies if a.lower() == named.lower()), None)


def byline_of_credit(text: str) -> str | None:
    """The author of a byline that credits its source: 'Ngọc Sơn' of 'Ngọc Sơn (theo Time)'."""
    match = _CREDITED_BYLINE.match(text.strip())
    return match.group("author").strip() if match else None


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
    return _mark_lists(kinds)


def _mark_lists(lines: list[Line]) -> list[Line]:
    """Lines of a list the article gives become ``LIST_ITEM``: a run of at least two
    items numbered in sequence ('1.', '2.', ...), or bulleted alike after a line ending
    in ':' (the list's label, kept with it). A run of bullets without a label is left as
    it is: related headlines are listed that way."""
    marked = list(lines)
    index = 0
    while index < len(marked):
        end = _list_run_end(marked, index)
        if end - index < 2:
            index += 1
            continue
        numbered = _NUMBERED_ITEM.match(marked[index].text) is not None
        label = index - 1 if index > 0 and marked[index - 1].text.endswith(":") else None
        if numbered or label is not None:
            if label is not None and marked[label].kind in _LIST_TEXT_KINDS:
                marked[label] = Line(marked[label].number, marked[label].text,
                                     LineKind.LIST_ITEM)
            for item in range(index, end):
                if marked[item].kind in _LIST_TEXT_KINDS:
                    marked[item] = Line(marked[item].number, marked[item].text,
                                        LineKind.LIST_ITEM)
        index = end
    return marked


# what a list item is taken for before lists are found: never navigation, captions,
# bylines' neighbours or prose, which keep their kind
_LIST_TEXT_KINDS = frozenset({LineKind.HEADING, LineKind.BOILERPLATE, LineKind.BYLINE})


def _list_run_end(lines: list[Line], start: int) -> int:
    """The end (exclusive) of the list run starting at ``start``: numbers that follow one
    another, or the same bullet; ``start`` itself when no item starts there."""
    first = lines[start]
    if first.kind is LineKind.NAVIGATION:
        return start
    number = _NUMBERED_ITEM.match(first.text)
    bullet = _BULLETED_ITEM.match(first.text)
    if number is None and bullet is None:
        return start
    end = start + 1
    while end < len(lines) and lines[end].kind is not LineKind.NAVIGATION:
        text = lines[end].text
        if number is not None:
            following = _NUMBERED_ITEM.match(text)
            if following is None or int(following.group(1)) != int(number.group(1)) + (
                    end - start):
                break
        elif bullet is not None:
            following = _BULLETED_ITEM.match(text)
            if following is None or following.group(1) != bullet.group(1):
                break
        end += 1
    return end


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
    words = word_count(text)
    # the length first: a paragraph is too long for a caption before any pattern is tried
    if (words < _CAPTION_MAX_WORDS and markers.is_caption(text)) or _IMAGE_NUMBER.search(text):
        return LineKind.CAPTION
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
