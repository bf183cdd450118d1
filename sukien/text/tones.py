"""Both spellings of a Vietnamese phrase whose tone mark two conventions place on
different vowels ('hòa'/'hoà', 'thủy'/'thuỷ'): news sites use either, so lexicons match
both and keys that must not depend on the writer take one of them."""

from __future__ import annotations

import functools
import unicodedata

# Vietnamese tone marks (combining, after NFD) and the rhymes whose tone two spelling
# conventions place differently: 'hòa'/'hoà', 'thỏa'/'thoả', 'ủy'/'uỷ', 'khỏe'/'khoẻ'
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_GLIDE_RHYMES = ("oa", "oe", "uy")


def tone_spellings(phrase: str) -> list[str]:
    """The phrase as written, and with the tone of each open 'oa', 'oe', 'uy' rhyme moved
    to the other vowel (old and new placement)."""
    alternatives = [_syllable_spellings(syllable) for syllable in phrase.split()]
    spellings = [""]
    for options in alternatives:
        spellings = [f"{head} {option}".strip() for head in spellings for option in options]
    original = " ".join(phrase.split())
    return [original] + [s for s in dict.fromkeys(spellings) if s != original]


@functools.cache
def one_spelling(phrase: str) -> str:
    """The same one of a phrase's spellings whichever was written ('thủy thủ' for 'thuỷ
    thủ' too): a key that does not depend on the writer's convention."""
    return min(tone_spellings(phrase))


def _syllable_spellings(syllable: str) -> list[str]:
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [c for c in decomposed if c in _TONES]
    bare = "".join(c for c in decomposed if c not in _TONES)
    base = unicodedata.normalize("NFC", bare)
    lowered = base.lower()
    if len(tones) != 1 or not lowered.endswith(_GLIDE_RHYMES) or lowered.startswith(("qu", "gi")):
        return [syllable]
    tone = tones[0]
    # the rhyme's two vowels are the last two letters (no final consonant)
    on_first = unicodedata.normalize("NFC", _with_tone(base, len(base) - 2, tone))
    on_second = unicodedata.normalize("NFC", _with_tone(base, len(base) - 1, tone))
    return [syllable] + [s for s in (on_first, on_second) if s != syllable]


def _with_tone(base: str, position: int, tone: str) -> str:
    """``base`` (toneless, NFC) with ``tone`` on the letter at ``position``."""
    letters = list(base)
    letters[position] = unicodedata.normalize("NFD", letters[position]) + tone
    return "".join(letters)
