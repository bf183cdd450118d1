"""Stage 2, clean: a ``Page`` to the ``Article``s it holds.

HTML goes through trafilatura. Flattened text pages go through our line
classifier (``lines.py``, ``text_page.py``), whose signals are data in
``resources/page_markers.json``. ``clean=False`` keeps every non-empty line
(the extract contract's ``--no-clean``).
"""

from sukien.clean.articles import articles_from_page
from sukien.clean.markers import PageMarkers, load_page_markers

__all__ = ["PageMarkers", "articles_from_page", "load_page_markers"]
