"""Stage 8, merge (read time): mentions of one real event across articles become one story
entry, the unit of a timeline. Near-duplicate articles are found at ingest
(``sukien.duplicates``)."""

from sukien.merge.stories import Story, merge_events, story_links

__all__ = ["Story", "merge_events", "story_links"]
