"""Stage 6, events: PLOVER events with actors, recipients, dates, status and evidence."""

from sukien.events.coder import EventCoder
from sukien.events.lexicon import EventLexicon, load_event_lexicon
from sukien.events.stage import EventStage, with_headline

__all__ = ["EventCoder", "EventLexicon", "EventStage", "load_event_lexicon", "with_headline"]
