"""Stage 8, merge: mentions of one real event across articles become one story entry."""

from sukien.merge.stories import Story, StoryMention, merge_events

__all__ = ["Story", "StoryMention", "merge_events"]
