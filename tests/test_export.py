"""Exports a researcher can load: typed columns (a date's period as DATE columns, lists as
lists, each article's title, publication date and URL), PLOVER records with the fields
of the manual's record format, and the same bytes from two exports of one database."""

from __future__ import annotations

import csv
import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sukien import __version__
from sukien.export import EVENTS_SCHEMA, MENTIONS_SCHEMA, ExportFormat
from sukien.model import Precision
from sukien.time.calendar import Point
from sukien.time.periods import period_range
from tests.conftest import EXAMPLES, run_cli

# the fields of the PLOVER manual's record format ("Data Fields") that sukien fills
PLOVER_FIELDS = ("id", "date", "enddate", "actor", "recipient", "event", "mode", "context",
                 "event_loc", "event_text", "quad_code", "link", "cite_info", "coder",
                 "coded_date")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("export") / "seeds.duckdb"
    result = run_cli("ingest", str(EXAMPLES), "--db", str(target))
    assert result.returncode == 0, result.stderr
    return target


@pytest.fixture(scope="module")
def exported(db: Path) -> dict[ExportFormat, Path]:
    outputs = {}
    for fmt in ExportFormat:
        out = db.parent / f"out-{fmt.value}"
        result = run_cli("export", str(out), "--db", str(db), "--format", fmt.value, "--all")
        assert result.returncode == 0, result.stderr
        outputs[fmt] = out
    return outputs


@pytest.mark.parametrize(("value", "start", "end"), [
    ("2005", "2005-01-01", "2005-12-31"),
    ("2006-Q1", "2006-01-01", "2006-03-31"),
    ("2006-Q4", "2006-10-01", "2006-12-31"),
    ("2006-03", "2006-03-01", "2006-03-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2023-02", "2023-02-01", "2023-02-28"),
    ("2006-W12", "2006-03-20", "2006-03-26"),
    ("2020-W53", "2020-12-28", "2021-01-03"),
    ("200", "2000-01-01", "2009-12-31"),
    ("19", "1900-01-01", "1999-12-31"),
    ("2006-SU", "2006-06-01", "2006-08-31"),
    ("2006-WI", "2006-12-01", "2007-02-28"),
    ("2024-11-27", "2024-11-27", "2024-11-27"),
    ("2024-11-27TMO", "2024-11-27", "2024-11-27"),
    ("2024-11-27T10:30", "2024-11-27", "2024-11-27"),
])
def test_a_period_is_its_first_and_last_day(value: str, start: str, end: str) -> None:
    assert period_range(value) == (date.fromisoformat(start), date.fromisoformat(end))


@pytest.mark.parametrize("value", ["XXXX-12-07", "XXXX-SU", "XXXX-Q1", "XXXX-05", "XXXX",
                                   "PAST_REF", "2005-02-30", "2005-13", "2021-W53", "00", ""])
def test_a_value_of_unknown_year_or_outside_the_calendar_has_no_period(value: str) -> None:
    assert period_range(value) is None


_PRECISIONS = [Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.QUARTER,
               Precision.YEAR, Precision.DECADE, Precision.CENTURY]


@given(st.dates(min_value=date(1001, 1, 1), max_value=date(9898, 12, 31)),
       st.sampled_from(_PRECISIONS))
def test_the_period_of_a_day_written_at_a_precision_holds_it_and_nothing_more(
        day: date, precision: Precision) -> None:
    """Point.iso writes a day at a precision; the period read back holds that day, every day
    of it is written the same, and the days just outside are not."""
    value = Point(day).iso(precision)
    span = period_range(value)
    assert span is not None
    start, end = span
    assert start <= day <= end
    assert Point(start).iso(precision) == value == Point(end).iso(precision)
    assert Point(start - timedelta(days=1)).iso(precision) != value
    assert Point(end + timedelta(days=1)).iso(precision) != value


def test_parquet_columns_have_their_types_and_round_trip(exported: dict[ExportFormat, Path]
                                                        ) -> None:
    events = pq.read_table(exported[ExportFormat.PARQUET] / "events.parquet")
    mentions = pq.read_table(exported[ExportFormat.PARQUET] / "mentions.parquet")
    assert events.schema.equals(EVENTS_SCHEMA) and mentions.schema.equals(MENTIONS_SCHEMA)
    assert events.schema.field("date_start").type == pa.date32()
    assert pa.types.is_list(events.schema.field("actors").type)
    assert pa.types.is_struct(events.schema.field("actors").type.value_type)
    assert events.schema.field("links").type == pa.list_(pa.string())
    rows = events.to_pylist()
    assert len(rows) >= 20
    for row in rows:
        span = period_range(row["date_text"]) if row["date_text"] else None
        assert (row["date_start"], row["date_end"]) == (span or (None, None))
        assert (row["date_start"] is None) == (not row["year_known"])
        assert all(isinstance(a["country"], str | None) for a in row["actors"])
        assert row["title"] and row["coded_date"] is not None
    month = next(r for r in rows if r["date_text"] == "2023-03")
    assert (month["date_start"], month["date_end"]) == (date(2023, 3, 1), date(2023, 3, 31))
    # DuckDB sees the same types: dates compare as dates, lists unnest
    con = duckdb.connect()
    path = exported[ExportFormat.PARQUET] / "events.parquet"
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE "
                             f"SELECT * FROM read_parquet('{path}'))").fetchall())
    assert (types["date_start"], types["date_end"], types["published_date"]) == (
        "DATE", "DATE", "DATE")
    assert types["actor_countries"] == "VARCHAR[]"
    in_2024 = con.execute(f"SELECT count(*) FROM read_parquet('{path}') "
                          "WHERE date_start >= DATE '2024-01-01'").fetchone()
    assert in_2024 is not None and in_2024[0] == sum(
        1 for r in rows if r["date_start"] and r["date_start"].year >= 2024)
    russia = con.execute(f"SELECT count(*) FROM read_parquet('{path}') "
                         "WHERE list_contains(recipient_countries, 'RUS')").fetchone()
    assert russia is not None and russia[0] == sum(
        1 for r in rows if "RUS" in r["recipient_countries"])


def test_csv_cells_are_those_of_parquet_with_lists_as_json(exported: dict[ExportFormat, Path]
                                                           ) -> None:
    for table in ("events", "mentions"):
        with (exported[ExportFormat.CSV] / f"{table}.csv").open(encoding="utf-8") as handle:
            cells = list(csv.DictReader(handle))
        typed = pq.read_table(exported[ExportFormat.PARQUET] / f"{table}.parquet").to_pylist()
        assert len(cells) == len(typed)
        for cell, row in zip(cells, typed, strict=True):
            for name, value in row.items():
                if isinstance(value, list):
                    assert json.loads(cell[name]) == value
                elif isinstance(value, date):
                    assert date.fromisoformat(cell[name]) == value
                elif value is None:
                    assert cell[name] == ""
    con = duckdb.connect()
    path = exported[ExportFormat.CSV] / "events.csv"
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE "
                             f"SELECT * FROM read_csv_auto('{path}'))").fetchall())
    assert types["date_start"] == "DATE"


def test_mentions_give_each_article_title_publication_date_and_page(
        exported: dict[ExportFormat, Path]) -> None:
    mentions = pq.read_table(exported[ExportFormat.PARQUET] / "mentions.parquet").to_pylist()
    titles = {m["page"]: m["title"] for m in mentions}
    assert titles["000_002a89724aa9ef8a.txt"] and len(set(titles.values())) >= 4
    for mention in mentions:
        published = mention["published_text"]
        day = period_range(published) if published else None
        assert mention["published_date"] == (day[0] if day and day[0] == day[1] else None)


def test_plover_records_hold_every_field_of_the_record_format(
        db: Path, exported: dict[ExportFormat, Path]) -> None:
    records = [json.loads(line) for line in
               exported[ExportFormat.PLOVER_JSONL].read_text("utf-8").splitlines()]
    with duckdb.connect(str(db), read_only=True) as con:
        ingested = {str(row[0]) for row in con.execute(
            "SELECT DISTINCT CAST(ingested_at AS DATE) FROM pages").fetchall()}
    assert len(records) >= 20
    for record in records:
        assert all(name in record for name in PLOVER_FIELDS), record.keys()
        assert record["event"] and record["quad_code"] in (1, 2, 3, 4)
        assert all(set(side) >= {"code", "sector", "entity_text"}
                   for side in record["actor"] + record["recipient"])
        assert isinstance(record["mode"], list) and isinstance(record["context"], list)
        assert record["event_text"] and all(isinstance(t, str) for t in record["event_text"])
        assert record["coder"] == f"sukien {__version__}" == record["cite_info"]["coder"]
        assert record["cite_info"]["title"] and record["cite_info"]["language"] == "vi"
        assert record["coded_date"] in ingested
        if record["year_known"]:
            assert _ISO_DAY.fullmatch(record["date"]) and _ISO_DAY.fullmatch(record["enddate"])
            assert record["date"] <= record["enddate"]
        else:
            assert record["date"] is None and record["enddate"] is None
    assert any(r["event_loc"] for r in records) and any(r["link"] for r in records)
    planned = [r for r in records if r["status"] == "planned"]
    assert planned, "--all keeps events that did not (yet) happen"


def test_the_coded_date_is_the_stored_ingest_not_the_time_of_the_export(
        db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "old.duckdb"
    shutil.copyfile(db, copy)
    with duckdb.connect(str(copy)) as con:
        con.execute("UPDATE pages SET ingested_at = TIMESTAMP '2020-05-06 07:08:09'")
    out = tmp_path / "events.jsonl"
    result = run_cli("export", str(out), "--db", str(copy))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert records and {r["coded_date"] for r in records} == {"2020-05-06"}


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_two_exports_of_one_database_are_byte_identical(
        db: Path, exported: dict[ExportFormat, Path], tmp_path: Path, fmt: ExportFormat) -> None:
    again = tmp_path / "again"
    result = run_cli("export", str(again), "--db", str(db), "--format", fmt.value, "--all")
    assert result.returncode == 0, result.stderr
    first = exported[fmt]
    if fmt is ExportFormat.PLOVER_JSONL:
        assert again.read_bytes() == first.read_bytes()
        return
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in again.iterdir()) and len(names) == 2
    assert all((again / name).read_bytes() == (first / name).read_bytes() for name in names)
