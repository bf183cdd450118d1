"""Schema tests of the bundled data files."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from sukien.read.language import VietnameseDetector
from sukien.resources import ResourceError, load_json_resource, load_word_list, read_resource_text
from sukien.web.map import WORLD_OUTLINE_VERSION, load_world_outline


def test_function_word_list_follows_its_schema() -> None:
    words = load_word_list("vietnamese_function_words.txt", "vietnamese_function_words", 1)
    assert len(words) >= 80
    for word in words:
        assert " " not in word and word == unicodedata.normalize("NFC", word)


def test_common_syllable_list_follows_its_schema() -> None:
    syllables = load_word_list("vietnamese_common_syllables.txt",
                               "vietnamese_common_syllables", 1)
    assert len(syllables) == 300
    assert all(s.isalpha() and " " not in s and len(s) >= 2 for s in syllables)
    assert {"và", "của", "người"} <= syllables and not {"nga", "ukraine"} & syllables


def test_wrong_version_header_is_refused() -> None:
    with pytest.raises(ResourceError, match="first line"):
        load_word_list("vietnamese_function_words.txt", "vietnamese_function_words", 2)


def test_missing_resource_is_a_resource_error() -> None:
    with pytest.raises(ResourceError):
        read_resource_text("absent.txt")


def test_detector_separates_the_seeds_from_english() -> None:
    detector = VietnameseDetector(0.12)
    seed = (Path(__file__).parent.parent / "sukien/examples/003_a0981895386714b5.txt")
    assert detector.verdict(seed.read_text("utf-8")).is_vietnamese
    english = "The minister said on Tuesday that talks with Moscow would continue next week."
    assert not detector.verdict(english * 3).is_vietnamese


def test_detector_accepts_a_vietnamese_name_list_and_rejects_french() -> None:
    detector = VietnameseDetector(0.12)
    # a real roster from a VNTC article (few function words, many Vietnamese letters)
    roster = (
        "1. Trần Trọng Cáp - B5 213 Kim Liên, trưởng đoàn\n2. Trần Đình Thành - B9 - Kim Liên, "
        "phó đoàn\n3. Lê Thị Tưởng - B10-Kim Liên\n4. Nguyễn Thị Tuyết - B6 Kim Liên\n"
        "5. Chu Bích Quế - B7 Kim Liên\n6. Đặng Thị Cúc - D7 Kim Liên\n"
    )
    assert detector.verdict(roster).is_vietnamese
    french = ("Le ministre a déclaré mardi que les négociations avec Moscou se poursuivraient "
              "la semaine prochaine, même si la côte reste fermée à la pêche.")
    assert not detector.verdict(french * 2).is_vietnamese


def test_page_markers_follow_their_schema() -> None:
    import json

    from sukien.clean.markers import load_page_markers, marker_key

    raw = json.loads(read_resource_text("page_markers.json"))
    markers = load_page_markers()
    assert (raw["resource"], raw["version"]) == ("page_markers", 4)
    assert len(markers.section_markers) == len(raw["section_markers"]), "duplicate markers"
    for marker in raw["section_markers"]:
        assert marker == marker_key(marker), marker
    assert len(set(raw["agencies"])) == len(raw["agencies"])
    # the classifier searches every line with each: one opening with '\b' scans it all
    assert not [p for p in raw["boilerplate"] + raw["caption"] if p.startswith("\\b")]
    assert markers.is_section_marker("Tin liên quan") and markers.is_section_marker("ĐỌC THÊM:")
    assert markers.is_boilerplate("Theo dõi VGT trên")
    assert markers.is_caption("Tổng tham mưu trưởng Lực lượng vũ trang Nga. Ảnh: TASS/TTXVN")
    assert not markers.is_caption("Hai bên đã trao đổi quan điểm về tình hình Ukraine.")


def test_plover_codes_follow_their_schema() -> None:
    from sukien.events.codes import load_plover_codes
    from sukien.events.lexicon import load_event_lexicon

    codes = load_plover_codes()
    assert len(codes.quad) == 16 and set(codes.quad.values()) == {1, 2, 3, 4}
    assert codes.modes["CONSULT"] == {"visit", "third-party", "multilateral", "phone"}
    assert codes.modes["REQUEST"] == codes.modes["REJECT"]
    assert {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "CVL", "NGO"} <= codes.sectors
    assert codes.is_actor_code("VNM") and codes.is_actor_code("UNO")
    assert codes.is_actor_code("SUN") and not codes.is_actor_code("XYZ")
    assert dict(load_event_lexicon().quad) == dict(codes.quad)
    for filename in ("event_triggers_cooperation.json", "event_triggers_conflict.json"):
        for raw in json.loads(read_resource_text(filename))["triggers"]:
            assert raw["mode"] is None or raw["mode"] in codes.modes[raw["type"]], raw


def test_world_outline_follows_its_schema() -> None:
    data = json.loads(read_resource_text("world_outline.json"))
    assert data["resource"] == "world_outline" and data["version"] == WORLD_OUTLINE_VERSION
    assert "Natural Earth" in data["source"] and "public domain" in data["licence"]
    countries = load_world_outline()
    codes = [c.code for c in countries if c.code is not None]
    assert len(codes) == len(set(codes)) >= 170
    assert all(len(code) == 3 and code.isupper() for code in codes)
    assert {"VNM", "CHN", "USA", "RUS", "UKR", "FJI"} <= set(codes)
    ring = r"M-?\d+(\.\d)? -?\d+(\.\d)?(L-?\d+(\.\d)? -?\d+(\.\d)?){2,}Z"
    for country in countries:
        assert re.fullmatch(f"({ring})+", country.path), country.name
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d)?", country.path)]
        xs, ys = numbers[0::2], numbers[1::2]
        # a country across the antimeridian is drawn twice, a world apart
        assert all(-540 <= x <= 540 for x in xs) and all(-90 <= y <= 90 for y in ys)
        x, y = country.centre
        assert -180 <= x <= 180 and -90 <= y <= 90
    vietnam = next(c for c in countries if c.code == "VNM")
    # Hà Nội (21.0 N, 105.8 E) lies within Vietnam's outline's box; y is minus the latitude
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d)?", vietnam.path)]
    assert min(numbers[0::2]) < 105.8 < max(numbers[0::2])
    assert min(numbers[1::2]) < -21.0 < max(numbers[1::2])


def test_world_outline_of_another_version_is_refused() -> None:
    with pytest.raises(ResourceError, match="world_outline"):
        load_json_resource("world_outline.json", "world_outline", 99)


def test_dateline_tags_follow_their_schema() -> None:
    tags = load_word_list("dateline_tags.txt", "dateline_tags", 1)
    assert {"nlđ", "nlđo"} <= tags
    assert all(tag.isalpha() and 2 <= len(tag) <= 6 for tag in tags)
