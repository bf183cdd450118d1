"""The web UI through its HTTP interface: the same entries as the CLI, escaping, the
security policy, and clear answers to bad queries."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from sukien.store import Store
from sukien.web import create_app, load_catalog
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
    for path in ("/", "/rejected", "/chart?dyad=USA,RUS", "/static/style.css", "/event/none"):
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
    ("/", {"dyad": "USA,XYZ"}),
])
def test_bad_queries_get_a_clear_answer(client: TestClient, path: str,
                                        params: dict[str, str]) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 400
    assert any(word in response.text for word in ("wants", "is not a PLOVER type",
                                                  "is neither"))


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
    assert cells[0] == entry["sources"][0]["page"] and cells[2].startswith("2024-06-25")
    assert str(entry["sources"][0]["line"]) in cells[3].split(", ")
