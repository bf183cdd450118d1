"""The web UI in headless Chromium (Debian's ``chromium``, driven by Playwright): the
timeline's filters, sort and pages, downloads of what it selects, an event's mentions and
highlighted evidence, the actors and an actor's page, the chart's axes, injected markup
kept inert, and the map's places leading to their timeline."""

from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

from sukien.store import Store
from sukien.web import create_app, load_catalog

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# flags for a closed network and a root user, as the machine's documentation gives them
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(web_db: Path) -> Iterator[str]:
    store = Store.open(web_db, read_only=True)
    catalog = load_catalog(store)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(catalog), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the web server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "install Debian's chromium (make test does)"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    opened = context.new_page()
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield opened
    context.close()
    assert not dialogs, f"a script ran: {dialogs}"


def test_filtering_by_type_shows_the_dyad_timeline(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?dyad=USA,RUS")
    everything = page.locator("li.entry").count()
    page.select_option("#type", "CONSULT")
    page.click("button[type=submit]")
    page.wait_for_url("**type=CONSULT**")
    entries = page.locator("li.entry")
    assert 7 <= entries.count() < everything
    assert set(entries.evaluate_all("els => els.map(e => e.dataset.type)")) == {"CONSULT"}
    dates = [d for d in entries.evaluate_all("els => els.map(e => e.dataset.date)")
             if not d.startswith("XXXX")]
    assert dates == sorted(dates) and "2024-11-27" in dates


def test_an_event_shows_its_highlighted_evidence(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?dyad=USA,RUS&type=CONSULT&since=2024-11-27&until=2024-11-27")
    page.locator("li.entry .kind a").first.click()
    mark = page.locator("mark.evidence").first
    mark.wait_for()
    assert mark.is_visible()
    assert any("Gerasimov" in text for text in page.locator("mark.evidence").all_inner_texts())
    background = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # the stylesheet loaded


def test_the_injected_script_article_renders_inert(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?dyad=USA,RUS&since=2024-03-05&until=2024-03-05")
    page.locator("li.entry .kind a").first.click()
    page.locator("mark.evidence").first.wait_for()
    assert "<script>" in page.locator(".article-text").first.inner_text()
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.title() != "pwned"
    assert page.locator("script, img, iframe").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0


def test_the_chart_and_the_rejected_inputs_render(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/chart?dyad=USA,RUS")
    assert page.locator("svg.chart rect").count() > 0
    page.click("text=Rejected inputs")
    assert "photo.txt" in page.locator("table.rejected").inner_text()


def test_the_map_draws_places_that_lead_to_their_timeline(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/map?all=1")
    drawn = page.locator("svg.map").bounding_box()
    assert drawn is not None and drawn["width"] > 600 and drawn["height"] > 200
    assert page.locator("svg.map g.countries path").count() >= 170
    kherson = page.locator("circle[data-place='place:kherson']")
    count = int(kherson.get_attribute("data-count") or "0")
    box = kherson.bounding_box()
    assert count >= 1 and box is not None and box["width"] >= 5
    assert kherson.locator("title").text_content() == f"Kherson: {count} event" + (
        "s" if count != 1 else "")
    kherson.click()
    page.wait_for_url("**place=place%3Akherson**")
    assert page.locator("li.entry").count() == count
    assert "At Kherson" in page.locator("p.place-filter").inner_text()
    page.goto(f"{base_url}/map?view=vietnam")
    assert page.locator("svg.map").get_attribute("viewBox") == "98.5 -24 18 17"


def _count(page: Page) -> int:
    return int(page.locator("p.count").inner_text().split()[0])


def test_sorting_and_filtering_change_the_list_and_pages_keep_both(page: Page,
                                                                   base_url: str) -> None:
    page.goto(f"{base_url}/?all=1")
    oldest = page.locator("li.entry").evaluate_all("els => els.map(e => e.dataset.date)")
    page.select_option("#sort", "reported")
    page.click("button[type=submit]")
    page.wait_for_url("**sort=reported**")
    reports = [int(n) for n in page.locator("li.entry").evaluate_all(
        "els => els.map(e => e.dataset.mentions)")]
    assert reports == sorted(reports, reverse=True) and reports[0] > reports[-1]
    page.select_option("#sort", "newest")
    page.select_option("#quad", "1")
    page.click("button[type=submit]")
    page.wait_for_url("**quad=1**")
    assert "sort=newest" in page.url and page.locator("#sort").input_value() == "newest"
    dates = [d for d in page.locator("li.entry").evaluate_all(
        "els => els.map(e => e.dataset.date)") if not d.startswith("XXXX")]
    assert dates == sorted(dates, reverse=True) and len(dates) < len(oldest)


def test_the_download_holds_the_rows_the_filters_select(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?dyad=USA,RUS&quad=1")
    matching = _count(page)
    with page.expect_download() as info:
        page.locator("a.download", has_text="CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text("utf-8"))))
    assert len(rows) == matching >= 5 and {r["quad_code"] for r in rows} == {"1"}
    with page.expect_download() as info:
        page.locator("a.download", has_text="PLOVER").click()
    lines = Path(info.value.path()).read_text("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [r["id"] for r in rows]


def test_the_actors_lead_to_an_actor_page_with_its_counterparts(page: Page,
                                                                base_url: str) -> None:
    page.goto(base_url)
    page.click("header >> text=Actors")
    page.fill("input[name=name]", "nga")  # Russia, by the word the articles use: 'Nga'
    page.click("button[type=submit]")
    page.wait_for_url("**name=nga**")
    page.locator("tr.actor[data-code='RUS'] a").first.click()
    page.wait_for_url("**/actor/RUS")
    assert page.locator("h1").inner_text() == "RUS"
    assert page.locator("svg.chart rect").count() > 0
    usa = page.locator("tr.counterpart[data-code='USA']")
    together = int(usa.get_attribute("data-events") or 0)
    assert together >= 10
    usa.locator("a.pair").click()
    page.wait_for_url("**dyad=RUS%2CUSA**")
    assert _count(page) >= together


def test_a_story_page_lists_its_mentions_and_leads_to_their_evidence(page: Page,
                                                                     base_url: str) -> None:
    page.goto(f"{base_url}/?all=1&sort=reported")
    page.locator("li.entry .kind a").first.click()
    rows = page.locator("table.mentions tbody tr")
    rows.first.wait_for()
    assert rows.count() >= 2
    assert page.locator("dd", has_text="mentions").inner_text() == f"{rows.count()} mentions"
    cells = rows.nth(1).locator("td").all_inner_texts()
    assert cells[1] and cells[3] and cells[6]  # source, its event date, the sentence
    rows.nth(1).locator("td:nth-child(2) a").first.click()
    assert page.url.endswith("#report-1")
    assert page.locator("#report-1 mark.evidence").first.is_visible()


def test_the_chart_labels_its_axes_and_says_what_it_cannot_draw(page: Page,
                                                                base_url: str) -> None:
    page.goto(f"{base_url}/chart?all=1")
    assert page.locator("svg.chart text.y-label").count() >= 3
    assert page.locator("svg.chart text.x-label").count() >= 3
    note = page.locator("p.undated")
    assert note.is_visible() and "without a known month are not drawn" in note.inner_text()
    width = page.locator("svg.chart").evaluate("s => s.getBoundingClientRect().width")
    assert width <= 1280  # the window's width: no chart wider than the page, whatever the range
    everything = page.locator("svg.chart rect").count()
    page.select_option("#quad", "2")
    page.click("button[type=submit]")
    page.wait_for_url("**quad=2**")
    assert 0 < page.locator("svg.chart rect").count() < everything
