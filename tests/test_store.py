"""The DuckDB store: content keys, atomic batches, schema versions, resumable ingest."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sukien.errors import SchemaVersionError, UsageError
from sukien.ingest import ingest
from sukien.model import Container, Page, PageKind, PageResult, Rejected, RejectReason
from sukien.options import IngestOptions, ProcessOptions
from sukien.pipeline import Pipeline
from sukien.store import Store
from sukien.store.schema import LATEST_VERSION
from tests.conftest import EXAMPLES, SEED_PAGES, VIETNAMESE

TIMESTAMPS = ("ingested_at", "first_seen", "rejected_at", "finished_at", "applied_at")
TABLES = ("pages", "page_sources", "articles", "rejected", "inputs")


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with Store.open(db, read_only=True) as store:
        return {table: store.table_rows(table, exclude=TIMESTAMPS) for table in TABLES}


def test_examples_store_five_pages_and_a_rerun_stores_none(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    first = ingest([str(p) for p in SEED_PAGES], IngestOptions(db=db))
    assert (first.counts.stored, first.counts.rejected) == (5, 0)
    second = ingest([str(p) for p in SEED_PAGES], IngestOptions(db=db))
    assert second.counts.stored == 0 and second.inputs_skipped == 5
    forced = ingest([str(p) for p in SEED_PAGES], IngestOptions(db=db, force=True))
    assert (forced.counts.stored, forced.counts.already_stored, forced.counts.duplicates) == (
        0, 5, 0)
    with Store.open(db, read_only=True) as store:
        stats = store.stats()
        titles = [article.title for _, article in store.articles()]
    assert (stats.pages, stats.articles, stats.schema_version) == (5, 6, LATEST_VERSION)
    assert "Bộ trưởng Quốc phòng Nga, Mỹ điện đàm" in titles


def test_a_copy_under_another_name_is_one_page_with_two_sources(tmp_path: Path) -> None:
    shutil.copy(SEED_PAGES[1], tmp_path / "copy.txt")
    shutil.copy(SEED_PAGES[1], tmp_path / "original.txt")
    summary = ingest([str(tmp_path)], IngestOptions(db=tmp_path / "db.duckdb"))
    assert (summary.counts.stored, summary.counts.duplicates) == (1, 1)
    with Store.open(tmp_path / "db.duckdb", read_only=True) as store:
        assert (store.stats().pages, store.stats().sources) == (1, 2)


def test_rejections_are_stored_once_with_their_reason(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "empty.txt").write_bytes(b"")
    (crawl / "english.txt").write_text("This page is written in English only. " * 10)
    (crawl / "ok.txt").write_text(VIETNAMESE, "utf-8")
    db = tmp_path / "db.duckdb"
    for _ in range(2):
        ingest([str(crawl)], IngestOptions(db=db, force=True))
    with Store.open(db, read_only=True) as store:
        rows = store.rejected()
        assert store.stats().pages == 1
    assert sorted(r.reason for r in rows) == ["empty", "not_vietnamese"]
    assert all(r.source.startswith(str(crawl)) for r in rows)


def test_database_from_a_newer_sukien_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "db.duckdb"
    Store.open(db).close()
    connection = duckdb.connect(str(db))
    connection.execute("INSERT INTO schema_info VALUES (?, now())", [LATEST_VERSION + 1])
    connection.close()
    with pytest.raises(SchemaVersionError, match="upgrade sukien"):
        Store.open(db)


def test_reading_a_missing_database_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="run 'sukien ingest' first"):
        Store.open(tmp_path / "absent.duckdb", read_only=True)


def test_a_failed_batch_leaves_nothing_behind(tmp_path: Path) -> None:
    page = _page(VIETNAMESE, "a.txt")
    result = Pipeline().process(page)
    assert isinstance(result, PageResult)
    with Store.open(tmp_path / "db.duckdb") as store:
        with pytest.raises(ZeroDivisionError), store.transaction():
            store._write([result])
            raise ZeroDivisionError
        assert store.stats().pages == 0 and store.stats().articles == 0


def _page(text: str, name: str) -> Page:
    return Page(name, name, PageKind.TEXT, Container.TXT, text, "utf-8", len(text.encode()))


_lines = st.lists(
    st.sampled_from(VIETNAMESE.split()), min_size=1, max_size=12
).map(" ".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(st.lists(_lines, min_size=1, max_size=5).map("\n".join), max_size=12),
    rejects=st.lists(st.sampled_from(list(RejectReason)), max_size=5),
)
def test_store_counts_match_distinct_contents_and_rewrites_add_nothing(
    tmp_path: Path, texts: list[str], rejects: list[RejectReason]
) -> None:
    db = tmp_path / f"h{abs(hash((tuple(texts), tuple(rejects))))}.duckdb"
    pipeline = Pipeline(ProcessOptions(clean=False))
    items = [pipeline.process(_page(t, f"p{i}.txt")) for i, t in enumerate(texts)]
    items += [Rejected(f"bad{i}", reason, "x") for i, reason in enumerate(rejects)]
    with Store.open(db) as store:
        counts = store.write_batch(items)
        again = store.write_batch(items)
        stats = store.stats()
    distinct = {item.page.page_id for item in items if isinstance(item, PageResult)}
    results = sum(isinstance(i, PageResult) for i in items)
    assert counts.stored == len(distinct) == stats.pages
    assert counts.duplicates == results - len(distinct) and counts.already_stored == 0
    assert counts.rejected == len(rejects) == stats.rejected and counts.rejected_before == 0
    assert (again.stored, again.rejected, again.rejected_before) == (0, len(rejects),
                                                                      len(rejects))
    # the same sources read again are pages already stored, not duplicates
    assert (again.already_stored, again.duplicates) == (results, 0)
    db.unlink()


def _make_crawl(root: Path, count: int) -> None:
    root.mkdir()
    for index in range(count):
        shard = root / f"{index % 20:02d}"
        shard.mkdir(exist_ok=True)
        (shard / f"{index:05d}.txt").write_text(
            f"Tin số {index}\n{VIETNAMESE}Ngày {index % 28 + 1}/11, hai bên đã điện đàm.\n",
            "utf-8",
        )


@pytest.mark.slow
def test_ten_thousand_small_files_all_become_pages(tmp_path: Path) -> None:
    _make_crawl(tmp_path / "crawl", 10_000)
    summary = ingest([str(tmp_path / "crawl")], IngestOptions(db=tmp_path / "db.duckdb",
                                                             batch_size=500))
    assert summary.counts.stored == 10_000 and summary.counts.rejected == 0


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_an_interrupted_ingest_resumes_to_the_same_database(
    tmp_path: Path, sig: signal.Signals
) -> None:
    crawl = tmp_path / "crawl"
    _make_crawl(crawl, 3000)
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    ingest([str(crawl)], IngestOptions(db=clean_db, batch_size=50))

    command = [sys.executable, "-m", "sukien", "ingest", str(crawl), "--db", str(killed_db),
               "--batch-size", "50", "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if killed_db.exists() and killed_db.stat().st_size + _wal_size(killed_db) > 300_000:
            break
        time.sleep(0.02)
    assert process.poll() is None, "ingest finished before it could be interrupted"
    os.kill(process.pid, sig)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == (-signal.SIGKILL if sig is signal.SIGKILL else 130), stderr

    partial = snapshot(killed_db)
    assert 0 < len(partial["pages"]) < 3000
    rerun = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(killed_db) == snapshot(clean_db)


def test_a_resumed_ingest_reports_stored_pages_as_already_stored(tmp_path: Path) -> None:
    # one JSON-lines file of 12 pages: an interrupt after the first batch of 5 leaves the
    # file unfinished, so the rerun reads its first 5 records again (issue 22: they were
    # reported as "exact duplicates")
    records = tmp_path / "feed.jsonl"
    records.write_text("".join(
        json.dumps({"id": f"r{index}", "text": f"Tin số {index}\n{VIETNAMESE}"},
                   ensure_ascii=False) + "\n" for index in range(12)), "utf-8")
    db = tmp_path / "news.duckdb"
    stop = threading.Event()
    stop.set()
    options = IngestOptions(db=db, batch_size=5)
    first = ingest([str(records)], options, stop=stop)
    assert first.interrupted and first.counts.stored == 5
    resumed = ingest([str(records)], options)
    assert (resumed.counts.stored, resumed.counts.already_stored,
            resumed.counts.duplicates) == (7, 5, 0)
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(records.read_bytes())
    copied = ingest([str(copy)], options)
    assert (copied.counts.stored, copied.counts.already_stored,
            copied.counts.duplicates) == (0, 0, 12)


def _wal_size(db: Path) -> int:
    wal = Path(str(db) + ".wal")
    return wal.stat().st_size if wal.exists() else 0


def test_examples_directory_is_in_the_package() -> None:
    assert len(SEED_PAGES) == 5 and (EXAMPLES / "gold.json").exists()
