"""DuckDB store: content-keyed rows, one transaction per batch, versioned schema."""

from __future__ import annotations

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
from sukien.model import (
    ActorMention,
    ActorRole,
    Article,
    DateBasis,
    Event,
    EventActor,
    EventDate,
    EventStatus,
    Evidence,
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
from sukien.store.rows import page_result_rows, rejected_row, source_row
from sukien.store.schema import ARROW_SCHEMAS, LATEST_VERSION, MIGRATIONS


@dataclass(frozen=True, slots=True)
class BatchCounts:
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    articles: int = 0

    def __add__(self, other: BatchCounts) -> BatchCounts:
        return BatchCounts(
            self.stored + other.stored,
            self.duplicates + other.duplicates,
            self.rejected + other.rejected,
            self.articles + other.articles,
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

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path) -> None:
        self._con = connection
        self.path = path

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
        try:
            connection = duckdb.connect(str(path), read_only=read_only,
                                        config={"memory_limit": f"{memory_mb}MB"})
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from exc
        store = cls(connection, path)
        try:
            store._migrate(read_only)
        except BaseException:
            connection.close()
            raise
        return store

    @classmethod
    def open_parquet(cls, directory: Path, memory_mb: int = DEFAULT_MEMORY_MB) -> Store:
        """The Spark job's output seen as a store: each ``<table>/*.parquet`` folder becomes
        a view over its files; a table the job did not write stays empty."""
        if not any(directory.glob("*/*.parquet")):
            raise UsageError(f"{directory} holds no Parquet tables (<table>/*.parquet)")
        connection = duckdb.connect(":memory:", config={"memory_limit": f"{memory_mb}MB"})
        store = cls(connection, directory)
        try:
            store._migrate(read_only=False)
            for table in ARROW_SCHEMAS:
                files = directory / table
                if any(files.glob("*.parquet")):
                    pattern = str(files / "*.parquet").replace("'", "''")
                    connection.execute(f"DROP TABLE {table}")
                    connection.execute(
                        f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{pattern}')")
        except duckdb.Error as exc:
            connection.close()
            raise StoreError(f"cannot read the Parquet tables in {directory}: {exc}") from exc
        return store

    def close(self) -> None:
        self._con.close()

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
            raise StoreError(f"{self.path} needs a schema upgrade; open it once for writing")
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
        now = _now()
        results = [item for item in items if isinstance(item, PageResult)]
        rejections = [item for item in items if isinstance(item, Rejected)]
        done = [item for item in items if isinstance(item, InputDone)]
        known = self._existing_page_ids([result.page.page_id for result in results])
        fresh: dict[str, PageResult] = {}
        for result in results:
            if result.page.page_id not in known:
                fresh.setdefault(result.page.page_id, result)
        for table, rows in page_result_rows(list(fresh.values()), now).items():
            self._bulk_insert(table, rows)
        self._insert_sources(results, now)
        articles = sum(len(result.articles) for result in fresh.values())
        new_rejections = self._insert_rejections(rejections, now)
        self._bulk_insert("inputs", [
            {"path": d.path, "size": d.size, "mtime_ns": d.mtime_ns, "finished_at": now}
            for d in {d.path: d for d in done}.values()
        ], replace=True)
        return BatchCounts(len(fresh), len(results) - len(fresh), new_rejections, articles)

    def _existing_page_ids(self, page_ids: list[str]) -> set[str]:
        if not page_ids:
            return set()
        rows = self._con.execute(
            "SELECT page_id FROM pages WHERE list_contains(?, page_id)", [page_ids]
        ).fetchall()
        return {str(row[0]) for row in rows}

    def _bulk_insert(self, table: str, rows: list[dict[str, Any]], replace: bool = False) -> None:
        """Insert through Arrow: orders of magnitude faster than row-by-row parameters."""
        if not rows:
            return
        batch = pa.Table.from_pylist(rows, schema=ARROW_SCHEMAS[table])
        self._con.register("_sukien_batch", batch)
        try:
            verb = ("INSERT" if table in _UNKEYED_TABLES
                    else "INSERT OR REPLACE" if replace else "INSERT OR IGNORE")
            self._con.execute(f"{verb} INTO {table} SELECT * FROM _sukien_batch")
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

    def _insert_rejections(self, rejections: list[Rejected], now: datetime) -> int:
        """Record each rejection once; returns how many inputs this batch rejected."""
        distinct = {r.reject_id: r for r in rejections}
        self._bulk_insert("rejected", [rejected_row(r, now) for r in distinct.values()])
        return len(distinct)

    def _count(self, table: str) -> int:
        row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def stats(self) -> StoreStats:
        reasons = self._con.execute(
            "SELECT reason, count(*) FROM rejected GROUP BY reason ORDER BY 2 DESC, 1"
        ).fetchall()
        return StoreStats(
            self.schema_version,
            self._count("pages"),
            self._count("articles"),
            self._count("rejected"),
            self._count("page_sources"),
            len(self.duplicate_links()),
            tuple((str(reason), int(count)) for reason, count in reasons),
        )

    def rejected(self, reason: str | None = None, limit: int | None = None) -> list[RejectedRow]:
        query = "SELECT source, reason, detail, n_bytes FROM rejected"
        params: list[Any] = []
        if reason:
            query += " WHERE reason = ?"
            params.append(reason)
        query += " ORDER BY source, reason"
        if limit is not None:
            query += f" LIMIT {int(limit)}"
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


def _event_from_row(row: dict[str, Any]) -> Event:
    date = (EventDate(value=row["date_value"], precision=Precision(row["date_precision"]),
                      confidence=float(row["date_confidence"]),
                      basis=DateBasis(row["date_basis"]))
            if row["date_value"] is not None else None)
    mentions = tuple(Evidence(start=m["start"], end=m["end"], line=m["line"])
                     for m in row["mentions"])
    return Event(
        event_id=row["event_id"], type=row["type"], mode=row["mode"],
        actors=tuple(EventActor(**a) for a in row["actors"] or ()),
        recipients=tuple(EventActor(**a) for a in row["recipients"] or ()),
        date=date, status=EventStatus(row["status"]), location=row["location"],
        quad_code=int(row["quad_code"]), cameo=row["cameo"], evidence=mentions[0],
        trigger=row["trigger"], symmetric=bool(row["symmetric"]),
        source=EventActor(**row["source"]) if row["source"] else None, mentions=mentions)


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
        events=tuple(_event_from_row(e) for e in row["events"] or ()),
    )
