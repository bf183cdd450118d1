"""Stage 8, merge: mentions of one real event across articles become one story entry, the
unit of a timeline. Run once per database, one merge-key group at a time, when an ingest
ends (``sukien.store.stories``), and its stories stored for queries. Near-duplicate
articles are found at ingest (``sukien.duplicates``)."""

from sukien.merge.stories import Story, merge_events, story_links

__all__ = ["Story", "merge_events", "story_links"]
