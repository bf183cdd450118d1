"""Building articles from pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from trafilatura import bare_extraction

from sukien.clean.lines import LineKind, classify_lines, is_prose
from sukien.clean.markers import PageMarkers
from sukien.clean.repeated import NO_REPEATED_LINES, RepeatedLines, site_of
from sukien.clean.text_page import split_text_page
from sukien.clean.topic import TopicModel
from sukien.errors import InputRejected
from sukien.model import (
    Article,
    Container,
    Page,
    PageKind,
    Paragraph,
    Precision,
    PublishedDate,
    RejectReason,
)
from sukien.options import ReadOptions
from sukien.read.html import HtmlText, html_depth, html_text

DEFAULT_READ = ReadOptions()


def articles_from_page(
    page: Page,
    markers: PageMarkers,
    topic: TopicModel,
    is_vietnamese: Callable[[str], bool],
    clean: bool = True,
    repeated: RepeatedLines = NO_REPEATED_LINES,
    read: ReadOptions = DEFAULT_READ,
) -> tuple[Article, ...]:
    """The page's articles; raises InputRejected when it holds none. ``read`` says which
    HTML pages are too large or too deep for trafilatura."""
    if page.kind is PageKind.HTML:
        return (article_from_html(page, markers, is_vietnamese, read),)
    if not clean:
        return (article_from_lines(page),)
    return articles_from_text_page(page, markers, topic, is_vietnamese, repeated)


def articles_from_text_page(
    page: Page,
    markers: PageMarkers,
    topic: TopicModel,
    is_vietnamese: Callable[[str], bool],
    repeated: RepeatedLines = NO_REPEATED_LINES,
) -> tuple[Article, ...]:
    found = split_text_page(page.content, markers, topic, is_vietnamese,
                            repeated.of_site(site_of(page)))
    if not found and len(repeated):
        # a page crawled under many URLs repeats its own article: the site's lines are
        # not allowed to empty a page
        found = split_text_page(page.content, markers, topic, is_vietnamese)
    if not found:
        raise _no_article(page.content)
    published = container_published(page)
    articles = []
    for index, item in enumerate(found):
        text, paragraphs = join_paragraphs([(line.text, line.number) for line in item.body])
        articles.append(Article(
            page.page_id, index, item.title.text if item.title else "",
            item.title.number if item.title else None, text, paragraphs,
            page.url or item.url, published,
            caption_lines=tuple(line.number for line in item.captions),
            author=item.author, agency=item.agency,
        ))
    return tuple(articles)


def _no_article(content: str) -> InputRejected:
    """Why a text page holds no article: no sentence of prose at all (a page of links),
    or prose only in the teasers of other stories (a section front)."""
    if not any(is_prose(line.strip()) for line in content.split("\n") if line.strip()):
        return InputRejected(RejectReason.ONLY_LINKS,
                             "only links and headlines: not one sentence of prose")
    return InputRejected(RejectReason.NO_ARTICLE,
                         "no article text: headlines and teasers of other stories")


def article_from_lines(page: Page) -> Article:
    """Title from the first non-empty line, every other non-empty line a paragraph."""
    numbered = [
        (number, line.strip())
        for number, line in enumerate(page.content.split("\n"), start=1)
        if line.strip()
    ]
    if not numbered:
        raise InputRejected(RejectReason.NO_ARTICLE, "no non-empty line")
    (title_line, title), body = numbered[0], numbered[1:]
    text, paragraphs = join_paragraphs([(line, number) for number, line in body])
    return Article(page.page_id, 0, title, title_line, text, paragraphs, page.url,
                   container_published(page))


def article_from_html(page: Page, markers: PageMarkers, is_vietnamese: Callable[[str], bool],
                      read: ReadOptions = DEFAULT_READ) -> Article:
    """Trafilatura's main text; the streaming extraction for a page larger than
    ``read.html_stream_bytes`` (trafilatura's time grows faster than the page) or nested
    deeper than ``read.html_stream_depth`` (libxml2 stops at 256 levels, and trafilatura
    then reads what is outside the deep part: the menus, not the article)."""
    if (page.n_bytes > read.html_stream_bytes
            or html_depth(page.content) > read.html_stream_depth):
        return article_from_html_text(page, html_text(page.content), markers, is_vietnamese)
    return article_from_trafilatura(page)


def article_from_html_text(page: Page, streamed: HtmlText, markers: PageMarkers,
                           is_vietnamese: Callable[[str], bool]) -> Article:
    """The paragraphs of prose of a streamed page, found by the line classifier of text
    pages (prose, not navigation, captions or lines in another language), in time that
    grows with the page. The title is the page's first ``<h1>`` or its ``<title>``."""
    lines = classify_lines(list(enumerate(streamed.lines, start=1)), markers, is_vietnamese)
    body = [line.text for line in lines if line.kind is LineKind.BODY]
    if not body:
        raise InputRejected(RejectReason.NO_ARTICLE,
                            f"no paragraph of prose in {len(streamed.lines)} lines of text "
                            f"(streaming extraction, {streamed.depth} levels deep)")
    text, paragraphs = join_paragraphs([(line, None) for line in body])
    return Article(page.page_id, 0, streamed.title, None, text, paragraphs, page.url,
                   container_published(page))


def article_from_trafilatura(page: Page) -> Article:
    document = bare_extraction(page.content, url=page.url, with_metadata=True,
                               include_comments=False, include_tables=False)
    if isinstance(document, dict):  # only with as_dict=True, which is not asked for
        raise TypeError("trafilatura returned a dict")
    body = (document.text or "").strip() if document is not None else ""
    if document is None or not body:
        raise InputRejected(RejectReason.NO_ARTICLE, "trafilatura found no main text")
    text, paragraphs = join_paragraphs(
        [(block.strip(), None) for block in body.split("\n") if block.strip()]
    )
    published = container_published(page) or _html_published(document.date)
    return Article(page.page_id, 0, (document.title or "").strip(), None, text, paragraphs,
                   page.url or document.url, published)


def join_paragraphs(
    blocks: list[tuple[str, int | None]],
) -> tuple[str, tuple[Paragraph, ...]]:
    """Article text with one paragraph per line, and where each paragraph sits."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for block, line in blocks:
        paragraphs.append(Paragraph(offset, offset + len(block), line))
        parts.append(block)
        offset += len(block) + 1
    return "\n".join(parts), tuple(paragraphs)


def container_published(page: Page) -> PublishedDate | None:
    """The date the container gives (JSONL field, WARC date, --published), if it is a date."""
    if not page.published:
        return None
    day = _iso_day(page.published)
    if day is None:
        return None
    if page.container is Container.WARC:
        # a crawl date only bounds publication from above
        return PublishedDate(day, Precision.DAY, 0.5, f"WARC-Date (crawl time): {page.published}")
    return PublishedDate(day, Precision.DAY, 0.95,
                         f"{page.container.value} metadata: {page.published}")


def _html_published(value: str | None) -> PublishedDate | None:
    day = _iso_day(value) if value else None
    if day is None:
        return None
    return PublishedDate(day, Precision.DAY, 0.8, f"HTML metadata: {value}")


def _iso_day(value: str) -> str | None:
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None
