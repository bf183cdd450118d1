"""Stage 1, read: inputs (files, directories, stdin) to ``Page`` or ``Rejected`` records.

Every input ends as exactly one of the two (a JSONL or WARC file as one per
record); the reader never raises on bad content and never drops anything.
"""

from sukien.read.reader import Reader, SkipInput

__all__ = ["Reader", "SkipInput"]
