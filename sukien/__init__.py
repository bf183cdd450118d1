"""sukien: Vietnamese news pages to a clean, deduplicated, queryable record of political events."""

__version__ = "0.1.0"
