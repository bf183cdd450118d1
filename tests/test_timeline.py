"""Stories and timelines over a database of the five seed pages."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from sukien.errors import UsageError
from sukien.merge import merge_events
from sukien.model import (
    Article,
    DateBasis,
    Event,
    EventActor,
    EventDate,
    EventStatus,
    Evidence,
    Paragraph,
)
from sukien.store import Store
from sukien.timeline import (
    TimelineQuery,
    build_timeline,
    parse_dyad,
    parse_period,
    parse_types,
    to_html,
    to_markdown,
)
from tests.conftest import EXAMPLES, run_cli

GOLD = json.loads((EXAMPLES / "gold.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("timeline") / "seeds.duckdb"
    result = run_cli("ingest", str(EXAMPLES), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


def timeline_json(db: Path, *args: str) -> list[dict[str, object]]:
    result = run_cli("timeline", "--db", str(db), *args, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_the_us_russia_calls_give_the_gold_timeline(seeds_db: Path) -> None:
    entries = timeline_json(seeds_db, "--dyad", "USA,RUS", "--type", "CONSULT")
    found = [str(e["date"]) for e in entries]
    gold = [entry["date"] for entry in GOLD["timeline"]["entries"]]
    derivable = {e["id"]: e.get("derivable", True) for d in GOLD["documents"]
                 for e in d["events"]}

    def wanted(entry: dict[str, object]) -> str:
        event_id = entry["events"][0]  # type: ignore[index]
        date = str(entry["date"])
        return date if derivable[event_id] else "XXXX" + date[4:]

    expected = [wanted(entry) for entry in GOLD["timeline"]["entries"]]
    assert len(gold) == 7 and set(expected) <= set(found), (expected, found)
    assert len(found) <= len(expected) + 1
    dated = [d for d in found if not d.startswith("XXXX")]
    assert dated == sorted(dated)  # oldest first
    assert [d for d in expected if not d.startswith("XXXX")] == [d for d in dated if d in expected]
    planned = next(e for e in entries if e["date"] == "2022-01-09")
    assert planned["status"] == "planned"


def test_each_entry_names_its_sources(seeds_db: Path) -> None:
    call = next(e for e in timeline_json(seeds_db, "--dyad", "USA,RUS")
                if e["date"] == "2024-11-27")
    assert call["sources"][0]["page"] == "000_002a89724aa9ef8a.txt"  # type: ignore[index]
    assert "Gerasimov" in str(call["summary"])


def test_filters_by_actor_type_and_period(seeds_db: Path) -> None:
    since = timeline_json(seeds_db, "--type", "CONSULT", "--since", "2024")
    assert {e["date"] for e in since} == {"2024-06-25", "2024-11-27"}
    austin = timeline_json(seeds_db, "--actor", "Austin", "--type", "CONSULT")
    assert "2024-06-25" in {e["date"] for e in austin}
    assert timeline_json(seeds_db, "--query", "Geneva")[0]["date"] == "2022-01-09"


def test_a_copy_under_another_name_changes_no_entry(seeds_db: Path, tmp_path: Path) -> None:
    before = timeline_json(seeds_db, "--dyad", "USA,RUS", "--type", "CONSULT")
    copy_dir = tmp_path / "again"
    shutil.copytree(EXAMPLES, copy_dir)
    shutil.copy(EXAMPLES / "001_88d42bd29b8f9cef.txt", copy_dir / "copy-of-001.txt")
    db = tmp_path / "copy.duckdb"
    shutil.copy(seeds_db, db)
    sources_before = json.loads(run_cli("stats", "--db", str(db), "--json").stdout)["sources"]
    result = run_cli("ingest", str(copy_dir), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "stored 0 new pages" in result.stdout
    stats = json.loads(run_cli("stats", "--db", str(db), "--json").stdout)
    # every file is a new source of a known page; the renamed copy is linked, not stored again
    assert stats["sources"] == sources_before + 6 and stats["pages"] == 5
    after = timeline_json(db, "--dyad", "USA,RUS", "--type", "CONSULT")
    assert [(e["date"], e["sources"]) for e in before] == [(e["date"], e["sources"]) for e in after]


def test_bad_dyad_is_a_usage_error(seeds_db: Path) -> None:
    result = run_cli("timeline", "--db", str(seeds_db), "--dyad", "USA")
    assert result.returncode == 2 and "--dyad" in result.stderr


def _event(article: str, date: str, basis: DateBasis = DateBasis.TIMEX) -> Event:
    side = EventActor("Nga", "RUS", "GOV", None)
    other = EventActor("Mỹ", "USA", "GOV", None)
    evidence = Evidence(0, 20, 1)
    return Event(f"{article}-e", "CONSULT", "phone", (side,), (other,),
                 EventDate(date, "day" if len(date) == 10 else "month", 0.5, basis),
                 EventStatus.OCCURRED,
                 None, 1, "041", evidence, "điện đàm", True, None, (evidence,))


def _article(article_id: str, *events: Event, text: str = "Nga và Mỹ điện đàm.") -> Article:
    return Article(article_id, 0, "", 1, text, (Paragraph(0, len(text), 1),), events=events)


def test_one_event_reported_by_two_articles_is_one_story_with_the_better_date() -> None:
    stories = merge_events([("a.txt", _article("a", _event("a", "XXXX-10-21"))),
                            ("b.txt", _article("b", _event("b", "2022-10-21")))])
    story, = stories
    assert story.date is not None and story.date.value == "2022-10-21"
    assert len(story.mentions) == 2 and story.confidence > 0.5
    month = merge_events([("a.txt", _article("a", _event("a", "2023-03"))),
                          ("b.txt", _article("b", _event("b", "2023-03-15")))])
    assert len(month) == 1 and month[0].date is not None and month[0].date.value == "2023-03-15"
    apart = merge_events([("a.txt", _article("a", _event("a", "2023-03-15"))),
                          ("b.txt", _article("b", _event("b", "2024-06-25")))])
    assert len(apart) == 2


def test_reports_dated_only_by_their_publication_are_not_one_event_across_years() -> None:
    stories = merge_events([
        ("a.txt", _article("a", _event("a", "2019-05-02", DateBasis.PUBLISHED))),
        ("b.txt", _article("b", _event("b", "2024-05-02", DateBasis.PUBLISHED))),
        ("c.txt", _article("c", _event("c", "2022-05-01")))])
    assert len(stories) == 3
    same_day = merge_events([
        ("a.txt", _article("a", _event("a", "2024-05-02", DateBasis.PUBLISHED))),
        ("b.txt", _article("b", _event("b", "2024-05-02", DateBasis.PUBLISHED)))])
    assert len(same_day) == 1


def test_html_timeline_renders_crawled_text_inert() -> None:
    text = 'Nga và Mỹ điện đàm <script>alert(1)</script> <a href="javascript:alert(2)">x</a>.'
    stories = merge_events([("<b>page</b>.txt",
                             _article("a", _event("a", "2024-11-27"), text=text))])
    page = to_html(build_timeline(stories, TimelineQuery()), "t <script>")
    assert "<script" not in page.lower() and 'href="javascript' not in page
    assert "&lt;script&gt;" in page and "default-src 'none'" in page


def test_markdown_timeline_shows_crawled_markup_as_text() -> None:
    text = ('Nga và Mỹ điện đàm <script>alert(1)</script> <img src=x onerror="alert(2)"> '
            '[bấm](javascript:alert(3)) | *gấp*.')
    whole = Evidence(0, len(text), 1)
    event = replace(_event("a", "2024-11-27"), evidence=whole, mentions=(whole,))
    stories = merge_events([("trang_1.txt", _article("a", event, text=text))])
    table = to_markdown(build_timeline(stories, TimelineQuery()), "t")
    row = table.splitlines()[-1]
    assert "<script" not in row and "<img" not in row and "[bấm](javascript" not in row
    assert "&lt;script&gt;" in row and "\\[bấm\\]" in row and "\\*gấp\\*" in row
    assert "trang\\_1.txt" in row
    assert row.count(" | ") == 4  # the '|' of the text does not split the row


@pytest.mark.parametrize("fmt", ["plover-jsonl", "csv", "parquet"])
def test_export_gives_one_row_per_event_with_its_cameo(seeds_db: Path, tmp_path: Path,
                                                        fmt: str) -> None:
    import duckdb

    out = tmp_path / f"export-{fmt}"
    result = run_cli("export", str(out), "--db", str(seeds_db), "--format", fmt)
    assert result.returncode == 0, result.stderr
    if fmt == "plover-jsonl":
        records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        call = next(r for r in records if r["date"] == "2024-11-27")
        assert (call["event"], call["cameo_code"], call["quad_code"]) == (["CONSULT"], "041", 1)
        assert call["mentions"][0]["page"] == "000_002a89724aa9ef8a.txt"
        return
    table = "read_csv_auto" if fmt == "csv" else "read_parquet"
    suffix = "csv" if fmt == "csv" else "parquet"
    con = duckdb.connect()
    events = con.execute(f"SELECT id, cameo_code, date_text FROM {table}('{out}/events.{suffix}')"
                         ).fetchall()
    mentions = con.execute(f"SELECT DISTINCT event_id FROM {table}('{out}/mentions.{suffix}')"
                           ).fetchall()
    assert {str(e[0]) for e in events} == {str(m[0]) for m in mentions}
    assert any(str(e[1]).lstrip("0") == "41" and str(e[2]) == "2024-11-27" for e in events)


@pytest.mark.parametrize("value", ["2024-13", "2024-13-45", "2005-02-30", "2024-00", "24-06"])
def test_a_date_that_does_not_exist_is_a_usage_error(value: str) -> None:
    with pytest.raises(UsageError, match="real date"):
        parse_period(value, "--since")


def test_periods_and_types_that_exist_are_kept() -> None:
    assert [parse_period(v, "--since") for v in ("2024", "2024-02", "2024-02-29")] == [
        "2024", "2024-02", "2024-02-29"]
    assert parse_types(["consult,agree", "ASSAULT", "Consult"], "--type") == (
        "CONSULT", "AGREE", "ASSAULT")
    with pytest.raises(UsageError, match="'FOO' is not a PLOVER type"):
        parse_types(["FOO"], "--type")
    with pytest.raises(UsageError, match="'XYZ' is neither"):
        parse_dyad("USA,XYZ", "--dyad")
    assert parse_dyad("usa,rus", "--dyad") == ("USA", "RUS")


def test_timeline_refuses_bad_flags_with_exit_2(seeds_db: Path, tmp_path: Path) -> None:
    for args in (["--since", "2024-13-45"], ["--until", "2005-02-30"], ["--type", "FOO"],
                 ["--format", "html", "-o", str(tmp_path / "missing" / "x.html")]):
        result = run_cli("timeline", "--db", str(seeds_db), *args)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr and result.stderr.startswith("error:"), args
    both = timeline_json(seeds_db, "--type", "consult,agree")
    assert both and {e["type"] for e in both} <= {"CONSULT", "AGREE"}


def test_the_memory_duckdb_may_use_is_an_option(seeds_db: Path) -> None:
    with Store.open(seeds_db, read_only=True, memory_mb=512) as store:
        limit = store._con.execute("SELECT current_setting('memory_limit')").fetchone()
    assert limit is not None and str(limit[0]).startswith(("512", "488"))
    assert timeline_json(seeds_db, "--memory-mb", "1024")
    too_small = run_cli("timeline", "--db", str(seeds_db), "--memory-mb", "8")
    assert too_small.returncode == 2 and "Traceback" not in too_small.stderr
