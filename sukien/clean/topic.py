"""How far a block of lines is from the topic of the article above it.

Related-story blocks sit inside pages without any marker: a headline and a few
paragraphs about something else. An intertitle section of the article shares
its names and content words (the people, places, institutions); another story
shares little beyond the 300 most common syllables of news
(``resources/vietnamese_common_syllables.txt``), which are left out. The
threshold comes from VNTC (``benchmarks/topic_distance.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from dataclasses import dataclass
from itertools import chain

from sukien.resources import load_word_list

SYLLABLE = re.compile(r"[^\W\d_]{2,}")
# a block sharing less than this share of its content syllables with the article is off
# topic: on VNTC, 1.0% of articles' last two paragraphs against the paragraphs above them,
# 46% against another article's (the next in the corpus, often of the same section)
OFF_TOPIC_BELOW = 0.1
# too few content syllables to judge
_MIN_SYLLABLES = 12


@dataclass(frozen=True, slots=True)
class TopicModel:
    common: frozenset[str]

    def syllables(self, lines: Iterable[str]) -> frozenset[str]:
        """Content syllables: lowercase letters only, without the most common syllables."""
        found = frozenset(chain.from_iterable(SYLLABLE.findall(line.lower()) for line in lines))
        return found - self.common

    def overlap(self, block: Iterable[str], article: Iterable[str]) -> float | None:
        """Share of the block's content syllables the article also has; None when the block
        has too few to tell."""
        return self.overlap_with(block, self.syllables(article))

    def overlap_with(self, block: Iterable[str], article: Set[str]) -> float | None:
        """``overlap`` against the article's content syllables, kept by a caller that
        judges many blocks against one growing article."""
        found = self.syllables(block)
        if len(found) < _MIN_SYLLABLES:
            return None
        return len(found & article) / len(found)

    def is_off_topic(self, block: Iterable[str], article: Iterable[str]) -> bool:
        return self.is_off_topic_from(block, self.syllables(article))

    def is_off_topic_from(self, block: Iterable[str], article: Set[str]) -> bool:
        share = self.overlap_with(block, article)
        return share is not None and share < OFF_TOPIC_BELOW


def load_topic_model() -> TopicModel:
    return TopicModel(load_word_list("vietnamese_common_syllables.txt",
                                     "vietnamese_common_syllables", 1))
