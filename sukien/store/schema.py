"""The database schema as an ordered list of migrations.

A database records the highest migration applied; opening it applies the
missing ones in one transaction. Never edit a released migration: append a
new one.
"""

from __future__ import annotations

import re

import pyarrow as pa

MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (
        1,
        (
            """CREATE TABLE pages (
                page_id VARCHAR PRIMARY KEY,
                source VARCHAR NOT NULL,
                name VARCHAR NOT NULL,
                kind VARCHAR NOT NULL,
                container VARCHAR NOT NULL,
                encoding VARCHAR NOT NULL,
                n_bytes BIGINT NOT NULL,
                url VARCHAR,
                published VARCHAR,
                external_id VARCHAR,
                content VARCHAR NOT NULL,
                ingested_at TIMESTAMP NOT NULL
            )""",
            """CREATE TABLE page_sources (
                source VARCHAR PRIMARY KEY,
                page_id VARCHAR NOT NULL,
                first_seen TIMESTAMP NOT NULL
            )""",
            """CREATE TABLE articles (
                article_id VARCHAR PRIMARY KEY,
                page_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                title VARCHAR NOT NULL,
                title_line INTEGER,
                text VARCHAR NOT NULL,
                paragraphs STRUCT(start INTEGER, "end" INTEGER, line INTEGER)[] NOT NULL,
                url VARCHAR,
                published_value VARCHAR,
                published_precision VARCHAR,
                published_confidence DOUBLE,
                published_evidence VARCHAR
            )""",
            """CREATE TABLE rejected (
                reject_id VARCHAR PRIMARY KEY,
                source VARCHAR NOT NULL,
                reason VARCHAR NOT NULL,
                detail VARCHAR NOT NULL,
                n_bytes BIGINT NOT NULL,
                rejected_at TIMESTAMP NOT NULL
            )""",
            """CREATE TABLE inputs (
                path VARCHAR PRIMARY KEY,
                size BIGINT NOT NULL,
                mtime_ns BIGINT NOT NULL,
                finished_at TIMESTAMP NOT NULL
            )""",
        ),
    ),
    (
        2,
        (
            "ALTER TABLE articles ADD COLUMN caption_lines INTEGER[]",
            "ALTER TABLE articles ADD COLUMN author VARCHAR",
            "ALTER TABLE articles ADD COLUMN agency VARCHAR",
        ),
    ),
    (
        3,
        (
            """CREATE TABLE timexes (
                article_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                line INTEGER,
                text VARCHAR NOT NULL,
                kind VARCHAR NOT NULL,
                value VARCHAR,
                precision VARCHAR NOT NULL,
                confidence DOUBLE NOT NULL,
                rule VARCHAR NOT NULL,
                mod VARCHAR,
                tense VARCHAR,
                PRIMARY KEY (article_id, idx)
            )""",
        ),
    ),
    (
        4,
        (
            """CREATE TABLE actor_mentions (
                article_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                line INTEGER,
                text VARCHAR NOT NULL,
                country VARCHAR,
                sector VARCHAR,
                name VARCHAR,
                entity_id VARCHAR,
                role VARCHAR NOT NULL,
                via VARCHAR NOT NULL,
                PRIMARY KEY (article_id, idx)
            )""",
        ),
    ),
    (
        5,
        (
            """CREATE TABLE events (
                event_id VARCHAR PRIMARY KEY,
                article_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                type VARCHAR NOT NULL,
                mode VARCHAR,
                actors STRUCT(text VARCHAR, country VARCHAR, sector VARCHAR, name VARCHAR)[],
                recipients STRUCT(text VARCHAR, country VARCHAR, sector VARCHAR, name VARCHAR)[],
                date_value VARCHAR,
                date_precision VARCHAR,
                date_confidence DOUBLE,
                date_basis VARCHAR,
                status VARCHAR NOT NULL,
                location VARCHAR,
                quad_code INTEGER NOT NULL,
                cameo VARCHAR NOT NULL,
                "trigger" VARCHAR NOT NULL,
                "symmetric" BOOLEAN NOT NULL,
                source STRUCT(text VARCHAR, country VARCHAR, sector VARCHAR, name VARCHAR),
                mentions STRUCT(start INTEGER, "end" INTEGER, line INTEGER)[] NOT NULL
            )""",
        ),
    ),
    (
        6,
        (
            """CREATE TABLE article_fingerprints (
                article_id VARCHAR PRIMARY KEY,
                signature UINTEGER[] NOT NULL,
                linked BOOLEAN NOT NULL
            )""",
            """CREATE TABLE article_bands (
                band SMALLINT NOT NULL,
                "key" BIGINT NOT NULL,
                article_id VARCHAR NOT NULL
            )""",
            """CREATE TABLE near_duplicates (
                article_id VARCHAR NOT NULL,
                other_id VARCHAR NOT NULL,
                similarity DOUBLE NOT NULL,
                PRIMARY KEY (article_id, other_id)
            )""",
        ),
    ),
    (
        7,
        # stories merged once (sukien.store.stories), so reading is a query, not a merge;
        # "derived" says what each derived table was built from, to tell when it is stale
        (
            """CREATE TABLE stories (
                story_id VARCHAR PRIMARY KEY,
                merge_key VARCHAR NOT NULL,
                type VARCHAR NOT NULL,
                mode VARCHAR,
                "symmetric" BOOLEAN NOT NULL,
                actors STRUCT(text VARCHAR, country VARCHAR, sector VARCHAR, name VARCHAR)[],
                recipients STRUCT(text VARCHAR, country VARCHAR, sector VARCHAR, name VARCHAR)[],
                date_value VARCHAR,
                date_precision VARCHAR,
                date_confidence DOUBLE,
                date_basis VARCHAR,
                year_known BOOLEAN NOT NULL,
                status VARCHAR NOT NULL,
                confidence DOUBLE NOT NULL,
                quad_code INTEGER NOT NULL,
                countries VARCHAR[] NOT NULL,
                sides_folded STRUCT(country VARCHAR, name VARCHAR)[] NOT NULL,
                sentences_folded VARCHAR[] NOT NULL,
                n_mentions INTEGER NOT NULL,
                timeline_key VARCHAR NOT NULL
            )""",
            """CREATE TABLE story_mentions (
                story_id VARCHAR NOT NULL,
                position INTEGER NOT NULL,
                event_id VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                page VARCHAR NOT NULL,
                url VARCHAR,
                sentence VARCHAR NOT NULL
            )""",
            """CREATE TABLE story_links (
                story_id VARCHAR NOT NULL,
                other_id VARCHAR NOT NULL
            )""",
            """CREATE TABLE article_copies (
                article_id VARCHAR NOT NULL,
                canonical_id VARCHAR NOT NULL,
                similarity DOUBLE NOT NULL
            )""",
            """CREATE TABLE derived (
                name VARCHAR PRIMARY KEY,
                stamp VARCHAR NOT NULL,
                built_at TIMESTAMP NOT NULL
            )""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1][0]
# tables built from the others (sukien.store.stories), never written by ingest or Spark
DERIVED_TABLES = ("stories", "story_mentions", "story_links", "article_copies", "derived")

_CREATE = re.compile(r"CREATE TABLE (\w+) \((.*)\)", re.DOTALL)
_COLUMN_KEY = re.compile(r"^\s*\"?(\w+)\"? \w+(?:\[\])? PRIMARY KEY", re.MULTILINE)
_TABLE_KEY = re.compile(r"PRIMARY KEY \(([^)]*)\)")
_COLUMN = re.compile(r"^\s*\"?(\w+)\"? [A-Z]", re.MULTILINE)


def _table_keys() -> dict[str, tuple[str, ...]]:
    """The columns that identify a row of each table, read from its CREATE TABLE: its
    primary key, or every column when it has none (a row is its own identity)."""
    keys: dict[str, tuple[str, ...]] = {}
    for _, statements in MIGRATIONS:
        for statement in statements:
            created = _CREATE.search(statement)
            if created is None:
                continue
            table, body = created.groups()
            if (compound := _TABLE_KEY.search(body)) is not None:
                keys[table] = tuple(c.strip() for c in compound.group(1).split(","))
            elif (column := _COLUMN_KEY.search(body)) is not None:
                keys[table] = (column.group(1),)
            else:
                keys[table] = tuple(c for c in _COLUMN.findall(body) if c != "PRIMARY")
    return keys


# the columns that identify a row, per table: the same page under two names is stored once
TABLE_KEYS = _table_keys()


def _arrow_schemas() -> dict[str, pa.Schema]:
    """Arrow schemas of the tables, for bulk inserts and Parquet files of the same shape."""
    paragraph = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("line", pa.int32())])
    side = pa.struct([("text", pa.string()), ("country", pa.string()), ("sector", pa.string()),
                      ("name", pa.string())])
    return {
        "pages": pa.schema([
            ("page_id", pa.string()), ("source", pa.string()), ("name", pa.string()),
            ("kind", pa.string()), ("container", pa.string()), ("encoding", pa.string()),
            ("n_bytes", pa.int64()), ("url", pa.string()), ("published", pa.string()),
            ("external_id", pa.string()), ("content", pa.string()),
            ("ingested_at", pa.timestamp("us")),
        ]),
        "page_sources": pa.schema([
            ("source", pa.string()), ("page_id", pa.string()), ("first_seen", pa.timestamp("us")),
        ]),
        "articles": pa.schema([
            ("article_id", pa.string()), ("page_id", pa.string()), ("idx", pa.int32()),
            ("title", pa.string()), ("title_line", pa.int32()), ("text", pa.string()),
            ("paragraphs", pa.list_(paragraph)), ("url", pa.string()),
            ("published_value", pa.string()), ("published_precision", pa.string()),
            ("published_confidence", pa.float64()), ("published_evidence", pa.string()),
            ("caption_lines", pa.list_(pa.int32())), ("author", pa.string()),
            ("agency", pa.string()),
        ]),
        "timexes": pa.schema([
            ("article_id", pa.string()), ("idx", pa.int32()), ("start", pa.int32()),
            ("end", pa.int32()), ("line", pa.int32()), ("text", pa.string()),
            ("kind", pa.string()), ("value", pa.string()), ("precision", pa.string()),
            ("confidence", pa.float64()), ("rule", pa.string()), ("mod", pa.string()),
            ("tense", pa.string()),
        ]),
        "actor_mentions": pa.schema([
            ("article_id", pa.string()), ("idx", pa.int32()), ("start", pa.int32()),
            ("end", pa.int32()), ("line", pa.int32()), ("text", pa.string()),
            ("country", pa.string()), ("sector", pa.string()), ("name", pa.string()),
            ("entity_id", pa.string()), ("role", pa.string()), ("via", pa.string()),
        ]),
        "events": pa.schema([
            ("event_id", pa.string()), ("article_id", pa.string()), ("idx", pa.int32()),
            ("type", pa.string()), ("mode", pa.string()), ("actors", pa.list_(side)),
            ("recipients", pa.list_(side)), ("date_value", pa.string()),
            ("date_precision", pa.string()), ("date_confidence", pa.float64()),
            ("date_basis", pa.string()), ("status", pa.string()), ("location", pa.string()),
            ("quad_code", pa.int32()), ("cameo", pa.string()), ("trigger", pa.string()),
            ("symmetric", pa.bool_()), ("source", side), ("mentions", pa.list_(paragraph)),
        ]),
        "article_fingerprints": pa.schema([
            ("article_id", pa.string()), ("signature", pa.list_(pa.uint32())),
            ("linked", pa.bool_()),
        ]),
        "article_bands": pa.schema([
            ("band", pa.int16()), ("key", pa.int64()), ("article_id", pa.string()),
        ]),
        "near_duplicates": pa.schema([
            ("article_id", pa.string()), ("other_id", pa.string()), ("similarity", pa.float64()),
        ]),
        "stories": pa.schema([
            ("story_id", pa.string()), ("merge_key", pa.string()), ("type", pa.string()),
            ("mode", pa.string()), ("symmetric", pa.bool_()), ("actors", pa.list_(side)),
            ("recipients", pa.list_(side)), ("date_value", pa.string()),
            ("date_precision", pa.string()), ("date_confidence", pa.float64()),
            ("date_basis", pa.string()), ("year_known", pa.bool_()), ("status", pa.string()),
            ("confidence", pa.float64()), ("quad_code", pa.int32()),
            ("countries", pa.list_(pa.string())),
            ("sides_folded", pa.list_(pa.struct([("country", pa.string()),
                                                 ("name", pa.string())]))),
            ("sentences_folded", pa.list_(pa.string())), ("n_mentions", pa.int32()),
            ("timeline_key", pa.string()),
        ]),
        "story_mentions": pa.schema([
            ("story_id", pa.string()), ("position", pa.int32()), ("event_id", pa.string()),
            ("article_id", pa.string()), ("page", pa.string()), ("url", pa.string()),
            ("sentence", pa.string()),
        ]),
        "story_links": pa.schema([("story_id", pa.string()), ("other_id", pa.string())]),
        "article_copies": pa.schema([
            ("article_id", pa.string()), ("canonical_id", pa.string()),
            ("similarity", pa.float64()),
        ]),
        "derived": pa.schema([
            ("name", pa.string()), ("stamp", pa.string()), ("built_at", pa.timestamp("us")),
        ]),
        "rejected": pa.schema([
            ("reject_id", pa.string()), ("source", pa.string()), ("reason", pa.string()),
            ("detail", pa.string()), ("n_bytes", pa.int64()), ("rejected_at", pa.timestamp("us")),
        ]),
        "inputs": pa.schema([
            ("path", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()),
            ("finished_at", pa.timestamp("us")),
        ]),
    }


ARROW_SCHEMAS = _arrow_schemas()
