"""Loader of ``resources/time_grammar.json``: lexicons, pattern fragments, rules, tense markers.

All rules are compiled into one alternation so the text is scanned once; each
rule's named groups are renamed ``r<N>_<group>`` to keep them apart, and the
rule that matched is the outer group ``r<N>``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sukien.resources import ResourceError, load_json_resource
from sukien.text import Words, words

RESOURCE = "time_grammar.json"
VERSION = 4
KINDS = frozenset({
    "date", "date_range", "year_range", "month", "quarter", "season", "decade", "year",
    "holiday", "relative_unit", "anchored_unit", "offset", "set", "duration", "ordinal", "ref",
})
DIGIT = "#digit"
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z_0-9]*)\}")
_GROUP = re.compile(r"\(\?P<([a-z_0-9]+)>")
_BACKREF = re.compile(r"\(\?P=([a-z_0-9]+)\)")
_ASCII_DIGITS = frozenset("0123456789")
_OPENING_PARENTHESIS = re.compile(r"\((?<!\w\()")
_WORD_THEN_NUMBER = re.compile(r"([^\W\d_]+)[0-9]")

LexiconValue = str | int | float | list[str | int]


@dataclass(frozen=True, slots=True)
class TimeRule:
    index: int
    name: str
    kind: str
    confidence: float


@dataclass(frozen=True, slots=True)
class TimeGrammar:
    pattern: re.Pattern[str]
    rules: tuple[TimeRule, ...]
    lexicons: Mapping[str, Mapping[str, LexiconValue]]
    future_markers: re.Pattern[str]
    past_markers: re.Pattern[str]
    past_prefixes: tuple[str, ...]
    leading_signal: re.Pattern[str]
    by_start: Mapping[str, re.Pattern[str]]
    # (group, own name) of each rule's named groups, by the rule's outer group ('r12'):
    # the same in ``pattern`` and in every pattern of ``by_start``
    rule_groups: Mapping[str, tuple[tuple[str, str], ...]]

    def scan(self, text: str, tokens: Words | None = None) -> Iterator[re.Match[str]]:
        """Matches of ``pattern`` as ``finditer`` gives them, but only where a match can
        begin (a word some rule starts with, a number, an opening parenthesis) and only
        with the rules that begin there: many times faster on running text."""
        position = 0
        for start, start_key in self._triggers(text, words(text) if tokens is None else tokens):
            if start < position:
                continue
            pattern = self.by_start.get(start_key)
            match = pattern.match(text, start) if pattern is not None else None
            if match is not None and match.end() > start:
                yield match
                position = match.end()

    def _triggers(self, text: str, tokens: Words) -> list[tuple[int, str]]:
        """(offset, key of ``by_start``) of each place a rule may match, in text order: a
        start word, alone or run into a number ('năm1998'), or a number."""
        starts = self.by_start
        # one comprehension, as every word of the text passes here: most are neither a
        # start word nor hold a digit (``isalpha``), and are left after two tests
        found = [(start, begins) for start, key in zip(tokens.starts, tokens.keys, strict=True)
                 if (begins := key if key in starts else None if key.isalpha()
                     else self._number_start(key)) is not None]
        if "(" in text:
            found.extend((m.start(), "(") for m in _OPENING_PARENTHESIS.finditer(text))
            found.sort()
        return found

    def _number_start(self, key: str) -> str | None:
        """The ``by_start`` key of a word that is no start word and not all letters: a
        number, or a start word run into one ('năm1998')."""
        if key[0] in _ASCII_DIGITS:
            return DIGIT
        glued = _WORD_THEN_NUMBER.match(key)
        return glued.group(1) if glued is not None and glued.group(1) in self.by_start else None

    def lookup(self, lexicon: str, text: str) -> LexiconValue:
        """The lexicon value of a matched span (whitespace and case folded)."""
        return self.lexicons[lexicon][lexicon_key(text)]

    def groups(self, match: re.Match[str]) -> tuple[TimeRule, dict[str, str]]:
        """The rule that produced ``match`` and its named groups under their own names."""
        outer = match.lastgroup
        if outer is None:
            raise ValueError("match of no rule")
        rule = self.rules[int(outer[1:])]
        found = {name: value for group, name in self.rule_groups[outer]
                 if (value := match.group(group)) is not None}
        return rule, found


def _rule_groups(pattern: re.Pattern[str], outer: str) -> tuple[tuple[str, str], ...]:
    """(group, own name) of each named group of rule ``outer`` in ``pattern``, in pattern
    order: asking a match for these alone, not for all its groups (``groupdict``), as every
    pattern holds the groups of many rules. Found once per rule when the grammar is
    loaded: a cache keyed by the pattern would hash its compiled code at every match."""
    prefix = f"{outer}_"
    return tuple((group, group[len(prefix):])
                 for group, _ in sorted(pattern.groupindex.items(), key=lambda item: item[1])
                 if group.startswith(prefix))


def lexicon_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def load_time_grammar() -> TimeGrammar:
    data = load_json_resource(RESOURCE, "time_grammar", VERSION)
    try:
        lexicons = {name: _lexicon(name, entries) for name, entries in data["lexicons"].items()}
        fragments: dict[str, str] = dict(data["fragments"])
        rules: list[TimeRule] = []
        alternatives: list[str] = []
        starting: dict[str, list[str]] = {}
        for index, raw in enumerate(data["rules"]):
            if raw["kind"] not in KINDS:
                raise ResourceError(f"{RESOURCE}: rule {raw['name']}: unknown kind {raw['kind']!r}")
            rules.append(TimeRule(index, raw["name"], raw["kind"], float(raw["confidence"])))
            body = _expand(raw["pattern"], fragments, lexicons, raw["name"])
            body = _GROUP.sub(rf"(?P<r{index}_\1>", body)
            body = _BACKREF.sub(rf"(?P=r{index}_\1)", body)
            alternatives.append(f"(?P<r{index}>{body})")
            for start in _starts(raw, lexicons):
                starting.setdefault(start, []).append(alternatives[-1])
        pattern = _alternation(alternatives)
        tense = data["tense"]
        return TimeGrammar(
            pattern=pattern,
            rules=tuple(rules),
            lexicons=MappingProxyType({k: MappingProxyType(v) for k, v in lexicons.items()}),
            future_markers=_word_pattern(tense["future"]),
            past_markers=_word_pattern(tense["past"]),
            past_prefixes=tuple(lexicon_key(m) for m in tense["past_prefixes"]),
            by_start=MappingProxyType({k: _alternation(v) for k, v in starting.items()}),
            rule_groups=MappingProxyType({f"r{rule.index}": _rule_groups(pattern, f"r{rule.index}")
                                          for rule in rules}),
            leading_signal=re.compile(_word_pattern(data["span"]["drop_leading"]).pattern + r"\s+",
                                      re.IGNORECASE),
        )
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise ResourceError(f"{RESOURCE}: {exc}") from exc


def _lexicon(name: str, entries: Mapping[str, LexiconValue]) -> dict[str, LexiconValue]:
    table: dict[str, LexiconValue] = {}
    for key, value in entries.items():
        folded = lexicon_key(key)
        if folded != key:
            raise ResourceError(f"{RESOURCE}: lexicon {name}: key {key!r} is not lowercase NFC")
        table[folded] = value
    return table


def _alternation(bodies: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(bodies) + ")", re.IGNORECASE)


def _starts(rule: Mapping[str, object], lexicons: Mapping[str, Mapping[str, LexiconValue]]
            ) -> set[str]:
    """What a rule's match can begin with: '#digit', '(' or a lowercase word."""
    starts: set[str] = set()
    declared = rule["starts"]
    if not isinstance(declared, list) or not declared:
        raise ResourceError(f"{RESOURCE}: rule {rule['name']}: 'starts' must be a non-empty list")
    for start in declared:
        if start.startswith("$"):
            starts |= {key.split(" ", 1)[0] for key in lexicons[start[1:]]}
        else:
            starts.add(lexicon_key(start))
    return starts


def _word_pattern(words: list[str]) -> re.Pattern[str]:
    keys = sorted((lexicon_key(w) for w in words), key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _expand(template: str, fragments: Mapping[str, str],
            lexicons: Mapping[str, Mapping[str, LexiconValue]], rule: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in fragments:
            return _expand(fragments[name], fragments, lexicons, rule)
        if name in lexicons:
            keys = sorted(lexicons[name], key=len, reverse=True)
            return "(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys) + ")"
        raise ResourceError(f"{RESOURCE}: rule {rule}: unknown placeholder {{{name}}}")

    return _PLACEHOLDER.sub(replace, template)
