"""DuckDB store: content-keyed rows, one transaction per batch, versioned schema."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from sukien.duplicates.minhash import DuplicateLink, canonical_links, similarity_sql
from sukien.errors import SchemaVersionError, StoreError, UsageError
from sukien.merge.stories import Story
from sukien.model import (
    ActorMention,
    ActorRole,
    Article,
    InputDone,
    MentionVia,
    PageResult,
    Paragraph,
    Precision,
    ProcessedItem,
    PublishedDate,
    Rejected,
    Timex,
    TimexKind,
)
from sukien.options import DEFAULT_MEMORY_MB, DuplicateOptions
from sukien.store import stories as story_sql
from sukien.store.decode import event_from_row
from sukien.store.rows import page_result_rows, rejected_row, source_row
from sukien.store.schema import ARROW_SCHEMAS, DERIVED_TABLES, LATEST_VERSION, MIGRATIONS
from sukien.store.stories import (
    ActorCount,
    ActorOrder,
    ActorPage,
    ArticleCitation,
    BuildCounts,
    StoryOrder,
)
from sukien.timeline import TimelineQuery


@dataclass(frozen=True, slots=True)
class BatchCounts:
    """What a batch did with its inputs. A page read again from the source it was stored
    from (a resumed or forced ingest) is ``already_stored``, not a duplicate: duplicates
    are the same content under another source, or twice in one run. ``rejected`` counts
    every input rejected in this run; ``rejected_before`` those of them an earlier run
    had already recorded."""

    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    articles: int = 0
    already_stored: int = 0
    rejected_before: int = 0

    def __add__(self, other: BatchCounts) -> BatchCounts:
        return BatchCounts(
            self.stored + other.stored,
            self.duplicates + other.duplicates,
            self.rejected + other.rejected,
            self.articles + other.articles,
            self.already_stored + other.already_stored,
            self.rejected_before + other.rejected_before,
        )


@dataclass(frozen=True, slots=True)
class StoreStats:
    schema_version: int
    pages: int
    articles: int
    rejected: int
    sources: int
    copies: int
    rejected_by_reason: tuple[tuple[str, int], ...]
    events: int
    # None when the stories are not merged from what the database holds now
    stories: int | None
    # the stories reported as facts (not hypothetical or denied): what the timeline, the
    # UI and the exports show unless asked for all
    facts: int | None = None


@dataclass(frozen=True, slots=True)
class StoriesState:
    """How the stories a reader sees came to be: stored and current, or merged now
    (``built_now``: the database's were missing or older than its events)."""

    built_now: bool
    seconds: float
    counts: BuildCounts | None


@dataclass(frozen=True, slots=True)
class MissingStage:
    """Pages stored before the database had a stage's table: they lack its rows."""

    stage: str
    schema_version: int
    pages: int


# the table each stage fills, with the schema version that added it
_STAGE_TABLES = (("timexes", "time expressions", 3), ("actor_mentions", "actors", 4),
                 ("events", "events", 5), ("article_fingerprints", "fingerprints", 6))


@dataclass(frozen=True, slots=True)
class RejectedRow:
    source: str
    reason: str
    detail: str
    n_bytes: int


# no key: an index over them would cost more than it saves, and only new pages add rows
_UNKEYED_TABLES = frozenset({"article_bands"})


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)




class Store:
    """One open database. Use as a context manager; writes go through ``write_batch``."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path,
                 scratch: Path | None = None) -> None:
        self._con = quiet(connection)
        self.path = path
        # a folder of this reader's own, removed on close: spill files, merged stories
        self._scratch = scratch
        # where the stories are read from: the database's own tables, or this reader's
        self._stories: str | None = None
        # the schema version this open upgraded the database from (None: it was current)
        self.migrated_from: int | None = None
        # when this open first wrote: every row it writes is stamped with it
        self._run_at: datetime | None = None
        # what else the stories depend on: a Parquet store's files
        self._stamp_extra = ""

    @classmethod
    def open(cls, path: Path, read_only: bool = False,
             memory_mb: int = DEFAULT_MEMORY_MB) -> Store:
        """A DuckDB file, or (read-only) a directory of Parquet tables from ``sukien.spark``.
        ``memory_mb`` bounds DuckDB's buffer pool; past it, queries spill to disk."""
        if path.is_dir():
            if not read_only:
                raise UsageError(f"{path} is a directory of Parquet tables: read-only")
            return cls.open_parquet(path, memory_mb)
        if read_only and not path.exists():
            raise UsageError(f"no database at {path}; run 'sukien ingest' first")
        scratch = Path(tempfile.mkdtemp(prefix="sukien-")) if read_only else None
        config: dict[str, str | bool | int | float | list[str]] = {
            "memory_limit": f"{memory_mb}MB"}
        if scratch is not None:
            # a reader may spill (and merge stories) where the database is not writable
            config["temp_directory"] = str(scratch / "spill")
        try:
            connection = duckdb.connect(str(path), read_only=read_only, config=config)
        except duckdb.Error as exc:
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)
            raise StoreError(f"cannot open database {path}: {exc}") from exc
        store = cls(connection, path, scratch)
        try:
            store._migrate(read_only)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open_parquet(cls, directory: Path, memory_mb: int = DEFAULT_MEMORY_MB) -> Store:
        """The Spark job's output seen as a store: each ``<table>/*.parquet`` folder becomes
        a view over its files; a table the job did not write stays empty."""
        if not any(directory.glob("*/*.parquet")):
            raise UsageError(f"{directory} holds no Parquet tables (<table>/*.parquet)")
        # a scratch database, not ":memory:": the stories merged from the tables can
        # then spill to disk like any other table
        scratch = Path(tempfile.mkdtemp(prefix="sukien-"))
        connection = duckdb.connect(str(scratch / "views.duckdb"),
                                    config={"memory_limit": f"{memory_mb}MB",
                                            "temp_directory": str(scratch / "spill")})
        store = cls(connection, directory, scratch)
        try:
            store._migrate(read_only=False)
            for table in ARROW_SCHEMAS:
                files = directory / table
                if any(files.glob("*.parquet")):
                    pattern = str(files / "*.parquet").replace("'", "''")
                    connection.execute(f"DROP TABLE {table}")
                    connection.execute(
                        f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{pattern}')")
            store._stamp_extra = _files_stamp(directory)
        except duckdb.Error as exc:
            store.close()
            raise StoreError(f"cannot read the Parquet tables in {directory}: {exc}") from exc
        return store

    def close(self) -> None:
        self._con.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        exists = self._con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_info'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self._con.execute("SELECT max(version) FROM schema_info").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _migrate(self, read_only: bool) -> None:
        current = self.schema_version
        if current > LATEST_VERSION:
            raise SchemaVersionError(
                f"{self.path} has schema version {current}; this sukien knows up to "
                f"{LATEST_VERSION}: upgrade sukien"
            )
        if current == LATEST_VERSION:
            return
        if read_only:
            raise StoreError(f"{self.path} has schema version {current}, this sukien reads "
                             f"{LATEST_VERSION}: run 'sukien upgrade --db {self.path}' "
                             "(or any ingest into it) to upgrade it")
        self.migrated_from = current
        with self.transaction():
            self._con.execute(
                "CREATE TABLE IF NOT EXISTS schema_info "
                "(version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)"
            )
            for version, statements in MIGRATIONS:
                if version <= current:
                    continue
                for statement in statements:
                    self._con.execute(statement)
                self._con.execute("INSERT INTO schema_info VALUES (?, ?)", [version, _now()])

    def transaction(self) -> _Transaction:
        return _Transaction(self._con)

    def finished_inputs(self, prefix: str) -> set[tuple[str, int, int]]:
        """(path, size, mtime) of every fully ingested file under a path prefix."""
        rows = self._con.execute(
            "SELECT path, size, mtime_ns FROM inputs WHERE starts_with(path, ?)", [prefix]
        ).fetchall()
        return {(str(path), int(size), int(mtime)) for path, size, mtime in rows}

    def write_batch(self, items: Sequence[ProcessedItem]) -> BatchCounts:
        """Write a batch atomically: after a crash either all of it is there or none."""
        try:
            with self.transaction():
                return self._write(items)
        except duckdb.InterruptException as exc:
            raise KeyboardInterrupt from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    def _write(self, items: Sequence[ProcessedItem]) -> BatchCounts:
        # one time per run, not per batch: "first stored" breaks ties between copies of an
        # article (duplicate_links), and must not depend on where batches end; the Spark
        # job stamps its whole run with one time too, so both pick the same canonical copy
        if self._run_at is None:
            self._run_at = _now()
        now = self._run_at
        results = [item for item in items if isinstance(item, PageResult)]
        rejections = [item for item in items if isinstance(item, Rejected)]
        done = [item for item in items if isinstance(item, InputDone)]
        known = self._existing_page_ids([result.page.page_id for result in results])
        stored_from = self._stored_sources([result.page.source for result in results])
        fresh: dict[str, PageResult] = {}
        again = 0
        for result in results:
            if stored_from.get(result.page.source) == result.page.page_id:
                again += 1
            elif result.page.page_id not in known:
                fresh.setdefault(result.page.page_id, result)
        for table, rows in page_result_rows(list(fresh.values()), now).items():
            self._bulk_insert(table, rows)
        self._insert_sources(results, now)
        articles = sum(len(result.articles) for result in fresh.values())
        rejected, rejected_before = self._insert_rejections(rejections, now)
        self._bulk_insert("inputs", [
            {"path": d.path, "size": d.size, "mtime_ns": d.mtime_ns, "finished_at": now}
            for d in {d.path: d for d in done}.values()
        ], replace=True)
        return BatchCounts(len(fresh), len(results) - len(fresh) - again, rejected, articles,
                           again, rejected_before)

    def _existing_page_ids(self, page_ids: list[str]) -> set[str]:
        if not page_ids:
            return set()
        rows = self._con.execute(
            "SELECT page_id FROM pages WHERE list_contains(?, page_id)", [page_ids]
        ).fetchall()
        return {str(row[0]) for row in rows}

    def _stored_sources(self, sources: list[str]) -> dict[str, str]:
        """The page each of these sources was stored as by an earlier batch or run."""
        if not sources:
            return {}
        rows = self._con.execute(
            "SELECT source, page_id FROM page_sources WHERE list_contains(?, source)", [sources]
        ).fetchall()
        return {str(source): str(page_id) for source, page_id in rows}

    def _bulk_insert(self, table: str, rows: list[dict[str, Any]], replace: bool = False,
                     catalog: str | None = None) -> None:
        """Insert through Arrow: orders of magnitude faster than row-by-row parameters."""
        if not rows:
            return
        batch = pa.Table.from_pylist(rows, schema=ARROW_SCHEMAS[table])
        self._con.register("_sukien_batch", batch)
        try:
            verb = ("INSERT" if table in _UNKEYED_TABLES or table in DERIVED_TABLES
                    else "INSERT OR REPLACE" if replace else "INSERT OR IGNORE")
            target = f"{catalog}.{table}" if catalog else table
            self._con.execute(f"{verb} INTO {target} SELECT * FROM _sukien_batch")
        finally:
            self._con.unregister("_sukien_batch")

    def _insert_sources(self, results: list[PageResult], now: datetime) -> None:
        self._bulk_insert("page_sources", [
            source_row(r, now) for r in {r.page.source: r for r in results}.values()])

    def link_duplicates(self, options: DuplicateOptions | None = None) -> int:
        """Compare every article stored since the last call with the first article (by id) of
        each LSH bucket it falls in, and record the pairs that are copies; returns how many
        new pairs. Comparing with one member per bucket, not all, keeps a cluster of n copies
        at n pairs instead of n²: its members are linked through the clusters' union."""
        threshold = (options or DuplicateOptions()).threshold
        try:
            with self.transaction():
                before = self._count("near_duplicates")
                # all in SQL, with aggregates that can spill to disk: fetching the
                # candidates' signatures into Python cost gigabytes on large crawls
                self._con.execute(
                    "INSERT OR IGNORE INTO near_duplicates "
                    "WITH pending AS (SELECT article_id FROM article_fingerprints "
                    "WHERE NOT linked), "
                    "firsts AS (SELECT band, \"key\", min(article_id) AS first "
                    "FROM article_bands GROUP BY band, \"key\" HAVING count(*) > 1), "
                    "buckets AS (SELECT f.band, f.\"key\", f.first, min(x.article_id) AS second "
                    "FROM firsts f JOIN article_bands x ON x.band = f.band "
                    "AND x.\"key\" = f.\"key\" AND x.article_id <> f.first "
                    "GROUP BY f.band, f.\"key\", f.first), "
                    "pairs AS (SELECT DISTINCT "
                    "least(n.article_id, CASE WHEN b.first = n.article_id "
                    "THEN b.second ELSE b.first END) AS a, "
                    "greatest(n.article_id, CASE WHEN b.first = n.article_id "
                    "THEN b.second ELSE b.first END) AS b "
                    "FROM article_bands n JOIN pending USING (article_id) "
                    "JOIN buckets b ON b.band = n.band AND b.\"key\" = n.\"key\"), "
                    "scored AS (SELECT a, b, "
                    f"{similarity_sql('fa.signature', 'fb.signature')} AS similarity FROM pairs "
                    "JOIN article_fingerprints fa ON fa.article_id = a "
                    "JOIN article_fingerprints fb ON fb.article_id = b) "
                    "SELECT a, b, similarity FROM scored WHERE similarity >= ?", [threshold])
                self._con.execute("UPDATE article_fingerprints SET linked = true WHERE NOT linked")
                return self._count("near_duplicates") - before
        except duckdb.Error as exc:
            raise StoreError(f"cannot link duplicates in {self.path}: {exc}") from exc

    def duplicate_links(self) -> list[DuplicateLink]:
        """Every copy with the canonical article of its cluster: the first published, then
        the first stored, then the smallest id."""
        pairs = [(str(a), str(b), float(score)) for a, b, score in self._con.execute(
            "SELECT article_id, other_id, similarity FROM near_duplicates").fetchall()]
        order = {str(article_id): (str(published) if published and published[0].isdigit()
                                   else "~", str(seen), str(article_id))
                 for article_id, published, seen in self._con.execute(
                     "SELECT a.article_id, a.published_value, p.ingested_at "
                     "FROM articles a JOIN pages p USING (page_id) WHERE a.article_id IN "
                     "(SELECT article_id FROM near_duplicates UNION "
                     "SELECT other_id FROM near_duplicates)").fetchall()}
        return canonical_links(pairs, order)

    def _insert_rejections(self, rejections: list[Rejected], now: datetime
                           ) -> tuple[int, int]:
        """Record each rejection once; returns how many inputs this batch rejected, and how
        many of them an earlier batch or run had already recorded."""
        distinct = {r.reject_id: r for r in rejections}
        before = 0
        if distinct:
            row = self._con.execute(
                "SELECT count(*) FROM rejected WHERE list_contains(?, reject_id)",
                [list(distinct)]).fetchone()
            before = int(row[0]) if row else 0
        self._bulk_insert("rejected", [rejected_row(r, now) for r in distinct.values()])
        return len(distinct), before

    def _count(self, table: str) -> int:
        row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def stats(self) -> StoreStats:
        reasons = self._con.execute(
            "SELECT reason, count(*) FROM rejected GROUP BY reason ORDER BY 2 DESC, 1"
        ).fetchall()
        current = self.stories_current()
        return StoreStats(
            self.schema_version,
            self._count("pages"),
            self._count("articles"),
            self._count("rejected"),
            self._count("page_sources"),
            len(self.duplicate_links()),
            tuple((str(reason), int(count)) for reason, count in reasons),
            self._count("events"),
            self.count_stories() if current else None,
            self.count_stories(TimelineQuery()) if current else None,
        )

    def count_rejected(self, reason: str | None = None) -> int:
        query = "SELECT count(*) FROM rejected" + (" WHERE reason = ?" if reason else "")
        row = self._con.execute(query, [reason] if reason else []).fetchone()
        return int(row[0]) if row else 0

    def rejected(self, reason: str | None = None, limit: int | None = None,
                 offset: int = 0) -> list[RejectedRow]:
        query = "SELECT source, reason, detail, n_bytes FROM rejected"
        params: list[Any] = []
        if reason:
            query += " WHERE reason = ?"
            params.append(reason)
        query += " ORDER BY source, reason"
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        if offset:
            query += f" OFFSET {int(offset)}"
        return [RejectedRow(str(s), str(r), str(d), int(n))
                for s, r, d, n in self._con.execute(query, params).fetchall()]

    def articles(self, copies: bool = True) -> Iterator[tuple[str, Article]]:
        """(page name, article) pairs in page-source order; without ``copies``, the
        near-duplicates of another article are left out (merging counts sources once)."""
        skipped = [] if copies else [link.article_id for link in self.duplicate_links()]
        cursor = self._con.execute(
            "SELECT p.name AS page_name, a.page_id, a.idx, a.title, a.title_line, a.text, "
            "a.paragraphs, a.url, a.published_value, a.published_precision, "
            "a.published_confidence, a.published_evidence, a.caption_lines, a.author, "
            "a.agency, "
            "(SELECT list(t ORDER BY t.idx) FROM timexes t WHERE t.article_id = a.article_id) "
            "AS timexes, "
            "(SELECT list(m ORDER BY m.idx) FROM actor_mentions m "
            "WHERE m.article_id = a.article_id) AS actors, "
            "(SELECT list(e ORDER BY e.idx) FROM events e WHERE e.article_id = a.article_id) "
            "AS events "
            "FROM articles a JOIN pages p USING (page_id) "
            "WHERE NOT list_contains(?, a.article_id) "
            "ORDER BY p.source, a.idx", [skipped]
        )
        names = [column[0] for column in cursor.description or ()]
        while rows := cursor.fetchmany(500):
            for values in rows:
                row = dict(zip(names, values, strict=True))
                yield str(row["page_name"]), _article_from_row(row)

    def table_rows(self, table: str, exclude: Sequence[str] = ()) -> list[tuple[Any, ...]]:
        """Every row of a table, sorted, without the named columns (for comparing stores)."""
        columns = [
            str(row[0])
            for row in self._con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [table]
            ).fetchall()
            if row[0] not in exclude
        ]
        if not columns:
            raise StoreError(f"no table {table}")
        quoted = ", ".join(f'"{c}"' for c in columns)
        return self._con.execute(f"SELECT {quoted} FROM {table} ORDER BY ALL").fetchall()


    # ---- the query side: stories merged once, read with SQL (sukien.store.stories)

    def stories_current(self) -> bool:
        """Whether the database's own stories were merged from what it holds now."""
        return story_sql.stored_stamp(self._con, self._own()) == self._stamp()

    def _stamp(self) -> str:
        return story_sql.stories_stamp(self._con) + self._stamp_extra

    def save_stories_parquet(self) -> BuildCounts | None:
        """A Parquet store's stories written beside its tables, as Parquet folders of the
        derived tables, so readers query them instead of merging on every open; None when
        the stored ones are current. The Spark job calls it at its end."""
        if not self.path.is_dir():
            raise UsageError(f"{self.path} is not a folder of Parquet tables")
        if self.stories_current():
            return None
        state = self.prepare_stories()
        for table in DERIVED_TABLES:
            folder = self.path / table
            folder.mkdir(exist_ok=True)
            partial = folder / "part-0.parquet.partial"
            target = str(partial).replace("'", "''")
            try:
                self._con.execute(f"COPY (SELECT * FROM {table}) TO '{target}' (FORMAT parquet)")
            except duckdb.Error as exc:
                raise StoreError(f"cannot write {folder}: {exc}") from exc
            for old in folder.glob("*.parquet"):
                old.unlink()
            partial.replace(folder / "part-0.parquet")
        return state.counts

    def build_stories(self) -> BuildCounts:
        """Merge the stories again into the database's own tables (needs write access)."""
        try:
            with self.transaction():
                counts = self._build_stories(self._own())
        except duckdb.Error as exc:
            raise StoreError(f"cannot merge the stories of {self.path}: {exc}") from exc
        self._stories = self._own()
        return counts

    def prepare_stories(self) -> StoriesState:
        """Make the stories readable: the stored ones when current; else merged now, into
        the database when it is open for writing, or into this reader's scratch database
        (a read-only file, a Parquet folder), which goes when the store closes."""
        if self._stories is not None:
            return StoriesState(False, 0.0, None)
        if self.stories_current():
            self._stories = self._own()
            return StoriesState(False, 0.0, None)
        started = time.perf_counter()
        if self._scratch is None or self._writable():
            self._tables_for_stories()
            counts = self.build_stories()
        else:
            target = self._scratch / "stories.duckdb"
            self._con.execute(f"ATTACH '{target}' AS sukien_stories (READ_WRITE)")
            for statement in _derived_statements("sukien_stories"):
                self._con.execute(statement)
            try:
                with self.transaction():
                    counts = self._build_stories("sukien_stories")
            except duckdb.Error as exc:
                raise StoreError(f"cannot merge the stories of {self.path}: {exc}") from exc
            self._stories = "sukien_stories"
        return StoriesState(True, time.perf_counter() - started, counts)

    def _tables_for_stories(self) -> None:
        """A Parquet store's stories out of date: its views over them become tables."""
        views = {str(row[0]) for row in self._con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        for table in DERIVED_TABLES:
            if table in views:
                self._con.execute(f"DROP VIEW {table}")
                self._con.execute(next(s for s in _derived_statements("main")
                                       if s.startswith(f"CREATE TABLE main.{table} (")))

    def _build_stories(self, catalog: str) -> BuildCounts:
        def insert(table: str, rows: list[dict[str, Any]]) -> None:
            self._bulk_insert(table, rows, catalog=catalog)

        counts = story_sql.build_stories(self._con, catalog, self.duplicate_links(), insert)
        self._con.execute(f"DELETE FROM {catalog}.derived WHERE name = ?", [story_sql.STORIES])
        self._con.execute(f"INSERT INTO {catalog}.derived VALUES (?, ?, ?)",
                          [story_sql.STORIES, self._stamp(), _now()])
        return counts

    def _own(self) -> str:
        row = self._con.execute("SELECT current_database()").fetchone()
        return f'"{row[0]}"' if row else "main"

    def _writable(self) -> bool:
        """Parquet stores are a scratch database of views: their stories go in it."""
        return self.path.is_dir()

    def _story_catalog(self) -> str:
        if self._stories is None:
            self.prepare_stories()
        assert self._stories is not None
        return self._stories

    def stories(self, query: TimelineQuery | None = None,
                order: StoryOrder = StoryOrder.TIMELINE, limit: int | None = None,
                offset: int = 0) -> Iterator[Story]:
        """The stories a query keeps (None: every story), in ``order``; streamed."""
        return story_sql.read_stories(self._con, self._story_catalog(), query, order, limit,
                                      offset)

    def count_stories(self, query: TimelineQuery | None = None) -> int:
        return story_sql.count_stories(self._con, self._story_catalog(), query)

    def story(self, story_id: str) -> Story | None:
        return next(iter(story_sql.read_stories(self._con, self._story_catalog(), None,
                                                StoryOrder.TIMELINE, story_ids=[story_id])),
                    None)

    def stories_by_id(self, story_ids: Sequence[str]) -> list[Story]:
        return list(story_sql.read_stories(self._con, self._story_catalog(), None,
                                           StoryOrder.TIMELINE, story_ids=story_ids))

    def story_links(self, story_ids: Sequence[str] | None, query: TimelineQuery | None = None
                    ) -> dict[str, tuple[str, ...]]:
        """PLOVER links of these stories (None: every story's; few stories have links) to
        the stories ``query`` keeps (None: any)."""
        return story_sql.story_links(self._con, self._story_catalog(), story_ids, query)

    def article_citations(self, article_ids: Sequence[str]) -> dict[str, ArticleCitation]:
        """Title, publication date and coding time of each article, for exports."""
        return story_sql.article_citations(self._con, article_ids)

    def monthly_counts(self, query: TimelineQuery) -> list[tuple[str, int, int]]:
        return story_sql.monthly_story_counts(self._con, self._story_catalog(), query)

    def location_counts(self, query: TimelineQuery) -> list[tuple[str | None, int]]:
        """Stories a query keeps by their location as written (None: no location)."""
        return story_sql.location_story_counts(self._con, self._story_catalog(), query)

    def location_names(self) -> list[str]:
        return story_sql.location_names(self._con, self._story_catalog())
    def count_without_month(self, query: TimelineQuery) -> int:
        """Stories of a query that ``monthly_counts`` leaves out (no month known)."""
        return story_sql.count_without_month(self._con, self._story_catalog(), query)

    def actors(self, query: TimelineQuery, order: ActorOrder = ActorOrder.EVENTS,
               name: str | None = None, code: str | None = None, limit: int | None = None,
               offset: int = 0) -> ActorPage:
        """Actors of the stories a query keeps, counted in SQL (``story_sql.actor_counts``)."""
        return story_sql.actor_counts(self._con, self._story_catalog(), query, order, name,
                                      code, limit, offset)

    def counterparts(self, query: TimelineQuery, code: str, limit: int) -> list[ActorCount]:
        """The actors on the other side of ``code``'s stories, most often first."""
        return story_sql.counterparts(self._con, self._story_catalog(), query, code, limit)

    def story_types(self) -> list[str]:
        return story_sql.story_types(self._con, self._story_catalog())

    def copies_of(self, article_ids: Sequence[str]) -> dict[str, list[tuple[DuplicateLink, str]]]:
        """Copies of each article (their link and page name), as merged with the stories."""
        rows = self._con.execute(
            "SELECT c.article_id, c.canonical_id, c.similarity, p.name "
            f"FROM {self._story_catalog()}.article_copies c "
            "JOIN articles a ON a.article_id = c.article_id JOIN pages p USING (page_id) "
            "WHERE list_contains(?, c.canonical_id) ORDER BY c.article_id",
            [list(article_ids)]).fetchall()
        copies: dict[str, list[tuple[DuplicateLink, str]]] = {}
        for article_id, canonical_id, score, page in rows:
            copies.setdefault(str(canonical_id), []).append(
                (DuplicateLink(str(article_id), str(canonical_id), float(score)), str(page)))
        return copies

    def articles_by_id(self, article_ids: Sequence[str]) -> dict[str, tuple[str, Article]]:
        """(page name, article) of each id, with text and paragraphs (no stage rows)."""
        cursor = self._con.execute(
            "SELECT p.name AS page_name, a.page_id, a.idx, a.title, a.title_line, a.text, "
            "a.paragraphs, a.url, a.published_value, a.published_precision, "
            "a.published_confidence, a.published_evidence, a.caption_lines, a.author, "
            "a.agency, NULL AS timexes, NULL AS actors, NULL AS events "
            "FROM articles a JOIN pages p USING (page_id) WHERE list_contains(?, a.article_id)",
            [list(article_ids)])
        names = [column[0] for column in cursor.description or ()]
        found = {}
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            article = _article_from_row(row)
            found[article.article_id] = (str(row["page_name"]), article)
        return found

    def rejected_reasons(self) -> list[str]:
        return [str(row[0]) for row in self._con.execute(
            "SELECT DISTINCT reason FROM rejected ORDER BY reason").fetchall()]

    def missing_stages(self) -> list[MissingStage]:
        """Stages whose rows pages stored by an older sukien lack (their table came with a
        later schema version): an upgrade adds the tables, not the rows."""
        applied = dict(self._con.execute(
            "SELECT version, min(applied_at) FROM schema_info GROUP BY version").fetchall())
        missing = []
        for _, stage, version in _STAGE_TABLES:
            since = applied.get(version)
            if since is None:
                continue
            row = self._con.execute("SELECT count(*) FROM pages WHERE ingested_at < ?",
                                    [since]).fetchone()
            if row and row[0]:
                missing.append(MissingStage(stage, version, int(row[0])))
        return missing


def _files_stamp(directory: Path) -> str:
    """The tables' files (name, size, time): a Spark run into the folder again changes it."""
    files = sorted(
        (str(f.relative_to(directory)), f.stat().st_size, f.stat().st_mtime_ns)
        for table in ARROW_SCHEMAS if table not in DERIVED_TABLES
        for f in (directory / table).glob("*.parquet"))
    return " files=" + hashlib.sha1(repr(files).encode()).hexdigest()[:16]


def quiet(connection: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """No progress bar: DuckDB draws one on stderr for queries longer than two seconds."""
    connection.execute("SET enable_progress_bar = false")
    return connection


def _derived_statements(catalog: str) -> list[str]:
    """The CREATE TABLE statements of the derived tables, in another catalog."""
    return [statement.replace("CREATE TABLE ", f"CREATE TABLE {catalog}.", 1)
            for _, statements in MIGRATIONS for statement in statements
            if any(statement.startswith(f"CREATE TABLE {table} (") for table in DERIVED_TABLES)]


class _Transaction:
    def __init__(self, connection: duckdb.DuckDBPyConnection) -> None:
        self._con = connection

    def __enter__(self) -> None:
        self._con.begin()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self._con.commit()
        else:
            self._con.rollback()


def _actor_from_row(row: dict[str, Any]) -> ActorMention:
    return ActorMention(start=row["start"], end=row["end"], line=row["line"], text=row["text"],
                        country=row["country"], sector=row["sector"], name=row["name"],
                        entity_id=row["entity_id"], role=ActorRole(row["role"]),
                        via=MentionVia(row["via"]))


def _timex_from_row(row: dict[str, Any]) -> Timex:
    return Timex(start=row["start"], end=row["end"], line=row["line"], text=row["text"],
                 kind=TimexKind(row["kind"]), value=row["value"],
                 precision=Precision(row["precision"]), confidence=float(row["confidence"]),
                 rule=row["rule"], mod=row["mod"], tense=row["tense"])


def _article_from_row(row: dict[str, Any]) -> Article:
    published = (
        PublishedDate(value=row["published_value"],
                      precision=Precision(row["published_precision"]),
                      confidence=float(row["published_confidence"]),
                      evidence=row["published_evidence"])
        if row["published_value"] is not None else None
    )
    return Article(
        page_id=row["page_id"], index=int(row["idx"]), title=row["title"],
        title_line=row["title_line"], text=row["text"],
        paragraphs=tuple(Paragraph(start=p["start"], end=p["end"], line=p["line"])
                         for p in row["paragraphs"]),
        url=row["url"], published=published, caption_lines=tuple(row["caption_lines"] or ()),
        author=row["author"], agency=row["agency"],
        timexes=tuple(_timex_from_row(t) for t in row["timexes"] or ()),
        actors=tuple(_actor_from_row(m) for m in row["actors"] or ()),
        events=tuple(event_from_row(e) for e in row["events"] or ()),
    )
