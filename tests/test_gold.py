"""The development gold (benchmarks/gold/): schema, PLOVER codes, and every evidence quote
verbatim in its VNTC article when the corpus is beside the checkout."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from sukien.evaluate.gold import load_gold
from sukien.evaluate.gold_check import check_gold, corpus_texts, gold_record_ids

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold"
VNTC = ROOT.parent / "shared" / "data" / "vntc" / "vntc.jsonl.gz"
SPLITS = {"tune": 110, "check": 50, "tune2": 40, "tune3": 40, "tune4": 40, "tune5": 40,
          "tune6": 60, "tune7": 60, "tune8": 60, "tune9": 60,
          "tune10": 60, "tune11": 60, "tune12": 60, "tune13": 60, "tune14": 60,
          "tune15": 60, "tune16": 60, "tune17": 60, "tune18": 60, "tune19": 60,
          "tune20": 60, "tune21": 60, "tune22": 60, "tune23": 60,
          "tune24": 60, "tune25": 60, "tune26": 60,
          "tune27": 60, "tune28": 60, "tune29": 60}


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_gold_split_is_sound(split: str) -> None:
    report = check_gold(GOLD / f"{split}.json")
    assert report.problems == ()
    assert sum(report.counts.articles.values()) == SPLITS[split]
    print(f"\n{split}: {report.counts.events} events; by tier {dict(report.counts.events_by_tier)}"
          f"; by type {dict(report.counts.events_by_type.most_common())}; by section "
          f"{dict(report.counts.events_by_section)}")


@pytest.mark.skipif(not VNTC.exists(), reason=f"VNTC corpus not found at {VNTC}: the "
                    "verbatim check of evidence quotes needs the article texts")
@pytest.mark.parametrize("split", sorted(SPLITS))
def test_gold_evidence_is_verbatim_in_its_article(split: str) -> None:
    path = GOLD / f"{split}.json"
    texts = corpus_texts(VNTC, gold_record_ids(path))
    assert len(texts) == SPLITS[split]
    assert check_gold(path, texts).problems == ()


def test_splits_are_the_recorded_sample_and_disjoint() -> None:
    articles = [a for name in ("sample.json", "fresh_sample.json", "fresh2_sample.json",
                                 "fresh3_sample.json", "fresh4_sample.json",
                                 "fresh5_sample.json", "fresh6_sample.json",
                                 "fresh7_sample.json", "fresh8_sample.json",
                                 "fresh9_sample.json", "fresh10_sample.json",
                                 "fresh11_sample.json", "fresh12_sample.json",
                                 "fresh13_sample.json", "fresh14_sample.json",
                                 "fresh15_sample.json", "fresh16_sample.json",
                                 "fresh17_sample.json", "fresh18_sample.json",
                                 "fresh19_sample.json", "fresh20_sample.json",
                                 "fresh21_sample.json", "fresh22_sample.json",
                                 "fresh23_sample.json", "fresh24_sample.json",
                                 "fresh25_sample.json", "fresh26_sample.json",
                                 "fresh27_sample.json", "fresh28_sample.json")
                for a in json.loads((GOLD / name).read_text("utf-8"))["articles"]]
    for split in SPLITS:
        wanted = {a["id"] for a in articles if a["split"] == split}
        assert set(gold_record_ids(GOLD / f"{split}.json")) == wanted
    ids = [set(gold_record_ids(GOLD / f"{split}.json")) for split in SPLITS]
    assert sum(map(len, ids)) == len(set.union(*ids))


def test_gold_loads_as_corpus_records() -> None:
    documents = load_gold(GOLD / "tune.json")
    assert all(d.path is None and d.record_id for d in documents)
    control = [d for d in documents if d.control]
    assert len(control) == 10
    assert {d.section for d in control} == {"The thao", "Kinh doanh", "Van hoa"}
    # most sport, business and culture news reports no political event
    assert sum(not d.events for d in control) >= 7


def test_check_file_is_the_one_the_readme_records() -> None:
    digest = hashlib.sha256((GOLD / "check.json").read_bytes()).hexdigest()
    assert digest in (ROOT / "README.md").read_text("utf-8")


def test_checker_finds_a_broken_gold(tmp_path: Path) -> None:
    data = json.loads((GOLD / "tune.json").read_text("utf-8"))
    event = next(e for d in data["documents"] for e in d["events"])
    event["type"], event["actors"][0]["country"], event["evidence"] = "FIGHT", "XYZ", "không có"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    problems = check_gold(broken, corpus_texts(VNTC, gold_record_ids(broken))
                          if VNTC.exists() else None).problems
    assert any("'FIGHT' is not a PLOVER type" in p for p in problems)
    assert any("'XYZ' is neither" in p for p in problems)
    if VNTC.exists():
        assert any("evidence not verbatim" in p for p in problems)


def _offtopic_module() -> ModuleType:
    """benchmarks/offtopic_events.py, which imports its neighbour benchmarks/corpus.py."""
    spec = importlib.util.spec_from_file_location(
        "offtopic_events", ROOT / "benchmarks" / "offtopic_events.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return module


def test_offtopic_review_judges_every_fact_it_holds(tmp_path: Path) -> None:
    """The reviewed off-topic facts (benchmarks/offtopic_judged.jsonl) each carry a verdict;
    a line without one is refused, not counted as either."""
    module = _offtopic_module()
    verdicts = module.judged_verdicts(ROOT / "benchmarks" / "offtopic_judged.jsonl")
    assert len(verdicts) >= 100 and set(verdicts.values()) == {"real", "false"}
    broken = tmp_path / "judged.jsonl"
    broken.write_text(json.dumps({"key": "a|ASSAULT|tấn công|x", "verdict": "maybe"}) + "\n",
                      "utf-8")
    with pytest.raises(ValueError, match="verdict"):
        module.judged_verdicts(broken)
