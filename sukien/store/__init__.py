"""Stage 7, store: a DuckDB file holding pages, articles and rejected inputs."""

from sukien.store.duck import BatchCounts, RejectedRow, Store, StoreStats

__all__ = ["BatchCounts", "RejectedRow", "Store", "StoreStats"]
