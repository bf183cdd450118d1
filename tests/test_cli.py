"""The command line: the extract contract, exit codes, demo, stats and rejected."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup
from typer.testing import CliRunner

from sukien.cli.app import _story_count_text, app
from sukien.store import Store
from sukien.timeline import TimelineQuery
from sukien.web import load_catalog
from tests.conftest import EXAMPLES, SEED_PAGES, VIETNAMESE, run_cli


def test_extract_prints_contract_json_lines_for_a_seed_page() -> None:
    result = run_cli("extract", str(EXAMPLES / "001_88d42bd29b8f9cef.txt"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["page"] == "001_88d42bd29b8f9cef.txt" and record["article"] == 0
    assert record["title"] == "Bộ trưởng Quốc phòng Nga, Mỹ điện đàm"
    assert (record["title_line"], record["body_lines"], record["caption_lines"]) == (
        3, [6, 11, 13, 15, 17, 19], [8, 9])
    assert record["author"] == "KHÁNH HƯNG"
    assert record["url"].startswith("https://www.sggp.org.vn/")
    page_lines = (EXAMPLES / "001_88d42bd29b8f9cef.txt").read_text("utf-8").split("\n")
    for number in record["body_lines"]:
        assert page_lines[number - 1].strip() in record["text"]
    assert "Andrei Belousov" in record["text"] and "Cùng chủ đề" not in record["text"]
    first = record["timex"][0]
    assert (first["text"], first["line"], first["value"]) == ("ngày 25-6", 6, "2024-06-25")
    assert record["text"][first["start"]:first["end"]] == "ngày 25-6"
    belousov = record["actors"][0]
    assert (belousov["name"], belousov["country"], belousov["sector"], belousov["line"]) == (
        "Andrei Belousov", "RUS", "GOV", 6)
    assert record["text"][belousov["start"]:belousov["end"]] == belousov["text"]
    call = record["events"][0]
    assert (call["type"], call["mode"], call["date"]["value"], call["status"]) == (
        "CONSULT", "phone", "2024-06-25", "occurred")
    assert {a["country"] for a in call["actors"] + call["recipients"]} == {"RUS", "USA"}
    assert call["evidence"]["line"] == 6


def test_extract_no_clean_keeps_every_line() -> None:
    result = run_cli("extract", str(EXAMPLES / "004_f41c4e6fcf6b7692.txt"), "--no-clean")
    record = json.loads(result.stdout)
    page = (EXAMPLES / "004_f41c4e6fcf6b7692.txt").read_text("utf-8").split("\n")
    assert record["title_line"] == 1
    assert record["body_lines"] == [n for n, line in enumerate(page, 1) if line.strip()][1:]


def test_clean_prints_title_byline_and_body() -> None:
    result = run_cli("clean", str(EXAMPLES / "002_4627ecc5676f9720.txt"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "# Mỹ ngỏ ý đối thoại với Nga về vấn đề tên lửa và tập trận"
    assert lines[1] == "Việt Hải · TTXVN"
    assert "Giá tiêu" not in result.stdout


def test_eval_content_prints_scores() -> None:
    result = run_cli("eval", "content", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert {"precision", "recall", "f1", "pages"} <= payload.keys()
    assert len(payload["pages"]) == 5


def test_extract_reads_stdin_and_applies_published() -> None:
    page = "Bộ trưởng Quốc phòng Nga, Mỹ điện đàm\n" + VIETNAMESE
    result = run_cli("extract", "-", "--published", "2024-06-26", stdin=page.encode())
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["published"]["value"] == "2024-06-26"
    assert record["published"]["precision"] == "day"


def test_extract_strict_exits_1_and_reports_the_rejection(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_cli("extract", str(tmp_path / "empty.txt"), str(SEED_PAGES[0]), "--strict")
    assert result.returncode == 1
    assert "empty" in result.stderr and len(result.stdout.splitlines()) == 2  # two articles


def test_usage_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    bad_format = run_cli("extract", str(SEED_PAGES[0]), "--format", "xml")
    assert bad_format.returncode == 2 and "Traceback" not in bad_format.stderr
    assert "'xml'" in bad_format.stderr and "--format" in bad_format.stderr
    no_db = run_cli("stats", "--db", str(tmp_path / "none.duckdb"))
    assert no_db.returncode == 2 and "run 'sukien ingest' first" in no_db.stderr
    bad_date = run_cli("ingest", str(SEED_PAGES[0]), "--published", "25-6")
    assert bad_date.returncode == 2
    unknown = run_cli("ingest", "--no-such-flag")
    assert unknown.returncode == 2


def test_runtime_errors_exit_3_and_help_lists_the_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "bad.duckdb").write_text("not a database")
    broken = run_cli("stats", "--db", str(tmp_path / "bad.duckdb"))
    assert broken.returncode == 3 and "Traceback" not in broken.stderr
    assert broken.stderr.startswith("error: cannot open database")
    debug = run_cli("--debug", "stats", "--db", str(tmp_path / "bad.duckdb"))
    assert "Traceback" in debug.stderr and "StoreError" in debug.stderr
    assert "3 runtime error" in " ".join(run_cli("--help").stdout.split())


def test_ingest_then_stats_and_rejected(tmp_path: Path) -> None:
    db = str(tmp_path / "news.duckdb")
    first = run_cli("ingest", str(EXAMPLES), "--db", db, "--quiet")
    assert first.returncode == 0, first.stderr
    assert "stored 5 new pages" in first.stdout and "1 rejected" in first.stdout
    second = run_cli("ingest", str(EXAMPLES), "--db", db, "--quiet", "--strict")
    assert "stored 0 new pages" in second.stdout and second.returncode == 0
    strict = run_cli("ingest", str(EXAMPLES), "--db", db, "--quiet", "--strict", "--force")
    assert strict.returncode == 1
    # read again from the same files: stored before, not duplicates of other pages
    assert ("5 already stored from the same source, 0 exact duplicates, 1 rejected "
            "(1 of them already recorded)") in strict.stdout
    stats = json.loads(run_cli("stats", "--db", db, "--json").stdout)
    assert (stats["pages"], stats["articles"], stats["rejected"]) == (5, 6, 1)
    assert stats["rejected_by_reason"] == {"missing_field": 1}
    assert stats["events"] > 0 and 0 < stats["stories"] <= stats["events"]
    table = run_cli("rejected", "--db", db, "--limit", "1").stdout
    assert "1 rejected inputs" in table and " of " not in table  # all there is, not "1 of 1"
    rejected = [json.loads(line) for line in
                run_cli("rejected", "--db", db, "--json").stdout.splitlines()]
    assert [r["reason"] for r in rejected] == ["missing_field"]
    assert rejected[0]["source"].endswith("gold.json")


def test_ingest_with_worker_processes_matches_single_process(tmp_path: Path) -> None:
    single, multi = str(tmp_path / "one.duckdb"), str(tmp_path / "two.duckdb")
    run_cli("ingest", str(EXAMPLES), "--db", single, "--quiet")
    result = run_cli("ingest", str(EXAMPLES), "--db", multi, "--quiet", "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert json.loads(run_cli("stats", "--db", multi, "--json").stdout) == json.loads(
        run_cli("stats", "--db", single, "--json").stdout)


def test_demo_prints_the_five_example_titles() -> None:
    result = run_cli("demo")
    assert result.returncode == 0, result.stderr
    assert "stored 5 new pages" in result.stdout
    for title in ("Bộ trưởng Quốc phòng Nga, Mỹ điện đàm", "Tổng thống Biden nói gì",
                  "Mỹ ngỏ ý đối thoại với Nga"):
        assert title in " ".join(result.stdout.split()), title
    # the first seed's call, dated by its own sentence, and the undatable year of page 004
    assert "2024-11-27 CONSULT/phone RUS ↔ USA (occurred, line 5)" in result.stdout
    assert "XXXX-12-07 CONSULT" in result.stdout


def test_version_prints_once_and_exits_0() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.splitlines() == ["sukien 0.1.0"]


def test_piped_tables_keep_each_row_on_one_line() -> None:
    # run_cli pipes stdout: a table row wider than 80 columns must not wrap
    result = run_cli("eval", "events", "--details")
    assert result.returncode == 0
    rows = [line for line in result.stdout.splitlines() if "000-1" in line]
    assert len(rows) == 1 and "2024-11-27" in rows[0] and len(rows[0]) > 80


def test_timeline_table_shows_evidence_names_with_codes_and_short_sources(
        tmp_path: Path) -> None:
    db = str(tmp_path / "news.duckdb")
    assert run_cli("ingest", str(EXAMPLES), "--db", db, "--quiet").returncode == 0
    table = run_cli("timeline", "--db", db, "--dyad", "RUS,USA").stdout
    call = next(line for line in table.splitlines() if "Lloyd Austin" in line)
    assert "Andrei Belousov (RUS GOV) ↔ Lloyd Austin (USA GOV)" in call
    assert "001_88d42bd29b8f9cef.txt:6" in call and "cuộc điện đàm" in call
    assert str(EXAMPLES) not in table  # file names, not the paths they were read from


def _commands(group: TyperGroup, prefix: tuple[str, ...] = ()) -> list[
        tuple[tuple[str, ...], Any]]:
    found: list[tuple[tuple[str, ...], Any]] = [(prefix, group)]
    for name, command in group.commands.items():
        if isinstance(command, TyperGroup):
            found += _commands(command, (*prefix, name))
        else:
            found.append(((*prefix, name), command))
    return found


def test_help_at_80_columns_keeps_every_option_name_whole() -> None:
    # rich's option tables cut names to '--max-uncompres…' at 80 columns (issue 22)
    runner = CliRunner()
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    commands = _commands(group)
    assert len(commands) > 15
    for path, command in commands:
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "80"})
        assert result.exit_code == 0, (path, result.output)
        lines = result.output.splitlines()
        assert max(len(line) for line in lines) <= 80, path
        assert "…" not in result.output and not any(
            line.rstrip().endswith("...") for line in lines if not line.startswith("Usage")
        ), path  # nor a command's summary cut short
        words = set(result.output.replace("/", " ").replace(",", " ").split())
        for param in command.params:
            for name in param.opts + param.secondary_opts:
                if name.startswith("-"):
                    assert name in words, (path, name)


def test_counts_say_why_the_timeline_shows_fewer_events_than_stored(tmp_path: Path) -> None:
    # issue 22: 'serve' said 370 events where its timeline showed 347 (facts only)
    db = tmp_path / "news.duckdb"
    assert run_cli("ingest", str(EXAMPLES), "--db", str(db), "--quiet").returncode == 0
    with Store.open(db, read_only=True) as store:
        facts = store.count_stories(TimelineQuery())
        everything = store.count_stories(TimelineQuery(facts_only=False))
        assert 0 < facts < everything  # the seeds report planned and denied events too
        said = _story_count_text(store, TimelineQuery(), "--all")
        assert load_catalog(store).total == everything  # what the web page counts
        assert said == (f"{everything} events: {facts} facts shown, {everything - facts} "
                        "hypothetical or denied left out (--all shows them)")
        assert _story_count_text(store, TimelineQuery(facts_only=False), "--all") == (
            f"{everything} events")
    stats = json.loads(run_cli("stats", "--db", str(db), "--json").stdout)
    assert (stats["stories"], stats["facts"]) == (everything, facts)
    table = run_cli("timeline", "--db", str(db)).stdout
    assert said in table
    rows = [line for line in table.splitlines() if line.startswith("│ ")
            and line.split("│")[1].strip()]
    assert len(rows) == facts  # an entry's further sources continue under an empty date
