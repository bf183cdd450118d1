"""Reading BKEE's brat files and the PLOVER type each of its event annotations is scored as
(on a small document written for the test: BKEE's own text is never copied here)."""

from __future__ import annotations

from pathlib import Path

from sukien.evaluate.bkee import load_bkee
from sukien.evaluate.events import plover_type_of, score_bkee_mentions
from sukien.options import ProcessOptions

TEXT = ("Cảnh_sát bắt_giữ hai nghi_phạm .\n"
        "Hung_thủ đã giết ông Nam .\n"
        "Ông Ba tự_tử tại nhà .\n"
        "Ba người chết trong vụ cháy .\n"
        "Canada dẫn_độ ông Lý sang Mỹ .\n"
        "Kẻ sát_nhân bị xử_bắn sáng nay .\n")


def _offsets(phrase: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(phrase, after)
    return start, start + len(phrase)


def _annotation() -> str:
    rows = []
    spans = [("T1", "Arrest-jail", "bắt_giữ"), ("T2", "PER", "Cảnh_sát"),
             ("T3", "Die", "giết"), ("T4", "PER", "Hung_thủ"), ("T5", "PER", "ông Nam"),
             ("T6", "Die", "tự_tử"), ("T7", "PER", "Ông Ba"),
             ("T8", "Die", "chết"), ("T9", "Extradite", "dẫn_độ"), ("T10", "Execute", "xử_bắn"),
             ("T11", "TIME", "sáng nay")]
    for name, label, phrase in spans:
        start, end = _offsets(phrase)
        rows.append(f"{name}\t{label} {start} {end}\t{phrase}")
    rows += ["E1\tArrest-jail:T1 Agent-Arg:T2",
             "E2\tDie:T3 Agent-Arg:T4 Victim-Arg:T5",
             "E3\tDie:T6 Agent-Arg:T7 Victim-Arg:T7",
             "E4\tDie:T8",
             "E5\tExtradite:T9",
             "E6\tExecute:T10 Time-Arg:T11"]
    return "\n".join(rows) + "\n"


def test_events_are_read_with_their_arguments_and_scored_by_the_guide(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "dev"
    folder.mkdir(parents=True)
    (folder / "EV-dev-0001.txt").write_text(TEXT, "utf-8")
    (folder / "EV-dev-0001.ann").write_text(_annotation(), "utf-8")
    document, = load_bkee(tmp_path, "dev")
    assert "_" not in document.text and len(document.text) == len(TEXT)
    assert [document.trigger_words(e) for e in document.events][:2] == ["bắt giữ", "giết"]
    assert document.events[1].argument("Victim-Arg") == "ông nam"
    assert document.triggers[0] == ("Arrest-jail", TEXT.index("bắt_giữ"))
    assert len(document.times) == 1
    # an arrest; a killing (a death with a killer); no suicide, no casualty count; an
    # extradition is judicial cooperation (PLOVER manual), not scored; an execution is a
    # targeted killing
    assert [plover_type_of(e) for e in document.events] == [
        "COERCE", "ASSAULT", None, None, None, "ASSAULT"]


def test_a_mention_on_a_line_bkee_left_unannotated_is_unjudged(tmp_path: Path) -> None:
    """BKEE annotates about a third of its sentences: a coded mention on a line it left
    without any annotation counts as false in P, and apart, as unjudged, in the precision
    on annotated lines."""
    text = ("Cảnh_sát Thái_Lan đã bắt_giữ hai nghi_phạm tại Bangkok hôm_qua .\n"
            "Hàng nghìn người biểu_tình Thái_Lan đã tuần_hành tại Bangkok hôm_qua .\n")
    start, end = _offsets_in(text, "bắt_giữ")
    folder = tmp_path / "data" / "dev"
    folder.mkdir(parents=True)
    (folder / "EV-dev-0001.txt").write_text(text, "utf-8")
    (folder / "EV-dev-0001.ann").write_text(
        f"T1\tArrest-jail {start} {end}\tbắt_giữ\nE1\tArrest-jail:T1\n", "utf-8")
    score = score_bkee_mentions(load_bkee(tmp_path, "dev"), ProcessOptions())
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 1, 0)
    assert score.annotated_false_positives == 0
    assert (score.precision, score.annotated_precision) == (0.5, 1.0)


def _offsets_in(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)
