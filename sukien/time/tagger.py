"""Find temporal expressions and the tense of the clause around each, before any resolution.

Finding and resolving are separate so the document date can be inferred from
the mentions themselves and then used to resolve them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from sukien.text import Words
from sukien.time.grammar import TimeGrammar, TimeRule, lexicon_key

# A tense marker counts only within its clause: a sentence, cut at a colon so
# that a quoted 'sẽ' does not make the reporting date future.
_CLAUSE_END = re.compile(r"[.!?;…]+(?=\s|$)|[\n:]")
# what ``_clause_bounds`` looks for first: any character a clause end starts with (a
# pattern of one character class is searched many times faster than ``_CLAUSE_END``)
_CLAUSE_MARK = re.compile(r"[.!?;…\n:]")
_END_MARKS = frozenset(".!?;…")


@dataclass(frozen=True, slots=True)
class Mention:
    """A matched temporal expression: its span, the rule, the rule's named groups."""

    start: int
    end: int
    text: str
    rule: TimeRule
    groups: tuple[tuple[str, str], ...]
    tense: str | None

    def group(self, name: str) -> str | None:
        for key, value in self.groups:
            if key == name:
                return value
        return None


def find_mentions(text: str, grammar: TimeGrammar, tokens: Words | None = None) -> list[Mention]:
    bounds = _clause_bounds(text)
    markers: dict[int, list[tuple[int, int, str]]] = {}
    mentions: list[Mention] = []
    for match in grammar.scan(text, tokens):
        rule, groups = grammar.groups(match)
        start, end = _trimmed(text, match.start(), match.end())
        if not rule.kind.endswith("range") and (signal := grammar.leading_signal.match(
                text, start, end)):
            start = signal.end()
        if start >= end:
            continue
        mentions.append(Mention(
            start=start, end=end, text=text[start:end], rule=rule,
            groups=tuple(sorted(groups.items())),
            tense=_tense(text, start, end, bounds, grammar, markers),
        ))
    return mentions


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t,":
        end -= 1
    while start < end and text[start] in " \t(":
        start += 1
    if text.count("(", start, end) < text.count(")", start, end) and text[end - 1] == ")":
        end -= 1
    return start, end


def _clause_bounds(text: str) -> list[int]:
    """0, the end of each match of ``_CLAUSE_END`` in order, and the text's length: a run
    of end marks followed by a space or the end, or a line break or colon alone."""
    bounds = [0]
    after = 0  # the first character not yet part of a run looked at
    for mark in _CLAUSE_MARK.finditer(text):
        at = mark.start()
        if at < after:
            continue
        if text[at] not in _END_MARKS:
            bounds.append(at + 1)
            after = at + 1
            continue
        after = at + 1
        while after < len(text) and text[after] in _END_MARKS:
            after += 1
        # '\s' is what str.isspace() tells
        if after == len(text) or text[after].isspace():
            bounds.append(after)
    bounds.append(len(text))
    return bounds


def _tense(text: str, start: int, end: int, bounds: list[int], grammar: TimeGrammar,
           markers: dict[int, list[tuple[int, int, str]]]) -> str | None:
    """The tense the nearest marker in the clause gives; a past prefix ('hôm 7/12') wins.
    ``markers``: each clause's tense markers, found once for all the clause's mentions."""
    head = lexicon_key(text[start:end]).split(" ", 1)[0]
    if head in grammar.past_prefixes and not _is_deictic(text[start:end], grammar):
        return "past"
    index = max(bisect.bisect_right(bounds, start) - 1, 0)
    if index not in markers:
        markers[index] = _clause_markers(text, bounds[index],
                                         bounds[min(index + 1, len(bounds) - 1)], grammar)
    best: tuple[int, str] | None = None
    for marker_start, marker_end, tense in markers[index]:
        if start <= marker_start < end:
            distance = -1
        elif marker_end <= start:
            distance = start - marker_end
        else:
            distance = marker_start - end
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


def _clause_markers(text: str, lo: int, hi: int, grammar: TimeGrammar
                    ) -> list[tuple[int, int, str]]:
    """(start, end, tense) of the future markers, then the past ones, in text[lo:hi]."""
    return [(marker.start(), marker.end(), tense)
            for tense, pattern in (("future", grammar.future_markers),
                                   ("past", grammar.past_markers))
            for marker in pattern.finditer(text, lo, hi)]


def _is_deictic(span: str, grammar: TimeGrammar) -> bool:
    key = lexicon_key(span)
    return any(key.startswith(word) for word in grammar.lexicons["deictic_day"]) or any(
        key.startswith(word) for word in grammar.lexicons["anchored_day"])
