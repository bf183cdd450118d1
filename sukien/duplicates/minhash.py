"""Near-duplicate articles: the same wire story republished by several sites.

Each article gets a MinHash signature (datasketch) of its word shingles and the
LSH band keys of that signature. Articles that share a band key are candidates;
a candidate pair is a copy when the signatures agree on at least ``threshold``
of their positions (the estimated Jaccard similarity of the shingle sets). Band
keys are plain integers so the store (a SQL join) and Spark (a group-by) find
the same candidates without holding an index in memory.

Copies are linked, never deleted: a cluster's canonical article is the one
published first; on a tie or without dates, the one stored first (a copy that
arrives later never displaces the article a timeline already cites).

Shingle size, permutations, bands and threshold were chosen by measurement:
``python benchmarks/duplicates.py`` (README, "Near-duplicates").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from sukien.model import Fingerprint
from sukien.options import DuplicateOptions
from sukien.text import word_spans

_WORD = re.compile(r"\w+")
# datasketch permutes a batch as one (values x permutations) matrix: bound it
_CHUNK = 4096
# odd 64-bit multipliers, one per position in a shingle, so "a b" and "b a" differ
_POSITION_MULTIPLIERS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                         0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53,
                         0x27D4EB2F165667C5, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9)
# the word hash is a polynomial in this odd base, modulo 2**64
_BASE = 0x100000001B3
_BASE_INVERSE = pow(_BASE, -1, 2**64)
# the longest text whose powers of the base are kept (512 kB of each)
_KEPT_POWERS = 1 << 16


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    """A copy and the canonical article of its cluster."""

    article_id: str
    canonical_id: str
    similarity: float


class Fingerprinter:
    """datasketch's affine32 MinHash, with its permutations, applied to a whole article's
    shingle hashes as arrays: ``MinHash.update_batch`` calls a Python hash function per
    value, which cost more than the rest of the fingerprint."""

    def __init__(self, options: DuplicateOptions | None = None) -> None:
        self.options = options or DuplicateOptions()
        if self.options.num_perm % self.options.bands:
            raise ValueError("num_perm must be a multiple of bands")
        template = MinHash(num_perm=self.options.num_perm, seed=self.options.seed,
                           scheme="affine32")
        self._multipliers, self._offsets = (np.asarray(p, dtype=np.uint32)
                                            for p in template.permutations)

    def fingerprint(self, article_id: str, text: str) -> Fingerprint:
        hashes = shingle_hashes(text, self.options.shingle_words)
        if not len(hashes):
            return Fingerprint(article_id, (), ())
        values = self.signature(hashes)
        return Fingerprint(article_id, tuple(values.tolist()),
                           _band_keys_of(values, self.options.rows))

    def signature(self, hashes: np.ndarray) -> np.ndarray:
        """The MinHash values of 32-bit ``hashes``: the least ``a * fmix32(h) + b`` modulo
        2**32 for each permutation (a, b), as datasketch's affine32 scheme computes them."""
        mixed = _fmix32(hashes.astype(np.uint32))
        least = np.full(len(self._multipliers), np.iinfo(np.uint32).max, dtype=np.uint32)
        for start in range(0, len(mixed), _CHUNK):
            chunk = mixed[start:start + _CHUNK, None]
            np.minimum(least, np.minimum.reduce(chunk * self._multipliers + self._offsets),
                       out=least)
        return least


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (uint32 arithmetic wraps, as intended)."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    mixed: np.ndarray = values ^ (values >> np.uint32(16))
    return mixed


def shingle_hashes(text: str, size: int) -> np.ndarray:
    """32-bit hashes of the word shingles of ``word_shingles``, in text order (a repeated
    shingle repeats: a minimum does not mind), computed with array arithmetic: hashing
    each shingle string in Python would cost more than the rest of the pipeline's merge
    stage together."""
    if size > len(_POSITION_MULTIPLIERS):
        raise ValueError(f"shingles of at most {len(_POSITION_MULTIPLIERS)} words")
    words = word_hashes(text)
    if len(words) < size:
        return np.empty(0, dtype=np.uint64)
    count = len(words) - size + 1
    mixed = np.zeros(count, dtype=np.uint64)
    for position in range(size):
        mixed += words[position:position + count] * np.uint64(_POSITION_MULTIPLIERS[position])
    return mixed >> np.uint64(32)


def word_hashes(text: str) -> np.ndarray:
    """A 64-bit polynomial hash of each case-folded ``\\w+`` word, in order, from prefix
    sums over the code points (no Python call per word): a word's hash is the difference
    of two prefix sums, shifted back to its start by the inverse power."""
    folded = text.casefold()
    spans = word_spans(folded)
    if spans is None:
        return np.array([_polynomial_hash(w) for w in _WORD.findall(folded)], dtype=np.uint64)
    starts, ends = spans
    if not len(starts):
        return np.empty(0, dtype=np.uint64)
    codes = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32)
    with np.errstate(over="ignore"):
        powers = _POWERS.first(len(codes))
        inverse = _INVERSE_POWERS.first(len(codes))
        prefix = np.zeros(len(codes) + 1, dtype=np.uint64)
        np.cumsum((codes.astype(np.uint64) + np.uint64(1)) * powers, out=prefix[1:])
        hashes: np.ndarray = (prefix[ends] - prefix[starts]) * inverse[starts]
    return hashes


def _powers(base: int, count: int) -> np.ndarray:
    """base**0 … base**(count - 1) modulo 2**64."""
    powers = np.ones(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        np.cumprod(np.full(count - 1, base, dtype=np.uint64), out=powers[1:])
    return powers


class _Powers:
    """``_powers`` of one base, kept for texts up to ``_KEPT_POWERS`` characters: every
    article needs the first few thousand, and computing them per article cost a fifth of
    its fingerprint. A longer text has its own, not kept."""

    def __init__(self, base: int) -> None:
        self._base = base
        self._known = _powers(base, 1)

    def first(self, count: int) -> np.ndarray:
        if count > _KEPT_POWERS:
            return _powers(self._base, count)
        if count > len(self._known):
            self._known = _powers(self._base, min(max(count, 2 * len(self._known)),
                                                  _KEPT_POWERS))
        return self._known[:count]


_POWERS = _Powers(_BASE)
_INVERSE_POWERS = _Powers(_BASE_INVERSE)


def _polynomial_hash(word: str) -> int:
    """The hash ``word_hashes`` gives, one word at a time."""
    value, power = 0, 1
    for char in word:
        value = (value + (ord(char) + 1) * power) % 2**64
        power = power * _BASE % 2**64
    return value


def word_shingles(text: str, size: int) -> set[str]:
    """Case-folded word n-grams; punctuation, spacing and line breaks do not count."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def band_keys(signature: tuple[int, ...], rows: int) -> tuple[int, ...]:
    """One signed 63-bit key per band: the band's values and index through the
    splitmix64 finalizer, for all bands at once."""
    return _band_keys_of(np.asarray(signature, dtype=np.uint64), rows)


def _band_keys_of(signature: np.ndarray, rows: int) -> tuple[int, ...]:
    """``band_keys`` of a signature still in its array (no round trip through a tuple)."""
    values = signature.astype(np.uint64).reshape(-1, rows)
    with np.errstate(over="ignore"):
        mixed = np.arange(len(values), dtype=np.uint64) * np.uint64(_POSITION_MULTIPLIERS[0])
        for row in range(rows):
            mixed = (mixed << np.uint64(32)) ^ (mixed >> np.uint64(32)) ^ values[:, row]
            mixed *= np.uint64(_POSITION_MULTIPLIERS[(row + 1) % len(_POSITION_MULTIPLIERS)])
        mixed ^= mixed >> np.uint64(30)
        mixed *= np.uint64(0xBF58476D1CE4E5B9)
        mixed ^= mixed >> np.uint64(27)
        mixed *= np.uint64(0x94D049BB133111EB)
        mixed ^= mixed >> np.uint64(31)
    return tuple((mixed >> np.uint64(1)).tolist())


def similarity(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity: the share of positions where two signatures agree.
    The store (``similarity_sql``) and Spark (``similarity_spark``) compute the same
    share in SQL, rounded to ``SIMILARITY_DIGITS``."""
    if not first or len(first) != len(second):
        return 0.0
    return sum(a == b for a, b in zip(first, second, strict=True)) / len(first)


# digits a stored similarity keeps: the store and Spark round alike, so both give one table
SIMILARITY_DIGITS = 4


def similarity_sql(first: str, second: str) -> str:
    """``similarity`` of two signature columns as a DuckDB expression."""
    return (f"CASE WHEN len({first}) = 0 OR len({first}) <> len({second}) THEN 0.0 ELSE "
            f"round(len(list_filter(range(1, len({first}) + 1), "
            f"i -> {first}[i] = {second}[i])) / len({first}), {SIMILARITY_DIGITS}) END")


def similarity_spark(first: str, second: str) -> str:
    """``similarity`` of two signature columns as a Spark SQL expression."""
    return (f"round(IF(size({first}) = 0 OR size({first}) <> size({second}), 0.0, "
            f"aggregate(zip_with({first}, {second}, (x, y) -> IF(x = y, 1, 0)), 0, "
            f"(acc, v) -> acc + v) / size({first})), {SIMILARITY_DIGITS})")


def canonical_links(pairs: Iterable[tuple[str, str, float]],
                    order: Mapping[str, tuple[str, ...]]) -> list[DuplicateLink]:
    """The copies of each cluster of confirmed pairs, linked to its canonical article.

    ``order`` gives each article's sort key (publication day or "~", then whatever
    breaks ties); the smallest, then the smallest id, is canonical. A copy's
    similarity is its best confirmed pair."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    best: dict[str, float] = {}
    for first, second, score in pairs:
        parent[root(first)] = root(second)
        best[first] = max(best.get(first, 0.0), score)
        best[second] = max(best.get(second, 0.0), score)
    clusters: dict[str, list[str]] = {}
    for node in parent:
        clusters.setdefault(root(node), []).append(node)
    links: list[DuplicateLink] = []
    for members in clusters.values():
        canonical = min(members, key=lambda m: (order.get(m, ("~",)), m))
        links.extend(DuplicateLink(m, canonical, round(best[m], 3))
                     for m in sorted(members) if m != canonical)
    return sorted(links, key=lambda link: link.article_id)
