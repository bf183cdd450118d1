"""Near-duplicate articles: fingerprints, links to a canonical article, and timelines that
count a republished story once."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sukien.duplicates import Fingerprinter, canonical_links, similarity
from sukien.duplicates.minhash import (
    SIMILARITY_DIGITS,
    _polynomial_hash,
    band_keys,
    similarity_sql,
    word_hashes,
)
from sukien.options import DuplicateOptions
from sukien.store import Store
from sukien.text import words
from tests.conftest import EXAMPLES, run_cli

SEEDS = sorted(EXAMPLES.glob("*.txt"))
NAVIGATION = ["Trang chủ | Thời sự | Thế giới | Kinh tế", "Theo dõi chúng tôi trên Google News"]


def republished(page: Path) -> str:
    """The page as another site would copy it: its own navigation, the story's last
    lines cut, the credit line changed."""
    lines = page.read_text("utf-8").splitlines()
    return "\n".join([*NAVIGATION, *lines[:-3], "Bản quyền thuộc về báo Tin Nhanh"]) + "\n"


def test_distinct_reports_of_one_story_are_not_copies() -> None:
    """The five seeds report the same kind of call between the same ministers."""
    fingerprinter = Fingerprinter()
    prints = [fingerprinter.fingerprint(p.name, p.read_text("utf-8")) for p in SEEDS]
    threshold = DuplicateOptions().threshold
    for i, first in enumerate(prints):
        for second in prints[i + 1:]:
            assert similarity(first.signature, second.signature) < threshold / 2


def test_a_republished_page_is_a_copy() -> None:
    fingerprinter = Fingerprinter()
    for page in SEEDS:
        original = fingerprinter.fingerprint("a", page.read_text("utf-8"))
        copy = fingerprinter.fingerprint("b", republished(page))
        assert similarity(original.signature, copy.signature) >= DuplicateOptions().threshold
        assert set(original.band_keys) & set(copy.band_keys)


def test_a_text_shorter_than_a_shingle_has_no_fingerprint() -> None:
    fingerprint = Fingerprinter().fingerprint("a", "Hà Nội mưa")
    assert fingerprint.signature == () and fingerprint.band_keys == ()


def test_the_first_published_copy_is_canonical() -> None:
    pairs = [("b", "c", 0.9), ("a", "b", 0.8), ("x", "y", 0.5)]
    order = {"a": ("2024-05-02",), "b": ("2024-05-01",), "c": ("~",), "x": ("~",), "y": ("~",)}
    links = {(link.article_id, link.canonical_id) for link in canonical_links(pairs, order)}
    assert links == {("a", "b"), ("c", "b"), ("y", "x")}


@given(st.permutations([("a", "b", 0.9), ("b", "c", 0.7), ("d", "e", 0.6), ("e", "c", 0.5)]))
def test_links_do_not_depend_on_the_order_pairs_arrive_in(
        pairs: list[tuple[str, str, float]]) -> None:
    links = canonical_links(pairs, {})
    assert {(link.article_id, link.canonical_id) for link in links} == {
        (m, "a") for m in "bcde"}
    assert {link.article_id: link.similarity for link in links}["e"] == 0.6


def test_reingesting_with_copies_changes_no_timeline_entry(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(EXAMPLES, inputs, ignore=shutil.ignore_patterns("*.json"))
    db = tmp_path / "s.duckdb"

    def timeline() -> list[dict[str, object]]:
        result = run_cli("timeline", "--db", str(db), "--dyad", "USA,RUS", "--type", "CONSULT",
                         "--format", "json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)  # type: ignore[no-any-return]

    assert run_cli("ingest", str(inputs), "--db", str(db)).returncode == 0
    before = timeline()
    shutil.copy(SEEDS[1], inputs / "same_page_other_name.txt")
    (inputs / "zz_republished.txt").write_text(republished(SEEDS[1]), "utf-8")
    result = run_cli("ingest", str(inputs), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "1 exact duplicates" in result.stdout and "1 near-duplicate pairs" in result.stdout
    assert timeline() == before
    with Store.open(db, read_only=True) as store:
        links = store.duplicate_links()
        original = {name: article.article_id for name, article in store.articles()}
        assert store.stats().copies == 1
    assert [(link.article_id, link.canonical_id) for link in links] == [
        (original["zz_republished.txt"], original[SEEDS[1].name])]


def test_the_first_call_since_march_2023_links_the_two_calls(tmp_path: Path) -> None:
    """"Đây là cuộc trao đổi đầu tiên … kể từ tháng 3-2023": PLOVER ``links``."""
    db = tmp_path / "s.duckdb"
    assert run_cli("ingest", str(EXAMPLES), "--db", str(db)).returncode == 0
    out = tmp_path / "events.jsonl"
    assert run_cli("export", str(out), "--db", str(db)).returncode == 0
    records = {r["id"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    call = next(r for r in records.values()
                if r["date"] == "2024-06-25" and r["event"] == ["CONSULT"])
    linked = [(records[i]["date_text"], records[i]["event"]) for i in call["link"]]
    assert linked == [("2023-03", ["CONSULT"])]
    assert all(call["id"] in records[i]["link"] for i in call["link"])


# letters that fold to two ('ß'), lie outside the BMP ('𝐀', '😀'), or are not words
_TEXT = st.text(alphabet=st.sampled_from("aăbđêơưÀẠỹ Ư_9 .,\n-ß𝐀😀'"), max_size=60)


@given(_TEXT)
def test_word_hashes_are_one_hash_per_casefolded_word(text: str) -> None:
    words = re.findall(r"\w+", text.casefold())
    hashes = [int(h) for h in word_hashes(text)]
    assert len(hashes) == len(words)
    assert hashes == [_polynomial_hash(w) for w in words]
    assert len(set(hashes)) == len(set(words))


@given(_TEXT)
def test_words_are_the_regex_words_with_their_offsets(text: str) -> None:
    found = words(text)
    matches = list(re.finditer(r"\w+", text))
    assert found.starts == [m.start() for m in matches]
    assert found.ends == [m.end() for m in matches]
    assert found.keys == [m.group().casefold() for m in matches]


def test_band_keys_differ_between_bands_and_repeat_for_equal_bands() -> None:
    signature = (7, 9) * 64
    keys = band_keys(signature, 2)
    assert len(set(keys)) == 64 and all(0 <= k < 2**63 for k in keys)
    assert band_keys(signature, 2) == keys
    assert band_keys((7, 8, *signature[2:]), 2)[1:] == keys[1:]
    assert band_keys((7, 8, *signature[2:]), 2)[0] != keys[0]


@given(st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=5000))
def test_signatures_are_datasketch_affine32_minhashes(values: list[int]) -> None:
    from datasketch import MinHash

    options = DuplicateOptions()
    reference = MinHash(num_perm=options.num_perm, seed=options.seed, scheme="affine32",
                        hashfunc=lambda value: value)
    reference.update_batch(values)
    signature = Fingerprinter(options).signature(np.array(values, dtype=np.uint64))
    assert signature.tolist() == reference.hashvalues.tolist()


@settings(deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2**32 - 1), st.booleans()), max_size=40),
       st.integers(0, 2))
def test_the_stores_sql_similarity_is_the_python_one(
        positions: list[tuple[int, bool]], extra: int) -> None:
    """Signatures agreeing where a flag says so; ``extra`` positions make lengths differ."""
    import duckdb

    first = [value for value, _ in positions]
    second = [value if same else value ^ 1 for value, same in positions] + [0] * extra
    row = duckdb.sql(f"SELECT {similarity_sql('$a', '$b')}",
                     params={"a": first, "b": second}).fetchone()
    assert row is not None
    expected = similarity(tuple(first), tuple(second))
    assert row[0] == pytest.approx(expected, abs=0.5 * 10 ** -SIMILARITY_DIGITS)
