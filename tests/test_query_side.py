"""The query side: stories merged once into tables and read with SQL give exactly what
merging every article in memory gives (the reference, ``merge_events`` +
``build_timeline`` + ``export``); counts and pages; stories out of date; upgrades from
every earlier schema version."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from sukien.export import ExportFormat, export
from sukien.ingest import ingest
from sukien.merge import Story, merge_events
from sukien.model import NOT_FACTS, Container, Page, PageKind, PageResult
from sukien.options import IngestOptions
from sukien.pipeline import Pipeline
from sukien.store import Store
from sukien.store.schema import LATEST_VERSION, MIGRATIONS
from sukien.store.stories import ActorOrder, StoryOrder
from sukien.timeline import (
    TimelineQuery,
    build_timeline,
    entry_record,
    timeline_entries,
    to_html,
    to_markdown,
    without_diacritics,
)
from tests.conftest import EXAMPLES, SEED_PAGES, VIETNAMESE, run_cli
from tests.test_merge import republished

QUERIES = [
    TimelineQuery(), TimelineQuery(facts_only=False), TimelineQuery(dyad=("USA", "RUS")),
    TimelineQuery(dyad=("RUS", "USA"), types=("CONSULT",)), TimelineQuery(types=("AGREE",)),
    TimelineQuery(quads=(1, 3)), TimelineQuery(actors=("austin",)),
    TimelineQuery(actors=("RUS", "Gerasimov")), TimelineQuery(actors=("rus",)),
    TimelineQuery(since="2024"), TimelineQuery(until="2023-03"),
    TimelineQuery(since="2022-01-09", until="2024-06-25", facts_only=False),
    TimelineQuery(text="GENEVA"), TimelineQuery(text="điện đàm", dyad=("USA", "RUS")),
    TimelineQuery(text="DIEN DAM"), TimelineQuery(text="dien dam", ignore_diacritics=False),
    TimelineQuery(locations=("Ukraine", "Kherson"), facts_only=False),
    TimelineQuery(locations=("Geneva",), dyad=("USA", "RUS")), TimelineQuery(locations=()),
    TimelineQuery(sides=("USA",)), TimelineQuery(sides=("lloyd austin", "RUS")),
    TimelineQuery(sides=("Austin",)), TimelineQuery(sides=("USA", "UKR"), facts_only=False),
]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, a republished copy (left out of stories) and the same bytes twice."""
    inputs = tmp_path_factory.mktemp("query") / "in"
    shutil.copytree(EXAMPLES, inputs, ignore=shutil.ignore_patterns("*.json"))
    (inputs / "zz_republished.txt").write_text(republished(SEED_PAGES[1]), "utf-8")
    shutil.copyfile(SEED_PAGES[2], inputs / "zz_same_bytes.txt")
    return inputs


@pytest.fixture(scope="module")
def db(crawl: Path) -> Path:
    target = crawl.parent / "query.duckdb"
    result = run_cli("ingest", str(crawl), "--db", str(target))
    assert result.returncode == 0, result.stderr
    return target


def reference_stories(db: Path) -> list[object]:
    with Store.open(db, read_only=True) as store:
        return list(merge_events(store.articles(copies=False)))


def test_ingest_stores_the_stories_merging_in_memory_gives(db: Path) -> None:
    reference = {s.story_id: s for s in reference_stories(db)}  # type: ignore[attr-defined]
    with Store.open(db, read_only=True) as store:
        assert store.stories_current()
        assert not store.prepare_stories().built_now
        stored = {s.story_id: s for s in store.stories(TimelineQuery(facts_only=False))}
    assert len(stored) >= 20 and stored == reference


@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_sql_filters_keep_the_entries_the_python_filters_keep(db: Path,
                                                              query: TimelineQuery) -> None:
    expected = build_timeline(reference_stories(db), query)  # type: ignore[arg-type]
    with Store.open(db, read_only=True) as store:
        assert list(timeline_entries(store.stories(query))) == expected
        assert store.count_stories(query) == len(expected)


@pytest.mark.parametrize("query", [TimelineQuery(), TimelineQuery(facts_only=False),
                                   TimelineQuery(types=("ASSAULT",), facts_only=False)],
                         ids=repr)
def test_stories_are_counted_by_their_location_as_in_memory(db: Path,
                                                            query: TimelineQuery) -> None:
    kept = [e.story for e in build_timeline(reference_stories(db), query)]  # type: ignore[arg-type]
    expected = Counter(s.location for s in kept)
    with Store.open(db, read_only=True) as store:
        counted = store.location_counts(query)
        names = store.location_names()
    assert dict(counted) == expected
    assert sum(n for _, n in counted) == len(kept)
    assert {"Kherson", "Ukraine", "Geneva"} <= set(names) and None not in names


def test_search_ignores_case_and_diacritics_unless_asked_not_to(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        marked = store.count_stories(TimelineQuery(text="Điện đàm"))
        assert marked > 0
        assert store.count_stories(TimelineQuery(text="dien dam")) == marked
        assert store.count_stories(TimelineQuery(text="dien dam", ignore_diacritics=False)) == 0
        assert store.count_stories(TimelineQuery(text="điện đàm",
                                                 ignore_diacritics=False)) == marked


def test_pages_of_a_timeline_are_slices_of_it(db: Path) -> None:
    query = TimelineQuery(facts_only=False)
    with Store.open(db, read_only=True) as store:
        everything = [s.story_id for s in store.stories(query)]
        pages = [[s.story_id for s in store.stories(query, limit=7, offset=start)]
                 for start in range(0, len(everything) + 7, 7)]
        assert [s.story_id for s in store.stories(query, offset=5)] == everything[5:]
    assert [i for page in pages for i in page] == everything
    assert all(len(page) == 7 for page in pages[:-2]) and pages[-1] == []


def _newest_first(story: Story) -> tuple[int, str]:
    value = story.date.value if story.date else "~"
    return (0, value) if story.year_known else (1, value[4:])


def test_sorted_timelines_are_the_reference_stories_sorted(db: Path) -> None:
    query = TimelineQuery(facts_only=False)
    stories = sorted(reference_stories(db), key=lambda s: s.story_id)  # type: ignore[attr-defined]
    order = [e.story.story_id for e in build_timeline(stories, query)]  # type: ignore[arg-type]
    ranks = {story_id: i for i, story_id in enumerate(order)}
    by_id = {s.story_id: s for s in stories}
    newest = sorted(order, key=lambda i: (not by_id[i].year_known,
                                          _reversed(_newest_first(by_id[i])[1]), i))
    reported = sorted(order, key=lambda i: (-len(by_id[i].mentions), ranks[i]))
    with Store.open(db, read_only=True) as store:
        assert [s.story_id for s in store.stories(query, StoryOrder.NEWEST)] == newest
        assert [s.story_id for s in store.stories(query, StoryOrder.MOST_REPORTED)] == reported
        # a page of a sorted list is a slice of it
        assert [s.story_id for s in store.stories(query, StoryOrder.NEWEST, limit=5,
                                                  offset=3)] == newest[3:8]
    assert len({len(by_id[i].mentions) for i in order}) > 1  # the order is not the timeline's


def _reversed(text: str) -> tuple[int, ...]:
    """A key that sorts texts in reverse (a longer text after its prefix, as SQL's DESC)."""
    return (*(-ord(c) for c in text), 0)


def _codes(story: Story) -> set[str]:
    return {code for side in (*story.actors, *story.recipients)
            for code in (side.country, side.name) if code}


def test_actor_counts_are_the_stories_of_each_actor(db: Path) -> None:
    stories = [s for s in reference_stories(db)
               if s.status not in NOT_FACTS]  # type: ignore[attr-defined]
    expected: dict[str, int] = {}
    for story in stories:
        for code in _codes(story):  # type: ignore[arg-type]
            expected[code] = expected.get(code, 0) + 1
    with Store.open(db, read_only=True) as store:
        page = store.actors(TimelineQuery())
        assert {a.code: a.events for a in page.actors} == expected
        assert page.matching == len(expected) >= 8
        assert [a.events for a in page.actors] == sorted(expected.values(), reverse=True)
        by_name = store.actors(TimelineQuery(), ActorOrder.NAME, limit=4, offset=2)
        assert [a.code for a in by_name.actors] == sorted(
            expected, key=lambda c: (without_diacritics(c), c))[2:6]
        assert by_name.matching == len(expected)
        # 'my' finds the United States by the word the articles use, 'Mỹ'; 'PUTIN' the name
        assert "USA" in {a.code for a in store.actors(TimelineQuery(), name="my").actors}
        assert [a.code for a in store.actors(TimelineQuery(), name="PUTIN").actors] == [
            "Vladimir Putin"]
        for code in ("USA", "Lloyd Austin"):
            assert store.count_stories(TimelineQuery(sides=(code,))) == expected[code]


def test_counterparts_are_the_other_sides_of_an_actors_stories(db: Path) -> None:
    stories = [s for s in reference_stories(db)
               if s.status not in NOT_FACTS and "USA" in _codes(s)]  # type: ignore
    expected: dict[str, int] = {}
    for story in stories:
        others = {code for side in (*story.actors, *story.recipients)
                  if "USA" not in (side.country, side.name)
                  for code in (side.country, side.name) if code}
        for code in others:
            expected[code] = expected.get(code, 0) + 1
    with Store.open(db, read_only=True) as store:
        found = store.counterparts(TimelineQuery(sides=("USA",)), "USA", 100)
    assert {a.code: a.events for a in found} == expected
    assert found[0].code == "RUS" and "USA" not in expected


def test_events_without_a_month_are_counted_apart_from_the_months(db: Path) -> None:
    query = TimelineQuery(facts_only=False)
    with Store.open(db, read_only=True) as store:
        drawn = sum(n for _, _, n in store.monthly_counts(query))
        apart = store.count_without_month(query)
        assert drawn + apart == store.count_stories(query) and apart > 0 and drawn > 0
        assert store.count_without_month(TimelineQuery(since="2024")) == 0


@pytest.mark.parametrize("args", [["--all", "--format", "json"], ["--format", "markdown"],
                                  ["--format", "html", "--dyad", "USA,RUS"]])
def test_timeline_files_are_those_of_the_in_memory_timeline(db: Path, tmp_path: Path,
                                                            args: list[str]) -> None:
    out = tmp_path / "timeline.out"
    result = run_cli("timeline", "--db", str(db), *args, "-o", str(out))
    assert result.returncode == 0 and result.stderr == "", result.stderr
    query = TimelineQuery(dyad=("USA", "RUS") if "--dyad" in args else None,
                          facts_only="--all" not in args)
    entries = build_timeline(reference_stories(db), query)  # type: ignore[arg-type]
    title = "sukien timeline" + (": USA,RUS" if "--dyad" in args else "")
    expected = (json.dumps([entry_record(e) for e in entries], ensure_ascii=False, indent=1)
                + "\n" if "json" in args else to_markdown(entries, title)
                if "markdown" in args else to_html(entries, title))
    assert out.read_text("utf-8") == expected


@pytest.mark.parametrize("fmt", list(ExportFormat))
@pytest.mark.parametrize("every_status", [False, True])
def test_exports_are_those_of_the_in_memory_export(db: Path, tmp_path: Path,
                                                   fmt: ExportFormat, every_status: bool) -> None:
    out, expected = tmp_path / "cli", tmp_path / "reference"
    result = run_cli("export", str(out), "--db", str(db), "--format", fmt.value,
                     *(["--all"] if every_status else []))
    assert result.returncode == 0, result.stderr
    stories = [s for s in reference_stories(db)
               if every_status or s.status not in NOT_FACTS]  # type: ignore[attr-defined]
    with Store.open(db, read_only=True) as store:
        citations = store.article_citations(
            [m.article_id for s in stories for m in s.mentions])  # type: ignore[attr-defined]
    count = export(stories, fmt, expected, citations)  # type: ignore[arg-type]
    assert f"exported {count} events" in result.stderr and count >= 20
    if fmt is ExportFormat.PLOVER_JSONL:
        assert out.read_bytes() == expected.read_bytes()
        return
    for table in ("events", "mentions"):
        if fmt is ExportFormat.CSV:
            assert (out / f"{table}.csv").read_bytes() == (expected / f"{table}.csv").read_bytes()
        else:
            assert pq.read_table(out / f"{table}.parquet").equals(
                pq.read_table(expected / f"{table}.parquet"))


def test_stories_out_of_date_are_merged_for_the_reader_and_said_so(
        crawl: Path, db: Path, tmp_path: Path) -> None:
    """An ingest stopped before its stories were merged: a reader still sees every page."""
    copy = tmp_path / "stale.duckdb"
    shutil.copy(db, copy)
    page = "late"  # a page the stories do not know yet
    text = VIETNAMESE
    result = Pipeline().process(Page(f"{page}.txt", f"{page}.txt", PageKind.TEXT, Container.TXT,
                                     text, "utf-8", len(text.encode())))
    assert isinstance(result, PageResult) and result.articles[0].events
    with Store.open(copy) as store:
        store.write_batch([result])
        assert not store.stories_current()
    timeline = run_cli("timeline", "--db", str(copy), "--all", "--format", "json")
    assert timeline.returncode == 0, timeline.stderr
    assert "were out of date" in timeline.stderr and "sukien upgrade" in timeline.stderr
    pages = {s["page"] for e in json.loads(timeline.stdout) for s in e["sources"]}
    assert f"{page}.txt" in pages
    with Store.open(copy, read_only=True) as store:
        assert not store.stories_current()  # a read-only reader merged them for itself
        fresh = {s.story_id for s in store.stories()}
    upgrade = run_cli("upgrade", "--db", str(copy))
    assert upgrade.returncode == 0 and "merged" in upgrade.stdout, upgrade.stderr
    with Store.open(copy, read_only=True) as store:
        assert store.stories_current() and {s.story_id for s in store.stories()} == fresh
    again = run_cli("timeline", "--db", str(copy), "--all", "--format", "json")
    assert again.stderr == "" and again.stdout == timeline.stdout


def test_queries_run_under_a_small_memory_limit_or_say_to_raise_it(db: Path) -> None:
    expected = run_cli("timeline", "--db", str(db), "--all", "--format", "json")
    small = run_cli("timeline", "--db", str(db), "--all", "--format", "json",
                    "--memory-mb", "32")
    assert small.returncode == 0 and small.stdout == expected.stdout, small.stderr
    tiny = run_cli("timeline", "--db", str(db), "--all", "--format", "json",
                   "--memory-mb", "16")
    if tiny.returncode:  # DuckDB's own needs are close to 16 MB
        assert tiny.returncode == 3 and "raise --memory-mb" in tiny.stderr, tiny.stderr
        assert "Traceback" not in tiny.stderr


@pytest.fixture(scope="module")
def latest(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("latest") / "seeds.duckdb"
    ingest([str(p) for p in SEED_PAGES], IngestOptions(db=target))
    return target


def database_at(version: int, latest: Path, target: Path) -> None:
    """A database as sukien at schema ``version`` wrote it: the tables of that version,
    holding the columns they had then, applied in 2020 and filled in 2021."""
    con = duckdb.connect(str(target))
    con.execute("CREATE TABLE schema_info (version INTEGER NOT NULL, "
                "applied_at TIMESTAMP NOT NULL)")
    for number, statements in MIGRATIONS[:version]:
        for statement in statements:
            con.execute(statement)
        con.execute("INSERT INTO schema_info VALUES (?, TIMESTAMP '2020-01-01')", [number])
    con.execute(f"ATTACH '{latest}' AS latest (READ_ONLY)")
    tables = [str(row[0]) for row in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_catalog = ? "
        "AND table_name <> 'schema_info'", [target.stem]).fetchall()]
    for table in tables:
        columns = ", ".join(f'"{row[0]}"' for row in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_catalog = ? "
            "AND table_name = ? ORDER BY ordinal_position", [target.stem, table]).fetchall())
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM latest.{table}")
    con.execute("UPDATE pages SET ingested_at = TIMESTAMP '2021-01-01'")
    con.close()


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_upgrade_from_every_earlier_schema_version(latest: Path, tmp_path: Path,
                                                   version: int) -> None:
    old = tmp_path / f"v{version}.duckdb"
    database_at(version, latest, old)
    refused = run_cli("timeline", "--db", str(old))
    assert refused.returncode == 3 and f"sukien upgrade --db {old}" in refused.stderr
    upgrade = run_cli("upgrade", "--db", str(old))
    assert upgrade.returncode == 0, upgrade.stderr
    assert f"from schema {version} to {LATEST_VERSION}" in upgrade.stdout
    with Store.open(old, read_only=True) as store:
        assert store.schema_version == LATEST_VERSION and store.stories_current()
    timeline = run_cli("timeline", "--db", str(old), "--format", "json")
    expected = run_cli("timeline", "--db", str(latest), "--format", "json")
    assert timeline.returncode == 0, timeline.stderr
    if version >= 5:  # events were stored: the same timeline
        assert timeline.stdout == expected.stdout
    else:  # stored without events: empty, and said so
        assert json.loads(timeline.stdout) == [] and json.loads(expected.stdout)
        assert "warning: 5 pages" in timeline.stderr and "events" in timeline.stderr
    missing = {"time expressions": 3, "actors": 4, "events": 5, "fingerprints": 6}
    for stage, added in missing.items():
        assert (f"before it had {stage}" in upgrade.stderr) == (version < added), stage
    assert run_cli("upgrade", "--db", str(old)).stdout.endswith("its stories are current\n")


def test_upgrade_refuses_what_it_cannot_upgrade(tmp_path: Path) -> None:
    for args in (["--db", str(tmp_path / "absent.duckdb")], ["--db", str(tmp_path)]):
        result = run_cli("upgrade", *args)
        assert result.returncode == 2 and result.stderr.startswith("error:"), args


def test_streamed_json_is_the_text_of_json_dumps() -> None:
    from sukien.timeline import _indented

    values = [{}, [], {"a": [], "b": {}, "c": [1, 2.5, None, True, "ư\"\n"], "d": {"e": [{}]}},
              [[["x"]], {"k": ("t", "u")}], "plain", 3, -0.0, 1e-7]
    for value in values:
        assert "[\n " + _indented(value, "\n ") + "\n]" == json.dumps(
            [value], ensure_ascii=False, indent=1)


def test_an_actor_is_never_labelled_by_an_implied_side(tmp_path: Path) -> None:
    """A country named only as the place of an arrest is shown by its code, not by the
    label of the police the arrest implies ('cơ quan công an (không nêu tên)')."""
    page = tmp_path / "arrest.txt"
    # ('ba người đã bị bắt giữ' would name the arrested: 'người' before a count is a side)
    page.write_text("Bắt giữ ở Karachi\n\nVụ bắt giữ diễn ra hôm qua tại Karachi sau một vụ ẩu "
                    "đả trước cửa một khách sạn lớn của thành phố.\n", "utf-8")
    target = tmp_path / "arrest.duckdb"
    ingest([str(page)], IngestOptions(db=target))
    with Store.open(target, read_only=True) as store:
        actors = store.actors(TimelineQuery(facts_only=False)).actors
    assert [a.label for a in actors if a.code == "PAK"] == ["PAK"]
