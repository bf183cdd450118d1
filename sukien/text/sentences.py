"""Sentence and clause ends that a number or an abbreviation does not break.

Vietnamese writes thousands with a dot ("3.200 binh sĩ") and abbreviations without a
space ("TP.HCM"): a dot or colon followed by a letter or digit ends nothing; nor does the
dot of an initial ("George W. Bush").
"""

from __future__ import annotations

import re

# a sentence: everything up to its end marks, or to a line end; a capital letter's dot
# before a name is an initial ('George W. Bush'), not an end
_SENTENCE = re.compile(r"(?:(?<!\w)[A-ZĐ]\.(?= [A-ZĐ])|[^.!?\n]|[.!?](?=\w))+(?:[.!?]+|$)",
                       re.MULTILINE)
# where a clause-level reference (the country of 'quân đội', the subject of a quote) stops
# looking back: sentence ends, colons, semicolons, quotes and line ends
CLAUSE_BREAKS = re.compile(r"[!?;\n“”\"]|[.:](?!\w)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence, in order."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
