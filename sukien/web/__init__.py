"""The local web UI (``sukien serve``): timeline, events with their evidence, rejections."""

from sukien.web.app import create_app
from sukien.web.catalog import Catalog, load_catalog

__all__ = ["Catalog", "create_app", "load_catalog"]
