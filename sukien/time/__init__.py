"""Stage 4, time: temporal expressions of an article, resolved against its date."""

from sukien.time.grammar import TimeGrammar, load_time_grammar
from sukien.time.resolve import Reference
from sukien.time.stage import TimeStage

__all__ = ["Reference", "TimeGrammar", "TimeStage", "load_time_grammar"]
