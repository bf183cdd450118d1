"""Named multilateral formats ('đàm phán 6 bên', 'EU3'): the talks are their members'
(resources/event_formats.json), with real VNTC world news sentences outside the gold."""

from __future__ import annotations

import json

import pytest

from sukien.events import load_event_lexicon
from sukien.events.formats import load_formats
from sukien.resources import ResourceError, read_resource_text
from tests.test_events import coded, sides

SIX = {"PRK", "KOR", "USA", "CHN", "JPN", "RUS"}


def test_formats_follow_their_schema() -> None:
    data = json.loads(read_resource_text("event_formats.json"))
    assert (data["resource"], data["version"]) == ("event_formats", 2) and data["about"]
    types = load_event_lexicon().quad
    assert all(t["type"] in types for t in data["triggers"])
    formats = load_formats()
    for entry, form in zip(data["formats"], formats.formats, strict=True):
        assert set(entry) == {"id", "members", "names", "named_with", "closed", "from",
                              "until"}
        assert len(set(form.members)) == len(form.members) >= 3
        for name in entry["names"]:
            # every name is found as written, right after a trigger, and means its format
            named = formats.named_by("đàm phán", f" với {name} về")
            assert named is not None and named[0] is form and named[1] == name


def test_a_format_after_a_comma_or_far_from_its_trigger_is_not_named() -> None:
    formats = load_formats()
    assert formats.named_by("đàm phán", ", trong khi 6 bên đều muốn") is None
    assert formats.named_by("đàm phán", " về những đề xuất mà cả 6 bên") is None
    assert formats.named_by("đàm phán", " hạt nhân 6 bên") is not None
    # the head of a longer name is not the shorter one: 'EU3+3' is the P5+1
    named = formats.named_by("đàm phán", " với nhóm EU3+3")
    assert named is not None and named[0].format_id == "p5+1"


def test_a_format_holds_only_in_its_months() -> None:
    six = next(f for f in load_formats().formats if f.format_id == "six-party-talks")
    assert six.held_in(None) and six.held_in("2005-07") and six.held_in("2003")
    assert not six.held_in("2011-05") and not six.held_in("2002-12")


def test_six_party_talks_have_every_member_as_an_actor() -> None:
    talks = [e for e in coded("Bộ Ngoại giao Hàn Quốc hôm nay thông báo vòng đàm phán 6 bên về "
                              "chương trình hạt nhân của CHDCND Triều Tiên sẽ được nối lại vào "
                              "ngày 26/7 tới tại Bắc Kinh, sau 13 tháng ngưng trệ do Bình "
                              "Nhưỡng từ chối tham dự.", "2005-07-05") if e.type == "CONSULT"]
    assert [sides(e) for e in talks] == [(SIX, set())]
    assert talks[0].status == "planned"


def test_leaving_the_six_party_talks_is_aimed_at_the_other_five() -> None:
    left = [e for e in coded("Hôm thứ năm, Bắc Triều Tiên lần đầu tiên khẳng định họ có vũ khí "
                             "hạt nhân và tuyên bố rút khỏi các cuộc hội đàm 6 bên vì thái độ "
                             "thù địch của Mỹ.", "2005-02-12") if e.type == "SANCTION"]
    assert [sides(e) for e in left] == [({"PRK"}, SIX - {"PRK"})]


def test_talks_with_the_eu3_are_with_britain_france_and_germany() -> None:
    talks = [e for e in coded("Thảo luận giữa EU3 và Iran đã sụp đổ hồi tháng 8, sau khi Tehran "
                              "bắt đầu lại hoạt động chuyển hóa uranium.", "2005-10-10")
             if e.type == "CONSULT"]
    assert [sides(e) for e in talks] == [({"IRN", "GBR", "FRA", "DEU"}, set())]


def test_at_a_closed_table_an_outsider_who_hopes_for_talks_is_no_party() -> None:
    text = ("Chương trình Lương thực Thế giới (WFP) hôm nay ra lời cảnh báo về nạn đói đối với "
            "khoảng 6,4 triệu người Bắc Triều Tiên, đồng thời kêu gọi cộng đồng quốc tế khẩn "
            "trương viện trợ. Đại diện WFP cũng tỏ ý hy vọng vòng đàm phán hạt nhân 6 bên tới "
            "đây sẽ mang lại sự dễ chịu hơn cho cuộc sống người dân.")
    talks = [e for e in coded(text, "2005-01-20") if e.type == "CONSULT"]
    assert [sides(e) for e in talks] == [(SIX, set())]


def test_six_parties_of_another_dispute_are_not_the_korean_talks() -> None:
    # the same words in an article that names no North Korea give no members
    def talks(about: str) -> list[set[str | None]]:
        return [sides(e)[0] for e in coded(f"Vòng đàm phán 6 bên về chương trình hạt nhân"
                                           f"{about} sẽ được nối lại vào ngày 26/7 tới tại "
                                           "Bắc Kinh.", "2005-07-05") if e.type == "CONSULT"]
    assert talks(" của Triều Tiên") == [SIX]
    assert all(not actors & (SIX - {"CHN"}) for actors in talks(""))


def test_a_format_of_unknown_members_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.loads(read_resource_text("event_formats.json"))
    data["formats"][0]["members"] = ["PRK", "Korea"]
    monkeypatch.setattr("sukien.events.formats.load_json_resource", lambda *_: data)
    with pytest.raises(ResourceError):
        load_formats()


def test_a_negotiators_title_is_no_talks() -> None:
    text = ("Trưởng đoàn đàm phán 6 bên Mỹ Christopher Hill hôm qua cho rằng đề xuất hội đàm về "
            "cùng giải trừ quân bị từ Bình Nhưỡng là vô ích và không nghiêm túc.")
    assert not [e for e in coded(text, "2005-04-01") if e.type == "CONSULT"
                and sides(e)[0] >= SIX]
    assert load_formats().titled("người đứng đầu phái đoàn")
    assert not load_formats().titled("Bắc Triều Tiên rút khỏi")
