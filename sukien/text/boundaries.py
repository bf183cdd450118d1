"""Word boundaries for phrase matching. Vietnamese writes a word as a group of syllables,
and the tokenizer sees only syllables: a name or trigger of one syllable can be the first
or the last half of another word ('bác' in 'bác sĩ', 'Tuy' in 'Tuy nhiên', 'Lao' in 'Lao
động'). A match is refused when a word of the list straddles one of its edges.

Names are written with every syllable capitalized, common words are not: a word of the
list that starts on a capitalized syllable inside a known name ('Hàn Quốc gia nhập':
'quốc gia') is not a word there. A run of capitalized syllables that is no known name has
no such protection: 'Đảng Lao động' holds the word 'lao động', not a party 'Lao'.
"""

from __future__ import annotations

from sukien.resources import load_word_list
from sukien.text.phrases import PhraseIndex, Words

RESOURCE = "vietnamese_words.txt"
VERSION = 1
# the longest word of the list that can reach back over a match's first syllable
_REACH = 4


class WordBoundaries:
    """The multi-syllable words of ``resources/vietnamese_words.txt`` as a phrase index."""

    def __init__(self, words: frozenset[str] | None = None) -> None:
        self._index: PhraseIndex[int] = PhraseIndex()
        for word in words if words is not None else load_word_list(
                RESOURCE, "vietnamese_words", VERSION):
            self._index.add(word, len(word.split()))

    def splits_word(self, tokens: Words, first: int, last: int, known_name: bool = True
                    ) -> bool:
        """Whether the syllables ``first..last`` cut a word of the list in two: a word
        that starts before ``first`` and reaches into the match, or one that starts
        inside it and runs past ``last`` (for a ``known_name``, not one starting on a
        capitalized syllable after its first).

        A known phrase of two or more syllables ('tấn công', 'quân đội') is a word itself:
        where another word overlaps it ('tấn công bằng': 'công bằng') the text is
        ambiguous and the phrase, being known, wins."""
        if known_name and last > first:
            return False
        for start in range(max(0, first - _REACH + 1), last + 1):
            if known_name and start > first and _capitalized(tokens, start):
                continue
            end = self._word_end(tokens, start)
            if end is None:
                continue
            if (start < first <= end) or (start >= first and end > last):
                return True
        return False

    def _word_end(self, tokens: Words, start: int) -> int | None:
        """The last syllable of the longest word of the list at ``start`` written as one
        word (syllables parted by single spaces only)."""
        best = None
        for length, _ in self._index.matches_at(tokens.keys, start):
            end = start + length - 1
            if length > 1 and all(_joined(tokens, i) for i in range(start, end)):
                best = end
        return best


def _joined(tokens: Words, index: int) -> bool:
    """Whether syllable ``index`` and the next are parted by one space, as in a word."""
    return tokens.text[tokens.ends[index]:tokens.starts[index + 1]] == " "


def _capitalized(tokens: Words, index: int) -> bool:
    return tokens.text[tokens.starts[index]].isupper()
