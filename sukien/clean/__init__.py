"""Stage 2, clean: a ``Page`` to the ``Article``s it holds.

HTML goes through trafilatura. Flattened text pages go through our line
classifier (``lines.py``, ``text_page.py``), whose signals are data in
``resources/page_markers.json``, plus the lines a first pass over the crawl
found repeated across a site's pages (``repeated.py``) and the distance of a
block's topic from the article's (``topic.py``). ``clean=False`` keeps every non-empty line
(the extract contract's ``--no-clean``).
"""

from sukien.clean.articles import articles_from_page
from sukien.clean.markers import PageMarkers, load_page_markers
from sukien.clean.repeated import (
    NO_REPEATED_LINES,
    LineCounter,
    RepeatedLines,
    page_line_keys,
    repeated_lines,
    site_of,
)
from sukien.clean.topic import TopicModel, load_topic_model

__all__ = [
    "NO_REPEATED_LINES",
    "LineCounter",
    "PageMarkers",
    "RepeatedLines",
    "TopicModel",
    "articles_from_page",
    "load_page_markers",
    "load_topic_model",
    "page_line_keys",
    "repeated_lines",
    "site_of",
]
