"""Stage 8, merge: copies of one article are linked to a canonical one, and mentions of one
real event across articles become one story entry."""

from sukien.merge.duplicates import (
    DuplicateLink,
    Fingerprinter,
    canonical_links,
    similarity,
)
from sukien.merge.stories import (
    Story,
    StoryMention,
    merge_events,
    merge_group,
    merge_key,
    story_links,
    story_mentions,
)

__all__ = ["DuplicateLink", "Fingerprinter", "Story", "StoryMention",
           "canonical_links", "merge_events", "merge_group", "merge_key", "similarity",
           "story_links", "story_mentions"]
