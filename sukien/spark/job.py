"""The Spark job: the per-page pipeline on Spark's Python workers (``mapInArrow``), the
store's tables as Parquet, then the cross-article merge with Spark operations.

    1 read       Spark's binaryFile source (recursive; any Hadoop filesystem URI), then
                 ``Reader.read_blob`` per file: the same formats, limits and rejections;
                 text pages' line keys hashed; the result cached, then spread evenly
                 over partitions of at most ``PAGES_PER_PARTITION`` pages
      repeated   lines on many pages of a site counted by one Spark aggregation
                 (ingest's first pass), broadcast to the clean stage
    2-6, 8       ``Pipeline`` per Python worker (cached), as in ``sukien ingest``, in
                 ``mapInArrow``: the rows leave Python as Arrow batches
    7 store      one Parquet folder per store table, rows encoded by ``sukien.store.rows``
                 (``article_bands`` exploded from one list of band keys per article)
    8 duplicates near-duplicate pairs: a window per LSH band bucket, each article compared
                 with its bucket's first article, similarity in Spark SQL

    9 stories    merged on the driver by the store's code (``Store.save_stories_parquet``:
                 DuckDB over the Parquet just written, one merge-key group at a time) and
                 written as Parquet folders of the derived tables, for a local output

Readers (``sukien timeline/serve/export/stats --db OUT``) open the output folder through
DuckDB views (``Store.open_parquet``) and query its stories; an output without them (a
remote one, or one from an older sukien) gets them merged when opened, or stored by
``sukien upgrade --db OUT``.
"""

from __future__ import annotations

import functools
import os
import pickle
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
from pyspark import Broadcast, StorageLevel
from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T
from pyspark.sql.pandas.types import to_arrow_schema

from sukien.clean import (
    NO_REPEATED_LINES,
    RepeatedLines,
    page_line_keys,
    site_of,
)
from sukien.duplicates.minhash import similarity_spark
from sukien.model import Page, PageResult, Rejected
from sukien.options import ProcessOptions, ReadOptions, RepeatedLineOptions, SparkJobOptions
from sukien.processing import worker_pipeline
from sukien.read import Reader
from sukien.spark.types import spark_schema
from sukien.store import Store
from sukien.store.rows import Row, page_result_rows, rejected_row, source_row
from sukien.store.schema import ARROW_SCHEMAS, TABLE_KEYS

# the store's tables the pipeline's rows fill, the first written first (it fills the cache)
TABLES = ("pages", "page_sources", "articles", "timexes", "actor_mentions", "events",
          "article_fingerprints", "article_bands", "rejected")
# a private table of the wide frame: an article's LSH band keys as one list (exploded into
# article_bands rows by Spark, not built row by row in Python)
_BANDS = "_bands"
# copies of a page share every table's rows but these: the same source read twice (two
# input paths naming one file) is the only duplicate left to drop
_TABLES_OF_SOURCES = ("page_sources", "rejected")
# what the read stage yields per page or read rejection: its content key, source, site
# and distinct line keys (null when lines are not counted), pickled
ITEMS = T.StructType([T.StructField("key", T.StringType(), False),
                      T.StructField("source", T.StringType(), False),
                      T.StructField("site", T.StringType(), True),
                      T.StructField("lines", T.ArrayType(T.LongType(), False), True),
                      T.StructField("item", T.BinaryType(), False)])
_ROWS_PER_BATCH = 2000
_CONCURRENT_WRITES = 4
PAGES_PER_PARTITION = 2000
LOCAL_DRIVER_MEMORY = "1g"
# the pages and the pipeline's rows are cached on local disk, not in the heap: in memory
# they needed a 3 GB heap on all of VNTC (3.8 GB resident) and ran 5% faster
_CACHE = StorageLevel.DISK_ONLY


@dataclass(frozen=True, slots=True)
class SparkJobSummary:
    pages: int
    rejected: int
    articles: int
    events: int
    duplicate_pairs: int

    def __str__(self) -> str:
        return (f"stored {self.pages} pages ({self.articles} articles, {self.events} events), "
                f"{self.rejected} rejected, {self.duplicate_pairs} near-duplicate pairs")


def run_job(options: SparkJobOptions, spark: SparkSession | None = None) -> SparkJobSummary:
    """Run the whole job; a session given by the caller is left running."""
    own = spark is None
    if spark is None:
        spark = spark_session(options.master)
    try:
        return _run(spark, options)
    finally:
        if own:
            spark.stop()


def spark_session(master: str | None, **config: str) -> SparkSession:
    """The session of ``spark-submit``, or of ``master`` when given."""
    builder = SparkSession.builder.appName("sukien")
    if master:
        builder = builder.master(master)
    if (master or "local").startswith("local"):
        # local workers run this interpreter (and its packages), not whatever "python3" is
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # in local mode the driver's heap holds every task (1 GB ran all of VNTC, with
        # the caches on disk); and Spark's 200 shuffle partitions are 200 tasks per
        # merge step for a handful of cores
        config = {"spark.driver.memory": LOCAL_DRIVER_MEMORY,
                  "spark.sql.shuffle.partitions": str(8 * local_cores(master or "local")),
                  **config}
    for key, value in config.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def local_cores(master: str) -> int:
    """The cores of a local master: 'local' 1, 'local[4]' 4, 'local[*]' all."""
    inside = master.partition("[")[2].partition("]")[0].split(",")[0]
    if inside.isdigit():
        return int(inside)
    if inside == "*":
        return os.cpu_count() or 1
    return 1


def _run(spark: SparkSession, options: SparkJobOptions) -> SparkJobSummary:
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
             .load(list(options.inputs)).select("path", "content"))
    cores = spark.sparkContext.defaultParallelism
    if files.rdd.getNumPartitions() < 4 * cores:
        # Spark packs small files into one split: reading them would take one core
        files = files.repartition(4 * cores)
    counting = options.process.repeated is not None
    # read once, then counted (lines, pages) and processed from the cache
    read = spark.createDataFrame(
        files.rdd.mapPartitions(functools.partial(_read_partition, options.process.read,
                                                  counting)),
        ITEMS).persist(_CACHE)
    now = datetime.now(UTC).replace(tzinfo=None)
    pipeline = spark.sparkContext.broadcast(
        (options.process, repeated_lines_of(read, options.process.repeated)))
    partitions = options.partitions or pipeline_partitions(read.count(), cores)
    # pages, not files, are spread over the tasks: one big JSONL or WARC file is one task;
    # copies of a page meet in one task, next to each other, smallest source name first
    items = (read.select("key", "source", "item").repartition(partitions, "key")
             .sortWithinPartitions("key", "source"))
    # the pipeline's rows cross into the JVM once, as Arrow batches of one wide row per
    # record tagged with its table, and the tables are split there
    wide = items.mapInArrow(functools.partial(_process_batches, now, pipeline),
                            _wide_schema()).persist(_CACHE)
    out = options.out.rstrip("/")
    tables = _written_tables(wide, out)
    read.unpersist()
    # from the cache: the bands' Parquet is many more rows to decode, in fewer tasks
    pairs = near_duplicate_pairs(_table_of(wide, "article_bands"),
                                 _table_of(wide, "article_fingerprints"),
                                 options.duplicates.threshold)
    pairs.write.mode("overwrite").parquet(f"{out}/near_duplicates")
    pairs = spark.read.parquet(f"{out}/near_duplicates")
    summary = SparkJobSummary(
        tables["pages"].count(), tables["rejected"].count(), tables["articles"].count(),
        tables["events"].count(), pairs.count())
    wide.unpersist()
    if (local := _local_folder(out)) is not None:
        # the stories merged once, by the code that merges ingest's (one merge-key group
        # at a time, in DuckDB on the driver), so readers of the folder only query them
        with Store.open_parquet(local) as store:
            store.save_stories_parquet()
    return summary


def _local_folder(out: str) -> Path | None:
    """The output folder when on the local filesystem (DuckDB reads only local files)."""
    if "://" in out and not out.startswith("file://"):
        return None
    return Path(_local_source(out))


def pipeline_partitions(items: int, cores: int) -> int:
    """At least 4 tasks per core, for an even load; more for a big corpus, so that a task's
    sort and cache buffers stay the same size whatever the corpus size."""
    return max(4 * cores, -(-items // PAGES_PER_PARTITION))


def _written_tables(wide: DataFrame, out: str) -> dict[str, DataFrame]:
    """The store's tables as Parquet folders, read back. The first write fills the cache
    of ``wide``; the others then run side by side: each is a short scan of the cache, and
    one job's planning and commit leave the cores idle."""
    first, *others = TABLES
    _write_table(wide, out, first)
    with ThreadPoolExecutor(max_workers=_CONCURRENT_WRITES) as pool:
        list(pool.map(functools.partial(_write_table, wide, out), others))
    return {table: wide.sparkSession.read.parquet(f"{out}/{table}") for table in TABLES}


def _write_table(wide: DataFrame, out: str, table: str) -> None:
    frame = _table_of(wide, table)
    if table in _TABLES_OF_SOURCES:
        frame = frame.dropDuplicates(list(TABLE_KEYS[table]))
    frame.write.mode("overwrite").parquet(f"{out}/{table}")


def _private(wide: DataFrame, table: str) -> DataFrame:
    return wide.where(F.col("table") == table).select(f"{table}.*")


def _table_of(wide: DataFrame, table: str) -> DataFrame:
    """A store table's rows in the wide frame; article_bands from each article's list of
    band keys, in band order."""
    if table != "article_bands":
        return _private(wide, table)
    bands = _private(wide, _BANDS)
    return bands.select(F.posexplode("keys").alias("band", "key"), "article_id").select(
        F.col("band").cast(T.ShortType()).alias("band"), "key", "article_id")


def _read_partition(read: ReadOptions, counting: bool, files: Iterable[Any]
                    ) -> Iterator[tuple[str, str, str | None, list[int] | None, bytes]]:
    """Pages and read rejections, pickled: they cross the JVM once, to be rebalanced."""
    reader = Reader(read)
    for file in files:
        for item in reader.read_blob(bytes(file.content), _local_source(str(file.path))):
            yield read_item(item, counting)


def read_item(item: Page | Rejected, counting: bool
              ) -> tuple[str, str, str | None, list[int] | None, bytes]:
    """An ``ITEMS`` row: a text page's lines are hashed here, where it is still unpickled."""
    blob = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
    if isinstance(item, Rejected):
        return item.reject_id, item.source, None, None, blob
    lines = page_line_keys(item) if counting else frozenset()
    return (item.page_id, item.source, site_of(item), sorted(lines) if lines else None, blob)


def repeated_lines_of(items: DataFrame, options: RepeatedLineOptions | None) -> RepeatedLines:
    """``sukien ingest``'s first pass as Spark aggregations over the read stage's line
    keys: exact counts (those of ``LineCounter``), and only the repeated keys reach the
    driver."""
    if options is None:
        return NO_REPEATED_LINES
    # one aggregation (a null key counts the site's pages): two would read the pages twice
    keys = F.explode(F.concat(F.array(F.lit(None).cast(T.LongType())), F.col("lines")))
    counts = (items.where(F.col("lines").isNotNull()).select("site", keys.alias("key"))
              .groupBy("site", "key").agg(F.count("*").alias("n")))
    pages = F.max(F.when(F.col("key").isNull(), F.col("n"))).over(Window.partitionBy("site"))
    threshold = F.greatest(F.lit(float(options.min_pages)),
                           F.lit(options.min_share) * F.col("pages"))
    repeated = (counts.withColumn("pages", pages).where(F.col("key").isNotNull())
                .where(F.col("n") >= threshold).select("key").collect())
    return RepeatedLines(frozenset(int(row[0]) for row in repeated))


def _process_batches(now: datetime, options: Broadcast[tuple[ProcessOptions, RepeatedLines]],
                     batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Rows of every table; a page met again under another source is not processed again,
    it only adds its source (or, if it was rejected, its rejection), as in ``ingest``."""
    pipeline = worker_pipeline(*options.value)
    pending = _WideBatches(_wide_arrow_schema())
    last_key: str | None = None
    last: PageResult | Rejected | None = None
    for batch in batches:
        for key, source, blob in zip(*(column.to_pylist() for column in batch.columns),
                                     strict=True):
            if key == last_key and last is not None:
                for table, row in _copy_records(last, source, now):
                    pending.add(table, row)
                continue
            item = pickle.loads(blob)
            last_key, last = key, pipeline.process(item) if isinstance(item, Page) else item
            for table, row in _result_records(last, now):
                pending.add(table, row)
            if pending.size >= _ROWS_PER_BATCH:
                yield from pending.flush()
    yield from pending.flush()


def _copy_records(first: PageResult | Rejected, source: str, now: datetime
                  ) -> Iterator[tuple[str, Row]]:
    if isinstance(first, Rejected):
        yield "rejected", rejected_row(replace(first, source=source), now)
    else:
        yield "page_sources", source_row(replace(first, page=replace(first.page, source=source)),
                                         now)


class _WideBatches:
    """Rows gathered per table, flushed as one Arrow batch per table in which only that
    table's column is set."""

    def __init__(self, schema: pa.Schema) -> None:
        self.schema = schema
        self.rows: dict[str, list[Row]] = {}
        self.size = 0

    def add(self, table: str, row: Row) -> None:
        self.rows.setdefault(table, []).append(row)
        self.size += 1

    def flush(self) -> Iterator[pa.RecordBatch]:
        for table, rows in self.rows.items():
            n = len(rows)
            columns = [pa.array([table] * n, pa.string()), *(
                pa.array(rows, f.type) if f.name == table else pa.nulls(n, f.type)
                for f in self.schema if f.name != "table")]
            yield pa.RecordBatch.from_arrays(columns, schema=self.schema)
        self.rows = {}
        self.size = 0


def _result_records(result: PageResult | Rejected, now: datetime
                    ) -> Iterator[tuple[str, Row]]:
    if isinstance(result, Rejected):
        yield "rejected", rejected_row(result, now)
        return
    for table, rows in page_result_rows([result], now, bands=False).items():
        for row in rows:
            yield table, row
    yield "page_sources", source_row(result, now)
    for fingerprint in result.fingerprints:
        if fingerprint.signature:
            yield _BANDS, {"article_id": fingerprint.article_id,
                           "keys": list(fingerprint.band_keys)}


def _local_source(path: str) -> str:
    """A local file keeps the name ``sukien ingest`` gives it (its path)."""
    for prefix in ("file://", "file:"):
        if path.startswith(prefix):
            return path[len(prefix):]
    return path


def _wide_schema() -> T.StructType:
    return T.StructType([
        T.StructField("table", T.StringType(), False),
        *(T.StructField(table, spark_schema(ARROW_SCHEMAS[table]), True)
          for table in TABLES if table != "article_bands"),
        T.StructField(_BANDS, T.StructType([
            T.StructField("article_id", T.StringType(), False),
            T.StructField("keys", T.ArrayType(T.LongType(), False), False)]), True)])


@functools.cache
def _wide_arrow_schema() -> pa.Schema:
    return to_arrow_schema(_wide_schema())


def near_duplicate_pairs(bands: DataFrame, fingerprints: DataFrame,
                         threshold: float) -> DataFrame:
    """The store's ``link_duplicates`` as a Spark plan: band keys as partition keys, each
    article compared with its bucket's first article (the first with the second)."""
    bucket = (Window.partitionBy("band", "key").orderBy("article_id")
              .rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing))
    ranked = bands.select("article_id", F.count("*").over(bucket).alias("n"),
                          F.first("article_id").over(bucket).alias("first"),
                          F.nth_value("article_id", 2).over(bucket).alias("second"))
    other = F.when(F.col("first") == F.col("article_id"), F.col("second")).otherwise(
        F.col("first"))
    candidates = (ranked.where("n > 1")
                  .select(F.least("article_id", other).alias("a"),
                          F.greatest("article_id", other).alias("b"))
                  .distinct())
    first = fingerprints.select(F.col("article_id").alias("a"), F.col("signature").alias("sa"))
    second = fingerprints.select(F.col("article_id").alias("b"), F.col("signature").alias("sb"))
    return (candidates.join(first, "a").join(second, "b")
            .select(F.col("a").alias("article_id"), F.col("b").alias("other_id"),
                    F.expr(similarity_spark("sa", "sb")).alias("similarity"))
            .where(F.col("similarity") >= threshold))


