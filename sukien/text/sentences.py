"""Sentence and clause ends that a number or an abbreviation does not break.

Vietnamese writes thousands with a dot ("3.200 binh sĩ") and abbreviations without a
space ("TP.HCM"): a dot or colon followed by a letter or digit ends nothing; nor does the
dot of an initial before a name ("George W. Bush", not "khóa X. Theo …"), nor that of an
English abbreviation a translated name keeps ("St. Petersburg", "Gen. Pervez Musharraf").
"""

from __future__ import annotations

import functools
import re

from sukien.resources import load_word_list

# a sentence: everything up to its end marks, or to a line end
# (runs of the first class at once: one character at a time cost a tenth of the event stage)
_SENTENCE = re.compile(r"(?:[^.!?\n]+|[.!?](?=\w))+(?:[.!?]+|$)", re.MULTILINE)
# a sentence that ends on an initial after a capitalised word ('George W.'), and the word
# that opens the next one: joined when that word is a name ('Bush'), not a Vietnamese
# word that opens sentences ('… khóa X. Theo …', '… Trần Văn T. Theo điều tra …')
_INITIAL_END = re.compile(r"(?<!\w)[A-ZĐ]\w* [A-ZĐ]\.$")
_INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")
# English abbreviations a translated name keeps before it ('St. Petersburg', 'tổng thống
# Pakistan, Gen. Pervez Musharraf', 'Mr. Bean'): their dot ends no sentence either
_ABBREVIATION_END = re.compile(
    r"(?<!\w)(?:St|Mt|Ft|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Sen|Gov|Rep|Prof)\.$")
_NEXT_WORD = re.compile(r"\s*(\w+)")
# a paper's dateline between a headline and its lead on one line ('Đan Mạch hỗ trợ 1,5
# triệu USD chống cúm gia cầm (NLĐ)- Ngày 28-12, …'): the headline is a sentence of its own
_DATELINE = re.compile(r"\(([A-ZĐ]{2,6})\)\s*[-–—]")
# where a clause-level reference (the country of 'quân đội', the subject of a quote) stops
# looking back: sentence ends, colons, semicolons, quotes and line ends
CLAUSE_BREAKS = re.compile(r"[!?;\n“”\"]|[.:](?!\w)")
# any character a clause break is (a pattern of one class is searched many times faster)
_BREAK_CHARACTERS = re.compile(r"[!?;\n“”\".:]")


def clause_breaks(text: str) -> list[int]:
    """The offset of each match of ``CLAUSE_BREAKS`` in ``text``, in order: a dot or a
    colon breaks only where no word character (``\\w``: alphanumeric or '_') follows."""
    last = len(text) - 1
    return [at for at in (mark.start() for mark in _BREAK_CHARACTERS.finditer(text))
            if text[at] not in ".:" or at == last
            or not ((after := text[at + 1]).isalnum() or after == "_")]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence, in order."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        if not match.group().strip():
            continue
        if spans and _continues_a_name(text, spans[-1], match.start()):
            spans[-1] = (spans[-1][0], match.end())
        else:
            spans.append((match.start(), match.end()))
    return _split_at_datelines(text, spans) if "(" in text else spans


def _split_at_datelines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with a headline that runs into its lead through a dateline ('… (NLĐ)- Ngày
    14-3, Công an huyện …') cut after the dateline, where a capital or a digit opens the
    lead (not 'Quốc hội (QH) - cơ quan …' inside a sentence), and the tag is a paper's
    (not 'Liên minh châu Âu (EU) - Trung Quốc')."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for dateline in _DATELINE.finditer(text, start, end):
            lead = text[dateline.end():end].lstrip()[:1]
            if (text[start:dateline.start()].strip() and (lead.isupper() or lead.isdigit())
                    and dateline.group(1).lower() in _dateline_tags()):
                out.append((start, dateline.end()))
                start = dateline.end()
        out.append((start, end))
    return out


def _continues_a_name(text: str, previous: tuple[int, int], start: int) -> bool:
    """Whether the previous sentence ended on a name's initial and this one goes on with
    the name ('George W. | Bush')."""
    begin, end = previous
    return name_goes_on(text, end - 1, begin)


def name_goes_on(text: str, dot: int, begin: int = 0) -> bool:
    """Whether the dot at ``dot`` ends a name's initial or an English abbreviation before a
    name ('George W. Bush', 'Gen. Pervez Musharraf') and the word after it goes on with the
    name, not a Vietnamese word that opens sentences ('… khóa X. Theo …'): no sentence ends
    there. ``begin``: where the text before the dot may be looked at from."""
    # what ``_INITIAL_END`` ends on, looked at before it is searched for (the text searched
    # holds no line break, so '$' is the dot)
    end = dot + 1
    if dot - begin < 2 or text[dot] != ".":
        return False
    if not ((text[dot - 1] in _INITIALS and _INITIAL_END.search(text, begin, end))
            or _ABBREVIATION_END.search(text, max(begin, end - 6), end)):
        return False
    following = _NEXT_WORD.match(text, end)
    return (following is not None and following.group(1)[:1].isupper()
            and following.group(1).lower() not in _sentence_openers())


@functools.cache
def _dateline_tags() -> frozenset[str]:
    """The papers whose tag opens a lead after its headline."""
    return load_word_list("dateline_tags.txt", "dateline_tags", 1)


@functools.cache
def _sentence_openers() -> frozenset[str]:
    """The syllables most common in Vietnamese news: no initial is followed by one."""
    return load_word_list("vietnamese_common_syllables.txt", "vietnamese_common_syllables", 1)
