"""The events stage on real sentences: sides, status, dates, guards against the classic
errors of dictionary coders."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from sukien.errors import UsageError
from sukien.evaluate import load_gold
from sukien.evaluate.events import score_events
from sukien.events import EventCoder, load_event_lexicon
from sukien.model import Article, Event, Page, PageResult, Paragraph, PublishedDate
from sukien.options import ProcessOptions, ReadOptions
from sukien.pipeline import Pipeline
from sukien.read import Reader
from sukien.text import words
from sukien.time import Reference, TimeStage
from tests.conftest import EXAMPLES

PIPELINE = Pipeline()
TIME = TimeStage()
FLOORS = json.loads((EXAMPLES.parent.parent / "tests" / "floors.json").read_text("utf-8"))


def coded(text: str, published: str = "2024-06-26") -> tuple[Event, ...]:
    """Events of a one-paragraph article published on the given day."""
    reference = Reference.of(date.fromisoformat(published))
    article = Article("test", 0, "", None, text, (Paragraph(0, len(text), 1),),
                      published=PublishedDate(published, "day", 0.9, "test"),
                      timexes=TIME.timexes(text, reference))
    return PIPELINE.code_events(article)


def sides(event: Event) -> tuple[set[str | None], set[str | None]]:
    return {a.country for a in event.actors}, {a.country for a in event.recipients}


def test_a_call_between_two_defence_ministers_is_one_dated_event() -> None:
    events = coded("Bộ trưởng Quốc phòng Nga Andrei Belousov và người đồng cấp Mỹ Lloyd Austin, "
                   "ngày 25-6, đã thảo luận về vấn đề Ukraine trong cuộc điện đàm theo sáng kiến "
                   "của Washington.")
    call, = events  # 'thảo luận' and 'cuộc điện đàm' are one interaction
    assert (call.type, call.mode, call.status, call.cameo) == ("CONSULT", "phone", "occurred",
                                                              "041")
    assert sides(call) == ({"RUS"}, {"USA"}) and call.symmetric
    assert call.date is not None and (call.date.value, call.date.basis) == ("2024-06-25", "timex")
    assert "UKR" not in {a.country for a in (*call.actors, *call.recipients)}  # a topic


def test_future_is_planned() -> None:
    event, = coded("Theo kế hoạch, Thứ trưởng Ngoại giao Mỹ Wendy Sherman sẽ có cuộc gặp với "
                   "người đồng cấp Nga Sergei Ryabkov vào tối 9/1.", published="2022-01-07")
    assert (event.type, event.status) == ("CONSULT", "planned")
    assert event.date is not None and event.date.value == "2022-01-09"


def test_negation_is_denied_not_a_fact() -> None:
    event, = coded("Tổng thống Mỹ Joe Biden không gặp Tổng thống Nga Vladimir Putin tại Geneva.")
    assert (event.type, event.status) == ("CONSULT", "denied")


def test_condition_is_hypothetical() -> None:
    events = coded("Ông Biden cảnh báo ông Putin rằng sẽ có hậu quả nghiêm trọng nếu Nga tiến "
                   "hành một cuộc tấn công vào Ukraine.", published="2021-12-08")
    by_type = {e.type: e for e in events}
    assert by_type["ASSAULT"].status == "hypothetical"
    assert sides(by_type["ASSAULT"]) == ({"RUS"}, {"UKR"})
    assert by_type["THREATEN"].status == "occurred"


def test_reported_speech_keeps_the_speaker_as_source() -> None:
    event, = coded("Lầu Năm Góc xác nhận, Tổng tham mưu trưởng Lực lượng vũ trang Nga Valery "
                   "Gerasimov đã điện đàm cùng Chủ tịch Hội đồng Tham mưu trưởng liên quân Mỹ, "
                   "Tướng Charles Brown.")
    assert event.source is not None and event.source.name == "Lầu Năm Góc"
    assert sides(event) == ({"RUS"}, {"USA"})


def test_a_request_is_not_the_ceasefire_it_asks_for() -> None:
    events = coded("Austin đã kêu gọi phía Nga ngừng bắn ngay lập tức.")
    by_type = {e.type: e for e in events}
    assert by_type["RETREAT"].status == "hypothetical"


def test_a_probe_is_not_a_visit_and_no_event_without_an_actor() -> None:
    coder = EventCoder(load_event_lexicon())
    assert coder.triggers(words("cuộc thăm dò dư luận")) == []
    visit, = coder.triggers(words("chuyến thăm Hà Nội"))
    assert (visit.trigger.type, visit.trigger.mode) == ("CONSULT", "visit")
    assert coded("Nga tiến hành thăm dò ý kiến của Trung Quốc về dự thảo.") == ()
    assert coded("Cuộc họp diễn ra trong hai giờ và các bên thảo luận nhiều vấn đề.") == ()


def test_passive_swaps_the_sides() -> None:
    event, = coded("Ukraine bị Nga tấn công bằng tên lửa.")
    assert event.type == "ASSAULT" and sides(event) == ({"RUS"}, {"UKR"})


def test_the_first_call_since_a_month_dates_the_previous_one() -> None:
    events = coded("Đây là cuộc điện đàm đầu tiên giữa Bộ trưởng Quốc phòng Nga và Mỹ kể từ "
                   "tháng 3-2023.")
    dates = sorted(e.date.value for e in events if e.date is not None)
    assert "2023-03" in dates


def test_seed_events_meet_the_floors() -> None:
    score = score_events(load_gold(EXAMPLES / "gold.json"), ProcessOptions())
    floors = FLOORS["events"]
    missed = [c.gold.event_id for c in score.checks if not c.found]
    assert score.recall("primary") >= floors["primary_recall"], missed
    assert score.recall("secondary") >= floors["secondary_recall"], missed
    assert score.precision >= floors["precision"]


def test_every_event_of_an_article_has_its_own_id() -> None:
    """The store keys events by id: a shared id would silently drop an event. The fourth
    seed has "hỗ trợ" and a denied "cung cấp" in one sentence, with one date."""
    pipeline = Pipeline()
    reader = Reader(ReadOptions())
    for item in reader.read([str(p) for p in sorted(EXAMPLES.glob("*.txt"))]):
        if not isinstance(item, Page):
            continue
        result = pipeline.process(item)
        assert isinstance(result, PageResult)
        for article in result.articles:
            ids = [event.event_id for event in article.events]
            assert len(ids) == len(set(ids)), item.name


def test_a_gold_of_corpus_records_scores_as_the_same_pages_as_files(tmp_path: Path) -> None:
    gold = json.loads((EXAMPLES / "gold.json").read_text("utf-8"))
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as out:
        for number, document in enumerate(gold["documents"]):
            text = (EXAMPLES / document["file"]).read_text("utf-8")
            out.write(json.dumps({"id": f"seed-{number}", "text": text}, ensure_ascii=False))
            out.write("\n")
            document["id"] = f"seed-{number}"
            del document["file"]
    by_id = tmp_path / "gold.json"
    by_id.write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    as_files = score_events(load_gold(EXAMPLES / "gold.json"), ProcessOptions())
    as_records = score_events(load_gold(by_id), ProcessOptions(), corpus)
    assert [c.found for c in as_records.checks] == [c.found for c in as_files.checks]
    assert (as_records.predicted, as_records.correct) == (as_files.predicted, as_files.correct)
    assert as_records.by_type()["CONSULT"][1] == as_files.by_type()["CONSULT"][1] > 0
    with pytest.raises(UsageError, match="--corpus"):
        score_events(load_gold(by_id), ProcessOptions())
    (tmp_path / "short.jsonl").write_text('{"id": "seed-0", "text": "x"}\n', "utf-8")
    with pytest.raises(UsageError, match="lacks 4 gold records"):
        score_events(load_gold(by_id), ProcessOptions(), tmp_path / "short.jsonl")


def test_a_trigger_never_matches_part_of_a_word() -> None:
    coder = EventCoder(load_event_lexicon())
    kinds = [f.trigger.type for f in coder.triggers(words(
        "Các bác sĩ của Bộ Y tế đã bác bỏ cáo buộc của Mỹ."))]
    assert kinds.count("REJECT") == 1  # 'bác bỏ', not the 'bác' of 'bác sĩ'


def test_the_news_source_is_the_events_source_never_a_side() -> None:
    event, = [e for e in coded("Theo Reuters, quân đội Nga đã tấn công thành phố Kharkiv "
                               "của Ukraine.") if e.type == "ASSAULT"]
    assert event.source is not None and event.source.text == "Reuters"
    assert "GBR" not in event.countries and sides(event) == ({"RUS"}, {"UKR"})


@pytest.mark.parametrize(("text", "kind"), [
    ("Phiến quân đã giết hại hai con tin người Nhật.", "ASSAULT"),
    ("Bộ Ngoại giao Trung Quốc phản bác cáo buộc của Mỹ.", "REJECT"),
    ("Tổng thống Pháp viếng thăm Hà Nội.", "CONSULT"),
    ("Cảnh sát Myanmar tống giam ba nhà báo.", "COERCE"),
])
def test_a_compound_that_holds_a_trigger_syllable_is_still_an_event(text: str, kind: str) -> None:
    coder = EventCoder(load_event_lexicon())
    assert kind in [f.trigger.type for f in coder.triggers(words(text))]
