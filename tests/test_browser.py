"""The web UI in headless Chromium (Debian's ``chromium``, driven by Playwright):
timeline, type filter, an event's highlighted evidence, injected markup kept inert, and
the map's places leading to their timeline."""

from __future__ import annotations

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
