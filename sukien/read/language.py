"""Is this text Vietnamese? Two cheap signals, fast enough to run on every page.

Vietnamese is written one syllable per token. In prose, its commonest
syllables (function words) make up a large share of tokens; in lists, tables
and name rolls they do not, but most syllables still carry letters that no
other Latin-script language uses (ă, ơ, ư, đ and the stacked tone marks of the
Latin Extended Additional block). Either signal separates Vietnamese from
English, French or Indonesian text without a statistical model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sukien.resources import load_word_list

_WORD = re.compile(r"[^\W\d_]+")
_VIETNAMESE_LETTER = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
_MIN_MARKED_RATIO = 0.25
_SAMPLE_CHARS = 200_000
_MIN_WORDS = 8


@dataclass(frozen=True, slots=True)
class LanguageVerdict:
    is_vietnamese: bool
    ratio: float
    words: int
    marked_ratio: float = 0.0


class VietnameseDetector:
    def __init__(self, min_ratio: float) -> None:
        self._words = load_word_list(
            "vietnamese_function_words.txt", "vietnamese_function_words", 1
        )
        self._min_ratio = min_ratio

    def is_vietnamese(self, text: str) -> bool:
        """``verdict(text).is_vietnamese``, without counting marked letters when common
        syllables already decide (prose, almost always): the clean stage asks it of
        every line."""
        tokens = _WORD.findall(text[:_SAMPLE_CHARS].lower())
        if len(tokens) >= _MIN_WORDS and self._hits(tokens) >= self._min_ratio * len(tokens):
            return True
        return self.verdict(text).is_vietnamese

    def verdict(self, text: str) -> LanguageVerdict:
        tokens = _WORD.findall(text[:_SAMPLE_CHARS].lower())
        if not tokens:
            return LanguageVerdict(False, 0.0, 0)
        hits = self._hits(tokens)
        marked = sum(map(bool, map(_VIETNAMESE_LETTER.search, tokens)))
        ratio, marked_ratio = hits / len(tokens), marked / len(tokens)
        if len(tokens) < _MIN_WORDS:
            # too short for ratios (a headline): two telling words suffice
            is_vietnamese = hits + marked >= 2
        else:
            is_vietnamese = ratio >= self._min_ratio or marked_ratio >= _MIN_MARKED_RATIO
        return LanguageVerdict(is_vietnamese, round(ratio, 3), len(tokens), round(marked_ratio, 3))

    def _hits(self, tokens: list[str]) -> int:
        return sum(map(self._words.__contains__, tokens))
