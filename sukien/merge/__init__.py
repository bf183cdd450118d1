"""Stage 8, merge (read time): mentions of one real event across articles become one story
entry, the unit of a timeline. Near-duplicate articles are found at ingest
(``sukien.duplicates``)."""

from sukien.merge.stories import (
    Story,
    StoryMention,
    merge_events,
    merge_group,
    merge_key,
    story_links,
    story_mentions,
)

__all__ = ["Story", "StoryMention", "merge_events", "merge_group", "merge_key", "story_links",
           "story_mentions"]
