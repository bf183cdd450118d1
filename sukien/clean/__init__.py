"""Stage 2, clean: a ``Page`` to the ``Article``s it holds.

HTML goes through trafilatura. Plain-text pages are, for now, taken whole:
the first line is the title and every other non-empty line is body (the
``--no-clean`` behaviour of the extract contract); the line classifier that
separates article from navigation is the next piece of this stage.
"""

from sukien.clean.articles import articles_from_page

__all__ = ["articles_from_page"]
