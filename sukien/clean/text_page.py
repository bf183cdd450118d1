"""Articles of a flattened text page: title, body, captions, byline, source, agency."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sukien.clean.lines import (
    TITLE_MAX_WORDS,
    Line,
    LineKind,
    agency_of_caption,
    agency_of_line,
    byline_of_credit,
    classify_lines,
    same_headline,
    source_url,
    word_count,
)
from sukien.clean.markers import PageMarkers
from sukien.clean.topic import TopicModel

_NEW_ARTICLE_MIN_PARAGRAPHS = 3
_NEW_ARTICLE_MIN_CHARS = 400
_RELATED_MAX_PARAGRAPHS = 1
_MIN_PARAGRAPHS = 2
_MIN_SINGLE_PARAGRAPH_CHARS = 300
# a short item (a feed's headline and teaser, a social post) is an article when its one
# paragraph is a sentence at least this long and no other story is listed beside it
_SHORT_ITEM_MIN_WORDS = 10
# a short item may have one more headline with prose under it, on its topic
_SHORT_ITEM_MAX_HEADED = 1
# the lines that are the story's text
_TEXT_KINDS = frozenset({LineKind.BODY, LineKind.LIST_ITEM})
# an article's topic is judged once it has this many paragraphs
_TOPIC_MIN_PARAGRAPHS = 2


@dataclass(frozen=True, slots=True)
class TextArticle:
    """One article as page lines; turned into an ``Article`` by the caller."""

    title: Line | None
    body: tuple[Line, ...]
    captions: tuple[Line, ...]
    author: str | None
    agency: str | None
    url: str | None


@dataclass(slots=True)
class _Draft:
    title: Line | None
    body: list[Line] = field(default_factory=list)
    captions: list[Line] = field(default_factory=list)
    author: str | None = None
    agency: str | None = None
    # the content syllables of the title and of body[:folded], grown as the body grows:
    # counting the whole body again at each headline made a long page quadratic (a
    # flattened 4 MB page took 417 s)
    syllables: set[str] = field(default_factory=set)
    folded: int = -1

    def topic_syllables(self, topic: TopicModel) -> set[str]:
        """The content syllables of the article so far (``TopicModel.syllables``)."""
        if self.folded < 0:
            self.syllables |= topic.syllables([self.title.text] if self.title else [])
            self.folded = 0
        if self.folded < len(self.body):
            self.syllables |= topic.syllables(line.text for line in self.body[self.folded:])
            self.folded = len(self.body)
        return self.syllables


def split_text_page(
    content: str,
    markers: PageMarkers,
    topic: TopicModel,
    is_vietnamese: Callable[[str], bool],
    is_repeated: Callable[[str], bool] = lambda line: False,
) -> list[TextArticle]:
    """Articles found on the page, in page order; empty when the page is all navigation."""
    numbered = [(n, line.strip()) for n, line in enumerate(content.split("\n"), start=1)
                if line.strip()]
    lines = classify_lines(numbered, markers, is_vietnamese, is_repeated)
    title_index = _title_index(lines)
    drafts = [_Draft(lines[title_index] if title_index is not None else None)]
    url = next((source_url(line.text) for line in lines if line.kind is LineKind.SOURCE), None)
    start = title_index + 1 if title_index is not None else 0
    skip_until = -1
    for index in range(start, len(lines)):
        if index <= skip_until:
            continue
        line, draft = lines[index], drafts[-1]
        if line.kind is LineKind.NAVIGATION:
            break
        if line.kind is LineKind.HEADING or (line.kind is LineKind.BODY and _repeats_title(
                line, draft)):
            skip_until = _place_heading(lines, index, drafts, topic)
            continue
        _place_line(line, draft, markers)
    articles = _full_articles(drafts)
    if not articles:
        short = _short_item(lines, title_index, topic, markers)
        articles = [short] if short is not None else []
    return [_finish(d, url) for d in articles]


def _full_articles(drafts: list[_Draft]) -> list[_Draft]:
    """Drop teaser-sized pieces (a headline and one short paragraph): they are related news."""
    return [d for d in drafts if len(d.body) >= _MIN_PARAGRAPHS
            or sum(len(line.text) for line in d.body) >= _MIN_SINGLE_PARAGRAPH_CHARS]


def _short_item(lines: list[Line], title_index: int | None, topic: TopicModel,
                markers: PageMarkers) -> _Draft | None:
    """A page of one short story: what RSS feeds, aggregators and social posts give (a
    headline and a sentence or two, or the sentences alone), a brief, an obituary, a
    reader's question with its answer, an article around a list.

    Its prose opens the page (under the headline, if any) with a sentence of at least
    ``_SHORT_ITEM_MIN_WORDS`` words; at most one headline further down has prose under
    it, on the story's topic (the reader's name above an answer, a line of an obituary
    cut short). A page of several headlines with their teasers is a section front, not
    a short item."""
    start = title_index + 1 if title_index is not None else 0
    region: list[Line] = []
    for line in lines[start:]:
        if line.kind is LineKind.NAVIGATION:
            break
        region.append(line)
    blocks = _headed_blocks(region)
    opening, headed = blocks[0], [b for b in blocks[1:] if _has_prose(b)]
    if not _has_prose(opening) or len(headed) > _SHORT_ITEM_MAX_HEADED:
        return None
    if sum(word_count(line.text) for line in opening if line.kind is LineKind.BODY
           ) < _SHORT_ITEM_MIN_WORDS:
        return None
    title = lines[title_index] if title_index is not None else None
    story = [line.text for line in ([title] if title else []) + opening
             if line.kind in _TEXT_KINDS]
    if any(topic.is_off_topic([line.text for line in block], story) for block in headed):
        return None
    draft = _Draft(title)
    for block in blocks:
        for line in block:
            if line.kind is LineKind.HEADING:
                if _has_prose(block):
                    draft.body.append(Line(line.number, line.text, LineKind.BODY))
            else:
                _place_line(line, draft, markers)
    return draft


def _headed_blocks(region: list[Line]) -> list[list[Line]]:
    """The region cut before each headline: the opening block, then one per headline."""
    blocks: list[list[Line]] = [[]]
    for line in region:
        if line.kind is LineKind.HEADING:
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def _has_prose(block: list[Line]) -> bool:
    return any(line.kind is LineKind.BODY for line in block)


def _title_index(lines: list[Line]) -> int | None:
    """The headline nearest above the first paragraph of prose.

    Nearest, not first: related headlines and breadcrumbs often sit above it.
    """
    first_body = next((i for i, line in enumerate(lines) if line.kind is LineKind.BODY), None)
    if first_body is None:
        return None
    for index in range(first_body - 1, -1, -1):
        line = lines[index]
        if line.kind in {LineKind.CAPTION, LineKind.SOURCE, LineKind.AGENCY, LineKind.BYLINE}:
            continue
        if line.kind is LineKind.HEADING:
            return index
        if line.kind is not LineKind.BOILERPLATE:
            break
    # a headline that ends with '?' or '!' reads as prose; take it if it opens the region
    opener = lines[first_body]
    if word_count(opener.text) <= TITLE_MAX_WORDS and opener.text.endswith(("?", "!")):
        return first_body
    return None


def _repeats_title(line: Line, draft: _Draft) -> bool:
    return draft.title is not None and same_headline(line.text, draft.title.text)


def _place_heading(lines: list[Line], index: int, drafts: list[_Draft], topic: TopicModel
                   ) -> int:
    """Decide what a headline inside the page is; returns the last index it consumed.

    A headline with paragraphs on another topic than the article's heads another
    story: a second article when long enough, else a related-story block.
    """
    line, draft = lines[index], drafts[-1]
    if _repeats_title(line, draft):
        draft.captions.append(Line(line.number, line.text, LineKind.CAPTION))
        return index
    paragraphs, end = _paragraphs_until_next_heading(lines, index)
    chars = sum(len(p.text) for p in paragraphs)
    long_enough = len(paragraphs) >= _NEW_ARTICLE_MIN_PARAGRAPHS and chars >= _NEW_ARTICLE_MIN_CHARS
    off_topic = len(draft.body) >= _TOPIC_MIN_PARAGRAPHS and topic.is_off_topic_from(
        [line.text, *(p.text for p in paragraphs)], draft.topic_syllables(topic))
    if long_enough and (off_topic or _labels_its_images(lines, index, end)):
        drafts.append(_Draft(Line(line.number, line.text, LineKind.TITLE)))
        return index
    if len(paragraphs) <= _RELATED_MAX_PARAGRAPHS or off_topic:
        return end  # a related-news block: headline(s) and teasers, all skipped
    draft.body.append(Line(line.number, line.text, LineKind.BODY))  # an intertitle
    return index


def _labels_its_images(lines: list[Line], index: int, end: int) -> bool:
    """Sites title a story's images with its headline ('<headline> - Hình 1'): a headline
    that recurs on an image below it heads a story of its own, not a section of this one."""
    heading = lines[index].text
    return any(
        lines[later].kind is LineKind.CAPTION and same_headline(lines[later].text, heading)
        for later in range(index + 1, end + 1)
    )


def _paragraphs_until_next_heading(lines: list[Line], index: int) -> tuple[list[Line], int]:
    paragraphs: list[Line] = []
    end = index
    for later in range(index + 1, len(lines)):
        kind = lines[later].kind
        if kind in {LineKind.HEADING, LineKind.NAVIGATION}:
            break
        if kind is LineKind.BODY and not same_headline(lines[later].text, lines[index].text):
            paragraphs.append(lines[later])
        if kind in {LineKind.BODY, LineKind.CAPTION, LineKind.BOILERPLATE}:
            end = later
    return paragraphs, end


def _place_line(line: Line, draft: _Draft, markers: PageMarkers) -> None:
    if line.kind is LineKind.BODY:
        draft.body.append(line)
    elif line.kind is LineKind.LIST_ITEM:
        draft.body.append(Line(line.number, line.text, LineKind.BODY))
    elif line.kind is LineKind.CAPTION:
        draft.captions.append(line)
        draft.agency = draft.agency or agency_of_caption(line.text, markers.agencies)
    elif line.kind is LineKind.BYLINE and draft.author is None:
        draft.author = line.text
    elif line.kind is LineKind.AGENCY:
        # an explicit '(theo X)' outranks a photo credit; 'Ngọc Sơn (theo Time)' names both
        draft.agency = agency_of_line(line.text, markers.agencies) or draft.agency
        draft.author = draft.author or byline_of_credit(line.text)


def _finish(draft: _Draft, url: str | None) -> TextArticle:
    return TextArticle(draft.title, tuple(draft.body), tuple(draft.captions), draft.author,
                       draft.agency, url)

