"""The web UI through its HTTP interface: the same entries as the CLI, escaping, the
security policy, and clear answers to bad queries."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from sukien.store import Store
from sukien.web import app as web_app
from sukien.web import create_app, load_catalog
from sukien.web.chart import MAX_BINS, bins_of, chart_layout, nice_ticks
from sukien.web.map import LARGEST_RADIUS_PX, SHADES, PlaceKind, load_places, radius, shade
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def client(web_db: Path) -> Iterator[TestClient]:
    with Store.open(web_db, read_only=True) as store:
        yield TestClient(create_app(load_catalog(store)))


def test_the_api_gives_the_cli_timeline(client: TestClient, web_db: Path) -> None:
    cli = run_cli("timeline", "--db", str(web_db), "--dyad", "USA,RUS", "--type", "CONSULT",
                  "--format", "json")
    assert cli.returncode == 0, cli.stderr
    api = client.get("/api/timeline", params={"dyad": "USA,RUS", "type": "CONSULT"})
    assert api.status_code == 200
    assert api.json() == json.loads(cli.stdout)
    assert len(api.json()) >= 7


def test_the_timeline_page_lists_the_same_entries_in_order(client: TestClient) -> None:
    params = {"dyad": "USA,RUS", "type": "CONSULT"}
    api = [e["date"] for e in client.get("/api/timeline", params=params).json()]
    page = client.get("/", params=params).text
    assert re.findall(r'data-date="([^"]*)"', page) == api


def test_every_response_forbids_scripts(client: TestClient) -> None:
    for path in ("/", "/rejected", "/chart?dyad=USA,RUS", "/static/style.css", "/event/none",
                 "/actors", "/actor/USA", "/download.csv", "/download.jsonl"):
        policy = client.get(path).headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src" not in policy
        assert "unsafe-inline" not in policy


def test_injected_markup_is_shown_as_text(client: TestClient) -> None:
    entries = [e for e in client.get("/api/timeline").json()
               if e["sources"][0]["page"].startswith("hostile.jsonl")]
    assert entries, "the hostile page's call must be coded"
    for path in ("/", f"/event/{entries[0]['story_id']}"):
        page = client.get(path).text
        tree = lxml.html.fromstring(page)
        assert "<script>" in tree.text_content()  # shown, as text
        assert not tree.xpath("//script | //img | //iframe | //object")
        assert not [a for e in tree.iter() if isinstance(e.tag, str)
                    for a, v in e.attrib.items()
                    if a.startswith("on") or v.strip().lower().startswith("javascript:")]
    for path in ("/actors?all=1", "/chart?all=1", "/actor/USA?all=1", "/?all=1&sort=reported"):
        tree = lxml.html.fromstring(client.get(path).text)
        assert not tree.xpath("//script | //img | //iframe | //object")
        assert not [a for e in tree.iter() if isinstance(e.tag, str)
                    for a, v in e.attrib.items()
                    if a.startswith("on") or v.strip().lower().startswith("javascript:")]


def test_an_event_page_highlights_its_evidence(client: TestClient) -> None:
    entry = client.get("/api/timeline", params={"dyad": "USA,RUS", "since": "2024-11-27",
                                                "until": "2024-11-27"}).json()[0]
    page = client.get(f"/event/{entry['story_id']}").text
    marked = re.findall(r'<mark class="evidence">(.*?)</mark>', page, re.S)
    assert marked and "Gerasimov" in " ".join(marked)
    assert entry["sources"][0]["page"] in page


def test_rejected_inputs_are_listed_with_their_reason(client: TestClient) -> None:
    page = client.get("/rejected").text
    assert "photo.txt" in page and "binary" in page
    assert "photo.txt" not in client.get("/rejected", params={"reason": "empty"}).text


def test_the_chart_counts_events_per_month_by_quad_class(client: TestClient) -> None:
    page = client.get("/chart", params={"dyad": "USA,RUS"}).text
    titles = re.findall(r"<title>(\d{4}-\d{2}): (\d+) ([a-z ]+)</title>", page)
    months = [m for m, _, _ in titles]
    assert {"2022-01", "2024-06", "2024-11"} <= set(months)
    assert all(kind in ("verbal cooperation", "material cooperation", "verbal conflict",
                        "material conflict") for _, _, kind in titles)
    assert months == sorted(months)


@pytest.mark.parametrize(("path", "params"), [
    ("/", {"since": "last year"}), ("/", {"dyad": "USA"}), ("/", {"quad": "9"}),
    ("/chart", {"dyad": "USA,RUSSIA"}), ("/", {"since": "2024-13-45"}),
    ("/api/timeline", {"until": "2005-02-30"}), ("/api/timeline", {"type": "FOO"}),
    ("/", {"dyad": "USA,XYZ"}), ("/", {"sort": "date"}), ("/api/timeline", {"sort": "x"}),
    ("/actors", {"sort": "size"}), ("/chart", {"quad": "5"}), ("/download.csv", {"since": "x"}),
    ("/download.jsonl", {"sort": "oldest first"}), ("/actor/USA", {"page": "0"}),
])
def test_bad_queries_get_a_clear_answer(client: TestClient, path: str,
                                        params: dict[str, str]) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 400
    assert any(word in response.text for word in ("wants", "is not a PLOVER type",
                                                  "is neither"))
    if "sort" in params:  # the message names what a sort may be
        assert "sort wants" in response.text and (
            "oldest, newest or reported" in response.text or "events or name" in response.text)


def test_an_unknown_event_is_not_found(client: TestClient) -> None:
    assert client.get("/event/0000").status_code == 404
    assert client.get("/api/timeline", params={"until": "x"}).json()["error"].startswith("until")


def test_an_event_page_links_related_events(client: TestClient) -> None:
    entry = client.get("/api/timeline", params={"dyad": "USA,RUS", "type": "CONSULT",
                                                "since": "2023-03", "until": "2023-03"}).json()[0]
    page = client.get(f"/event/{entry['story_id']}").text
    related = lxml.html.fromstring(page).xpath("//ul[@class='related']/li/a")
    assert [a.text_content().split()[0] for a in related] == ["2024-06-25"]


def test_the_api_pages_the_timeline_with_limit_and_offset(client: TestClient) -> None:
    everything = client.get("/api/timeline", params={"all": "1"}).json()
    assert len(everything) >= 20
    page = client.get("/api/timeline", params={"all": "1", "limit": "5", "offset": "3"})
    assert page.json() == everything[3:8]
    for bad in ({"limit": "0"}, {"offset": "-1"}, {"limit": "ten"}):
        response = client.get("/api/timeline", params=bad)
        assert response.status_code == 400 and "whole number" in response.json()["error"]


def test_the_timeline_page_counts_what_matches_and_pages_past_the_end(client: TestClient
                                                                      ) -> None:
    matching = len(client.get("/api/timeline", params={"dyad": "USA,RUS"}).json())
    page = client.get("/", params={"dyad": "USA,RUS"}).text
    assert re.search(rf'<p class="count">{matching} of \d+ events</p>', page)
    beyond = client.get("/", params={"dyad": "USA,RUS", "page": "2"}).text
    assert "No event matches" in beyond
    assert client.get("/", params={"page": "0"}).status_code == 400


def test_an_event_page_lists_every_mention_with_source_and_dates(client: TestClient) -> None:
    entry = client.get("/api/timeline", params={"dyad": "USA,RUS", "since": "2024-06-25",
                                                "until": "2024-06-25"}).json()[0]
    tree = lxml.html.fromstring(client.get(f"/event/{entry['story_id']}").text)
    rows = tree.xpath("//table[@class='mentions']/tbody/tr")
    assert len(rows) == len(entry["sources"]) >= 1
    cells = [c.text_content().strip() for c in rows[0].xpath("td")]
    source = rows[0].xpath("td[2]/a")[0]
    assert source.text_content() == entry["sources"][0]["page"]
    assert cells[3].startswith("2024-06-25") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", cells[4])
    assert str(entry["sources"][0]["line"]) in cells[5].split(", ")
    assert cells[6] and cells[6] in tree.text_content().split(cells[6], 1)[1]  # in its article
    # the source cell leads to the article, where the evidence is highlighted
    anchor = source.get("href").split("#")[1]
    assert tree.xpath(f"//section[@id='{anchor}']//mark[@class='evidence']")


def _map_marks(page: str) -> dict[str, tuple[int, str, str]]:
    """place id -> (count, title, link) of each circle of a map page."""
    tree = lxml.html.fromstring(page)
    marks = {}
    for circle in tree.xpath("//svg[contains(@class, 'map')]//circle"):
        link = circle.getparent()
        marks[circle.get("data-place")] = (int(circle.get("data-count")),
                                           circle.findtext("title"), link.get("href"))
    return marks


def test_the_map_places_events_by_their_location(client: TestClient) -> None:
    page = client.get("/map", params={"all": "1"}).text
    marks = _map_marks(page)
    # a city (Kherson), a country named as a place (Ukraine, at its centre), a capital
    assert {"place:kherson", "country:UKR", "place:geneva"} <= set(marks)
    count, title, _ = marks["country:UKR"]
    assert count >= 4 and title == f"Ukraine: {count} events"
    located = sum(count for count, _, _ in marks.values())
    found = re.search(r"(\d+) of (\d+) events placed on the map.*?(\d+) events have no location",
                      page, re.S)
    assert found is not None
    assert int(found[1]) == located and int(found[1]) + int(found[3]) == int(found[2])
    everything = client.get("/api/timeline", params={"all": "1"}).json()
    assert int(found[2]) == len(everything)


def test_a_place_on_the_map_links_to_its_timeline(client: TestClient) -> None:
    marks = _map_marks(client.get("/map", params={"all": "1", "dyad": "USA,RUS"}).text)
    assert marks
    for count, _, link in marks.values():
        assert link.startswith("/?") and "dyad=USA%2CRUS" in link and "all=1" in link
        entries = client.get("/api/timeline" + link[1:]).json()
        assert len(entries) == count
        page = client.get(link).text
        assert len(re.findall(r'<li class="entry', page)) == count


def test_the_map_takes_the_timeline_filters_and_its_views(client: TestClient) -> None:
    everything = _map_marks(client.get("/map", params={"all": "1"}).text)
    assaults = _map_marks(client.get("/map", params={"all": "1", "type": "ASSAULT"}).text)
    assert assaults and sum(c for c, _, _ in assaults.values()) < sum(
        c for c, _, _ in everything.values())
    vietnam = client.get("/map", params={"view": "vietnam"}).text
    assert 'viewBox="98.5 -24 18 17"' in vietnam
    assert client.get("/map", params={"view": "moon"}).status_code == 400
    assert client.get("/map", params={"quad": "7"}).status_code == 400
    nowhere = client.get("/", params={"place": "place:nowhere"}).text
    assert "No event matches" in nowhere


def test_the_map_shades_the_countries_of_located_events(client: TestClient) -> None:
    tree = lxml.html.fromstring(client.get("/map", params={"all": "1"}).text)
    shades = {p.findtext("title").split(":")[0]: p.get("class")
              for p in tree.xpath("//g[@class='countries']/path")}
    assert len(shades) >= 170
    assert shades["Ukraine"] != "shade-0" and shades["Brazil"] == "shade-0"
    assert client.get("/map").headers["content-security-policy"].startswith("default-src 'none'")


def test_location_names_are_found_as_the_gazetteer_finds_them() -> None:
    places = load_places()
    assert places.place_of("TP.HCM") == places.place_of("Thành phố Hồ Chí Minh")
    hcm = places.place_of("TP HCM")
    assert hcm is not None and hcm.place_id == "place:vn-ho-chi-minh" and hcm.country == "VNM"
    hanoi = places.place_of("Hà Nội")
    assert hanoi is not None and hanoi.kind is PlaceKind.PROVINCE
    assert -21.1 < hanoi.y < -20.9 and 105.7 < hanoi.x < 105.9
    washington = places.place_of("Washington")
    assert washington is not None and washington.kind is PlaceKind.CITY
    assert washington.country == "USA"
    america = places.place_of("Mỹ")
    assert america is not None and america.place_id == "country:USA"
    assert places.place_of("Nguyễn Văn Tám") is None and places.place_of("") is None
    # a foreign region has no coordinates of its own: it is drawn at its country
    narathiwat = places.place_of("Narathiwat")
    assert narathiwat is not None and narathiwat.place_id == "country:THA"
    # under the country's name (the map's), not the region's, which would label the mark
    assert narathiwat.name == "Thailand"


def test_circles_grow_with_their_counts_and_shades_stay_in_range() -> None:
    sizes = [radius(n, 400) for n in (1, 4, 100, 400)]
    assert sizes == sorted(sizes) and sizes[-1] == LARGEST_RADIUS_PX
    assert [shade(n, 400) for n in (0, 1, 20, 400)] == [0, 1, 3, SHADES]


def _count_line(page: str) -> int:
    found = re.search(r'<p class="count">(\d+) of \d+ events', page)
    assert found, "the page says how many events match"
    return int(found.group(1))


def test_the_timeline_sorts_newest_first_and_by_reports(client: TestClient) -> None:
    oldest = client.get("/api/timeline", params={"all": "1"}).json()
    newest = client.get("/api/timeline", params={"all": "1", "sort": "newest"}).json()
    assert sorted(e["story_id"] for e in newest) == sorted(e["story_id"] for e in oldest)
    dated = [e["date"] for e in newest if e["year_known"]]
    assert dated == sorted(dated, reverse=True) and dated != sorted(dated)
    assert not any(e["year_known"] for e in newest[len(dated):])  # unknown years last
    page = client.get("/", params={"all": "1", "sort": "reported"}).text
    reports = [int(n) for n in re.findall(r'data-mentions="(\d+)"', page)]
    assert reports == sorted(reports, reverse=True) and reports[0] > reports[-1]
    # the chosen order stays selected, and the next page keeps it with the filters
    tree = lxml.html.fromstring(page)
    assert tree.xpath("//select[@name='sort']/option[@selected]/@value") == ["reported"]


def test_pages_keep_the_sort_and_the_filters(client: TestClient,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    everything = client.get("/api/timeline", params={"all": "1", "sort": "newest"}).json()
    monkeypatch.setattr(web_app, "PAGE_SIZE", 5)  # a small page, so the seeds fill several
    first = client.get("/", params={"all": "1", "sort": "newest"}).text
    following = lxml.html.fromstring(first).xpath("//a[@rel='next']/@href")[0]
    assert "sort=newest" in following and "all=1" in following
    second = client.get("/" + following).text
    ids = re.findall(r'href="/event/([0-9a-f]+)"', first + second)
    assert ids == [e["story_id"] for e in everything[:10]]


def test_downloads_hold_exactly_the_filtered_events(client: TestClient) -> None:
    params = {"dyad": "USA,RUS", "quad": "1", "sort": "newest"}
    page = client.get("/", params=params).text
    matching = _count_line(page)
    links = lxml.html.fromstring(page).xpath("//a[@class='download']/@href")
    assert len(links) == 2 and all("dyad=USA%2CRUS" in link and "quad=1" in link
                                   for link in links)
    expected = [e["story_id"] for e in client.get("/api/timeline", params=params).json()]
    response = client.get(links[0])
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == expected and len(rows) == matching >= 5
    assert {r["quad_code"] for r in rows} == {"1"}
    records = [json.loads(line) for line in client.get(links[1]).text.splitlines()]
    assert [r["id"] for r in records] == expected
    assert all(r["quad_code"] == 1 and r["event_text"] for r in records)


def test_the_actors_overview_counts_sorts_and_filters(client: TestClient) -> None:
    def listed(**params: str) -> list[tuple[str, int]]:
        tree = lxml.html.fromstring(client.get("/actors", params=params).text)
        return [(row.get("data-code"), int(row.get("data-events")))
                for row in tree.xpath("//tr[@class='actor']")]

    by_events = listed()
    assert [n for _, n in by_events] == sorted((n for _, n in by_events), reverse=True)
    assert by_events[0][0] in ("USA", "RUS")
    names = [code for code, _ in listed(sort="name")]
    assert names == sorted(names, key=str.casefold) and set(names) == {c for c, _ in by_events}
    # the count of an actor is what its timeline shows
    code, events = by_events[0]
    assert _count_line(client.get("/", params={"side": code}).text) == events
    # diacritics and case ignored: 'nga' finds Russia by its Vietnamese name, 'Nga'
    assert "RUS" in {c for c, _ in listed(name="NGA")}
    assert [c for c, _ in listed(name="belousov")] == ["Andrei Belousov"]
    assert listed(name="no such actor") == []


def test_an_actor_page_shows_its_events_and_counterparts(client: TestClient) -> None:
    page = client.get("/actor/USA").text
    tree = lxml.html.fromstring(page)
    events = int(tree.xpath("//span[@class='events']")[0].text_content().split()[0])
    assert len(tree.xpath("//ol[@class='timeline']/li")) == events
    assert tree.xpath("//svg[@class='chart']//rect") and tree.xpath("//svg//text")
    counterparts = {row.get("data-code"): int(row.get("data-events"))
                    for row in tree.xpath("//tr[@class='counterpart']")}
    assert counterparts["RUS"] >= 10 and "USA" not in counterparts
    pair = tree.xpath("//tr[@data-code='RUS']//a[@class='pair']/@href")[0]
    assert pair == "/?dyad=USA%2CRUS"
    assert _count_line(client.get(pair).text) >= counterparts["RUS"]
    person = client.get("/actor/Lloyd%20Austin")
    assert person.status_code == 200 and "RUS" in person.text
    assert client.get("/actor/Nobody%20Known").status_code == 404


def test_the_chart_takes_the_timeline_filters_and_counts_undated_events(client: TestClient
                                                                       ) -> None:
    page = client.get("/chart", params={"all": "1"}).text
    tree = lxml.html.fromstring(page)
    drawn = sum(int(t.split(": ")[1].split()[0])
                for t in tree.xpath("//svg[@class='chart']//rect/title/text()"))
    apart = int(tree.xpath("//p[@class='undated']")[0].text_content().split()[0])
    matching = _count_line(client.get("/", params={"all": "1"}).text)
    assert drawn + apart == matching and apart > 0
    assert "without a known month are not drawn" in page
    y_labels = tree.xpath("//svg//text[contains(@class, 'y-label')]/text()")
    assert len(y_labels) >= 3 and y_labels[0] == "0"
    assert len(tree.xpath("//svg//text[contains(@class, 'x-label')]")) >= 3
    narrow = lxml.html.fromstring(client.get("/chart", params={"quad": "2"}).text)
    assert {t.split()[-2] + " " + t.split()[-1]
            for t in narrow.xpath("//svg//rect/title/text()")} == {"material cooperation"}


def test_a_long_range_is_binned_to_a_chart_of_bounded_width() -> None:
    months = [("1849-03", 1, 2), ("1990-07", 4, 1), ("2024-06", 3, 5), ("2024-07", 3, 1)]
    unit, bins = bins_of(months)
    assert unit == "2 years" and len(bins) <= MAX_BINS
    assert sum(b.total for b in bins) == 9
    layout = chart_layout(unit, bins)
    assert layout.width == 960 and all(s.x + s.width <= layout.width for s in layout.segments)
    labels = [t.label for t in layout.x_ticks]
    assert bins[0].label == "1848–1849" and labels[0] == "1848"
    assert 3 <= len(labels) < len(bins)
    ticks = layout.x_ticks
    gaps = [b.position - a.position for a, b in itertools.pairwise(ticks)]
    assert min(gaps) >= 64
    unit, bins = bins_of([("2010-03", 1, 2), ("2024-06", 3, 5)])
    assert unit == "quarter" and bins[0].label == "2010-Q1" and bins[-1].label == "2024-Q2"
    unit, bins = bins_of([("2024-01", 1, 1), ("2024-03", 2, 1)])
    assert [b.label for b in bins] == ["2024-01", "2024-02", "2024-03"]  # quiet months kept


@pytest.mark.parametrize(("peak", "ticks"), [(1, [0, 1]), (7, [0, 2, 4, 6, 8]),
                                             (97, [0, 20, 40, 60, 80, 100]),
                                             (1234, [0, 500, 1000, 1500])])
def test_the_y_axis_gets_round_ticks(peak: int, ticks: list[int]) -> None:
    assert nice_ticks(peak) == ticks


@pytest.mark.parametrize("every_status", [False, True])
def test_the_downloads_are_the_rows_of_sukien_export(client: TestClient, web_db: Path,
                                                      tmp_path: Path, every_status: bool) -> None:
    flag = ["--all"] if every_status else []
    params = {"all": "1"} if every_status else {}
    tables, plover = tmp_path / "tables", tmp_path / "events.jsonl"
    for fmt, out in (("csv", tables), ("plover-jsonl", plover)):
        result = run_cli("export", str(out), "--db", str(web_db), "--format", fmt, *flag)
        assert result.returncode == 0, result.stderr
    exported = (tables / "events.csv").read_text("utf-8").splitlines()
    downloaded = client.get("/download.csv", params=params).text.splitlines()
    assert downloaded[0] == exported[0] and sorted(downloaded) == sorted(exported)
    lines = client.get("/download.jsonl", params=params).text.splitlines()
    assert sorted(lines) == sorted(plover.read_text("utf-8").splitlines()) and len(lines) > 20
