"""The per-page pipeline. Stages are numbered as in DESIGN.md; each adds records, none
reaches back into an earlier stage.

    1 read       sukien.read      bytes -> Page | Rejected            (before this object)
    2 clean      sukien.clean     Page -> Article...
"""

from __future__ import annotations

from sukien.clean import articles_from_page
from sukien.errors import InputRejected
from sukien.model import Page, PageResult, ProcessedItem, Rejected


class Pipeline:
    """Owns every loaded resource of the per-page stages; build one per process."""

    def process(self, page: Page) -> PageResult | Rejected:
        try:
            articles = articles_from_page(page)
        except InputRejected as exc:
            return Rejected(page.source, exc.reason, exc.detail, page.n_bytes)
        return PageResult(page, articles)

    def process_item(self, item: ProcessedItem | Page) -> ProcessedItem:
        return self.process(item) if isinstance(item, Page) else item
