"""The actors stage: gazetteer, titles, coreference, ambiguity, on real sentences."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pycountry
import pytest

from sukien.actors import ActorStage
from sukien.actors.gazetteer import (
    NON_STATE,
    PLACES_VERSION,
    SECTORS,
    VERSIONS,
    load_gazetteer,
)
from sukien.actors.tenure import year_from_offices
from sukien.evaluate import load_gold
from sukien.evaluate.actors import score_actors
from sukien.evaluate.metrics import share_of
from sukien.model import (
    ActorMention,
    ActorRole,
    Container,
    MentionVia,
    Page,
    PageKind,
    PageResult,
    PublishedDate,
)
from sukien.options import ProcessOptions
from sukien.pipeline import Pipeline
from sukien.resources import read_resource_text
from sukien.text import phrase_keys
from tests.conftest import EXAMPLES, SEED_PAGES

STAGE = ActorStage()
FLOORS = json.loads((EXAMPLES.parent.parent / "tests" / "floors.json").read_text("utf-8"))


def coded(text: str, on: date | None = None) -> list[tuple[str, str | None, str | None, str]]:
    return [(m.text, m.country, m.sector, m.role) for m in STAGE.mentions(text, on)]


def by_text(text: str, on: date | None = None) -> dict[str, ActorMention]:
    return {m.text: m for m in STAGE.mentions(text, on)}


def test_defence_ministers_and_the_counterpart_of_the_first_seed_sentence() -> None:
    found = by_text("Bộ trưởng Quốc phòng Nga Andrei Belousov và người đồng cấp Mỹ Lloyd Austin, "
                    "ngày 25-6, đã thảo luận về vấn đề Ukraine trong cuộc điện đàm theo sáng kiến "
                    "của Washington.", date(2024, 6, 25))
    belousov = found["Bộ trưởng Quốc phòng Nga Andrei Belousov"]
    assert (belousov.country, belousov.sector, belousov.name) == ("RUS", "GOV", "Andrei Belousov")
    austin = found["người đồng cấp Mỹ Lloyd Austin"]
    assert (austin.country, austin.sector, austin.via) == ("USA", "GOV", "counterpart")
    washington = found["Washington"]
    assert (washington.country, washington.sector, washington.via) == ("USA", "GOV", "metonym")


def test_a_title_s_country_after_of_and_the_holder_s_name_are_one_person() -> None:
    # development gold tune4: the title's country after 'của', a word describing it between
    found = by_text("Bộ trưởng dầu mỏ của Iran Bijan Namdar Zanganeh tới Armenia, và ký thỏa "
                    "thuận xây dựng một đường ống dẫn khí đốt.", date(2004, 5, 20))
    holder = found["Bộ trưởng dầu mỏ của Iran Bijan Namdar Zanganeh"]
    assert (holder.country, holder.sector, holder.name) == ("IRN", "GOV",
                                                            "Bijan Namdar Zanganeh")


def test_a_title_s_country_after_of_at_a_sentence_s_end_names_no_holder() -> None:
    # VNTC world news: the next sentence's first word is no name of the holder
    found = by_text("Iran đã cho đổi tên một con phố lớn ở thủ đô Tehran thành Anwar Sadat để "
                    "vinh danh cựu tổng thống bị ám sát của Ai Cập. Đây là sự kiện mang tính "
                    "biểu tượng.")
    assert "Ai Cập" in found and not any("Đây" in text for text in found)


def test_apposition_title_country_then_rank_and_name_is_one_person() -> None:
    found = by_text("Tổng tham mưu trưởng Lực lượng vũ trang Nga Valery Gerasimov đã điện đàm cùng "
                    "Chủ tịch Hội đồng Tham mưu trưởng liên quân Mỹ, Tướng Charles Brown.")
    brown = found["Chủ tịch Hội đồng Tham mưu trưởng liên quân Mỹ, Tướng Charles Brown"]
    assert (brown.country, brown.sector, brown.name) == ("USA", "MIL", "Charles Brown")
    gerasimov = found["Tổng tham mưu trưởng Lực lượng vũ trang Nga Valery Gerasimov"]
    assert (gerasimov.country, gerasimov.sector) == ("RUS", "MIL")


def test_a_title_ends_with_its_line() -> None:
    """A headline that ends on a title ('… với vua Jordan.') and the caption under it
    ('Tổng thống Mỹ Donald Trump.') are two mentions, not one title spanning the line."""
    found = by_text("Tổng thống Trump thảo luận về vùng an toàn ở Syria với vua Jordan.\n"
                    "Tổng thống Mỹ Donald Trump.")
    assert (found["vua Jordan"].country, found["vua Jordan"].sector) == ("JOR", "GOV")
    assert found["Tổng thống Mỹ Donald Trump"].country == "USA"


def test_surnames_refer_back_within_the_article() -> None:
    text = ("Lần gần nhất Bộ trưởng Quốc phòng Nga Sergey Shoigu điện đàm với Bộ trưởng Quốc "
            "phòng Mỹ Austin. Sau đó, Austin đã kêu gọi phía Nga ngừng bắn. Ông Shoigu bác bỏ.")
    mentions = STAGE.mentions(text, date(2022, 10, 21))
    austins = [m for m in mentions if m.text.endswith("Austin")]
    assert [(m.name, m.country, m.sector) for m in austins] == [("Lloyd Austin", "USA", "GOV")] * 2
    assert austins[1].via == "coreference"
    assert any(m.text == "Shoigu" and m.country == "RUS" for m in mentions)


def test_an_apposition_after_an_unknown_name_gives_its_nationality() -> None:
    """VNTC TG_VNE_T_ (2133): the person named with no title takes the country of the
    apposition after the comma, as do later references to the name; the apposition is no
    second side. Without the comma the name is no one's ('Ayodhya Prasad Chaubey bị bắt')."""
    text = ("Hôm qua, cơ quan thi hành án Indonesia đã bắn Ayodhya Prasad Chaubey, công dân "
            "Ấn Độ 67 tuổi, vì tội buôn lậu heroin. Chaubey bị bắt năm 1994.")
    found = by_text(text)
    chaubey = found["Ayodhya Prasad Chaubey"]
    assert (chaubey.country, chaubey.sector, chaubey.name) == ("IND", "CVL",
                                                              "Ayodhya Prasad Chaubey")
    assert "công dân Ấn Độ" not in found
    assert (found["Chaubey"].country, found["Chaubey"].via) == ("IND", "coreference")
    aged = by_text("Cảnh sát Tây Ban Nha bắt giữ Jamal Zougam, 30 tuổi, người Marốc.")
    assert aged["Jamal Zougam"].country == "MAR"
    # VNTC TG_VNE_T_ (1565): 'một' before the person's noun, after the age
    roche = by_text("Jack Roche, 50 tuổi, một người Australia gốc Anh đã cải đạo sang Hồi giáo, "
                    "bị kết án 9 năm tù hôm nay.")["Jack Roche"]
    assert (roche.country, roche.sector) == ("AUS", "CVL")
    # 'một nhà báo' is one entry of its own: the journalist keeps his sector
    journalist = by_text("Nhóm chiến binh đang giam giữ Greg Rollins, một nhà báo Canada.")
    assert (journalist["Greg Rollins"].country, journalist["Greg Rollins"].sector) == (
        "CAN", "MED")
    # a former one is a civilian
    student = by_text("Cảnh sát bắt giữ Jack Smith, cựu sinh viên Mỹ.")["Jack Smith"]
    assert (student.country, student.sector) == ("USA", "CVL")
    assert "Ayodhya Prasad Chaubey" not in by_text("Ayodhya Prasad Chaubey bị bắt năm 1994.")
    assert "Ramzi Yousef" not in by_text("Ramzi Yousef, người đang chịu án 240 năm tù, nói.")
    # a day opening the sentence is no name; a country's name inside a place's is no nationality
    day = by_text("Sáng Thứ Hai, công dân Mỹ bị bắt cóc ở Iraq.")
    assert "Sáng Thứ Hai" not in day and day["công dân Mỹ"].country == "USA"
    home = by_text("Công an đã bắt Trần Văn Ba, người Đức Thọ, Hà Tĩnh.")["Trần Văn Ba"]
    assert home.country == "VNM"


def test_the_pope_is_the_holy_sees_without_a_name() -> None:
    """'Giáo hoàng' alone (913 times in VNTC): a title held for one state only, the Holy
    See's, wherever the text stands (development gold tune18)."""
    found = by_text("Giáo hoàng và Tổng thống Carlo Azeglio Ciampi đã thống nhất về nền độc "
                    "lập và sự tự trị của hai nhà nước.")
    assert (found["Giáo hoàng"].country, found["Giáo hoàng"].sector) == ("VAT", "REL")
    named = by_text("Giáo hoàng John Paul II đã gặp Tổng thống Bush.")
    assert named["Giáo hoàng John Paul II"].name == "John Paul II"


def test_a_name_after_a_vietnamese_office_is_its_holder() -> None:
    """VNTC XH_VNE_ (59), XH_NLD_ (4821): the person named right after the office, past its
    unit and place, holds it, and so does a later reference to the name; a name right after
    an office ending in its unit may be a ward's ('phường Nguyễn Cư Trinh') and stays
    unread, as a count of officers takes no name."""
    found = by_text("Trước đó, bí thư Thành ủy thành phố Hải Phòng Nguyễn Văn Thuận đã phát biểu "
                    "ôn lại những chặng đường lịch sử. Ông Nguyễn Văn Thuận đã kêu gọi toàn thể "
                    "cán bộ, đảng viên và nhân dân TP Hải Phòng nỗ lực vượt khó.")
    secretary = found["bí thư Thành ủy thành phố Hải Phòng Nguyễn Văn Thuận"]
    assert (secretary.country, secretary.sector, secretary.name) == (
        "VNM", "PTY", "Nguyễn Văn Thuận")
    assert (found["Nguyễn Văn Thuận"].sector, found["Nguyễn Văn Thuận"].via) == (
        "PTY", "coreference")
    assert found["Hải Phòng"].role == "location"
    chair = by_text("Ngày 18-1, Chủ tịch HĐND TPHCM Phạm Phương Thảo tiếp thân mật đoàn hạ nghị "
                    "sĩ Mỹ đang ở thăm TPHCM.")
    assert [(m.sector, m.name) for m in chair.values() if m.name] == [
        ("LEG", "Phạm Phương Thảo")]
    # VNTC PL_VNE_T_ (241): a former deputy is a civilian
    former = by_text("Tỉnh ủy Kiên Giang đã ra quyết định cách chức nguyên phó chủ tịch huyện "
                     "Phú Quốc Lê Minh Dũng.")
    assert [(m.sector, m.name) for m in former.values() if m.name] == [("CVL", "Lê Minh Dũng")]
    ward = by_text("Chủ tịch UBND phường Nguyễn Cư Trinh phát biểu.")
    assert ward and all(m.name is None for m in ward.values())
    # a count of officers, or of the holders of an office, names no one holder
    counted = by_text("Các công an Nguyễn Văn A và Lê Văn B đã có mặt.")
    assert counted["Nguyễn Văn A"].via != "title"
    # VNTC PL_ VNE_ (323)
    prosecutors = by_text("Hai kiểm sát viên Trần Văn Cảnh và Đỗ Thành Đạt có mặt tại phiên tòa.")
    assert prosecutors["Trần Văn Cảnh"].via != "title"
    # a foreign city's office is no Vietnamese holder's
    shanghai = by_text("Bí thư Thành ủy Thượng Hải Trần Lương Vũ đã bị cách chức.")
    assert {m.country for m in shanghai.values()} == {"CHN"}
    # the unknown place has two syllables, one of them a family name's
    ward = by_text("Chủ tịch UBND phường Tuần Châu Phạm Văn Toàn cho biết.")
    assert [m.name for m in ward.values() if m.name] == ["Phạm Văn Toàn"]


def test_an_apposition_between_dashes_or_naming_a_trade_and_a_people_gives_the_nationality(
        ) -> None:
    # VNTC TG_ VNE_ (193): 'Orly Halperin - phóng viên người Mỹ -'
    dashed = by_text("Farrell cùng với Orly Halperin - phóng viên người Mỹ - thuyết phục những "
                     "kẻ bắt cóc rằng họ là phóng viên.")["Orly Halperin"]
    assert (dashed.country, dashed.sector) == ("USA", "MED")
    comma = by_text("Hôm qua, Orly Halperin, phóng viên người Mỹ, bị bắt cóc.")["Orly Halperin"]
    assert comma.country == "USA"


def test_an_unknown_foreign_name_after_an_honorific_is_a_person_of_the_context() -> None:
    """VNTC: 'ông Sebastian Pinera' (Chile's election), 'bà Olan Orefuja, một người Nigeria
    di dân' (the apposition first); later references to the surname are the same person."""
    found = by_text("Michelle Bachelet đã đắc cử tổng thống Chile. Đối thủ của bà, ông "
                    "Sebastian Pinera đã thừa nhận thất bại. Pinera chúc mừng bà.")
    pinera = found["Sebastian Pinera"]
    assert (pinera.country, pinera.sector, pinera.via) == ("CHL", "CVL", "name")
    assert (found["Pinera"].country, found["Pinera"].via) == ("CHL", "coreference")
    olan = by_text("Còn bà Olan Orefuja, một người Nigeria di dân, cho biết con gái bà đã "
                   "thay đổi.")["Olan Orefuja"]
    assert (olan.country, olan.sector) == ("NGA", "CVL")
    # two countries in the sentence: the nearest is as often the other party's
    assert "Youssef Kamal" not in by_text("Ngoại trưởng Mỹ đã hội đàm với ông Youssef Kamal "
                                          "của Ai Cập.")


def test_the_owners_of_missions_attacked_are_not_the_attackers_country() -> None:
    """Development gold tune8 (y024), VNTC: 'đại sứ quán Mỹ và Israel', 'cơ quan ngoại giao
    Mỹ và Israel' name the embassies' owners; the bombers are of the place, Uzbekistan."""
    found = by_text("Đại sứ quán Mỹ và Israel ở Uzbekistan bị tấn công. Hôm qua, trong vòng 10 "
                    "phút, những kẻ đánh bom tự sát đã đồng loạt nhằm vào cơ quan ngoại giao Mỹ "
                    "và Israel cùng văn phòng trưởng công tố.")
    bombers = found["những kẻ đánh bom tự sát"]
    assert (bombers.country, bombers.sector) == ("UZB", "REB")


def test_referring_bodies_are_phrases_ending_in_nay_with_known_sectors() -> None:
    data = json.loads(read_resource_text("actor_rules.json"))["referring_bodies"]
    phrases = [p for raw in data for p in raw["phrases"]]
    assert len(phrases) == len(set(phrases)) and all(p.endswith(" này") for p in phrases)
    rules = load_gazetteer().rules
    assert rules.referring_bodies["nhóm này"] == {"REB", "OPP"}
    assert all(sectors for sectors in rules.referring_bodies.values())


@pytest.mark.parametrize(("text", "name", "country", "sector"), [
    # VNTC world news: groups and parties the gazetteer lacked, one opening a sentence
    ("Nhóm Hamas tuyên bố chịu trách nhiệm.", "Hamas", "PSE", "REB"),
    ("Nhóm Abu Sayyaf đã bắt cóc 3 người Mỹ.", "Nhóm Abu Sayyaf", "PHL", "REB"),
    ("Tại Sri Lanka, chính phủ và lực lượng Hổ Tamil đã hợp tác trong cứu trợ.",
     "lực lượng Hổ Tamil", "LKA", "REB"),
    ("Bà Sonia Gandhi đã tuyên bố đảng Quốc đại sẽ tiếp tục tiến trình hoà bình với Pakistan.",
     "đảng Quốc đại", "IND", "PTY"),
    ("Gazprom cắt cung cấp khí đốt cho Ukraine.", "Gazprom", "RUS", "BUS"),
    ("Khi Mỹ tấn công Afghanistan và truy quét Al-Qeada, Nga nhìn thấy lợi ích.", "Al-Qeada",
     "AFG", "REB"),
])
def test_armed_groups_parties_and_firms_of_world_news(text: str, name: str, country: str,
                                                      sector: str) -> None:
    mention = by_text(text)[name]
    assert (mention.country, mention.sector) == (country, sector)


def test_both_sides_are_the_two_countries_the_article_is_about() -> None:
    text = ("Mỹ sẵn sàng thảo luận với Nga về các hệ thống tên lửa. Theo nguồn tin, các nhà "
            "ngoại giao hai bên sẽ thảo luận sơ bộ vào tối 9/1.")
    sides = [m for m in STAGE.mentions(text) if m.role == "group"]
    assert sorted((m.country, m.sector) for m in sides) == [("RUS", "GOV"), ("USA", "GOV")]


def test_one_title_for_two_countries_gives_two_office_holders() -> None:
    found = coded("Lần gần nhất Bộ trưởng Quốc phòng Nga và Mỹ nói chuyện là cách đây 5 tháng.")
    assert ("RUS", "GOV") in [(c, s) for _, c, s, _ in found]
    assert ("USA", "GOV") in [(c, s) for _, c, s, _ in found]


def test_this_country_is_the_last_country_named() -> None:
    found = by_text("Bộ Quốc phòng Nga ngày 25-6 xác nhận nước này và Ukraine đã trao đổi tù binh.")
    assert found["nước này"].country == "RUS"


@pytest.mark.parametrize(("text", "expected"), [
    # England only in context; the pronoun and the brother are not countries
    ("Mỹ, Anh và Pháp đã họp tại Brussels.", {"USA", "GBR", "FRA"}),
    ("Thủ tướng Anh Keir Starmer phát biểu.", {"GBR"}),
    ("Anh cho biết sẽ về nhà sớm.", set()),
    ("Tôi gặp anh Tuấn Anh hôm qua.", {"VNM"}),  # a Vietnamese, Mr Tuấn Anh
    # 'Nam' alone is the south, not a country
    ("Quân đội rút về phía Nam, còn Hàn Quốc giữ nguyên.", {"KOR"}),
    # 'Mỹ' inside other words and names
    ("dưới cái tên hoa mỹ, ngành mỹ phẩm và Mỹ thuật phát triển ở Mỹ Tho", set()),
    ("các nước châu Mỹ Latin họp.", set()),
    # Vietnamese personal names that end in a country name: two Vietnamese, no Russia
    # and no Germany
    ("Chị Nguyễn Thị Thúy Nga và anh Trần Minh Đức đến dự.", {"VNM"}),
])
def test_ambiguous_names(text: str, expected: set[str]) -> None:
    assert {c for _, c, _, role in coded(text) if role != "location"} == expected


def test_a_capital_is_the_government_only_when_it_acts() -> None:
    acting, place = STAGE.mentions("Hà Nội phản đối việc này, còn đoàn đã tới Hà Nội.")
    assert (acting.country, acting.sector, acting.role) == ("VNM", "GOV", "actor")
    assert (place.country, place.role) == ("VNM", "location")


def test_a_person_named_after_a_place() -> None:
    found = by_text("Ông Israel Katz, Bộ trưởng Quốc phòng Israel, tuyên bố.", date(2025, 1, 5))
    katz = found["Israel Katz"]
    assert (katz.name, katz.country, katz.sector, katz.entity_id) == (
        "Israel Katz", "ISR", "GOV", "person:israel-katz")
    assert "Israel" not in found  # the first name is not coded as the country


def test_a_bare_surname_after_a_title_needs_an_office_on_the_date() -> None:
    sentence = "Bộ trưởng Quốc phòng Mỹ Austin điện đàm với phía Nga."
    in_office = by_text(sentence, date(2022, 10, 21))["Bộ trưởng Quốc phòng Mỹ Austin"]
    assert (in_office.name, in_office.entity_id) == ("Lloyd Austin", "person:lloyd-austin")
    # in 2026 no Austin holds an office: an unknown person coded from title and country
    later = by_text(sentence, date(2026, 1, 5))["Bộ trưởng Quốc phòng Mỹ Austin"]
    assert (later.name, later.entity_id, later.country) == ("Austin", None, "USA")


@pytest.mark.parametrize(("text", "on", "name", "country"), [
    # VNTC TG_NLD_ (2651), February 2006: Denmark's prime minister, NATO's from 2009
    ("Thủ tướng Đan Mạch Anders Fogh Rasmussen cũng kêu gọi bình tĩnh.", date(2006, 2, 8),
     "Anders Fogh Rasmussen", "DNK"),
    # VNTC TG_VNE_T_ (7197), 2005: South Korea's foreign minister, the UN's from 2007
    ("Ngoại trưởng Hàn Quốc Ban Ki-moon hôm nay yêu cầu các nhà lãnh đạo Nhật thừa nhận quá "
     "khứ thực dân của nước này.", date(2005, 3, 17), "Ban Ki-moon", "KOR"),
    ("Tổng thư ký NATO Anders Fogh Rasmussen kêu gọi Nga rút quân.", date(2010, 5, 3),
     "Anders Fogh Rasmussen", "IGO"),
    # no day known: the office the title names
    ("Thủ tướng Đan Mạch Anders Fogh Rasmussen cũng kêu gọi bình tĩnh.", None,
     "Anders Fogh Rasmussen", "DNK"),
    # no day and no title: the last office, the IAEA's (his month as Egypt's vice-president
    # in 2013 is left out of the gazetteer)
    ("Ông Mohamed ElBaradei kêu gọi Iran hợp tác.", None, "Mohamed ElBaradei", "UNO"),
])
def test_an_office_names_the_country_its_holder_acts_for(
        text: str, on: date | None, name: str, country: str) -> None:
    [person] = [m for m in STAGE.mentions(text, on) if m.name == name]
    assert (person.country, person.sector) == (country, "GOV")


def test_a_known_persons_wife_is_not_him() -> None:
    """VNTC TG_VNE_ (1048): the one Arafat the sentence names is the visited president."""
    names = [m.name for m in STAGE.mentions(
        "Bà Suha Arafat hôm nay chỉ trích việc những quan chức cấp cao của Palestines đến thăm "
        "Arafat tại Paris.", date(2004, 11, 8))]
    assert names.count("Yasser Arafat") == 1


@pytest.mark.parametrize(("text", "on", "not_named"), [
    # VNTC TG_VNE_T_ (6829) and development gold tune20: a bomber whose father's name is
    # Egypt's president's surname
    ("Giới chức Jordan bắt một kẻ đánh bom hụt là Sajida Mubarak Atrous al-Rishawi.",
     date(2005, 11, 14), "Hosni Mubarak"),
    ("Kẻ phụ tá này có tên Mubarak Atrous Rishawi đã bị quân đội Mỹ tiêu diệt ở thành phố "
     "Fallujah.", date(2004, 11, 20), "Hosni Mubarak"),
    # VNTC TG_VNE_ (1820): the president's brother
    ("Nguyên do là Jeb Bush từng có kinh nghiệm khi đương đầu với thiệt hại do bão ở Florida.",
     date(2005, 9, 3), "George W. Bush"),
    # a title's holder named with his family's name: the title codes him, not his son
    ("Tổng thống Syria Hafez Assad gặp Tổng thống Mỹ Bill Clinton tại Geneva.",
     date(1994, 1, 16), "Bashar al-Assad"),
])
def test_a_known_surname_in_another_persons_name_is_not_that_person(
        text: str, on: date, not_named: str) -> None:
    assert not_named not in [m.name for m in STAGE.mentions(text, on)]


@pytest.mark.parametrize(("text", "on", "name", "country"), [
    ("Bà Suha Arafat hôm nay chỉ trích việc những quan chức cấp cao của Palestines đến thăm "
     "Arafat tại Paris.", date(2004, 11, 8), "Suha Arafat", "PSE"),
    # VNTC TG_ VNE_ (201); a capitalized Vietnamese word before the name is none of it
    ("Trong khi Laura Bush ngồi đọc sách, Rove trình bày bằng PowerPoint về chiến lược vận "
     "động.", date(2003, 8, 20), "Laura Bush", "USA"),
    ("Theo Laura Bush, chồng bà rất mệt.", date(2003, 8, 20), "Laura Bush", "USA"),
])
def test_a_known_persons_relative_with_no_office_is_a_private_person_of_the_family_country(
        text: str, on: date, name: str, country: str) -> None:
    """Named by given name and the family name alone, with no title."""
    [relative] = [m for m in STAGE.mentions(text, on) if m.name == name]
    assert (relative.country, relative.sector) == (country, "CVL")


@pytest.mark.parametrize(("text", "on", "name", "expected"), [
    # the affixes English writes with a name are no other given name
    ("Mr Blair nói với Quốc hội.", date(2005, 9, 3), "Tony Blair", ("GBR", "GOV")),
    ("Tổng thống Bush Jr. tới thăm Iraq.", date(2005, 9, 3), "George W. Bush", ("USA", "GOV")),
    # a former holder of every office is a civilian of his own country, not of the UN he
    # came to lead
    ("Cựu Thủ tướng Bồ Đào Nha Antonio Guterres được bầu làm Cao ủy.", date(2005, 5, 1),
     "António Guterres", ("PRT", "CVL")),
    # an international office held by a person coded by his own country
    ("Chủ tịch Ủy ban châu Âu Romano Prodi kêu gọi Mỹ.", date(2003, 5, 1), "Romano Prodi",
     ("EUR", "GOV")),
])
def test_a_known_person_acts_for_the_office_the_day_or_the_title_gives(
        text: str, on: date, name: str, expected: tuple[str, str]) -> None:
    [person] = [m for m in STAGE.mentions(text, on) if m.name == name]
    assert (person.country, person.sector) == expected


@pytest.mark.parametrize(("text", "name"), [
    # another spelling of the person's given name, or of his surname after the alias
    ("Tổng thống Iran Mahmud Ahmadinejad chỉ trích Mỹ.", "Mahmoud Ahmadinejad"),
    ("Saddam Husein bị bắt ở gần Tikrit.", "Saddam Hussein"),
    # a capitalized Vietnamese word beside the surname is no name ('Theo', 'Hôm')
    ("Theo Bush, Iraq vẫn nguy hiểm.", "George W. Bush"),
])
def test_a_known_surname_with_the_persons_own_names_is_that_person(text: str, name: str) -> None:
    assert name in [m.name for m in STAGE.mentions(text, date(2005, 6, 1))]


def test_unknown_person_is_coded_from_title_and_country() -> None:
    found = by_text("Ngoại trưởng Jordan Ayman Safadi đã gặp Đại sứ Pháp tại Amman.")
    safadi = found["Ngoại trưởng Jordan Ayman Safadi"]
    assert (safadi.country, safadi.sector, safadi.name, safadi.via) == (
        "JOR", "GOV", "Ayman Safadi", "title")
    assert found["Đại sứ Pháp"].country == "FRA"


def test_charges_d_affaires_and_consuls_are_diplomats_of_their_country() -> None:
    """VNTC TG_VNE_T_ (5304), XH_NLD_ (3714): 'Đại biện lâm thời', 'Tổng lãnh sự' are
    titles like 'Đại sứ'; the kidnapped diplomat was only 'Algeria'."""
    found = by_text("Đại biện lâm thời Algeria tại Iraq Ali Belaroussi, 62 tuổi và người phụ tá "
                    "Azzedine Belkadi, 47 tuổi, bị các tay súng lôi ra khỏi xe và bắt đi ở "
                    "Baghdad ngày 21/7.")
    envoy = found["Đại biện lâm thời Algeria tại Iraq Ali Belaroussi"]
    assert (envoy.country, envoy.sector, envoy.name) == ("DZA", "GOV", "Ali Belaroussi")
    consul = by_text("Tại lễ khai mạc, Tổng lãnh sự Singapore tại TPHCM Jimmy Chua đã điểm lại "
                     "quan hệ hợp tác về nhiều mặt giữa VN và Singapore.")[
        "Tổng lãnh sự Singapore tại TPHCM Jimmy Chua"]
    assert (consul.country, consul.sector) == ("SGP", "GOV")
    premier = by_text("Thủ hiến Queensland Peter Beattie đã mời Thủ tướng Phan Văn Khải thăm "
                      "bang ông.")["Thủ hiến Queensland Peter Beattie"]
    assert (premier.country, premier.sector, premier.name) == ("AUS", "GOV", "Peter Beattie")
    # 'lãnh sự' alone is mostly the adjective: the consular department is no consul
    assert "Cục Lãnh sự Bộ Ngoại giao Việt Nam" not in by_text(
        "Cục Lãnh sự Bộ Ngoại giao Việt Nam cho biết đã liên hệ với phía Nga.")


def test_a_foreign_name_alone_after_a_title_is_its_holder_of_the_context() -> None:
    """tune splits: 'Thủ tướng Kulov', 'Hoàng hậu Sirikit' name no country; the context
    gives it. A Vietnamese given name ('Thủ tướng Dũng') is not read so, nor is a foreign
    one where the context is Vietnam."""
    kulov = by_text("Cuộc chiến giữa hai phe ở Kyrgyzstan bùng nổ. Thủ tướng Kulov tố cáo vây "
                    "cánh của TT Bakiev có quan hệ với giới tội phạm.")["Thủ tướng Kulov"]
    assert (kulov.country, kulov.sector, kulov.name) == ("KGZ", "GOV", "Kulov")
    queen = by_text("Hoàng hậu Sirikit hối thúc người dân hãy giúp chính phủ giải quyết các "
                    "vấn đề ở miền nam Thái Lan.")["Hoàng hậu Sirikit"]
    assert (queen.country, queen.sector) == ("THA", "GOV")
    assert "Thủ tướng Dũng" not in by_text("Thủ tướng Dũng hội đàm với Tổng thống Nga.")
    assert not by_text("Năm 1889, phu nhân tổng thống Harrison, bà Caroline đã tận dụng "
                       "khoảnh khắc quan trọng trong lễ nhậm chức của chồng.")
    # sports news (VNTC 'The thao'): a word opening the next sentence, a team's captain
    assert set(by_text("Bóng đá Tây Ban Nha: Real thua ở Cúp Nhà vua. Real phản ứng chậm "
                       "chạp, tấn công yếu ớt.")) == {"Tây Ban Nha"}
    # an acronym is no foreign name: the European Central Bank's head, not a Saudi
    ecb = by_text("Giá dầu tăng ở Ảrập Xêút, chủ tịch ECB lo ngại.")["chủ tịch ECB"]
    assert (ecb.country, ecb.sector, ecb.name) == ("EUR", "GOV", None)
    assert set(by_text("Bóng đá Tây Ban Nha: chủ tướng Zidane thống lĩnh đoàn quân vùng lên "
                       "tấn công.")) == {"Tây Ban Nha"}


def test_countries_of_the_v6_list_are_countries_not_names() -> None:
    found = by_text("Hôm qua, cựu thủ lĩnh phiến quân Pierre Nkurunziza tuyên thệ nhậm chức "
                    "tổng thống Burundi.")
    assert found["tổng thống Burundi"].country == "BDI"
    assert found["tổng thống Burundi"].name is None


def test_this_organization_is_the_organization_named_last_not_a_news_agency() -> None:
    """tune: 'Chính quyền Bush hy vọng trong cuộc họp thượng đỉnh của NATO … Allawi kêu gọi
    … từ các quốc gia thành viên của tổ chức này'."""
    found = by_text("Chính quyền Bush hy vọng trong cuộc họp thượng đỉnh của NATO tại Thổ Nhĩ "
                    "Kỳ, lời đề nghị của Thủ tướng lâm thời Iraq Iyad Allawi sẽ được đáp lại. "
                    "Theo AP, Allawi kêu gọi sự đóng góp thiết bị cũng như các khóa huấn luyện "
                    "quân sự từ các quốc gia thành viên của tổ chức này.")
    assert found["tổ chức này"].name == found["NATO"].name == "NATO"
    assert found["tổ chức này"].country == "IGO"


def test_the_plo_and_fatah_are_palestinian_organizations() -> None:
    found = by_text("Kuwait từng cắt quan hệ với PLO. Chủ tịch PLO cho biết sẽ thay mặt tổ chức "
                    "này đề nghị giới lãnh đạo Kuwait nối lại viện trợ kinh tế. Rất nhiều người "
                    "Palestine đổ lỗi cho Fatah.")
    assert (found["Chủ tịch PLO"].country, found["Chủ tịch PLO"].sector) == ("PSE", "GOV")
    assert found["tổ chức này"].name == "PLO"
    assert (found["Fatah"].country, found["Fatah"].sector) == ("PSE", "PTY")


def test_seed_event_actors_meet_the_floor() -> None:
    checks = score_actors(load_gold(EXAMPLES / "gold.json"), ProcessOptions()).checks
    recall = share_of(c.correct for c in checks).rate
    assert recall >= FLOORS["actors"]["recall"], [c for c in checks if not c.correct]
    named = [c for c in checks if c.gold.name]
    assert all(c.correct for c in named), [c for c in named if not c.correct]


@pytest.mark.parametrize("name", ["actor_countries", "actor_organizations", "actor_titles",
                                  "actor_people", "actor_rules", "actor_collectives"])
def test_actor_resources_follow_their_schema(name: str) -> None:
    data = json.loads(read_resource_text(f"{name}.json"))
    assert (data["resource"], data["version"]) == (name, VERSIONS[name]) and data["about"]


def test_actor_rules_word_lists_are_lists_of_words() -> None:
    data = json.loads(read_resource_text("actor_rules.json"))
    for key in ("locatives", "honorifics", "context_before", "name_particles", "quantifiers",
                "modifier_words", "not_holders", "person_nouns", "home_units",
                "nationality_links", "neighbours", "residence_links", "honorific_nouns",
                "nationality_givers", "apposed_roles", "member_links", "apposition_openers",
                "apposition_owners", "apposition_ends", "leanings", "name_links",
                "foreign_markers", "weak_context", "demonstratives", "self_referrers",
                "clause_auxiliaries", "deputy_markers", "office_units", "home_honorifics",
                "not_given_names"):
        assert data[key] and all(isinstance(w, str) and w.strip() == w and w for w in data[key])
    # an honorific only the press's own people get is an honorific first
    assert set(data["home_honorifics"]) <= set(data["honorifics"])
    # a blocked phrase never takes a country's own name out of the gazetteer
    countries = json.loads(read_resource_text("actor_countries.json"))["countries"]
    assert not set(data["blocked"]) & {name for c in countries for name in c["names"]}
    # matched on the one or two words next to a referring phrase
    assert all(len(w.split()) <= 2 for key in ("self_referrers", "clause_auxiliaries")
               for w in data[key])
    # matched on the one word before an office
    assert all(len(w.split()) == 1 for w in data["deputy_markers"])


def test_portfolio_titles_are_holders_and_portfolios_with_a_sector() -> None:
    spec = json.loads(read_resource_text("actor_titles.json"))["portfolio_titles"]
    assert spec["holders"] and all(isinstance(h, str) and h.strip() == h and h[0].isupper()
                                   for h in spec["holders"])
    names = [n for group in spec["portfolios"] for n in group["names"]]
    assert names and all(isinstance(n, str) and n.strip() == n and n[0].isupper()
                         for n in names)
    assert len(names) == len(set(names))
    assert all(group["sector"] in SECTORS for group in spec["portfolios"])


def test_people_are_current_to_their_as_of_date_with_a_source_per_office() -> None:
    data = json.loads(read_resource_text("actor_people.json"))
    as_of = date.fromisoformat(data["as_of"])
    assert as_of >= date(2026, 1, 1) and load_gazetteer().as_of == as_of
    for person in data["people"]:
        for office in person["offices"]:
            assert office["source"], person["name"]
            assert date.fromisoformat(office["start"]) <= as_of, person["name"]
    current = {(p["country"], o["title"]) for p in data["people"] for o in p["offices"]
               if o["end"] is None}
    for office in (("USA", "Tổng thống"), ("VNM", "Tổng Bí thư"), ("CHN", "Chủ tịch nước"),
                   ("RUS", "Tổng thống"), ("UKR", "Tổng thống")):
        assert office in current, office


def test_gazetteer_codes_and_people_are_consistent() -> None:
    countries = json.loads(read_resource_text("actor_countries.json"))["countries"]
    codes = [c["code"] for c in countries]
    assert len(codes) == len(set(codes)) >= 100
    people = json.loads(read_resource_text("actor_people.json"))["people"]
    assert len({p["id"] for p in people}) == len(people)
    for person in people:
        assert person["country"] in codes or person["country"] in NON_STATE, person["name"]
        for office in person["offices"]:
            assert office["sector"] in SECTORS
            assert office["end"] is None or office["start"] < office["end"], person["name"]
    for country in countries:
        for name in country["ambiguous"]:
            assert name in country["names"] + country["capitals"]
        # a country lists each of its names once
        assert len(country["names"]) == len(set(country["names"])), country["code"]
    load_gazetteer()  # every name has a token, every code and sector is valid


def test_places_regions_follow_their_schema() -> None:
    """places.json v2 and on 'regions': an ISO 3166-2 subdivision of its country, or a region of one
    country ISO does not list whole; names that no country, capital, city or province of
    Vietnam is matched by, so a region never takes another place's name (a city's ambiguous
    name, matched as no city, it may: Guantanamo, the US base)."""
    data = json.loads(read_resource_text("places.json"))
    assert (data["resource"], data["version"]) == ("places", PLACES_VERSION) == ("places", 4)
    assert "Regions (v2)" in data["about"]
    countries = json.loads(read_resource_text("actor_countries.json"))["countries"]
    taken = {" ".join(phrase_keys(name))
             for country in countries for name in country["names"] + country["capitals"]}
    taken |= {" ".join(phrase_keys(name)) for key in ("vietnam_provinces_until_2025_06_30",
                                                      "vietnam_provinces_from_2025_07_01",
                                                      "vietnam_provinces_former", "cities")
              for place in data[key] for name in place["names"]
              if name not in place.get("ambiguous_names", ())}
    regions = data["regions"]
    assert len(regions) >= 150 and len({r["id"] for r in regions}) == len(regions)
    seen: set[str] = set()
    for region in regions:
        if region["code"] is None:
            assert region["what"] and region["iso_name"] is None, region["id"]
        else:
            subdivision = pycountry.subdivisions.get(code=region["code"])
            assert subdivision is not None and subdivision.name == region["iso_name"]
            assert pycountry.countries.get(alpha_2=subdivision.country_code).alpha_3 == (
                region["country"]), region["id"]
        for name in region["names"]:
            key = " ".join(phrase_keys(name))
            assert key not in taken and key not in seen, name
            seen.add(key)
        for phrase in region.get("blocked", ()):
            assert any(" ".join(phrase_keys(n)) in " ".join(phrase_keys(phrase))
                       for n in region["names"]), phrase


def test_a_foreign_region_is_a_place_of_its_country() -> None:
    mentions = by_text("Cảnh sát ở tỉnh Narathiwat gần đây bắt 9 người Hồi giáo bị tình nghi.")
    place = mentions["Narathiwat"]
    assert (place.country, place.role) == ("THA", ActorRole.LOCATION)
    assert mentions["Cảnh sát"].country == "THA"
    tibet = by_text("Đạt Lai Lạt Ma, thủ lĩnh tinh thần Tây Tạng, đã gặp Ngoại trưởng Anh.")
    assert tibet["Tây Tạng"].country == "CHN"
    # the tea of the commune of Tân Cương (Thái Nguyên) is no place in Xinjiang
    assert "Tân Cương" not in by_text("Thương hiệu chè Tân Cương đã được đông đảo người tiêu "
                                      "dùng Mỹ biết đến.")


def test_names_are_case_folded_words() -> None:
    assert phrase_keys("Charles Q. Brown") == ["charles", "q", "brown"]
    assert phrase_keys("Kim Jong-un") == ["kim", "jong", "un"]
    kim = by_text("Nhà lãnh đạo Kim Jong Un phát biểu.")["Nhà lãnh đạo Kim Jong Un"]
    assert (kim.country, kim.name) == ("PRK", "Kim Jong-un")


def _published_of(body: str) -> PublishedDate:
    text = ("Nga và Mỹ điện đàm về Ukraine\n\n" + body
            + "\n\nHai bên cũng thảo luận về an ninh châu Âu và các biện pháp tránh leo thang."
            "\n\nKHÁNH HƯNG\n")
    page = Page("t.txt", "t.txt", PageKind.TEXT, Container.TXT, text, "utf-8", len(text))
    result = Pipeline().process(page)
    assert isinstance(result, PageResult)
    published = result.articles[0].published
    assert published is not None
    return published


def test_office_holders_named_with_their_titles_give_the_missing_year() -> None:
    published = _published_of(
        "Ngày 4/12, Bộ trưởng Quốc phòng Nga Andrei Belousov đã có cuộc điện đàm với người "
        "đồng cấp Mỹ Lloyd Austin, theo thông báo của Bộ Quốc phòng Nga.")
    # Belousov took office on 14 May 2024, Austin left on 20 January 2025
    assert published.value == "2024-12-04"
    assert published.confidence < 0.5 and "Belousov" in published.evidence


def test_offices_that_allow_several_years_or_names_without_titles_leave_it_unknown() -> None:
    two_years = _published_of(
        "Ngày 4/12, Tổng tham mưu trưởng Nga Valery Gerasimov đã điện đàm với Chủ tịch Hội đồng "
        "Tham mưu trưởng liên quân Mỹ Charles Q. Brown về tình hình Ukraine.")
    assert two_years.value.startswith("XXXX-12-04")  # Brown held office in Dec. 2023 and 2024
    untitled = _published_of(
        "Ngày 4/12, ông Andrei Belousov và ông Lloyd Austin đã có cuộc điện đàm kéo dài.")
    assert untitled.value.startswith("XXXX-12-04")


def test_an_office_held_until_today_allows_every_year_since_it_began() -> None:
    gazetteer = STAGE.gazetteer
    mentions = list(by_text("Bộ trưởng Quốc phòng Nga Andrei Belousov phát biểu.").values())
    unknown = PublishedDate("XXXX-06-01", "day", 0.25, "'ngày 1/6'")
    assert year_from_offices(unknown, mentions, gazetteer, date(2025, 1, 1)).value == "2024-06-01"
    assert year_from_offices(unknown, mentions, gazetteer, date(2026, 11, 22)) is None
    known = PublishedDate("2024-06-01", "day", 0.9, "")
    assert year_from_offices(known, mentions, gazetteer, date(2025, 1, 1)) is None


def test_a_vietnamese_name_outside_the_gazetteer_is_a_vietnamese_person() -> None:
    found = by_text("Sáng 12/5, công an đã bắt giữ Nguyễn Văn Tám tại đường Trần Hưng Đạo.")
    person = found["Nguyễn Văn Tám"]
    assert (person.country, person.sector, person.via) == ("VNM", "CVL", "name")
    assert "Trần Hưng Đạo" not in found  # a street named after someone
    police = found["công an"]
    assert (police.country, police.sector) == ("VNM", "COP")


def test_an_institution_takes_the_country_of_its_sentence_or_article() -> None:
    found = by_text("Theo giới chức Pakistan, cảnh sát đã bắt giữ 3 nghi phạm ở Karachi.")
    assert (found["cảnh sát"].country, found["cảnh sát"].sector) == ("PAK", "COP")
    assert found["Karachi"].role == "location" and found["Karachi"].country == "PAK"
    later = by_text("Tòa án đã tuyên án hôm qua. Vụ việc xảy ra ở Islamabad, Pakistan.")
    assert later["Tòa án"].country == "PAK"


def test_names_never_match_part_of_a_word() -> None:
    found = by_text("Tuy nhiên, các bác sĩ Pháp luật sư nói Mỹ phẩm của Đức tin cậy.")
    assert not {"Tuy", "Mỹ", "Đức"} & set(found)


def test_the_output_does_not_depend_on_the_day_it_is_computed(tmp_path: Path) -> None:
    """Two runs, one with the clock five years ahead (a sitecustomize shifts time.time,
    which date.today reads): the pages give the same JSON. A page dated only by day and
    month that names office holders is where the clock once leaked in. (The store's
    timestamps read datetime.now, which this does not move; no per-page stage reads it.)"""
    page = tmp_path / "page.txt"
    # an office holder since 14 January 2026, still in office: the one year of "20/1"
    page.write_text("Bộ trưởng Quốc phòng Ukraine điện đàm với người đồng cấp Anh\n"
                    "Ngày 20/1, Bộ trưởng Quốc phòng Ukraine Mykhailo Fedorov đã điện đàm với "
                    "người đồng cấp Anh về viện trợ quân sự.\nHai bên đã thảo luận về tình "
                    "hình chiến sự và các khoản viện trợ quân sự trong thời gian tới, theo "
                    "thông báo của Bộ Quốc phòng Ukraine.\n", "utf-8")
    shifted = tmp_path / "clock"
    shifted.mkdir()
    (shifted / "sitecustomize.py").write_text(
        "import time\n_real = time.time\ntime.time = lambda: _real() + 5 * 365 * 86400\n")
    inputs = [str(page), *(str(p) for p in SEED_PAGES)]
    today = subprocess.run([sys.executable, "-m", "sukien", "extract", *inputs],
                           capture_output=True, text=True, check=True)
    later = subprocess.run([sys.executable, "-m", "sukien", "extract", *inputs],
                           capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONPATH": os.pathsep.join(
                               [str(shifted), os.environ.get("PYTHONPATH", "")])})
    check = subprocess.run([sys.executable, "-c", "import datetime; print(datetime.date.today())"],
                           capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONPATH": str(shifted)})
    assert check.stdout.strip() != str(date.today())  # the clock really moved
    assert '"2026-01-20"' in today.stdout and later.stdout == today.stdout


def test_apposition_and_possession_give_the_country() -> None:
    envoy = by_text("Đại sứ Marshall Billingslea, Đặc phái viên của Tổng thống Mỹ, đã tới "
                    "Moskva.")["Đại sứ Marshall Billingslea"]
    assert (envoy.country, envoy.sector) == ("USA", "GOV")
    forces = by_text("Azerbaijan tấn công các cơ sở của lực lượng vũ trang của Armenia.")
    assert (forces["lực lượng vũ trang của Armenia"].country,
            forces["lực lượng vũ trang của Armenia"].sector) == ("ARM", "MIL")


def test_collective_and_unnamed_actors_have_their_sector() -> None:
    found = by_text("Hàng nghìn người biểu tình Thái Lan đã xuống đường, còn phiến quân nước "
                    "này bị quân đội tấn công.")
    sides = {m.text: (m.country, m.sector) for m in found.values()}
    assert sides["Hàng nghìn người biểu tình Thái Lan"] == ("THA", "CVL")
    assert sides["phiến quân nước này"] == ("THA", "REB") and sides["quân đội"] == ("THA", "MIL")
    court = by_text("Viện kiểm sát đã truy tố các bị can.")
    assert court["Viện kiểm sát"].country == "VNM" and court["Viện kiểm sát"].sector == "JUD"
    assert (court["các bị can"].country, court["các bị can"].sector) == ("VNM", "CVL")
    collectives = json.loads(read_resource_text("actor_collectives.json"))["entries"]
    names = [n for e in collectives for n in e["names"]]
    assert len(names) == len(set(names)) > 3000
    assert all(e["sector"] in SECTORS and e["kind"] in {"body", "collective", "person_role"}
               for e in collectives)


def test_a_thousands_dot_does_not_end_the_sentence_of_its_context_country() -> None:
    # VNTC, The gioi: before, '1.000' ended a sentence and the soldiers became Iraq's
    found = by_text("Hàn Quốc đang cân nhắc rút 1.000 trong số 3.200 binh sĩ hiện đóng quân "
                    "tại Iraq, Kim Sung-gon, nhà hoạch định chính sách của đảng Uri cầm quyền "
                    "cho biết.")
    assert (found["binh sĩ"].country, found["binh sĩ"].sector) == ("KOR", "MIL")
    assert found["Iraq"].role == "location"


def test_this_country_is_the_subject_of_its_sentence_or_of_the_one_before() -> None:
    found = by_text("Hiện tại, quân số Hàn Quốc tại Iraq lớn thứ ba sau Mỹ và Anh. Hồi tháng "
                    "giêng, Quốc hội nước này đã thông qua luật cho phép kéo dài thời hạn đóng "
                    "quân.")
    parliament = found["Quốc hội nước này"]
    assert (parliament.country, parliament.sector) == ("KOR", "LEG")
    seed = by_text("Bộ Quốc phòng Nga ngày 25-6 xác nhận nước này và Ukraine đã trao đổi mỗi "
                   "bên 90 tù binh. Ngoại trưởng Mỹ Antony Blinken không bình luận.")
    assert seed["nước này"].country == "RUS"


def test_the_institution_a_title_heads_gives_its_holder_the_sector() -> None:
    found = by_text("Tư lệnh lực lượng an ninh Marốc Hamidou Laanigi cho biết những chiến binh "
                    "Hồi giáo đã bị bắt.")
    laanigi = found["Tư lệnh lực lượng an ninh Marốc Hamidou Laanigi"]
    assert (laanigi.country, laanigi.sector) == ("MAR", "COP")


def test_unnamed_title_holders_after_a_number_take_the_country_of_their_context() -> None:
    found = by_text("Trong tuần qua, 21 nghị sĩ đại diện cho các tiểu bang tại Mỹ đã gửi thư phản "
                    "đối tới USDA.")
    assert (found["nghị sĩ"].country, found["nghị sĩ"].sector) == ("USA", "LEG")
    owned = coded("Một chỉ huy cấp cao của lực lượng này thiệt mạng trong vụ không kích của "
                  "Israel.")
    assert not [m for m in owned if m[0] == "chỉ huy"]


def test_one_body_before_coordinated_countries_is_each_country_s() -> None:
    found = coded("Bắt đầu từ sáng nay, hai phái đoàn VN và Nhật Bản sẽ tiến hành phiên đàm phán "
                  "tiếp theo.")
    assert ("phái đoàn VN", "VNM", "GOV", "actor") in found
    assert ("Nhật Bản", "JPN", "GOV", "actor") in found


def test_embassies_consulates_and_forces_of_a_country_act_for_it() -> None:
    found = by_text("Một chiếc xe bom đã phát nổ gần Lãnh sự quán Mỹ ở thành phố Karachi, trong "
                    "khi Lực lượng Israel tiếp tục tuần tra ở Bờ Tây.")
    assert (found["Lãnh sự quán Mỹ"].country, found["Lãnh sự quán Mỹ"].sector) == ("USA", "GOV")
    assert (found["Lực lượng Israel"].country, found["Lực lượng Israel"].sector) == ("ISR", "MIL")


def test_a_chief_of_staff_named_with_his_title_gives_the_year() -> None:
    published = _published_of(
        "Ngày 4/12, Tổng tham mưu trưởng Thổ Nhĩ Kỳ Selçuk Bayraktaroğlu đã điện đàm với Chủ tịch "
        "Hội đồng Tham mưu trưởng liên quân Mỹ Dan Caine về tình hình Syria.")
    # Bayraktaroğlu succeeded Metin Gürak on 5 August 2025, and 4 December 2026 is after as_of
    assert published.value == "2025-12-04" and "Bayraktaroğlu" in published.evidence


def test_a_person_has_the_sector_of_the_office_held_on_the_day() -> None:
    text = "Ông Trịnh Văn Quyết phát biểu tại hội nghị."
    # head of the army's political department until 4 November 2025, then of a party commission
    assert by_text(text, date(2025, 1, 1))["Trịnh Văn Quyết"].sector == "MIL"
    assert by_text(text, date(2026, 1, 10))["Trịnh Văn Quyết"].sector == "PTY"
    # a minister of VNTC's years, named without his title, is not taken for a civilian
    ngo = by_text("Ông Lê Huy Ngọ chỉ đạo các tỉnh miền Trung chống lũ.", date(2003, 10, 2))
    assert (ngo["Lê Huy Ngọ"].country, ngo["Lê Huy Ngọ"].sector) == ("VNM", "GOV")


def test_the_military_chiefs_of_the_countries_the_news_covers_most_are_known() -> None:
    data = json.loads(read_resource_text("actor_people.json"))
    as_of = date.fromisoformat(data["as_of"])
    current = {p["country"] for p in data["people"] for o in p["offices"]
               if o["sector"] == "MIL" and o["end"] is None
               and date.fromisoformat(o["start"]) <= as_of}
    for country in ("USA", "RUS", "CHN", "JPN", "KOR", "GBR", "FRA", "DEU", "IND", "PAK", "ISR",
                    "IRN", "UKR", "TUR", "SAU", "EGY", "SYR", "AFG", "IDN", "PHL", "THA", "MYS",
                    "SGP", "MMR", "AUS", "NZL", "CAN", "ITA", "ESP", "POL", "VNM"):
        assert country in current, country


def test_a_transnational_armed_group_takes_the_country_where_it_acts() -> None:
    """PLOVER-CODING.md: armed groups take the country where they operate."""
    stage = ActorStage()
    [group] = [m for m in stage.mentions("Những thành viên người Marốc trong mạng Al-Qaeda đã "
                                         "tiến hành 5 vụ đánh bom ở Casablanca hôm 16/5.")
               if m.name == "Al-Qaeda"]
    assert (group.country, group.sector) == ("MAR", "REB")
    [alone] = [m for m in stage.mentions("Mỹ cáo buộc Al-Qaeda đứng sau vụ tấn công.")
               if m.name == "Al-Qaeda"]
    assert alone.country == "AFG"  # no place named: the group's own country
    # else where the article's events happen
    mentions = stage.mentions("Các chiến binh đã tấn công một khu nhà ở tại Riyadh. Trong số "
                              "22 nạn nhân bị các nghi phạm Al-Qaeda sát hại có 19 người nước "
                              "ngoài.")
    assert [m.country for m in mentions if m.name == "Al-Qaeda"] == ["SAU"]
    # the place nearest after the group, not the speaker's
    mentions = stage.mentions("Phát biểu tại Washington, Tổng thống Bush cho biết al-Qaeda đang "
                              "tấn công binh sĩ Mỹ ở Iraq.")
    assert [m.country for m in mentions if m.name == "Al-Qaeda"] == ["IRQ"]


def test_this_country_after_a_locative_is_a_place() -> None:
    mentions = ActorStage().mentions("Cảnh sát Afghanistan đã tìm thấy thi thể của một công dân "
                                     "Ấn Độ bị bắt cóc ở miền nam nước này.")
    [here] = [m for m in mentions if m.text == "nước này"]
    assert (here.country, here.role) == ("AFG", "location")


def test_a_continent_is_no_vietnamese_person() -> None:
    """VNTC, The gioi: 'Châu Âu' (Europe) is capitalised like 'Châu Văn Minh'; it is the
    EU's states, EUR, no person."""
    europe = by_text("Châu Âu đang hướng tới ý tưởng quan hệ dựa trên cam kết.")["Châu Âu"]
    assert (europe.country, europe.sector) == ("EUR", None)
    assert "Châu Văn Minh" in by_text("Ông Châu Văn Minh đã tới Hà Nội.")
    # VNTC: 'bị cáo buộc' (is accused) holds no defendant ('bị cáo')
    assert not [m for m in by_text("Nhóm này bị cáo buộc dính líu đến các vụ tấn công nhằm vào "
                                   "những mục tiêu phương Tây ở Karachi.") if "cáo" in m]
    assert "Bị cáo" in by_text("Bị cáo Nguyễn Văn A đã bị tuyên phạt 3 năm tù.")


def test_the_pacific_is_no_vietnamese_province() -> None:
    """Tune (The gioi): 'châu Á - Thái Bình Dương' names no side, least of all the province
    of Thái Bình; VNTC: 'Hạm đội Thái Bình Dương của Nga' is Russia's fleet."""
    assert not [m for m in coded("Người ta đã tính đến khả năng đóng cửa biên giới và dự báo "
                                 "ảnh hưởng của đại dịch đối với hoạt động thông thương giữa các "
                                 "quốc gia trong khu vực châu Á - Thái Bình Dương.")
                if m[1] == "VNM"]
    assert ("Công an tỉnh Thái Bình", "VNM", "COP") in [
        m[:3] for m in coded("Công an tỉnh Thái Bình đã bắt giữ 3 đối tượng.")]


def test_countries_in_the_spellings_of_the_2000s_press() -> None:
    """VNTC, The gioi: Equatorial Guinea's foreign minister; 'Miến Điện', 'Nam Hàn'."""
    found = by_text("Ngoại trưởng Guinea Xích đạo Jose Esono Micha yêu cầu Nam Phi hỗ trợ.")
    assert found["Ngoại trưởng Guinea Xích đạo Jose Esono Micha"].country == "GNQ"
    assert by_text("Chính phủ Miến Điện và Nam Hàn đã ký kết.")["Nam Hàn"].country == "KOR"


def test_a_president_named_by_title_alone_is_the_country_s_not_the_office() -> None:
    """VNTC, The gioi: 'chỉ trích tổng thống' names Pakistan's president; 'bầu cử tổng
    thống' and 'ứng cử viên tổng thống' name the office."""
    found = by_text("Phe đối lập Pakistan chỉ trích tổng thống phớt lờ Kashmir.")
    assert (found["tổng thống"].country, found["tổng thống"].sector) == ("PAK", "GOV")
    assert "tổng thống" not in by_text("Cuộc bầu cử tổng thống Ukraina diễn ra hôm qua.")
    assert "tổng thống" not in by_text("Ông là ứng cử viên tổng thống của đảng Dân chủ.")


def test_y_is_italy_in_context_and_a_given_name_is_never_a_country() -> None:
    italy = by_text("Sau khi Provenzano sa lưới, các tổ chức mafia tại đảo Sicily của Ý như rắn "
                    "mất đầu. Theo các nhà điều tra, cảnh sát đã bắt giữ hắn.")
    assert italy["cảnh sát"].country == "ITA"  # the context country: 'của Ý'
    assert by_text("Ý kiến của ông Nam được nhiều người đồng tình.").get("Ý") is None
    pupil = by_text("Trần Hữu Lộc và Trương Văn Như Ý đang ngủ gật. Thầy giáo cầm chai dầu gió "
                    "của Ý ở trên bàn.")
    assert "Ý" not in pupil and pupil["Thầy giáo"].country == "VNM"
    court = by_text("Sáng 10/11, TAND TP.HCM đã tuyên phạt bị cáo Vũ Đức Anh 13 năm tù.")
    assert "Anh" not in court and court["Vũ Đức Anh"].country == "VNM"


def test_an_armed_group_never_takes_the_country_of_the_army_it_fights() -> None:
    found = by_text("Quân đội Iraq và Mỹ đang bao vây một thị trấn, sau khi các du kích bắt "
                    "khoảng 150 người làm con tin.")
    assert found["các du kích"].country is None  # neither army's country
    rebels = by_text("Hôm qua, phiến quân đã tấn công binh sĩ Mỹ.")["phiến quân"]
    assert (rebels.country, rebels.sector) == (None, "REB")  # a side, of no known country


def test_a_language_currency_or_time_zone_names_no_side() -> None:
    found = by_text("Ông Castro kêu gọi dân chúng gửi tiền bằng bảng Anh và franc Thuỵ Sĩ; trường "
                    "mở khóa học tiếng Anh.")
    assert not {"Anh", "Thuỵ Sĩ"} & set(found)


def test_home_news_naming_a_country_once_keeps_its_police_vietnamese() -> None:
    # VNTC (Phap luat): the one foreign country is where a suspect travelled
    found = by_text("Ba công ty này do Hà Kiều Anh, Nguyễn Vinh và Trịnh Quốc Bảo làm giám đốc. "
                    "Từ tháng 2 đến 5-2001 Hà Kiều Anh đi Mỹ. Cơ quan điều tra đã thu giữ hóa "
                    "đơn.")
    assert found["Cơ quan điều tra"].country == "VNM"


def test_a_clock_in_the_sentence_before_does_not_hide_a_country() -> None:
    found = by_text("Vụ nổ xảy ra lúc 9 giờ. Mỹ lên án vụ tấn công của Iraq.")
    assert found["Mỹ"].country == "USA"


def test_a_capital_after_a_clock_is_a_time_zone_not_a_side() -> None:
    found = by_text("Vụ bắt giữ xảy ra vào lúc 4h30 sáng nay (11h30 Hà Nội), cảnh sát Anh cho "
                    "biết. Vụ nổ xảy ra lúc 10 giờ (tức 15 giờ giờ Hà Nội).")
    assert "Hà Nội" not in found and found["cảnh sát Anh"].country == "GBR"
    assert by_text("Ông Bush sẽ đến Hà Nội lúc 9h.")["Hà Nội"].role is ActorRole.LOCATION


def test_police_never_take_the_nationality_of_a_person_named_near_them() -> None:
    # VNTC (The gioi): the Brazilian was shot in London by London's police
    found = by_text("Vụ cảnh sát bắn chết một chàng trai Brazil ở London gây phẫn nộ.")
    assert found["cảnh sát"].country == "GBR"
    # VNTC (The gioi, Dahab bombings): the victims' list names no country of the police
    found = by_text("Cảnh sát cho biết trong số thương vong có cả công dân Đức, Anh, Ý, Pháp, "
                    "sau ba vụ đánh bom liên tiếp ở Ai Cập.")
    assert found["Cảnh sát"].country == "EGY"
    # VNTC (The gioi): kidnappers of Japanese hostages in Iraq are not Japanese
    found = by_text("Những kẻ bắt cóc tuyên bố sẽ thả các con tin Nhật Bản ở Iraq.")
    assert found["Những kẻ bắt cóc"].country == "IRQ"


def test_a_nationality_given_to_the_noun_itself_or_to_a_ministry_stays_its_own() -> None:
    # VNTC (The gioi): the driver is Afghan; the ministry is Korea's
    found = by_text("Nhóm của hắn đang bắt giữ viên tài xế người Afghanistan.")
    assert found["tài xế"].country == "AFG"
    found = by_text("Bộ Lao động Hàn Quốc khuyến khích 120.000 lao động nước ngoài.")
    assert found["Bộ Lao động Hàn Quốc"].country == "KOR"


def test_vietnamese_offices_named_by_their_abbreviations_are_vietnams() -> None:
    # VNTC (Phap luat): the border customs and the traffic police are Vietnam's own
    found = by_text("Phòng CSGT và Chi cục Hải quan đã kiểm tra lô hàng nhập từ Trung Quốc.")
    assert found["Phòng CSGT"].country == "VNM" and found["Chi cục Hải quan"].country == "VNM"
    # VNTC (Chinh tri Xa hoi): the labour department, not 'Thương binh' (war invalids)
    found = by_text("Sở Lao động - Thương binh và Xã hội cho biết 200 lao động đi Malaysia.")
    labour = found["Sở Lao động - Thương binh và Xã hội"]
    assert (labour.country, labour.sector) == ("VNM", "GOV") and "Thương binh" not in found
    assert by_text("Cục Hải quan Mỹ đã thu giữ lô hàng.")["Cục Hải quan Mỹ"].country == "USA"


def test_the_staff_of_a_national_organisation_take_its_country() -> None:
    # VNTC (The gioi): the Pentagon's spokesman speaks about North Korea; the apposition
    # names him, no second side
    found = by_text("Jason Salata, một phát ngôn viên của Lầu Năm góc, cho biết quyết định tạm "
                    "ngừng các hoạt động tại Bắc Triều Tiên.")
    assert found["Jason Salata"].country == "USA" and "phát ngôn viên" not in found
    # a transnational network's fighters still take the country where they act
    found = by_text("Các phần tử khủng bố của Al-Qaeda đã đánh bom khách sạn ở Kenya.")
    assert found["Các phần tử khủng bố"].country == "KEN"


def test_a_country_syllable_of_a_vietnamese_place_name_is_no_country() -> None:
    # VNTC (Phap luat): Vietnamese districts and wards named 'Đức …', 'Mỹ …'
    found = by_text("Ngày 23/7/2004, TAND huyện Đức Trọng đem vụ án ra xét xử sơ thẩm lần 2.")
    assert found["TAND huyện"].country == "VNM" and "Đức" not in found
    found = by_text("Tại phường Mỹ Phước, trinh sát thu giữ 20 con gà.")
    assert found["trinh sát"].country == "VNM" and "Mỹ" not in found
    # the sentence ends after the name: 'phố Pháp.' is not cut from what follows
    assert by_text("Ông sống ở phố Pháp. Tại đây ông mở quán.")["Pháp"].country == "FRA"


def test_a_country_syllable_opening_a_vietnamese_name_is_no_country() -> None:
    # VNTC (Phap luat, Xa hoi): a hotel and a motorway named 'Mỹ Yên', 'Pháp Vân'
    found = by_text("Tối 1/6, Phòng Cảnh sát hình sự Công an TP HCM cùng Công an tỉnh Long An "
                    "bất ngờ ập vào khám xét khách sạn Mỹ Yên (Bến Lức, Long An).")
    assert "Mỹ" not in found and {m.country for m in found.values()} == {"VNM"}
    found = by_text("Trao đổi với VnExpress, ông Nguyễn Văn Hưng, Hạt trưởng Quản lý đường cao "
                    "tốc Pháp Vân - Cầu Giẽ cho biết.")
    assert "FRA" not in {m.country for m in found.values()}
    # a person's name after an honorific (tune gold, Phap luat): 'ông Đức' is no Germany
    found = by_text("Liên đới trách nhiệm, cấp trên của ông Đức là trung tá Mai Phúc Anh, Giám "
                    "thị trại giam và trung úy Nguyễn Xuân Quảng (lái xe) cũng bị kiểm điểm.")
    assert "DEU" not in {m.country for m in found.values()}
    # after an honorific that ends a noun ('đàn ông'), an office or a public body, it is
    # the country; before a Vietnamese full name too (a reviewer's cases)
    assert "USA" in {m.country for m in by_text("Một người đàn ông Mỹ bị bắt tại Hà Nội.")
                     .values()}
    assert "LAO" in {m.country for m in by_text("Thủ tướng Lào Bua-xỏn Búp-phả-vẳn thăm Hà "
                                                 "Nội.").values()}
    assert "USA" in {m.country for m in by_text("Lực lượng Mỹ Thứ hai đã tấn công Fallujah.")
                     .values()}
    assert "USA" in {m.country for m in by_text("Công dân Mỹ Lê Văn Bảy bị bắt.").values()}
    # a foreign name after the country is its office holder's (tune gold, The gioi)
    found = by_text("Phát ngôn viên Bộ Ngoại giao Mỹ Sean McCormack cho biết.")
    assert {m.country for m in found.values()} == {"USA"}
    found = by_text("Tổng thống Nga Putin cho biết.")
    assert {m.country for m in found.values()} == {"RUS"}


def test_a_country_name_that_is_a_vietnamese_given_name_named_before_is_the_person() -> None:
    # VNTC (Phap luat, fifth precision audit): 'Nga "chọi"' is the defendant, not Russia,
    # and the police of her sentence are Vietnam's
    found = by_text("Nguyễn Thị Quỳnh Nga bị bắt tại Hà Nội. Trước đó, Nga \"chọi\" đã bị Cơ "
                    "quan Điều tra Công an TP Hà Nội ra lệnh truy nã.")
    assert "RUS" not in {m.country for m in found.values()}
    assert found["Nga"].via is MentionVia.COREFERENCE and found["Nga"].sector == "CVL"
    # after an office it is the country
    found = by_text("Chị Nguyễn Thị Nga cho biết. Bộ trưởng Ngoại giao Nga Lavrov thăm Hà Nội.")
    assert found["Bộ trưởng Ngoại giao Nga Lavrov"].country == "RUS"


def test_a_kind_of_person_keeps_the_nationality_the_article_gave_it() -> None:
    # VNTC (The gioi): the headline names the hostage's and the sailors' country, the body
    # only its sentence's ('Iran', 'Ảrập Xêút', 'Iraq')
    body = ("Các chiến binh cho hay con tin Alsayeid Mohammed Alsayeid Algarabawi bị bắt trong "
            "khi lái xe chở nhiên liệu cho quân đội Mỹ từ Ảrập Xêút sang Iraq.")
    hostage = next(m for m in STAGE.mentions(body, title="Chiến binh Iraq bắt cóc con tin Ai Cập")
                   if m.text.startswith("con tin"))
    assert hostage.country == "EGY" and hostage.sector == "CVL"
    body = ("Các nhà ngoại giao Anh tới Iran đã gặp 8 thủy thủ bị Iran bắt giữ gần hải giới với "
            "Iraq khẳng định như vậy, hôm nay.")
    sailors = {m.text: m for m in STAGE.mentions(body, title="Thủy thủ Anh ở Iran khoẻ mạnh")}
    assert sailors["thủy thủ"].country == "GBR"
    assert {m.text: m for m in STAGE.mentions(body)}["thủy thủ"].country != "GBR"
    # either tone placement is the same kind; a nationality given on the spot holds
    later = STAGE.mentions("8 thuỷ thủ và 3 tàu Anh bị Iran bắt ở Shatt al-Arab.",
                           title="Thủy thủ Anh ở Iran khoẻ mạnh")
    assert {m.text: m.country for m in later}["thuỷ thủ"] == "GBR"
    japanese = STAGE.mentions("Các tay súng giữ hai con tin người Nhật.",
                              title="Phiến quân bắt cóc con tin Philippines")
    assert {m.text: m.country for m in japanese}["con tin"] == "JPN"
    # in the body too, from the mention that names the country on
    found = STAGE.mentions("Israel đồng ý thả 170 tù nhân Palestine. Văn phòng Thủ tướng Israel "
                           "hôm qua cho biết 170 tù nhân sẽ được phóng thích trong vài ngày tới.")
    assert [m.country for m in found if m.text == "tù nhân"] == ["PSE"]


def test_world_leaders_of_the_2000s_under_the_names_the_press_gives_them() -> None:
    """Issue 19: Chen Shui-bian in his Sino-Vietnamese form was read as a Vietnamese
    private person (VNM/CVL), Ahmed Qurei as 'Korei' and Kim Jong-il as 'Kim Châng In' were
    no one the gazetteer knew (benchmarks/unknown_people.py lists such names)."""
    day = date(2004, 3, 10)
    chen = by_text("Người đứng đầu chính quyền Đài Loan Trần Thủy Biển lấy mối đe dọa về tên lửa "
                   "ở Đại lục làm lý do để trưng cầu dân ý.", day)["Trần Thủy Biển"]
    assert (chen.country, chen.sector, chen.entity_id) == ("TWN", "GOV",
                                                           "person:tran-thuy-bien")
    # the other way the press writes the same syllable ('uỷ' and 'ủy')
    said = by_text('"Về lâu dài, cả hai bên nên chính thức chấm dứt tình trạng căng thẳng", '
                   "Trần Thuỷ Biển nói.", day)["Trần Thuỷ Biển"]
    assert (said.country, said.entity_id) == ("TWN", "person:tran-thuy-bien")
    korei = by_text("Các vụ bạo lực mới nhất trên Dải Gaza xảy ra sau một cuộc họp hôm thứ tư giữa "
                    "các nhà trung gian hoà giải với Thủ tướng Palestine Ahmed Korei.",
                    day)["Thủ tướng Palestine Ahmed Korei"]
    assert (korei.country, korei.sector, korei.name) == ("PSE", "GOV", "Ahmed Qurei")
    kim = [m for m in STAGE.mentions("Chính quyền Kim Châng In từng tuyên bố đang nắm trong tay vũ "
                                     "khí hạt nhân.", day) if m.text == "Kim Châng In"]
    assert [(m.country, m.name) for m in kim] == [("PRK", "Kim Jong-il")]
    wu = by_text("Phó thủ tướng Ngô Nghi cũng đã có chuyến thăm tới Mỹ với các hợp đồng mua sắm "
                 "trị giá hơn 16 tỉ USD.", date(2005, 9, 1))["Phó thủ tướng Ngô Nghi"]
    assert (wu.country, wu.sector) == ("CHN", "GOV")


def test_heads_of_state_of_the_2000s_hold_office_only_in_their_years() -> None:
    text = ("Tổng thống Gruzia Mikhail Saakashvili cáo buộc vị tướng về hưu Yuri Netkachov của Nga "
            "chủ mưu đánh sập 3 cây cầu.")
    now = by_text(text, date(2004, 5, 5))["Tổng thống Gruzia Mikhail Saakashvili"]
    assert (now.country, now.sector, now.entity_id) == ("GEO", "GOV",
                                                        "person:mikheil-saakashvili")
    later = by_text("Ông Mikhail Saakashvili bị bắt khi trở về.", date(2021, 10, 1))
    assert later["Mikhail Saakashvili"].sector == "CVL"
    pope = by_text("Bà đã được Giáo hoàng John Paul II làm lễ tuyên phúc hồi tháng 10 tại toà "
                   "thánh Vatican.", date(2003, 11, 1))["Giáo hoàng John Paul II"]
    assert (pope.country, pope.sector, pope.name) == ("VAT", "REL", "John Paul II")


def test_a_given_name_of_a_pope_is_no_pope() -> None:
    """'Francis' alone is the middle name of Paul Francis Gadd (VNTC 'Phap luat'), no pope."""
    found = STAGE.mentions("Bước đầu, Paul Francis Gadd đã thừa nhận mình chính là G.Glitter và có "
                           "quan hệ với nhiều phụ nữ Việt Nam.", date(2005, 11, 24))
    assert found and all(m.entity_id != "person:pope-francis" for m in found)
    pope = by_text("Giáo hoàng Francis kêu gọi ngừng bắn ở Gaza.", date(2024, 3, 1))
    assert pope["Giáo hoàng Francis"].entity_id == "person:pope-francis"


def test_a_vietnamese_name_that_is_also_a_taiwanese_leaders_stays_vietnamese() -> None:
    """Tsai Ing-wen's Sino-Vietnamese form, 'Thái Anh Văn', is also a Vietnamese volleyball
    player's name in VNTC's sport news: the gazetteer leaves it out."""
    found = by_text("Về nam, Thể Công với Thái Anh Văn sung sức đã hoàn toàn chơi lấn lướt.",
                    date(2005, 4, 1))
    assert found["Thái Anh Văn"].country == "VNM"
    # nor does the last syllable of a Sino-Vietnamese name stand for its bearer: 'Thái' is
    # Thailand, not Taiwan's premier Cho Jung-tai ('Trác Vinh Thái')
    thai = STAGE.mentions("Ngoại trưởng Thái Surakiart Sathirathai cho biết vấn đề hỗ trợ công "
                          "nghệ là nội dung chính trong cuộc đối thoại.", date(2025, 1, 5))
    assert all(m.country != "TWN" for m in thai)
    # 'Roh' alone is a village of Gia Lai, not Roh Moo-hyun (VNTC 'Chinh tri Xa hoi')
    village = STAGE.mentions("Họ đã đến làm việc tại nhà mục sư Siu Kim ở làng Pleiku Roh, thành "
                             "phố Pleiku.", date(2004, 3, 1))
    assert all(m.entity_id != "person:roh-moo-hyun" for m in village)
    roh = by_text("Tổng thống Roh cho biết Hàn Quốc sẽ tiếp tục đối thoại.", date(2004, 3, 1))
    assert roh["Tổng thống Roh"].entity_id == "person:roh-moo-hyun"


def referents(text: str, on: date) -> list[tuple[str, str | None, str | None]]:
    """Each mention coded by coreference: its text, country and the person it refers to."""
    return [(m.text, m.country, m.entity_id) for m in STAGE.mentions(text, on)
            if m.via == "coreference"]


def test_chinese_taiwanese_and_korean_people_are_referred_to_by_their_family_name() -> None:
    """Vietnamese news names a Chinese, Taiwanese or Korean person family name first and
    refers back to him by it, the first syllable ('ông Trần' for Trần Thuỷ Biển), where a
    Vietnamese or Western one is referred to by the last (VNTC 'The gioi')."""
    chen = referents("Ông Trần Thuỷ Biển bị bắn lúc 12h50' ngày 19/3 tại thành phố miền nam "
                     "Tainan, khi đang đi tranh cử trên một chiếc xe mui trần. Ông bị thương vào "
                     "bụng. Người phó của ông Trần, bà Annette Lu, bị thương ở đầu gối. Trong khi "
                     "đó, bà Lu thì cần người dìu.", date(2004, 3, 20))
    assert chen == [("Trần", "TWN", "person:tran-thuy-bien"), ("Lu", "TWN", "person:lu-tu-lien")]
    roh = referents("Trong khi đó, hơn 40 đảng viên Uri trung thành với ông Roh Moo-hyun đã chiếm "
                    "lấy phòng họp 271 ghế. Đề xuất luận tội tổng thống được đưa ra hôm thứ ba, "
                    "sau phán quyết của Uỷ ban bầu cử cho rằng ông Roh đã vi phạm luật.",
                    date(2004, 3, 12))
    assert roh == [("Roh", "KOR", "person:roh-moo-hyun")]
    kim = referents("Theo kế hoạch do các quan chức Mỹ đưa ra tối qua, ngay sau khi Chủ tịch Kim "
                    "Châng In cam kết từ bỏ chương trình làm giàu plutonium và uranium, Trung Quốc "
                    "sẽ gửi 45.000 tấn nhiên liệu. Ông Kim có giai đoạn chuẩn bị dỡ bỏ kéo dài 3 "
                    "tháng.", date(2004, 6, 23))
    assert kim == [("Kim", "PRK", "person:kim-jong-il")]
    # a Chinese official the gazetteer does not know, named in full after his title
    wu = referents("Các cuộc hội đàm sẽ được nối lại vào ngày 2/9, Thứ trưởng Ngoại giao Trung "
                   "Quốc Vũ Đại Vệ cho biết hôm qua. Sau đó, ông Vũ nói ngày giờ cụ thể đó chỉ là "
                   "ý kiến cá nhân của ông.", date(2005, 8, 10))
    assert [(text, country) for text, country, _ in wu] == [("Vũ", "CHN")]
    # Vietnamese and Western people keep their last syllable, even beside a Chinese one
    khai = referents("Thủ tướng Phan Văn Khải tiếp Thủ tướng Trung Quốc Ôn Gia Bảo và Đại sứ Mỹ "
                     "Michael Marine. Ông Khải cảm ơn ông Marine, ông Ôn cảm ơn.",
                     date(2004, 3, 1))
    assert [(text, country) for text, country, _ in khai] == [
        ("Khải", "VNM"), ("Marine", "USA"), ("Ôn", "CHN")]


def test_a_family_name_refers_only_after_a_title_to_someone_named_in_full() -> None:
    """'ông Trần' in home news is no Chen Shui-bian; the last syllable of a Chinese name
    alone is a word ('Quốc dân đảng' is no Ngô Bang Quốc, 'Bảo vệ' no Ôn Gia Bảo); and a
    Vietnamese name coded Chinese by its context still refers by its last syllable
    ('Nguyễn Văn Thịnh' … 'Thịnh', VNTC 'Phap luat')."""
    home = STAGE.mentions("Ông Trần cho biết công an huyện đã bắt giữ đối tượng.", date(2004, 3, 1))
    assert all(m.entity_id != "person:tran-thuy-bien" for m in home)
    party = STAGE.mentions("Chủ tịch Quốc hội Trung Quốc Ngô Bang Quốc tiếp đoàn. Trong chuyến "
                           "thăm, đoàn đại biểu đã tới viếng mộ những thành viên Quốc dân đảng.",
                           date(2005, 3, 30))
    assert [m.text for m in party if m.entity_id == "person:ngo-bang-quoc"] == [
        "Chủ tịch Quốc hội Trung Quốc Ngô Bang Quốc"]
    unnamed = STAGE.mentions("Tuy nhiên, Chủ tịch Quốc dân đảng Đài Loan hy vọng sẽ thảo luận "
                             "tương lai chung của hai bên bờ eo biển.", date(2005, 4, 29))
    assert all(m.entity_id != "person:ngo-bang-quoc" for m in unnamed)
    wen = STAGE.mentions("Thủ tướng Trung Quốc Ôn Gia Bảo hôm qua tiếp đoàn. Thủ tướng Ôn nói "
                         "Bắc Kinh ủng hộ. Bảo vệ môi trường là ưu tiên.", date(2005, 3, 1))
    assert [m.text for m in wen if m.entity_id == "person:on-gia-bao"] == [
        "Thủ tướng Trung Quốc Ôn Gia Bảo", "Thủ tướng Ôn"]
    thinh = referents("Trước đó, Nguyễn Văn Thịnh khai quen một người đàn ông tên là A Giang ở "
                      "tỉnh Quảng Đông, Trung Quốc. Tháng 9/2004, người này nhờ Thịnh đứng ra "
                      "nhập khẩu uỷ thác một container hàng khô.", date(2005, 3, 8))
    assert [text for text, _, _ in thinh] == ["Thịnh"]


def test_family_name_first_countries_are_iso_codes() -> None:
    first = json.loads(read_resource_text("actor_rules.json"))["family_name_first"]
    assert first and len(set(first)) == len(first)
    assert all(pycountry.countries.get(alpha_3=code) is not None for code in first), first
    assert load_gazetteer().rules.family_name_first == frozenset(first)
    # Vietnamese names refer by the last syllable; Japanese ones are written given name first
    assert {"CHN", "TWN", "KOR", "PRK"} <= set(first) and not {"VNM", "JPN"} & set(first)


def test_a_name_after_a_role_and_its_country_is_that_person_and_refers_later() -> None:
    """'Thủ lĩnh phiến quân Chechnya Aslan Maskhadov': the role ('thủ lĩnh phiến quân', a
    collective), its country and then a foreign name name one person, to whom the bare
    surname refers later (VNTC 'The gioi'); a company's own name after it is no person."""
    found = STAGE.mentions("Thủ lĩnh phiến quân Chechnya Aslan Maskhadov hôm qua tuyên bố rằng "
                           "một cuộc gặp ngắn với Tổng thống Nga Putin là đủ chấm dứt cuộc xung "
                           "đột kéo dài tại Chechnya. Putin từ chối đàm phán với Maskhadov.",
                           date(2005, 2, 20))
    maskhadov = [(m.text, m.country, m.sector) for m in found if m.name == "Aslan Maskhadov"]
    assert maskhadov == [("Thủ lĩnh phiến quân Chechnya Aslan Maskhadov", "RUS", "REB"),
                         ("Maskhadov", "RUS", "REB")]
    company = STAGE.mentions("Quản lý thị trường và công an đang kiểm tra tại Công ty TNHH Nhật "
                             "Việt Thiên Nhiên sáng 29-3.", date(2005, 3, 29))
    assert all(m.name is None for m in company if m.country == "JPN")


def test_the_two_stages_share_one_list_of_neighbour_words() -> None:
    # the actor stage (context) and the event coder (places) read the same words, within
    # four words before a country
    actors = json.loads(read_resource_text("actor_rules.json"))["neighbours"]
    events = json.loads(read_resource_text("event_arguments.json"))["neighbours"]
    assert sorted(actors) == sorted(events)
    assert max(len(words.split()) for words in actors) <= 4


def test_a_name_read_across_two_words_or_two_sentences_is_none() -> None:
    # 'ám sát thủ lĩnh', 'ám sát Thủ tướng': no 'sát thủ' (an assassin) between the verb and
    # the title; 'ở Anh. Cảnh sát …': no 'anh cảnh sát' across the full stop
    yassin = by_text("Hamas từng ngầm đe doạ sẽ trả đũa Mỹ vì Tel Aviv ám sát thủ lĩnh tinh "
                     "thần Ahmed Yassin.")
    assert not any("sát" in text.casefold() for text in yassin)
    palme = by_text("Thuỵ Điển vẫn còn ám ảnh bởi vụ ám sát Thủ tướng Olof Palme năm 1986.")
    assert not any(text.casefold().startswith("sát") for text in palme)
    split = by_text("Những kẻ cực đoan Hồi giáo ở Anh. Cảnh sát đã bắt 3 người.")
    assert "Anh" in split and "Cảnh sát" in split


def test_an_ambiguous_country_after_a_word_of_place_gives_its_context() -> None:
    # 'ở Anh' is the country where the extremists are, not the honorific
    found = by_text("Tuy nhiên một số nhà phân tích an ninh đặt câu hỏi làm thế nào những kẻ "
                    "cực đoan Hồi giáo ở Anh có thể chuẩn bị thuốc nổ và ngòi nổ nếu chưa từng "
                    "được huấn luyện ở Pakistan, Afghanistan hay một nơi nào đó.")
    extremists = found["những kẻ cực đoan Hồi giáo"]
    assert (extremists.country, extremists.sector) == ("GBR", "REB")


def test_a_country_after_thân_is_a_leaning_not_a_side() -> None:
    # tune4 u014: Yanukovich is Ukraine's prime minister, pro-Moscow; 'bản thân Mỹ' is the US
    mentions = coded("Hồi tuần trước, ông Gryzlov tham gia hoà giải giữa thủ tướng (thân "
                     "Matxcơva) Viktor Yanukovich và nhà lãnh đạo phe đối lập (thân phương Tây) "
                     "Viktor Yushchenko.")
    assert ("thủ tướng", "UKR", "GOV", ActorRole.ACTOR) in mentions
    assert "Matxcơva" not in {text for text, *_ in mentions}
    assert ("Phiến quân", None, "REB", ActorRole.ACTOR) in coded(
        "Phiến quân thân Nga tấn công binh sĩ Ukraine.")
    assert ("Mỹ", "USA", None, ActorRole.ACTOR) in coded(
        "Tuy nhiên, bản thân Mỹ cũng đã chỉ trích Trung Quốc.")


def test_companies_take_the_country_closing_their_trade() -> None:
    # VNTC (XH_TN_T_ 8516): the plaintiffs are Vietnamese, the companies sued American
    found = by_text("dù các nạn nhân chất độc da cam/dioxin Việt Nam thắng hay thua trong vụ kiện "
                    "các công ty hóa chất Mỹ đã sản xuất chất độc dioxin")
    assert (found["các công ty"].country, found["các công ty"].sector) == ("USA", "BUS")
    # tune3 t028: four syllables of trade between the noun and its country
    found = by_text("Vụ kiện các nạn nhân dioxin Việt Nam đang tiến hành đối với các công ty sản "
                    "xuất hóa chất Mỹ.")
    assert found["các công ty"].country == "USA"
    # a function word ends the phrase: the companies sue the country, they are not its
    found = by_text("Các công ty ở Hà Nội đã kiện Mỹ.")
    assert found["Các công ty"].country != "USA"


def test_a_country_in_brackets_after_a_city_is_where_the_city_is() -> None:
    """VNTC world news ('vòng thương thuyết … ở Oslo (Na Uy)'): Norway hosts, no side."""
    found = by_text("Chính phủ Philippines và phiến quân đã nhóm họp ở Oslo (Na Uy) hôm qua.")
    assert found["Na Uy"].role is ActorRole.LOCATION
    assert found["Chính phủ Philippines"].role is ActorRole.ACTOR


def test_the_country_of_a_mission_abroad_is_no_place_and_no_armed_groups_own() -> None:
    """VNTC world news: the rioters in Beijing who stone Japan's embassy are Chinese; a
    mission's country owns it and is not where anything happens."""
    found = by_text("Một số phần tử quá khích ném gạch đá và trứng vào sứ quán Nhật Bản tại "
                    "Bắc Kinh.")
    assert (found["phần tử quá khích"].country, found["phần tử quá khích"].sector) == (
        "CHN", "REB")


def test_people_beside_a_mission_abroad_are_of_the_land_it_stands_in() -> None:
    """Development gold tune14 and tune19: a man throwing bottles at China's consulate in
    Osaka is Japanese; the police and protesters outside Denmark's embassy in Afghanistan are
    Afghan. The mission's own staff are its country's."""
    found = by_text("Hôm 17-4, một người đàn ông đã ném chai lọ vào Lãnh sự quán TQ ở Osaka và "
                    "tự thiêu nhưng không thành.")
    assert found["người"].country == "JPN" and found["Lãnh sự quán TQ"].country == "CHN"
    found = by_text("Cảnh sát và người biểu tình đụng độ bên ngoài đại sứ quán Đan Mạch ở "
                    "Afghanistan.")
    assert (found["Cảnh sát"].country, found["người biểu tình"].country) == ("AFG", "AFG")
    for text in ("Các nhà ngoại giao sứ quán Mỹ ở Baghdad đã rời đi.",
                 "Các nhà ngoại giao của sứ quán Mỹ ở Baghdad đã rời đi."):
        assert by_text(text)["Các nhà ngoại giao"].country == "USA"
    # review of the change: the mission's guards are its country's soldiers
    found = by_text("Lính thủy đánh bộ bảo vệ đại sứ quán Mỹ ở Baghdad.")
    assert found["Lính thủy đánh bộ"].country == "USA"


def test_missions_abroad_do_not_make_the_country_an_article_is_about() -> None:
    """Development gold tune4: an article on threats to the embassies in Dhaka names
    Britain's mission more often than Bangladesh, but the unqualified police in it are
    Bangladesh's."""
    text = ("Một quan chức cao cấp trong sứ quán Anh tại Bangladesh là W. M Stevenson cho biết, "
            "họ nhận được lời đe doạ khủng bố qua một bản fax vào sáng qua.\n"
            "Theo Phó thanh tra sở cảnh sát Dhaka Rabiul Islam, nhóm khủng bố đe doạ sẽ cho "
            '"nổ tung sứ quán Anh, Mỹ và tất cả các sứ quán châu Âu".\n'
            "Một người đàn ông có tên Maniq Hossain ký tên bên dưới bản fax đe doạ khủng bố gửi "
            "tới cơ quan ngoại giao Anh. Cảnh sát địa phương đang tìm cách xác minh tung tích "
            "của người này.")
    assert by_text(text)["Cảnh sát địa phương"].country == "BGD"
    # review of the change: an embassy's government is its own, even in another land
    text = ("Đại sứ quán Nhật Bản vừa trao tặng 10 ngôi trường cho học sinh vùng lũ.\n"
            "Ông đại sứ cho biết chính phủ sẽ tiếp tục hỗ trợ.")
    assert by_text(text)["chính phủ"].country == "JPN"


def test_a_middle_initial_ends_no_sentence_inside_a_name() -> None:
    """VNTC world news: 'Tổng thống Mỹ George W. Bush' is one person, not 'George W' and
    'Bush'."""
    found = STAGE.mentions("Tổng thống Mỹ George W. Bush đã tới thăm Iraq hôm qua.",
                           date(2004, 6, 29))
    people = [m for m in found if m.country == "USA"]
    assert [(m.text, m.sector, m.entity_id) for m in people] == [
        ("Tổng thống Mỹ George W. Bush", "GOV", "person:george-w-bush")]


def test_an_acronym_defined_in_brackets_stands_for_its_phrase_later() -> None:
    """VNTC law news: 'C17B' is the police department named before its bracket; later it
    is that department, which the gazetteer does not know by its acronym."""
    text = ("Hôm nay (30-3), Cục CSĐT tội phạm về ma tuý, Bộ Công an (C17B) vừa bắt được 2 "
            "đối tượng trong đường dây vận chuyển heroin. Hiện vụ việc đang được C17B mở "
            "rộng điều tra.")
    later = [m for m in STAGE.mentions(text) if m.text == "C17B"]
    assert [(m.country, m.sector, m.via) for m in later] == [("VNM", "COP", "coreference")]
    assert later[0].start == text.rindex("C17B")


def test_an_acronym_of_words_that_name_no_side_is_not_the_gazetteers() -> None:
    """'người lao động (NLĐ)' abbreviates the workers, not the newspaper Người Lao Động."""
    text = ("Công ty đã nợ lương người lao động (NLĐ) nhiều tháng. Hơn 300 NLĐ đã đình công "
            "để đòi quyền lợi.")
    assert not [m for m in STAGE.mentions(text) if m.text == "NLĐ"]
    # undefined, it is still the newspaper
    assert [m.sector for m in STAGE.mentions("Ông nói với NLĐ rằng ông sẽ kiện.")
            if m.text == "NLĐ"] == ["MED"]


@pytest.mark.parametrize(("text", "acronym", "expected"), [
    # a known acronym keeps its reading, and the country after it
    ("Cảnh sát giao thông (CSGT) đã phạt nhiều xe. CSGT Trung Quốc cũng vậy.",
     "CSGT Trung Quốc", [("CHN", "COP")]),
    # a person, or a city standing for its government in a dateline, is no acronym's side
    ("SV Phan Văn Kiền (K49) đã đến trường. Sau đó K49 đã phát biểu.", "K49", []),
    ("Hà Nội (PV) - Hôm qua PV đã hỏi ông về vụ việc.", "PV", []),
])
def test_an_acronym_stands_only_for_a_named_side(
        text: str, acronym: str, expected: list[tuple[str, str]]) -> None:
    """Faults of acronyms read as their first mention, found on VNTC by a review."""
    assert [(m.country, m.sector) for m in STAGE.mentions(text)
            if m.text == acronym and m.start > text.index("(")] == expected


def test_a_country_ending_an_unknown_name_is_not_what_its_acronym_means() -> None:
    """A school named after its country: its acronym is not Singapore."""
    text = ("Học viện Quản lý Khách sạn Singapore (TMIS) vừa khai giảng. TMIS cam kết tạo "
            "điều kiện cho học sinh.")
    assert not [m for m in STAGE.mentions(text) if m.text == "TMIS"]


def test_prisoners_at_guantanamo_are_held_by_the_united_states() -> None:
    """tune5 v013-5: the base is no place of Cuba."""
    base = [m for m in STAGE.mentions("Hiện nay, còn 4 công dân Anh bị giam giữ tại nhà tù "
                                      "Guantanamo.") if m.role == "location"]
    assert [(m.text, m.country) for m in base] == [("nhà tù Guantanamo", "USA")]
    assert [m.country for m in STAGE.mentions("Các tù nhân tại Guantanamo tuyệt thực.")
            if m.role == "location"] == ["USA"]


def test_an_apposition_giving_a_role_in_an_institution_gives_its_country() -> None:
    # VNTC TG_VNE_ (1556), TG_ VNE_ (193): the owner after 'của' first, and the name keeps
    # the side for later references
    found = by_text("Nhưng thông lệ này không đúng với Fred Burks, chuyên gia về Indonesia của "
                    "bộ Ngoại giao Mỹ. Burks từ chối.")
    assert (found["Fred Burks"].country, found["Fred Burks"].sector) == ("USA", "GOV")
    assert found["Burks"].country == "USA"
    reporter = by_text("Hôm thứ ba, Stephen Farrell, phóng viên The Times (Anh), bị bắt.")
    assert (reporter["Stephen Farrell"].country, reporter["Stephen Farrell"].sector) == (
        "GBR", "MED")
    # a leaning is no nationality, and the apposition ends before a passive's agent
    assert "Abdel Al" not in by_text("Cảnh sát đã bắt giữ Mahmous Abdel Al, thành viên của nhóm "
                                     "Hồi giáo Sunni thân Syria ở Beirut.")
    killed = by_text("Ông đặt tên cho một đảo giao thông cái tên Dzhokhar Dudayev, một thủ lĩnh "
                     "phiến quân Chechnya bị quân đội Nga tiêu diệt năm 1996.")
    assert killed["quân đội Nga"].country == "RUS"


def test_a_member_listed_after_a_group_of_a_nationality_is_of_its_country() -> None:
    # VNTC TG_VNE_ (tune11 b028): the diplomat among six Sudanese, not Baghdad's
    found = by_text("Hôm qua, 6 công dân Sudan gồm một nhà ngoại giao, bị bắt cóc làm con tin "
                    "tại Baghdad.")
    assert found["nhà ngoại giao"].country == "SDN"
    # with no listing word, the context's country stays
    assert by_text("Hôm qua, một nhà ngoại giao bị bắt cóc tại Baghdad.")[
        "nhà ngoại giao"].country == "IRQ"


def test_a_minister_is_titled_by_any_portfolio_of_a_government() -> None:
    """tune splits: 'Bộ trưởng Lâm nghiệp Indonesia Malem Sambat Kaban', 'Thứ trưởng Y tế
    Wang Longde' were read as no one; a holder before any portfolio is a title."""
    kaban = by_text("Bộ trưởng Lâm nghiệp Indonesia Malem Sambat Kaban cho hay.")[
        "Bộ trưởng Lâm nghiệp Indonesia Malem Sambat Kaban"]
    assert (kaban.country, kaban.sector, kaban.name) == ("IDN", "GOV", "Malem Sambat Kaban")
    health = by_text("Theo bộ trưởng y tế Thái Lan, dịch đã lan rộng.")["bộ trưởng y tế Thái Lan"]
    assert (health.country, health.sector) == ("THA", "GOV")
    wang = by_text("Trung Quốc chưa có ca nhiễm mới. Tuy nhiên Thứ trưởng Y tế Wang Longde hôm nay "
                   "khẳng định không có trường hợp người nhiễm.")["Thứ trưởng Y tế Wang Longde"]
    assert (wang.country, wang.name) == ("CHN", "Wang Longde")


def test_an_envoys_posting_between_title_and_name_is_a_place_not_the_envoys_country() -> None:
    """tune11: 'Đại sứ Nga tại Nhật Bản Aleksandr P. Losyukov' is Russia's ambassador, and
    Japan is where the sentence happens; 'đại sứ Ai Cập tại Iraq Ihab al-Sherif' is Egypt's."""
    found = coded("Một tuần trước thông báo này, Đại sứ Nga tại Nhật Bản Aleksandr P. Losyukov "
                  "đã bay tới Hokkaido và gặp tướng Tokuda.")
    assert ("Đại sứ Nga tại Nhật Bản Aleksandr P. Losyukov", "RUS", "GOV",
            ActorRole.ACTOR) in found
    assert ("Nhật Bản", "JPN", None, ActorRole.LOCATION) in found
    sherif = by_text("Hai vụ tấn công nói trên xảy ra chỉ 3 ngày sau vụ đại sứ Ai Cập tại Iraq "
                     "Ihab al-Sherif bị bắt làm con tin.")
    assert sherif["đại sứ Ai Cập tại Iraq Ihab al-Sherif"].country == "EGY"
    assert sherif["Iraq"].role is ActorRole.LOCATION
    # no name after the posting: the title alone, the posting a place as before
    alone = coded("Đại sứ Mỹ tại Iraq đã gặp ông.")
    assert ("Đại sứ Mỹ", "USA", "GOV", ActorRole.ACTOR) in alone


def test_a_title_ending_its_sentence_takes_no_word_of_the_next() -> None:
    """tune11: 'nhà lãnh đạo Ukraina.\\nHôm qua' was one mention reaching into the next line."""
    found = coded("Tymoshenko cho biết bà hy vọng Yushchenko sẽ hủy sắc lệnh giải tán chính phủ "
                  "của bà và khẳng định sẵn sàng \"sát cánh\" cùng nhà lãnh đạo Ukraina. \nHôm "
                  "thứ ba, quốc hội Ukraina đã bỏ phiếu.")
    assert ("nhà lãnh đạo Ukraina", "UKR", "GOV", ActorRole.ACTOR) in found
    assert not any("\n" in text for text, *_ in found)
    assert not any("Ông" in text for text, *_ in coded("Tổng thống Mỹ. Ông Bush nói."))


def test_a_foreign_name_right_after_a_role_is_its_person_and_refers_later() -> None:
    """tune splits: 'Phát ngôn viên Richard Boucher … Boucher cũng cho hay', 'cựu nhân viên
    cảnh sát Aroon Pongchangkid': the role's one person, whose surname later means him; a
    company's name after a business noun is no person ('công ty Rayco')."""
    found = coded("Mỹ phản đối. Phát ngôn viên Richard Boucher hôm qua cho biết. Boucher cũng "
                  "cho hay Washington sẽ chờ.")
    assert ("Phát ngôn viên Richard Boucher", "USA", "GOV", ActorRole.ACTOR) in found
    assert ("Boucher", "USA", "GOV", ActorRole.ACTOR) in found
    police = by_text("Cảnh sát Thái Lan hôm qua cho biết các phần tử nổi dậy đã bắn chết một cựu "
                     "cảnh sát. Thi thể của cựu nhân viên cảnh sát Aroon Pongchangkid được tìm "
                     "thấy.")["nhân viên cảnh sát Aroon Pongchangkid"]
    assert (police.country, police.sector, police.name) == ("THA", "COP", "Aroon Pongchangkid")


def test_a_name_linked_to_a_role_by_ten_or_la_is_its_person() -> None:
    """tune splits: 'công nhân người Myanmar tên là Ton', 'thương gia người Đài Loan tên Chen
    Hsin Hsiung', 'Một thành viên nội các Palestine là Saeb Erakat'; after the bare 'là' a
    country is no name ('Đồng minh … của Mỹ là Anh')."""
    ton = coded("Nạn nhân còn lại là công nhân người Myanmar tên là Ton 27 tuổi cũng bị bắn. "
                "Ton chết ngay.")
    assert ("Ton", "MMR", "CVL", ActorRole.ACTOR) in ton
    assert by_text("Sau khi bắt giữ thương gia người Đài Loan tên Chen Hsin Hsiung (sinh năm "
                   "1962).")["Chen Hsin Hsiung"].country == "TWN"
    erakat = by_text("Một thành viên nội các Palestine là Saeb Erakat bày tỏ: Chúng tôi lên án. "
                     "Erakat nói thêm.")
    assert (erakat["Saeb Erakat"].country, erakat["Erakat"].country) == ("PSE", "PSE")
    assert [m[:2] for m in coded("Đồng minh thân cận nhất của Mỹ là Anh.")] == [
        ("Mỹ", "USA"), ("Anh", "GBR")]


def test_foreigners_are_of_no_country_the_sentence_names() -> None:
    # development gold tune14 e017, e036 (VNTC world news)
    found = by_text("Các lực lượng an ninh Anh hôm qua đã bắt giữ 10 người nước ngoài được cho "
                    "là đe doạ tới an ninh quốc gia.")
    foreigners = found["người nước ngoài"]
    assert (foreigners.country, foreigners.sector, foreigners.via) == (
        None, "CVL", MentionVia.FOREIGN)
    found = by_text("Nhóm phiến quân Taliban yêu cầu các lực lượng quân đội nước ngoài và Liên "
                    "Hiệp Quốc rút khỏi Afghanistan trong 3 ngày.")
    forces = found["lực lượng quân đội nước ngoài"]
    assert (forces.country, forces.sector) == (None, "MIL")
    # foreign fighters take the country where they fight, as the gold codes them
    fighters = by_text("Quân đội Mỹ đã tiêu diệt 60 chiến binh nước ngoài ở Iraq.")
    assert [m.country for t, m in fighters.items() if "chiến binh" in t] == ["IRQ"]


def test_european_states_named_as_a_group_are_europe() -> None:
    # development gold tune8 y017: 'một số quốc gia châu Âu' EUR
    found = by_text("Tehran hôm qua tuyên bố phản đối đề xuất của một số quốc gia châu Âu.")
    assert found["một số quốc gia châu Âu"].country == "EUR"
    # the continent a visit goes to is its place (the visit's host: EUR, tune6, tune12)
    assert by_text("Ông sẽ đi thăm châu Âu vào tháng tới.")["châu Âu"].role == "location"


def test_a_noun_ending_a_line_takes_no_country_from_the_next_line() -> None:
    found = by_text("Iraq kêu gọi Ai Cập không hạ mình trước kẻ bắt cóc.\nTehran hôm qua tuyên "
                    "bố phản đối đề xuất của một số quốc gia châu Âu.")
    assert found["Tehran"].country == "IRN"
    assert not any("\n" in text for text in found)


def test_an_honorific_opening_a_line_is_no_country_after_a_body_ending_the_last() -> None:
    # random VNTC law news (PL_TN_ 3004): 'Anh' is Mr Phong, not Britain
    found = by_text("Nhiều sinh viên đã ký đơn gửi tòa án.\nAnh Tăng Hữu Phong - Chủ tịch Hội "
                    "Sinh viên TP.HCM: Hội sẵn sàng ủng hộ việc tố tụng của sinh viên.")
    assert "Anh" not in found and found["tòa án"].country == "VNM"


def test_a_given_name_after_and_is_the_person_however_early_the_country_is_asked() -> None:
    # development gold tune15 h057 (a home gang trial): no German defendants
    found = by_text('Trong 4 vụ, đàn em của Thắng "Chập" là Lê Anh Đức đã đứng ra đòi dàn xếp '
                    'vụ việc. Từ đó, Ánh "Thiệp" và Đức thường xuyên mâu thuẫn, xô xát nhau. '
                    'Công an bắt giữ các bị cáo.')
    assert {found["đàn em"].country, found["các bị cáo"].country} == {"VNM"}
    # a country after 'và' in world news stays one
    assert by_text("Thủ tướng Anh và Đức đã ký thỏa thuận.")["Đức"].country == "DEU"


def test_a_comma_ends_a_personal_name_before_a_side() -> None:
    # development gold tune3 t002: the CIA accuses, not a person 'Libby CIA'
    found = by_text("Theo như nhận thức của Libby, CIA đã cáo buộc Saddam Hussein sở hữu vũ khí "
                    "huỷ diệt hàng loạt.")
    assert (found["CIA"].country, found["CIA"].sector) == ("USA", "SPY")


def test_a_country_after_peninsula_or_strait_is_a_place() -> None:
    # development gold tune6 w023: the US redeploys its troops from the Korean peninsula
    found = by_text("Washington sẽ rút một lữ đoàn khỏi miền nam bán đảo Triều Tiên và tái triển "
                    "khai bốn nghìn binh sĩ tới Iraq.")
    assert found["Triều Tiên"].role is ActorRole.LOCATION
    assert by_text("Tàu chiến Mỹ đi qua eo biển Đài Loan.")["Đài Loan"].role is ActorRole.LOCATION


def test_a_civilian_referred_back_by_nay_is_the_person_named_before() -> None:
    # development gold tune g016: the Indian hostage is the engineer kidnapped in Zabul
    found = by_text("Con tin Ấn Độ bị Taliban giết hại. Cảnh sát Afghanistan cho biết đã tìm thấy "
                    "thi thể ở nơi viên kỹ sư viễn thông này bị bắt cóc hôm thứ Sáu ở tỉnh Zabul.")
    assert found["kỹ sư"].country == "IND"
    # without the demonstrative, a civilian takes the context's country
    assert by_text("Cảnh sát Afghanistan bắt giữ một kỹ sư ở tỉnh Zabul.")["kỹ sư"].country == "AFG"


def test_nay_after_another_noun_refers_that_noun_back_not_the_civilian() -> None:
    # random VNTC world news (TG_TN_T_ 7782, TG_ VNE_ 423)
    found = by_text("Một người Colombia thiệt mạng. Hôm qua, Tổng thống Pháp đã gửi lời chia buồn "
                    "đến các nạn nhân của tai nạn này.")
    assert found["các nạn nhân"].country == "FRA"


def test_countries_listed_with_commas_are_all_countries() -> None:
    # review of this change: 'Anh, Pháp' names two countries on one line
    found = by_text("Anh, Pháp và Đức đã kêu gọi Iran ngừng làm giàu urani.")
    assert {found[name].country for name in ("Anh", "Pháp", "Đức")} == {"GBR", "FRA", "DEU"}


def test_nay_refers_to_the_nearest_civilian_or_to_no_one() -> None:
    # review of this change: the suspect is not the kidnapped engineer named before
    found = by_text("Một kỹ sư Ấn Độ bị bắt cóc. Cảnh sát Afghanistan hôm qua đã bắt giữ một "
                    "nghi phạm tại Kabul. Cảnh sát Afghanistan đang thẩm vấn nghi phạm này.")
    assert [m.country for t, m in found.items() if t.startswith("nghi phạm")] == ["AFG"]


def test_a_title_before_a_known_name_gives_the_office_held_then() -> None:
    """VNTC world news: a 2005 chronology recalls Clinton's Camp David II of 2000, and an
    interim premier is named with 'lâm thời' between his title and his country; the office
    the text names is the one held on the event's date (PLOVER-CODING.md), whatever the
    publication day."""
    clinton = by_text("Ngày 11/7/2000: Tìm kiếm thoả thuận hoà bình cuối cùng, Tổng thống Mỹ "
                      "Bill Clinton triệu tập Trại David II.", date(2005, 6, 1))
    assert (clinton["Tổng thống Mỹ Bill Clinton"].country,
            clinton["Tổng thống Mỹ Bill Clinton"].sector) == ("USA", "GOV")
    allawi = by_text("Thủ tướng lâm thời Iraq Iyad Allawi đã kêu gọi các nước Hồi giáo ủng hộ "
                     "đề xuất của Riyadh.", date(2005, 8, 1))
    premier = allawi["Thủ tướng lâm thời Iraq Iyad Allawi"]
    assert (premier.country, premier.sector, premier.name) == ("IRQ", "GOV", "Ayad Allawi")


@pytest.mark.parametrize("on", [None, date(2005, 3, 1)])
def test_a_former_holder_named_so_is_a_civilian_out_of_office(on: date | None) -> None:
    """VNTC world news: 'cựu thủ tướng Libăng Rafik Hariri' (killed in February 2005, months
    after he left office) and 'Cựu thủ tướng Mikhail Kasyanov'; with no day known the title
    alone made them the government."""
    found = by_text("Khoảng 2.000 người ủng hộ cựu thủ tướng Libăng Rafik Hariri đã tập hợp tại "
                    "Beirut. Cựu thủ tướng Mikhail Kasyanov tuyên bố ủng hộ phe đối lập.", on)
    hariri = next(m for text, m in found.items() if "Hariri" in text)
    kasyanov = next(m for text, m in found.items() if "Kasyanov" in text)
    assert (hariri.country, hariri.sector) == ("LBN", "CVL")
    assert (kasyanov.country, kasyanov.sector) == ("RUS", "CVL")


@pytest.mark.parametrize(("sentence", "name", "country"), [
    # development gold tune17 (j057-1) and VNTC law news outside the gold: a foreigner's
    # particulars in brackets after the name
    ("Vào lúc 16h ngày 7/10, Cục Cảnh sát Điều tra, Bộ Công an bắt giữ Michel Adrian Omallon "
     "(1947, quốc tịch Australia) tại nơi tạm trú ở phường 3, quận Gò Vấp.",
     "Michel Adrian Omallon", "AUS"),
    ("Sáng 29/3, TAND TP HCM đã tuyên phạt Moramaza Wati Wong Binti Abdulah (43 tuổi, quốc "
     "tịch Malaysia) 10 năm tù về tội tàng trữ, lưu hành giấy tờ có giá giả.",
     "Moramaza Wati Wong Binti Abdulah", "MYS"),
    ("Công an đã bắt giữ ông Jeffrey Williams (người Mỹ) tại Hà Nội.", "Jeffrey Williams", "USA"),
])
def test_a_nationality_in_brackets_after_a_name_is_the_persons(sentence: str, name: str,
                                                                country: str) -> None:
    found = by_text(sentence, date(2005, 10, 8))
    assert (found[name].country, found[name].sector) == (country, "CVL")


def test_a_bracket_that_gives_no_country_leaves_the_name_vietnamese() -> None:
    """VNTC law news: 'người' in brackets opens a description, not a nationality."""
    found = by_text("Chị Trần Thị Tuyền (người bị hành hung) đã làm đơn tố cáo.")
    assert (found["Trần Thị Tuyền"].country, found["Trần Thị Tuyền"].sector) == ("VNM", "CVL")


@pytest.mark.parametrize("text", [
    "Công an bắt giữ Michel Adrian Omallon",  # a name that ends the text
    "Công an bắt giữ Michel Adrian Omallon (quốc tịch Australia",  # a bracket left open
    "Công an bắt giữ Michel Adrian Omallon (",
])
def test_a_name_at_the_end_of_the_text_reads_without_error(text: str) -> None:
    """A bracket left open gives no nationality: the name is no person of Australia."""
    found = by_text(text)
    assert found["Công an"].sector == "COP"
    assert all(m.country != "AUS" or m.name is None for m in found.values())


def test_an_envoy_is_a_title_and_a_title_of_a_country_is_its_holder() -> None:
    """Development gold tune15 and VNTC world news: 'phái viên Liên Hợp Quốc Terje
    Roed-Larsen' is the UN's envoy; 'đặc phái viên của Mỹ' and 'Phái viên của Mỹ', with no
    name after the country, are the United States' envoys (a title took the words before,
    and the country alone was left)."""
    envoy = by_text("Cuộc gặp giữa Tổng thống Syria với phái viên Liên Hợp Quốc Terje "
                    "Roed-Larsen tại thành phố Aleppo.")
    larsen = envoy["phái viên Liên Hợp Quốc Terje Roed-Larsen"]
    assert (larsen.country, larsen.sector) == ("UNO", "GOV")
    unnamed = by_text("Phái viên của Mỹ sẽ tới Israel vào tuần tới.")["Phái viên của Mỹ"]
    assert (unnamed.country, unnamed.sector) == ("USA", "GOV")


def test_a_former_holder_the_gazetteer_does_not_know_is_a_civilian_too() -> None:
    """Development gold tune17: 'ký lệnh bắt cựu thủ tướng Nikolai Tanayev' is a warrant
    against a former premier, a civilian like the known former holders."""
    found = by_text("Quyền công tố viên trưởng Kyrgyzstan, Azimbek Beknazarov, ký lệnh bắt cựu "
                    "thủ tướng Nikolai Tanayev.")
    premier = next(m for text, m in found.items() if "Tanayev" in text)
    assert (premier.country, premier.sector) == ("KGZ", "CVL")


def test_keeping_a_premier_is_no_former_marker_nor_is_the_late() -> None:
    """The review's 'giữ nguyên' (keeping): its 'nguyên' marks no former holder. 'cố' (the
    late) is no marker either: VNTC tells of the late what they did in office ('Tổng thống
    Assad từng đe dọa cố thủ tướng Libăng Rafik Hariri' in 2004, while he was premier)."""
    kept = by_text("Chính phủ giữ nguyên Thủ tướng Ayad Allawi.")
    allawi = next(m for text, m in kept.items() if "Allawi" in text)
    assert (allawi.country, allawi.sector) == ("IRQ", "GOV")
    late = by_text("Khaddam cho hay Tổng thống Assad từng đe dọa cố thủ tướng Libăng Rafik Hariri.")
    hariri = next(m for text, m in late.items() if "Hariri" in text)
    assert (hariri.country, hariri.sector) == ("LBN", "GOV")


@pytest.mark.parametrize(("sentence", "unwanted"), [
    # the review's VNTC sentences: per capita income, a count of people, a leader's role
    ("Thu nhập bình quân đầu người của Việt Nam mới đạt 600 USD.", "người của Việt Nam"),
    ("Đó là kết quả nghiên cứu trên 12.000 người của Mỹ.", "người của Mỹ"),
    ("Ông nhấn mạnh vai trò thủ lĩnh của Mỹ trong khu vực.", "thủ lĩnh của Mỹ"),
])
def test_only_a_state_office_of_a_country_is_its_unnamed_holder(sentence: str,
                                                               unwanted: str) -> None:
    assert unwanted not in by_text(sentence)


def test_envoys_of_two_countries_are_one_for_each() -> None:
    """VNTC world news: 'các đại sứ của Nga và Trung Quốc' names a holder of each country,
    not the first country's alone."""
    found = by_text("Ông Thaksin cũng gặp cả các đại sứ của Nga và Trung Quốc.")
    assert not [text for text in found if text.endswith("của Nga")]
    assert {"RUS", "CHN"} <= {m.country for m in found.values()}


@pytest.mark.parametrize("sentence", [
    "Công an bắt giữ Michel Adrian Omallon (mang quốc tịch Australia) tại Gò Vấp.",
    "Công an bắt giữ Michel Adrian Omallon (quốc tịch Australia)",  # the bracket ends the text
])
def test_a_bracketed_nationality_of_any_wording_or_place_is_read(sentence: str) -> None:
    found = by_text(sentence)
    assert (found["Michel Adrian Omallon"].country, found["Michel Adrian Omallon"].sector) == (
        "AUS", "CVL")



def test_a_quarter_of_a_city_named_by_its_direction_is_a_place() -> None:
    """'một ga điện ngầm ở tây London' (development gold tune4): a place, no government."""
    found = by_text("Osman Hussain, 27 tuổi, hôm qua thừa nhận đã tấn công một ga điện ngầm "
                    "ở tây London hôm 21/7.", date(2005, 8, 1))
    assert found["London"].role is ActorRole.LOCATION
    assert by_text("Chính phủ Anh và London đã nhất trí.")["London"].role is ActorRole.ACTOR


def test_a_name_after_a_residence_word_is_a_street() -> None:
    """'trú tại Phan Văn Trị' (development gold tune18): a street named after someone."""
    assert "Phan Văn Trị" not in by_text("Tên Tưởng (SN 1984) trú tại Phan Văn Trị, quận Bình "
                                         "Thạnh đã đến đầu thú.")


def test_the_paris_club_and_a_homicide_squad_are_sides() -> None:
    assert coded("Câu lạc bộ Paris hôm qua xoá 80% nợ cho Iraq.")[0][:3] == (
        "Câu lạc bộ Paris", "IGO", "GOV")
    assert coded("Hôm qua đội trọng án Siem Reap cho biết đã bắt thêm một tên thứ năm.") == [
        ("đội trọng án Siem Reap", "KHM", "COP", ActorRole.ACTOR)]


def test_each_news_outlet_is_shown_by_its_own_name() -> None:
    # the British papers were one entry shown as 'Financial Times', Bangkok Post was 'Thai
    # News Agency' (actor_organizations.json v11: one entry per outlet)
    found = by_text("Quân đội Ba Lan đã bác bỏ thông tin của tờ báo Anh The Guardian, còn tờ "
                    "Daily Mail thì dẫn lời một sĩ quan.")
    assert (found["The Guardian"].name, found["The Guardian"].country) == ("The Guardian", "GBR")
    assert found["tờ Daily Mail"].name == "Daily Mail"
    post = by_text("Theo tờ Bangkok Post, Thái Lan đã đóng cửa biên giới.")["tờ Bangkok Post"]
    assert (post.name, post.country, post.sector) == ("Bangkok Post", "THA", "MED")
    # one outlet's spellings stay one entity
    assert by_text("Đài Al-Jazeera và Al Jazeera")["Đài Al-Jazeera"].entity_id == by_text(
        "Al Jazeera đưa tin.")["Al Jazeera"].entity_id


def test_a_referring_body_as_its_verb_s_object_is_not_the_verb_s_subject() -> None:
    # development gold tune10: the committee criticises the CIA of the sentence before, under
    # the name VNTC gives it ('Cục tình báo Trung ương Mỹ'), not itself
    text = ("Những đánh giá quan trọng của Mỹ, trong đó có việc Saddam Hussein sở hữu vũ khí "
            "huỷ diệt hàng loạt, dẫn đến cuộc chiến Iraq, đã dựa trên những thông tin sai lệch "
            "hoặc phóng đại của Cục tình báo Trung ương Mỹ (CIA). Ủy ban Tình báo Thượng viện "
            "Mỹ ra thông báo chỉ trích cơ quan này hôm qua.")
    found = by_text(text, date(2004, 7, 10))
    assert (found["Cục tình báo Trung ương Mỹ"].name, found["cơ quan này"].name) == ("CIA", "CIA")
    # after a verb of saying it is the subject itself
    said = by_text("Bộ Quốc phòng Nhật Bản cho biết cơ quan này sẽ gửi thêm binh sĩ tới Iraq.")
    assert (said["cơ quan này"].country, said["cơ quan này"].sector) == ("JPN", "GOV")
    # and after a comma, the subject of the clause before
    comma = by_text("Bộ Ngoại giao Trung Quốc ra tuyên bố, trong đó cơ quan này chỉ trích "
                    "Nhật Bản.")
    assert (comma["cơ quan này"].country, comma["cơ quan này"].sector) == ("CHN", "GOV")
    # an auxiliary after it makes it a subject though words stand between it and the verb
    later = by_text("Lầu Năm Góc cho biết ngày mai cơ quan này sẽ công bố báo cáo.")
    assert later["cơ quan này"].name == "Lầu Năm Góc"
    # the object of a second verb is the object of the first, not the subject
    second = by_text("Iran chỉ trích IAEA và cáo buộc cơ quan này thiên vị.")
    assert second["cơ quan này"].name == "IAEA"


def test_unnamed_private_attackers_do_not_take_their_victims_nationality() -> None:
    # development gold tune23: the attackers in Voronezh are of Russia, the students Peruvian
    # and Spanish; people named after a nationality told before them still share it
    found = coded("Khoảng 15 người đã tấn công hai sinh viên Peru và Tây Ban Nha tại Voronezh.")
    assert ("người", "RUS", "CVL", ActorRole.ACTOR) in found
    assert ("sinh viên Peru", "PER", "EDU", ActorRole.ACTOR) in found
    after = coded("Một công dân Nga thiệt mạng, 2 người bị bắt cóc.")
    assert ("người", "RUS", "CVL", ActorRole.ACTOR) in after
    # an apposition after them gives their own nationality
    apposed = coded("Khoảng 200 người, chủ yếu là sinh viên Iran, đã biểu tình trước đại sứ quán "
                    "Anh.")
    assert ("người", "IRN", "CVL", ActorRole.ACTOR) in apposed


@pytest.mark.parametrize(("text", "group", "country"), [
    # development gold tune18, tune25: the hostages' nationality, a hostage's title
    ("Một nhóm chiến binh bắt 2 tài xế người Pakistan và một người Iraq.", "nhóm chiến binh",
     None),
    ("Các tay súng hôm qua đã bắt cựu thứ trưởng Ngoại giao Đức Juergen Chrobog và 4 thành viên "
     "gia đình ông khi họ đang tham quan vùng núi ở Yemen.", "Các tay súng", "YEM"),
    # VNTC world news
    ("Hai tuần trước, các chiến binh trên Dải Gaza cũng bắt cóc 4 người Pháp trong cuộc khủng "
     "hoảng chính trị làm chấn động chính quyền của Chủ tịch Yasser Arafat.", "các chiến binh",
     "PSE"),
])
def test_an_armed_group_is_of_the_land_it_fights_in_not_of_its_hostages(
        text: str, group: str, country: str | None) -> None:
    assert by_text(text)[group].country == country


def test_a_nationality_given_by_nguoi_after_a_person_is_his_own() -> None:
    """'công nhân người Nam Phi': the workers' own nationality, though 'người X' now counts as
    someone's nationality for the groups around them."""
    found = by_text("Trong một diễn biến khác, 2 công nhân người Nam Phi và New Zealand đã thiệt "
                    "mạng vì bị các tay súng Iraq tấn công ở thành phố miền bắc Kirkuk.")
    assert found["công nhân"].country == "ZAF"


def test_the_west_is_a_side_and_pro_western_only_a_stance() -> None:
    """PLOVER-CODING.md: 'phương Tây' (the West) → WST (development gold tune14, tune23)."""
    west = by_text("Tổng thống Mahmoud Ahmadinejad hôm nay tuyên bố Tehran sẽ không chịu lùi bước "
                   "trước áp lực của phương Tây.")["phương Tây"]
    assert west.country == "WST"
    candidate = by_text("Ứng cử viên thân phương Tây Viktor Yushchenko tuyên bố chiến thắng.")
    assert "WST" not in {m.country for m in candidate.values()}
    westward = by_text("Quân đội Israel tiến về phương tây và tấn công làng Beit Hanoun.")
    assert "WST" not in {m.country for m in westward.values()}


def test_a_nationality_after_a_suspect_s_modifiers_is_his_own() -> None:
    """Development gold tune7: 'một nghi phạm khủng bố người Indonesia' is Indonesian; only
    for armed groups is a 'người X' after them someone else's nationality."""
    found = by_text("Hôm 16/3, quân đội Philippines cũng bắt được một nghi phạm khủng bố người "
                    "Indonesia có liên quan đến các vụ đánh bom.")
    assert found["một nghi phạm"].country == "IDN"


def test_a_country_opening_a_sentence_after_one_ending_on_toi_is_a_side() -> None:
    found = by_text("Các cuộc đàm phán sẽ nối lại vào tuần tới. Mỹ cho biết sẽ cử phái đoàn.")
    assert found["Mỹ"].role is ActorRole.ACTOR


def test_europe_named_alone_is_the_side_eur_and_a_place_after_a_locative() -> None:
    """Development gold (tune6 … tune26) codes 'châu Âu' named alone as EUR, the side of
    the EU's states: 'Châu Âu kêu gọi Iran …' (tune21), 'chuyến thăm … tới châu Âu'
    (tune12); after 'ở' it is where things happen, and the EU's own name stays one side."""
    found = by_text("Châu Âu kêu gọi Iran thay thế các lò phản ứng nước nặng.")
    assert (found["Châu Âu"].country, found["Châu Âu"].role) == ("EUR", "actor")
    placed = by_text("Hàng nghìn người đã biểu tình ở châu Âu.")
    assert placed["châu Âu"].role == "location"
    union = coded("Liên minh châu Âu kêu gọi Iran ngừng làm giàu uranium.")
    assert [m[:2] for m in union if m[1] == "EUR"] == [("Liên minh châu Âu", "EUR")]


def test_anh_opening_a_sentence_is_britain_when_joined_to_another_country() -> None:
    """'Anh' opening a sentence is as often 'he' as Britain, but joined by 'và' or 'cùng'
    to a state it is one ('Anh và Pháp phản đối …'); alone it stays the pronoun."""
    assert [m[:2] for m in coded("Anh và Pháp phản đối kế hoạch này.")] == [
        ("Anh", "GBR"), ("Pháp", "FRA")]
    assert ("Anh", "GBR") in [m[:2] for m in coded("Anh cùng Mỹ tấn công Iraq năm 2003.")]
    assert "Anh" not in by_text("Anh cho biết sẽ về quê ăn Tết.")


def test_home_news_names_private_persons_by_an_honorific_and_the_given_name_alone() -> None:
    """Development gold tune24 q055 (VNTC, Phap luat): a story told of 'bà Ba', 'ông Lực'
    and 'anh Hoàng', never named in full; tune16 i053: 'Chị Minh gửi đơn đòi bồi thường'.
    A place named after a person keeps its honorific ('quận Hai Bà Trưng'), and outside
    home or Chinese news one syllable is as often another people's name ('ông Kim')."""
    found = by_text("Chuyện xảy ra ở tỉnh Lâm Đồng. Một sáng tháng 8, bà Hồng vào nghĩa trang "
                    "và thuê anh Hoàng bốc hài cốt. Lúc này, ông Lực (chồng bà Hồng) ngăn cản.")
    assert {name: (m.country, m.sector) for name, m in found.items() if name != "Lâm Đồng"} == {
        "Hồng": ("VNM", "CVL"), "Hoàng": ("VNM", "CVL"), "Lực": ("VNM", "CVL")}
    assert (by_text("Chị Minh gửi đơn đòi bồi thường.")["Minh"].country) == "VNM"
    assert "Trưng" not in by_text("Cơ quan điều tra Công an quận Hai Bà Trưng (Hà Nội) vừa ra "
                                  "lệnh khởi tố vụ án.")
    assert "Kim" not in by_text("Thủ tướng Hàn Quốc đã gặp ông Kim tại Seoul hôm qua.")
    # tune g016: an initial is no given name ('anh K. Suryanarayana', an Indian engineer)
    assert "K" not in by_text("Đoàn tuần tra cảnh sát Afghanistan đã phát hiện xác anh K. "
                              "Suryanarayana ở một cánh đồng gần đường cao tốc.")
    # a name that makes a word with its honorific in lower case ('anh minh', 'bà ba')
    assert by_text("Chuyện xảy ra ở tỉnh Lâm Đồng. Bà Ba bị khởi tố điều tra.")["Ba"].country == (
        "VNM")
    assert "Minh" in by_text("Tôi gặp anh Minh hôm qua.")
    # a foreigner the press names so keeps the nationality an apposition gives
    tom = by_text("Cảnh sát Hà Nội đã bắt anh Tom, một du khách Mỹ.")["Tom"]
    assert (tom.country, tom.sector) == ("USA", "CVL")
    # places named after a person, words that name no one, kinds of persons
    assert "Rịa" not in by_text("Bà Rịa: Bắt 3 đối tượng cướp giật.")
    assert "Trời" not in by_text("Ông Trời chẳng thương ai.")
    # an honorific ending its sentence is a pronoun (VNTC, Doi song)
    assert not by_text("Tôi cảm thấy được bảo vệ khi ở bên anh. Bố mẹ bắt tôi lựa chọn giữa "
                       "anh và bố mẹ.")
    assert by_text("Nhật Bản luôn nghe theo đàn anh Mỹ.")["Mỹ"].country == "USA"
    assert by_text("Belarus coi người anh Nga là đồng minh.")["Nga"].country == "RUS"


def test_the_states_departments_and_its_localities_are_government_sides() -> None:
    """Development gold tune28 ab048, ab056 (VNTC): a department asking the localities; a
    department another country's name follows is that country's."""
    named = by_text("Cục Đường bộ đã yêu cầu các địa phương này bãi bỏ quy định cấm này.")
    assert (named["Cục Đường bộ"].country, named["Cục Đường bộ"].sector) == ("VNM", "GOV")
    assert named["các địa phương"].sector == "GOV"
    provinces = by_text("Bộ Công an vừa có công điện khẩn yêu cầu các tỉnh, thành tập trung "
                        "triển khai ngay các biện pháp nghiệp vụ phòng ngừa.")
    assert provinces["các tỉnh, thành"].sector == "GOV"
    assert by_text("Cục Thuế Mỹ cho biết sẽ kiểm tra.")["Cục Thuế Mỹ"].country == "USA"


def test_a_title_holder_is_of_the_country_owning_his_name() -> None:
    """Development gold tune24 q030 (VNTC, The gioi): 'tướng … của Nga' is Russian in news
    from Georgia, not of the context's country."""
    general = by_text("Tổng thống Gruzia cáo buộc tướng Yuri Netkachov của Nga.")
    assert general["tướng Yuri Netkachov"].country == "RUS"
    assert by_text("Thủ tướng Thái Lan gặp Bộ trưởng Quốc phòng Ali Ahmed của Somalia.")[
        "Bộ trưởng Quốc phòng Ali Ahmed"].country == "SOM"


def test_intergovernmental_bodies_by_the_names_vntc_gives_them() -> None:
    """Development gold tune19 l011, tune10 a030 (VNTC, The gioi)."""
    named = by_text("Tổ chức Hội nghị Hồi giáo (OIC) kêu gọi các quốc gia Hồi giáo hãy kiềm chế. "
                    "Liên đoàn Ảrập, Liên hiệp Châu Phi và Hội đồng Hợp tác vùng Vịnh họp.")
    assert {named[n].country for n in ("Tổ chức Hội nghị Hồi giáo", "OIC", "Liên đoàn Ảrập",
                                       "Liên hiệp Châu Phi", "Hội đồng Hợp tác vùng Vịnh")} == {
        "IGO"}
    # an acronym other bodies share needs a context where it opens a sentence
    assert "OIC" not in by_text("OIC ra mắt dòng máy tính mới.")


def test_people_of_world_news_of_2004_named_with_their_role_are_one_side() -> None:
    """Development gold tune4, tune10, tune20 (VNTC, The gioi): the Chechen and Iraqi leaders
    the press of 2004-2006 names most; a role right before a known name is that person."""
    day = date(2004, 6, 5)
    sadr = [(m.text, m.country, m.sector) for m in STAGE.mentions(
        "Những tay súng trung thành với giáo sĩ Moqtada Sadr đã giao tranh với cảnh sát Najaf.",
        day) if m.entity_id == "person:muqtada-al-sadr"]
    assert sadr == [("giáo sĩ Moqtada Sadr", "IRQ", "REB")]
    basayev = [(m.text, m.country, m.sector) for m in STAGE.mentions(
        "Thủ lĩnh phiến quân Chechnya Shamil Basayev đã nhận trách nhiệm.", day)]
    assert basayev == [("Thủ lĩnh phiến quân Chechnya Shamil Basayev", "RUS", "REB")]
    assert by_text("Ông Ali al-Sistani kêu gọi.", day)["Ali al-Sistani"].sector == "REL"


def test_a_title_holder_of_a_place_past_its_unit_is_of_the_places_country() -> None:
    """Development gold tune20 m017 (VNTC, The gioi): 'Thống đốc tỉnh Nineveh' is Iraq's
    governor, as 'Thống đốc Nineveh' is."""
    governor = by_text("Thống đốc tỉnh Nineveh, nơi Mosul toạ lạc, đã ban bố lệnh giới nghiêm.")
    assert (governor["Thống đốc tỉnh Nineveh"].country,
            governor["Thống đốc tỉnh Nineveh"].sector) == ("IRQ", "GOV")
    assert by_text("Thị trưởng thành phố New York cho biết.")[
        "Thị trưởng thành phố New York"].country == "USA"


def test_a_role_before_a_known_person_gives_the_sector_where_no_office_is_held() -> None:
    """Development gold tune (VNTC, The gioi): Yushchenko as the opposition's candidate in
    November 2004, before his presidency, is the opposition, not the government."""
    day = date(2004, 11, 28)
    candidate, = [m for m in STAGE.mentions("Ứng viên đối lập Viktor Yushchenko kêu gọi cử tri đi "
                                            "bỏ phiếu.", day)
                  if m.entity_id == "person:viktor-yushchenko"]
    assert (candidate.country, candidate.sector) == ("UKR", "OPP")


def test_a_lawyer_before_a_known_person_is_his_lawyer() -> None:
    """A role held for someone else (actor_rules v39 serving_roles): 'Luật sư bào chữa
    Saddam Hussein' is Saddam's lawyer, a side of his own, not Saddam."""
    found = [(m.text, m.entity_id) for m in STAGE.mentions(
        "Luật sư bào chữa Saddam Hussein phản đối phiên tòa.", date(2005, 10, 20))]
    assert found[0][0] == "Luật sư bào chữa" and found[0][1] is None
    assert ("Saddam Hussein", "person:saddam-hussein") in found
