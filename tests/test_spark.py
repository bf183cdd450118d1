"""The Spark job in local mode gives what single-process ingest gives: the same tables,
the same near-duplicate links, the same stories and timeline."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark", reason="the spark extra (make test installs it)")

from pyspark.sql import SparkSession  # noqa: E402

from sukien.clean import repeated_lines  # noqa: E402
from sukien.duplicates import similarity  # noqa: E402
from sukien.duplicates.minhash import SIMILARITY_DIGITS, similarity_spark  # noqa: E402
from sukien.merge import merge_events  # noqa: E402
from sukien.options import RepeatedLineOptions  # noqa: E402
from sukien.spark import SparkJobOptions, run_job, spark_session  # noqa: E402
from sukien.spark.job import (  # noqa: E402
    ITEMS,
    PAGES_PER_PARTITION,
    local_cores,
    pipeline_partitions,
    read_item,
    repeated_lines_of,
)
from sukien.store import Store  # noqa: E402
from tests.conftest import EXAMPLES, SEED_PAGES, run_cli  # noqa: E402
from tests.test_clean import after_last_paragraph, seed_pages  # noqa: E402
from tests.test_merge import republished  # noqa: E402

COMPARED_TABLES = {"pages": ("ingested_at",), "page_sources": ("first_seen",),
                   "articles": (), "timexes": (), "actor_mentions": (), "events": (),
                   "article_fingerprints": ("linked",), "article_bands": (),
                   "near_duplicates": ()}


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    session = spark_session("local[2]", **{"spark.ui.enabled": "false",
                                           "spark.sql.shuffle.partitions": "4"})
    yield session
    session.stop()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory,
            spark: SparkSession) -> tuple[Path, Path, str]:
    folder = tmp_path_factory.mktemp("spark")
    inputs = folder / "in"
    shutil.copytree(EXAMPLES, inputs)
    # two copies of one story: a bucket of three articles
    (inputs / "zz_republished.txt").write_text(republished(SEED_PAGES[1]), "utf-8")
    (inputs / "zz_republished_again.txt").write_text(
        republished(SEED_PAGES[1]).replace("Tin Nhanh", "Thời Sự"), "utf-8")
    shutil.copyfile(SEED_PAGES[2], inputs / "zz_same_bytes.txt")
    db = folder / "local.duckdb"
    # batches of two pages: ingest's batches must not change which copy is canonical
    assert run_cli("ingest", str(inputs), "--db", str(db), "--batch-size", "2").returncode == 0
    out = folder / "parquet"
    summary = run_job(SparkJobOptions((str(inputs),), str(out), partitions=3), spark)
    return db, out, str(summary)


def test_spark_writes_the_tables_of_single_process_ingest(outputs: tuple[Path, Path, str]
                                                          ) -> None:
    db, out, summary = outputs
    assert "2 near-duplicate pairs" in summary
    with Store.open(db, read_only=True) as local, Store.open(out, read_only=True) as parquet:
        for table, exclude in COMPARED_TABLES.items():
            assert parquet.table_rows(table, exclude) == local.table_rows(table, exclude), table
        assert parquet.duplicate_links() == local.duplicate_links()
        assert parquet.stats().rejected_by_reason == local.stats().rejected_by_reason


def test_spark_stories_and_timeline_match_single_process(
        outputs: tuple[Path, Path, str]) -> None:
    db, out, _ = outputs
    with Store.open(out, read_only=True) as store:
        # the job stored its stories beside its tables: readers query, never merge
        assert (out / "stories").is_dir() and store.stories_current()
        assert not store.prepare_stories().built_now

    def stories(source: Path) -> set[tuple[str, str | None, int]]:
        with Store.open(source, read_only=True) as store:
            merged = {(s.story_id, s.date.value if s.date else None, len(s.mentions))
                      for s in merge_events(store.articles(copies=False))}
            # the stories the query side merges once and reads with SQL are the same
            stored = {(s.story_id, s.date.value if s.date else None, len(s.mentions))
                      for s in store.stories()}
        assert stored == merged
        return stored

    assert stories(out) == stories(db) and len(stories(db)) >= 7

    def timeline(source: Path) -> list[object]:
        result = run_cli("timeline", "--db", str(source), "--dyad", "USA,RUS", "--type",
                         "CONSULT", "--format", "json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)  # type: ignore[no-any-return]

    entries = timeline(out)
    assert len(entries) >= 7 and entries == timeline(db)


def test_the_parquet_output_is_read_only(outputs: tuple[Path, Path, str]) -> None:
    _, out, _ = outputs
    result = run_cli("ingest", str(EXAMPLES), "--db", str(out))
    assert result.returncode == 2 and "read-only" in result.stderr


def test_spark_counts_the_repeated_lines_single_process_ingest_counts(
        spark: SparkSession) -> None:
    crawl = seed_pages(after_last_paragraph)
    crawl += [replace(page, url=f"https://vnexpress.net/{page.name}") for page in crawl[:4]]
    items = spark.createDataFrame([read_item(page, counting=True) for page in crawl], ITEMS)
    expected = repeated_lines(crawl)
    assert len(expected) > 0
    assert repeated_lines_of(items, RepeatedLineOptions()) == expected


def test_local_masters_name_their_cores() -> None:
    assert [local_cores(m) for m in ("local", "local[4]", "local[3,2]")] == [1, 4, 3]


def test_a_big_corpus_gets_more_partitions_not_bigger_ones() -> None:
    assert pipeline_partitions(500, cores=2) == 8
    for pages in (84_132, 10 * 84_132):
        partitions = pipeline_partitions(pages, cores=2)
        assert (partitions - 1) * PAGES_PER_PARTITION < pages <= partitions * PAGES_PER_PARTITION


def test_sparks_sql_similarity_is_the_python_one(spark: SparkSession) -> None:
    pairs = [((1, 2, 3, 4), (1, 2, 3, 4)), ((1, 2, 3, 4), (1, 9, 3, 9)),
             ((5, 6, 7), (8, 9, 10)), ((1, 2, 3), (1, 2)), tuple(
                 (tuple(range(128)), tuple(i if i % 3 else -1 for i in range(128))))]
    frame = spark.createDataFrame([(list(a), list(b)) for a, b in pairs], "sa array<long>, "
                                  "sb array<long>")
    found = [row[0] for row in frame.selectExpr(similarity_spark("sa", "sb")).collect()]
    assert found == [round(similarity(a, b), SIMILARITY_DIGITS) for a, b in pairs]


def test_a_folder_without_stories_gets_them_merged_then_stored(
        outputs: tuple[Path, Path, str], tmp_path: Path) -> None:
    """An output of an older job: readers merge its stories; 'sukien upgrade' stores them."""
    _, out, _ = outputs
    folder = tmp_path / "old-output"
    shutil.copytree(out, folder, ignore=shutil.ignore_patterns(
        "stories", "story_mentions", "story_links", "article_copies", "derived"))
    expected = run_cli("timeline", "--db", str(out), "--all", "--format", "json")
    merged = run_cli("timeline", "--db", str(folder), "--all", "--format", "json")
    assert merged.returncode == 0 and merged.stdout == expected.stdout, merged.stderr
    upgrade = run_cli("upgrade", "--db", str(folder))
    assert upgrade.returncode == 0 and "merged" in upgrade.stdout, upgrade.stderr
    with Store.open(folder, read_only=True) as store:
        assert store.stories_current()
    assert run_cli("upgrade", "--db", str(folder)).stdout.strip().endswith("current")
    stored = run_cli("timeline", "--db", str(folder), "--all", "--format", "json")
    assert stored.stdout == expected.stdout
