"""Stories stored once, then read by queries: the query side of the store.

Merging every event into stories is the costly part of reading a database: it
needs every event of every article at once. It is done once, after an ingest
(or by ``sukien upgrade``, or on first read of a store whose stories are out of
date), and written to the ``stories``, ``story_mentions``, ``story_links`` and
``article_copies`` tables. The merge streams: events come out of DuckDB ordered
by their merge key, with only the evidence sentence of their article's text,
and each merge-key group is merged by ``sukien.merge.merge_group`` (the same
function, so the same stories, ids and dates as merging in memory) and written
before the next group is read. Memory is then one group, whatever the corpus.

Timelines, exports and the web UI read stories with SQL: the filters of a
``TimelineQuery``, the order, counts and LIMIT/OFFSET run in DuckDB, and only
the stories asked for become Python objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

import duckdb
import pyarrow as pa

from sukien.duplicates import DuplicateLink
from sukien.errors import StoreError
from sukien.events.implied import UNNAMED
from sukien.merge.stories import Story, StoryMention, merge_group, merge_key
from sukien.model import NOT_FACTS, DateBasis, EventActor, EventDate, EventStatus, Precision
from sukien.store.decode import event_from_row
from sukien.timeline import TimelineQuery, without_diacritics

# bump when what a story is changes (merge rules, columns): stored stories become stale
STORIES_VERSION = 1
# derived tables are rebuilt when this stamp of their inputs changes
STORIES = "stories"
_ROWS_PER_INSERT = 20_000
_FETCH = 2_000

_COUNTRIES = "list_filter(list_transform(coalesce({side}, []), x -> x.country), c -> c <> '')"
# sukien.merge.merge_key in SQL: equal here exactly when equal there (the build checks it)
MERGE_KEY_SQL = (
    "e.type || '|' || CASE WHEN e.\"symmetric\" THEN "
    f"array_to_string(list_sort(list_distinct(list_concat({_COUNTRIES.format(side='e.actors')}, "
    f"{_COUNTRIES.format(side='e.recipients')}))), ',') "
    f"ELSE array_to_string(list_sort(list_distinct({_COUNTRIES.format(side='e.actors')})), ',') "
    "|| '|' || "
    f"array_to_string(list_sort(list_distinct({_COUNTRIES.format(side='e.recipients')})), ',') "
    "END")

_FOLD = "strip_accents(replace(lower({}), 'đ', 'd'))"
# a date a chart by month can place: its year known, and a month (not a quarter, season,
# week or the year alone)
_HAS_MONTH = "s.year_known AND regexp_matches(coalesce(s.date_value, ''), '^[0-9]{4}-[0-9]{2}')"


_EVENT_COLUMNS = ("e.event_id, e.type, e.mode, e.actors, e.recipients, e.date_value, "
                  "e.date_precision, e.date_confidence, e.date_basis, e.status, e.location, "
                  "e.quad_code, e.cameo, e.\"trigger\", e.\"symmetric\", e.source, e.mentions")


class StoryOrder(StrEnum):
    """Timeline order (dated entries oldest first, then those of unknown year by month and
    day), the same newest first (those of unknown year still last), most reported first
    (by mentions, then in timeline order), or export order (by date value, undated
    last)."""

    TIMELINE = "timeline_key, story_id"
    NEWEST = "year_known DESC, timeline_key DESC, story_id"
    MOST_REPORTED = "n_mentions DESC, timeline_key, story_id"
    EXPORT = "coalesce(date_value, '~'), story_id"


class ActorOrder(StrEnum):
    """Actors with the most events first, or by name (case and marks ignored)."""

    EVENTS = "events DESC, sort_name, code"
    NAME = "sort_name, code"


@dataclass(frozen=True, slots=True)
class ActorCount:
    """An actor as the stories name it: a PLOVER actor code, a country's or a group's
    like EUR (``kind`` "code"), or a whole name ("named", with the country it is most
    often coded with); the words the articles use most for it; how many stories it is a
    side of."""

    code: str
    kind: str
    country: str | None
    label: str
    events: int


@dataclass(frozen=True, slots=True)
class ActorPage:
    """A page of actors and how many match in all."""

    actors: list[ActorCount]
    matching: int


@dataclass(frozen=True, slots=True)
class BuildCounts:
    events: int
    stories: int
    copies: int


@dataclass(frozen=True, slots=True)
class ArticleCitation:
    """What an export cites of an article: its title, the publication date its page gives
    (a date value, None when unknown), and when sukien coded it (the page's ingest)."""

    title: str
    published: str | None
    coded_at: datetime


def article_citations(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]
                      ) -> dict[str, ArticleCitation]:
    rows = con.execute(
        "SELECT a.article_id, a.title, a.published_value, p.ingested_at "
        "FROM articles a JOIN pages p USING (page_id) WHERE list_contains(?, a.article_id)",
        [list(article_ids)]).fetchall()
    return {str(article_id): ArticleCitation(str(title), published, coded_at)
            for article_id, title, published, coded_at in rows}


def stories_stamp(con: duckdb.DuckDBPyConnection) -> str:
    """What the stories are built from: the store only ever adds rows, so counts of the
    tables the merge reads (and the merge's version) change whenever the stories would."""
    row = con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM articles), "
        "(SELECT count(*) FROM pages), (SELECT count(*) FROM near_duplicates)").fetchone()
    assert row is not None
    return f"v{STORIES_VERSION} events={row[0]} articles={row[1]} pages={row[2]} " \
           f"near_duplicates={row[3]}"


def stored_stamp(con: duckdb.DuckDBPyConnection, catalog: str) -> str | None:
    row = con.execute(f"SELECT stamp FROM {catalog}.derived WHERE name = ?",
                      [STORIES]).fetchone()
    return str(row[0]) if row else None


def build_stories(con: duckdb.DuckDBPyConnection, catalog: str,
                  copies: Sequence[DuplicateLink],
                  insert: Callable[[str, list[dict[str, Any]]], None]) -> BuildCounts:
    """Replace the stories in ``catalog`` by those of the store's events, leaving out the
    copies of other articles (``copies``: their links). ``insert(table, rows)`` writes
    rows; the caller holds the transaction."""
    for table in ("stories", "story_mentions", "story_links", "article_copies"):
        con.execute(f"DELETE FROM {catalog}.{table}")
    insert("article_copies", [{"article_id": link.article_id,
                               "canonical_id": link.canonical_id,
                               "similarity": link.similarity} for link in copies])
    # a cursor of its own, so writes can go on while it streams; it sees what is committed
    # (the store's tables), and the copies from a table of its own
    cursor = con.cursor()
    cursor.execute("SET enable_progress_bar = false")
    cursor.register("_sukien_copies", pa.Table.from_pylist(
        [{"article_id": link.article_id} for link in copies],
        schema=pa.schema([("article_id", pa.string())])))
    rows = rows_of(cursor, (
        f"SELECT {MERGE_KEY_SQL} AS merge_key, e.article_id, p.name AS page, a.url, "
        f"{_EVENT_COLUMNS}, "
        "substring(a.text, struct_extract(e.mentions[1], 'start') + 1, "
        "struct_extract(e.mentions[1], 'end') - struct_extract(e.mentions[1], 'start')) "
        "AS evidence_text "
        "FROM events e JOIN articles a USING (article_id) JOIN pages p USING (page_id) "
        "ANTI JOIN _sukien_copies c ON c.article_id = e.article_id "
        "ORDER BY merge_key"), [])
    pending: dict[str, list[dict[str, Any]]] = {"stories": [], "story_mentions": []}
    done: set[str] = set()
    group: list[StoryMention] = []
    key: str | None = None
    events = stories = 0

    def flush_group() -> None:
        nonlocal stories
        for story in merge_group(group):
            stories += 1
            pending["stories"].append(story_row(story))
            pending["story_mentions"].extend(mention_rows(story))
        if len(pending["story_mentions"]) >= _ROWS_PER_INSERT:
            for table, ready in pending.items():
                insert(table, ready)
                ready.clear()

    for row in rows:
        event = event_from_row(row)
        mention = StoryMention(str(row["page"]), str(row["article_id"]), row["url"],
                               event, " ".join(str(row["evidence_text"]).split()))
        events += 1
        this = merge_key(event)
        if this != key:
            if key is not None:
                flush_group()
                done.add(key)
            if this in done:
                raise StoreError(f"merge key {this!r} came out of DuckDB in two runs")
            key, group = this, []
        group.append(mention)
    if group:
        flush_group()
    for table, left in pending.items():
        insert(table, left)
    cursor.close()
    # PLOVER links: stories reported in one sentence of an article (sukien.merge.story_links)
    con.execute(
        f"INSERT INTO {catalog}.story_links "
        "WITH sentences AS (SELECT DISTINCT m.story_id, m.article_id, "
        "unnest(list_transform(e.mentions, x -> x.start)) AS sentence "
        f"FROM {catalog}.story_mentions m JOIN events e USING (event_id)) "
        "SELECT DISTINCT a.story_id, b.story_id FROM sentences a JOIN sentences b "
        "ON a.article_id = b.article_id AND a.sentence = b.sentence "
        "AND a.story_id <> b.story_id")
    return BuildCounts(events, stories, len(copies))


def rows_of(cursor: duckdb.DuckDBPyConnection, sql: str, params: list[Any]
            ) -> Iterator[dict[str, Any]]:
    """A query's rows as dicts, a batch at a time; through Arrow, which turns DuckDB's
    lists of structs into Python faster than fetchmany does (1.6 s against 2.7 s for
    the 45,850 events of VNTC)."""
    reader = cursor.execute(sql, params).to_arrow_reader(_FETCH)
    for batch in reader:
        yield from batch.to_pylist()


def story_row(story: Story) -> dict[str, Any]:
    date = story.date
    value = date.value if date else "~"
    return {
        "story_id": story.story_id, "merge_key": merge_key(story.mentions[0].event),
        "type": story.type, "mode": story.mode, "symmetric": story.symmetric,
        "actors": [_side(a) for a in story.actors],
        "recipients": [_side(a) for a in story.recipients],
        "date_value": date.value if date else None,
        "date_precision": date.precision if date else None,
        "date_confidence": date.confidence if date else None,
        "date_basis": date.basis if date else None,
        "year_known": story.year_known, "status": story.status.value,
        "confidence": story.confidence, "quad_code": story.quad_code,
        "countries": sorted(story.countries),
        "sides_folded": [{"country": (a.country or "").casefold(),
                          "name": (a.name or "").casefold()}
                         for a in (*story.actors, *story.recipients)],
        "sentences_folded": [m.sentence.casefold() for m in story.mentions],
        "n_mentions": len(story.mentions),
        # sukien.timeline's order: dated first by date, then unknown years by month-day
        "timeline_key": ("0" + value) if story.year_known else ("1" + value[4:]),
    }


def mention_rows(story: Story) -> Iterator[dict[str, Any]]:
    for position, mention in enumerate(story.mentions):
        yield {"story_id": story.story_id, "position": position,
               "event_id": mention.event.event_id, "article_id": mention.article_id,
               "page": mention.page, "url": mention.url, "sentence": mention.sentence}


def _side(side: Any) -> dict[str, Any]:
    return {"text": side.text, "country": side.country, "sector": side.sector,
            "name": side.name}


# each story's location: its first mention's that names one (sukien.merge.Story.location)
_STORY_LOCATIONS = (
    "SELECT m.story_id, arg_min(e.location, m.position) AS location "
    "FROM {catalog}.story_mentions m JOIN events e USING (event_id) "
    "WHERE e.location IS NOT NULL GROUP BY m.story_id")


def query_filter(query: TimelineQuery, catalog: str) -> tuple[str, list[Any]]:
    """``sukien.timeline``'s filters as a WHERE clause over ``stories`` (alias s) of
    ``catalog``, with its parameters; the same stories as ``build_timeline`` keeps (a test
    holds them to it)."""
    where: list[str] = ["true"]
    params: list[Any] = []
    if query.facts_only:
        where.append("s.status NOT IN (" + ", ".join("?" for _ in NOT_FACTS) + ")")
        params.extend(sorted(s.value for s in NOT_FACTS))
    if query.types:
        where.append("s.type IN (" + ", ".join("?" for _ in query.types) + ")")
        params.extend(query.types)
    if query.quads:
        where.append("s.quad_code IN (" + ", ".join("?" for _ in query.quads) + ")")
        params.extend(query.quads)
    if query.dyad is not None:
        where.append("list_has_all(s.countries, [?, ?])")
        params.extend(query.dyad)
    if query.actors:
        where.append("(" + " OR ".join(
            "len(list_filter(s.sides_folded, x -> x.country = ? OR contains(x.name, ?))) > 0"
            for _ in query.actors) + ")")
        for actor in query.actors:
            params.extend([actor.casefold(), actor.casefold()])
    for code in query.sides:
        where.append("len(list_filter(s.sides_folded, x -> x.country = ? OR x.name = ?)) > 0")
        params.extend([code.casefold(), code.casefold()])
    if query.since or query.until:
        where.append("s.year_known")
    if query.since:
        where.append("substring(s.date_value, 1, ?) >= ?")
        params.extend([len(query.since), query.since])
    if query.until:
        where.append("substring(s.date_value, 1, ?) <= ?")
        params.extend([len(query.until), query.until])
    if query.text and query.ignore_diacritics:
        # DuckDB's strip_accents drops the same marks as sukien.timeline.without_diacritics
        where.append("len(list_filter(s.sentences_folded, "
                     "x -> contains(strip_accents(replace(x, 'đ', 'd')), ?))) > 0")
        params.append(without_diacritics(query.text))
    elif query.text:
        where.append("len(list_filter(s.sentences_folded, x -> contains(x, ?))) > 0")
        params.append(query.text.casefold())
    if query.locations is not None:
        if query.locations:
            where.append(f"s.story_id IN (SELECT story_id FROM "
                         f"({_STORY_LOCATIONS.format(catalog=catalog)}) "
                         "WHERE list_contains(?, location))")
            params.append(list(query.locations))
        else:
            where.append("false")
    return " AND ".join(where), params


def count_stories(con: duckdb.DuckDBPyConnection, catalog: str,
                  query: TimelineQuery | None = None) -> int:
    where, params = query_filter(query or TimelineQuery(facts_only=False), catalog)
    row = con.execute(f"SELECT count(*) FROM {catalog}.stories s WHERE {where}",
                      params).fetchone()
    return int(row[0]) if row else 0


def read_stories(con: duckdb.DuckDBPyConnection, catalog: str, query: TimelineQuery | None,
                 order: StoryOrder, limit: int | None = None, offset: int = 0,
                 story_ids: Sequence[str] | None = None) -> Iterator[Story]:
    """The stories a query keeps, in ``order``, from ``offset``, at most ``limit``; or the
    stories of ``story_ids``. Streams: one story's rows at a time become objects."""
    where, params = query_filter(query or TimelineQuery(facts_only=False), catalog)
    if story_ids is not None:
        where += " AND list_contains(?, s.story_id)"
        params.append(list(story_ids))
    window = f" QUALIFY rank > {int(offset)}" if offset else ""
    if limit is not None:
        window += (" AND" if window else " QUALIFY") + f" rank <= {int(offset) + int(limit)}"
    sql = (
        f"WITH chosen AS (SELECT s.*, row_number() OVER (ORDER BY {order.value}) AS rank "
        f"FROM {catalog}.stories s WHERE {where}{window}) "
        "SELECT s.story_id, s.type AS story_type, s.mode AS story_mode, "
        "s.\"symmetric\" AS story_symmetric, s.actors AS story_actors, "
        "s.recipients AS story_recipients, s.date_value AS story_date_value, "
        "s.date_precision AS story_date_precision, "
        "s.date_confidence AS story_date_confidence, s.date_basis AS story_date_basis, "
        "s.status AS story_status, s.confidence AS story_confidence, "
        f"m.article_id, m.page, m.url, m.sentence, {_EVENT_COLUMNS} "
        f"FROM chosen s JOIN {catalog}.story_mentions m USING (story_id) "
        "JOIN events e USING (event_id) ORDER BY s.rank, m.position")
    cursor = con.cursor()
    cursor.execute("SET enable_progress_bar = false")
    try:
        yield from _stories_of(cursor, sql, params)
    except duckdb.OutOfMemoryException as exc:
        raise StoreError(f"DuckDB needs more memory than it may use: raise --memory-mb "
                         f"({exc})") from exc
    finally:
        cursor.close()


def _stories_of(cursor: duckdb.DuckDBPyConnection, sql: str, params: list[Any]
                ) -> Iterator[Story]:
    """Stories of rows of a story and one of its mentions, a story's rows together."""
    story_id: str | None = None
    first: dict[str, Any] = {}
    mentions: list[StoryMention] = []
    for row in rows_of(cursor, sql, params):
        if row["story_id"] != story_id:
            if story_id is not None:
                yield _story(first, mentions)
            story_id, first, mentions = str(row["story_id"]), row, []
        mentions.append(StoryMention(str(row["page"]), str(row["article_id"]),
                                     row["url"], event_from_row(row),
                                     str(row["sentence"])))
    if story_id is not None:
        yield _story(first, mentions)


def _story(row: dict[str, Any], mentions: list[StoryMention]) -> Story:
    date = (EventDate(value=row["story_date_value"],
                      precision=Precision(row["story_date_precision"]),
                      confidence=float(row["story_date_confidence"]),
                      basis=DateBasis(row["story_date_basis"]))
            if row["story_date_value"] is not None else None)
    return Story(
        story_id=str(row["story_id"]), type=row["story_type"], mode=row["story_mode"],
        symmetric=bool(row["story_symmetric"]),
        actors=tuple(EventActor(**a) for a in row["story_actors"] or ()),
        recipients=tuple(EventActor(**a) for a in row["story_recipients"] or ()),
        date=date, status=EventStatus(row["story_status"]),
        confidence=float(row["story_confidence"]), mentions=tuple(mentions))


def story_links(con: duckdb.DuckDBPyConnection, catalog: str, story_ids: Sequence[str] | None,
                query: TimelineQuery | None = None) -> dict[str, tuple[str, ...]]:
    """PLOVER links of these stories (None: of every story) to the stories ``query``
    keeps, in id order."""
    where, params = query_filter(query or TimelineQuery(facts_only=False), catalog)
    if story_ids is not None:
        where += " AND list_contains(?, l.story_id)"
        params.append(list(story_ids))
    rows = con.execute(
        f"SELECT l.story_id, list(l.other_id ORDER BY l.other_id) FROM {catalog}.story_links l "
        f"JOIN {catalog}.stories s ON s.story_id = l.other_id "
        f"WHERE {where} GROUP BY l.story_id", params).fetchall()
    return {str(story): tuple(str(o) for o in others) for story, others in rows}


def monthly_story_counts(con: duckdb.DuckDBPyConnection, catalog: str,
                         query: TimelineQuery) -> list[tuple[str, int, int]]:
    """(YYYY-MM, quad class, stories) of the dated stories a query keeps."""
    where, params = query_filter(query, catalog)
    rows = con.execute(
        "SELECT substring(s.date_value, 1, 7) AS month, s.quad_code, count(*) "
        f"FROM {catalog}.stories s WHERE {where} AND {_HAS_MONTH} "
        "GROUP BY ALL ORDER BY ALL", params).fetchall()
    return [(str(month), int(quad), int(n)) for month, quad, n in rows]


def location_story_counts(con: duckdb.DuckDBPyConnection, catalog: str,
                          query: TimelineQuery) -> list[tuple[str | None, int]]:
    """(location as written, stories) of the stories a query keeps, by each story's
    location (None: the stories whose mentions name no place)."""
    where, params = query_filter(query, catalog)
    rows = con.execute(
        f"SELECT l.location, count(*) FROM {catalog}.stories s "
        f"LEFT JOIN ({_STORY_LOCATIONS.format(catalog=catalog)}) l USING (story_id) "
        f"WHERE {where} GROUP BY l.location ORDER BY count(*) DESC, l.location",
        params).fetchall()
    return [(None if location is None else str(location), int(n)) for location, n in rows]


def location_names(con: duckdb.DuckDBPyConnection, catalog: str) -> list[str]:
    """Every location of a story, as written."""
    return [str(row[0]) for row in con.execute(
        f"SELECT DISTINCT location FROM ({_STORY_LOCATIONS.format(catalog=catalog)}) "
        "ORDER BY location").fetchall()]
def _actor_sides(catalog: str, where: str, other_than: bool = False) -> str:
    """The sides of the stories ``where`` keeps, one row per (story, actor code): a side
    gives its country code and, when it names someone, its name. ``other_than``: only
    sides that are not a given actor (two parameters: its code, lower case, twice)."""
    other = ("WHERE lower(coalesce(a.country, '')) <> ? AND lower(coalesce(a.name, '')) <> ?"
             if other_than else "")
    return (
        "WITH sides AS (SELECT story_id, a FROM (SELECT s.story_id, "
        "unnest(list_concat(s.actors, s.recipients)) AS a "
        f"FROM {catalog}.stories s WHERE {where}) {other}), "
        # a country's words are those of its sides that name no one ("Mỹ", not "Biden"),
        # never an implied side's label ("cơ quan công an (không nêu tên)")
        "keyed AS (SELECT story_id, a.country AS code, 'code' AS kind, NULL AS country, "
        "CASE WHEN coalesce(a.name, '') = '' AND NOT ends_with(a.text, "
        f"'{UNNAMED}') THEN a.text END AS text FROM sides "
        "WHERE coalesce(a.country, '') <> '' "
        "UNION ALL SELECT story_id, a.name, 'named', a.country, a.text FROM sides "
        "WHERE coalesce(a.name, '') <> '') ")


def actor_counts(con: duckdb.DuckDBPyConnection, catalog: str, query: TimelineQuery,
                 order: ActorOrder, name: str | None = None, code: str | None = None,
                 limit: int | None = None, offset: int = 0) -> ActorPage:
    """The actors of the stories a query keeps, with how many stories each is a side of;
    only those whose code or words contain ``name`` (case and marks ignored, like the
    timeline's search), or only the one of ``code``; a page of them, in ``order``."""
    where, params = query_filter(query, catalog)
    having: list[str] = []
    if name:
        having.append(f"(contains({_FOLD.format('code')}, ?) "
                      f"OR bool_or(contains({_FOLD.format('text')}, ?)))")
        params.extend([without_diacritics(name)] * 2)
    if code is not None:
        having.append("code = ?")
        params.append(code)
    window = f" LIMIT {int(limit)}" if limit is not None else ""
    window += f" OFFSET {int(offset)}" if offset else ""
    rows = con.execute(
        _actor_sides(catalog, where) +
        "SELECT code, kind, mode(country) AS country, mode(text) AS label, "
        "count(DISTINCT story_id) AS events, count(*) OVER () AS matching, "
        f"{_FOLD.format('code')} AS sort_name FROM keyed GROUP BY code, kind "
        + (("HAVING " + " AND ".join(having)) if having else "")
        + f" ORDER BY {order.value}{window}", params).fetchall()
    matching = int(rows[0][5]) if rows else (
        0 if not offset else actor_counts(con, catalog, query, order, name, code).matching)
    return ActorPage([ActorCount(str(c), str(k), country, str(label or c), int(n))
                      for c, k, country, label, n, _, _ in rows], matching)


def counterparts(con: duckdb.DuckDBPyConnection, catalog: str, query: TimelineQuery,
                 code: str, limit: int) -> list[ActorCount]:
    """The actors most often on the other side of ``code``'s stories (those ``query``
    keeps): the sides of its stories that are not ``code`` (neither its country nor its
    name), each counted once a story, by its country code and by its name."""
    where, params = query_filter(query, catalog)
    params.extend([code.lower(), code.lower(), code])
    rows = con.execute(
        _actor_sides(catalog, where, other_than=True) +
        "SELECT code, kind, mode(country), mode(text), count(DISTINCT story_id) AS events "
        "FROM keyed WHERE code <> ? GROUP BY code, kind "
        f"ORDER BY events DESC, {_FOLD.format('code')}, code LIMIT {int(limit)}",
        params).fetchall()
    return [ActorCount(str(c), str(k), country, str(label or c), int(n))
            for c, k, country, label, n in rows]


def count_without_month(con: duckdb.DuckDBPyConnection, catalog: str,
                        query: TimelineQuery) -> int:
    """Stories a query keeps that a chart by month cannot place: no date, a year not
    known, or a date coarser than a month."""
    where, params = query_filter(query, catalog)
    row = con.execute(
        f"SELECT count(*) FROM {catalog}.stories s WHERE {where} AND NOT ({_HAS_MONTH})",
        params).fetchone()
    return int(row[0]) if row else 0


def story_types(con: duckdb.DuckDBPyConnection, catalog: str) -> list[str]:
    return [str(row[0]) for row in con.execute(
        f"SELECT DISTINCT type FROM {catalog}.stories ORDER BY type").fetchall()]
