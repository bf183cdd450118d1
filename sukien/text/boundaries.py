"""Word boundaries for phrase matching. Vietnamese writes a word as a group of syllables,
and the tokenizer sees only syllables: a name or trigger of one syllable can be the first
or the last half of another word ('bác' in 'bác sĩ', 'Tuy' in 'Tuy nhiên', 'Lao' in 'Lao
động'). A match is refused when a word of the list straddles one of its edges.

A known name or trigger of two or more syllables is a word itself and wins where words
overlap; a run of capitalized syllables that is no known name does not ('Đảng Lao động').
"""

from __future__ import annotations

from sukien.resources import load_word_list
from sukien.text.phrases import PhraseIndex, Words

RESOURCE = "vietnamese_words.txt"
VERSION = 1
# how far back a word can start and still cover a match's first syllable: words of up to
# four syllables; the list's 37 longer ones are idioms and terms ('ngôn ngữ đánh dấu siêu
# văn bản') that never straddle a name or a trigger
_REACH = 4


class WordBoundaries:
    """The multi-syllable words of ``resources/vietnamese_words.txt`` as a phrase index."""

    def __init__(self, words: frozenset[str] | None = None) -> None:
        self._index: PhraseIndex[str] = PhraseIndex()
        for word in words if words is not None else load_word_list(
                RESOURCE, "vietnamese_words", VERSION):
            self._index.add(word, word)
        # the word ends found in the text last asked about: a text asks about the same
        # starts many times (every name and trigger near them)
        self._text: Words | None = None
        self._ends: dict[int, int | None] = {}

    def splits_word(self, tokens: Words, first: int, last: int, known_name: bool = True
                    ) -> bool:
        """Whether the syllables ``first..last`` cut a word of the list in two: a word
        that starts before ``first`` and reaches into the match, or one that starts
        inside it and runs past ``last``.

        A known phrase of two or more syllables ('tấn công', 'quân đội', 'Hàn Quốc') is a
        word itself: where another word overlaps it ('tấn công bằng': 'công bằng'; 'Hàn
        Quốc gia nhập': 'quốc gia') the text is ambiguous and the phrase, being known,
        wins. An unknown run of capitalized syllables has no such protection: 'Đảng Lao
        động' holds the word 'lao động', not a party 'Lao'."""
        if known_name and last > first:
            return False
        self._read(tokens)
        for start in range(max(0, first - _REACH + 1), last + 1):
            end = self._word_end(tokens, start)
            if end is None:
                continue
            if (start < first <= end) or (start >= first and end > last):
                return True
        return False

    def closes_word(self, tokens: Words, at: int) -> bool:
        """Whether syllable ``at`` is the last of a word of the list that starts before it
        ('vụ' of 'nhiệm vụ', 'cuộc' of 'công cuộc', 'lời' of 'trả lời'), at a syllable no
        earlier word ends on ('chấp nhận lời kêu gọi' holds no 'nhận lời')."""
        self._read(tokens)
        return any(not self._starts_ending_at(tokens, start)
                   for start in self._starts_ending_at(tokens, at))

    def _starts_ending_at(self, tokens: Words, at: int) -> list[int]:
        """The syllables before ``at`` where a word of the list starts that ends on it."""
        return [start for start in range(max(0, at - _REACH + 1), at)
                if self._word_end(tokens, start) == at]

    def cut_both_ways(self, tokens: Words, first: int, last: int) -> bool:
        """Whether words of the list straddle both edges of the phrase ``first..last``:
        then the phrase is read across two words, even a known one ('phủ quyết' in 'chính
        phủ quyết định' is the government deciding, not a veto)."""
        self._read(tokens)
        from_left = any(start < first <= (self._word_end(tokens, start) or -1) < last
                        for start in range(max(0, first - _REACH + 1), first))
        return from_left and any((self._word_end(tokens, start) or -1) > last
                                 for start in range(first + 1, last + 1))

    def _read(self, tokens: Words) -> None:
        """Keep the word ends found only while the same text is asked about."""
        if tokens is not self._text:
            self._text, self._ends = tokens, {}

    def _word_end(self, tokens: Words, start: int) -> int | None:
        """The last syllable of the longest word of the list at ``start`` written as one
        word (syllables parted by single spaces only)."""
        if start in self._ends:
            return self._ends[start]
        length = self._index.longest_written_at(tokens, start)
        best = start + length - 1 if length > 1 else None
        self._ends[start] = best
        return best
