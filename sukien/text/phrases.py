"""Longest-match lookup of multi-word phrases over case-folded ``\\w+`` words.

Vietnamese writes one syllable per word, so a phrase is a sequence of
syllables; looking phrases up word by word in a trie costs one dictionary
access per word and needs no segmenter.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np

WORD = re.compile(r"\w+")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Words:
    """The words of a text as parallel lists: building one object per word costs more than
    everything the stages then do with them."""

    text: str
    starts: list[int]
    ends: list[int]
    keys: list[str]

    def __len__(self) -> int:
        return len(self.keys)

    def index_at(self, offset: int) -> int:
        """The first word that starts at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)


def words(text: str) -> Words:
    folded = text.casefold()
    spans = word_spans(text) if len(folded) == len(text) else None
    if spans is None:
        # a letter that folds to two ('ß') or lies outside the BMP: one match at a time
        matches = list(WORD.finditer(text))
        return Words(text, [m.start() for m in matches], [m.end() for m in matches],
                     [m.group().casefold() for m in matches])
    starts, ends = spans[0].tolist(), spans[1].tolist()
    return Words(text, starts, ends, [folded[a:b] for a, b in zip(starts, ends, strict=True)])


def word_spans(text: str) -> tuple[np.ndarray, np.ndarray] | None:
    """Starts and ends of the ``\\w+`` words of ``text`` from one array pass over its
    code points, or None when it has characters outside the Basic Multilingual Plane
    (where the table below does not reach)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    table = _word_characters()
    # the ufuncs themselves, not ``codes.max()`` and ``np.flatnonzero``: their Python
    # wrappers cost as much as the work on a paragraph
    if len(codes) and int(np.maximum.reduce(codes)) >= len(table):
        return None
    inside = np.zeros(len(codes) + 2, dtype=bool)
    inside[1:-1] = table[codes]
    edges = np.not_equal(inside[1:], inside[:-1]).nonzero()[0]
    return edges[0::2], edges[1::2]


@functools.cache
def _word_characters() -> np.ndarray:
    """Whether ``\\w`` matches it, for each code point of the Basic Multilingual Plane."""
    return np.array([WORD.fullmatch(chr(c)) is not None for c in range(0x10000)], dtype=bool)


def phrase_keys(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(unicodedata.normalize("NFC", text))]


class _Node(Generic[T]):
    # a plain class: mypyc compiles no slotted generic dataclass
    __slots__ = ("children", "values")

    def __init__(self) -> None:
        self.children: dict[str, _Node[T]] = {}
        self.values: list[T] = []


class PhraseIndex(Generic[T]):
    """Phrases to values; the longest phrase starting at a word wins."""

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()
        # each first word: None when it is a whole phrase, else the second words of its
        # phrases; what start_indices tests before a word is worth a walk down the tree
        self._starts: dict[str, set[str] | None] = {}

    def add(self, phrase: str, value: T) -> None:
        keys = phrase_keys(phrase)
        if not keys:
            raise ValueError(f"phrase {phrase!r} has no word")
        node = self._root
        for key in keys:
            node = node.children.setdefault(key, _Node())
        node.values.append(value)
        if len(keys) == 1:
            self._starts[keys[0]] = None
        elif keys[0] not in self._starts:
            self._starts[keys[0]] = {keys[1]}
        elif (seconds := self._starts[keys[0]]) is not None:
            seconds.add(keys[1])

    def values(self) -> Iterator[T]:
        """Every value, phrase by phrase in insertion order of their first words."""
        stack = [self._root]
        while stack:
            node = stack.pop()
            yield from node.values
            stack.extend(reversed(node.children.values()))

    def start_indices(self, keys: Sequence[str], first: int = 0,
                      last: int | None = None) -> list[int]:
        """The words of first..last where a phrase may start: its first word, and its second
        unless a phrase is that one word ('cuộc' starts many phrases, but only before one of
        their second words). One comprehension, not a call per word (most words start none)."""
        starts = self._starts
        stop = len(keys) if last is None else last + 1
        end = len(keys) - 1
        return [index for index, key in enumerate(keys[first:stop], first) if key in starts and (
            (second := starts[key]) is None or (index < end and keys[index + 1] in second))]

    def matches_at(self, keys: Sequence[str], at: int) -> list[tuple[int, T]]:
        """Every (number of words, value) of the phrases that start at ``at``."""
        node = self._root
        found: list[tuple[int, T]] = []
        for length, index in enumerate(range(at, len(keys)), 1):
            child = node.children.get(keys[index])
            if child is None:
                break
            node = child
            for value in node.values:
                found.append((length, value))
        return found

    def length_of(self, keys: Sequence[str], at: int, value: T) -> int:
        """The length in words of the longest phrase valued ``value`` that starts at
        ``at``; 0 for none."""
        node = self._root
        best = 0
        for index in range(at, len(keys)):
            child = node.children.get(keys[index])
            if child is None:
                break
            node = child
            if value in node.values:
                best = index - at + 1
        return best

    def widths_ending(self, keys: Sequence[str], at: int, value: T,
                      reach: int) -> Iterator[int]:
        """The lengths in words, shortest first and ``reach`` at most, of the phrases valued
        ``value`` that end right before word ``at`` (each the longest of its value where it
        starts)."""
        return (width for width in range(1, min(reach, at) + 1)
                if self.length_of(keys, at - width, value) == width)

    def longest_written_at(self, tokens: Words, at: int) -> int:
        """The number of words of the longest phrase at word ``at`` written with single
        spaces between its words, as a Vietnamese word is; 0 when none. One walk down the
        tree that stops at the first other gap: word boundaries ask it of most words."""
        keys, text, starts, ends = tokens.keys, tokens.text, tokens.starts, tokens.ends
        node = self._root.children.get(keys[at])
        if node is None:
            return 0
        best = 1 if node.values else 0
        for index in range(at + 1, len(keys)):
            if text[ends[index - 1]:starts[index]] != " ":
                break
            child = node.children.get(keys[index])
            if child is None:
                break
            node = child
            if node.values:
                best = index - at + 1
        return best

    def longest(self, keys: Sequence[str], at: int,
                accept: Callable[[T], bool] | None = None,
                end: int | None = None) -> tuple[int, T] | None:
        """(number of words, value) of the longest phrase at ``at`` with an accepted value,
        ending before word ``end`` if given."""
        node = self._root
        best: tuple[int, T] | None = None
        for index in range(at, len(keys) if end is None else min(end, len(keys))):
            child = node.children.get(keys[index])
            if child is None:
                break
            node = child
            for value in node.values:
                if accept is None or accept(value):
                    best = (index - at + 1, value)
                    break
        return best
