"""Near-duplicate articles, found at ingest: each article's MinHash signature and LSH band
keys (``minhash.py``); the store joins band keys into candidate pairs and links each copy
to its cluster's canonical article. Story merging is ``sukien.merge``."""

from sukien.duplicates.minhash import (
    DuplicateLink,
    Fingerprinter,
    canonical_links,
    similarity,
)

__all__ = ["DuplicateLink", "Fingerprinter", "canonical_links", "similarity"]
