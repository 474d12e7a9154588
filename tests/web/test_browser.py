"""The pages in headless Chromium (Debian's chromium + chromium-driver, via Selenium).

Each test checks what a person sees and saves a screenshot to tests/web/screenshots/ (ignored
by git). `.ci/run` installs the browser; without it these tests are skipped.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from tests.web.conftest import SCREENSHOTS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium/chromedriver not installed"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1440,1000", "--lang=de-DE"):  # fmt: skip
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def shoot(browser, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    # the whole page, not just the window: grow the window to the document's height
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1440, min(max(1000, height), 4000))
    browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    browser.set_window_size(1440, 1000)


def css(browser, selector: str) -> list:
    from selenium.webdriver.common.by import By

    return browser.find_elements(By.CSS_SELECTOR, selector)


def no_server_error(browser) -> None:
    assert browser.title and not browser.title.startswith("5"), browser.title


@pytest.mark.parametrize(
    ("path", "name", "must_see"),
    [
        ("/", "search", "table.results tbody tr td.date"),
        ("/?q=Nato", "search-nato", "div.snippet mark"),
        ("/articles/putin-in-peking", "article", "article.text span.quote"),
        ("/actors", "actors", "#actors-list tbody tr a"),
        ("/actors/RUS", "actor", "#timeline-chart svg rect.bar"),
        ("/events", "events", "#events-table tbody tr td .quad"),
        ("/network", "network", "#network-chart svg path.edge"),
        ("/report", "report", "section.panel table.grid tbody tr"),
        ("/failures", "failures", "#failures-table tbody tr td code"),
        ("/docs", "api-docs", "#swagger-ui .opblock"),
    ],
)
def test_every_page_shows_the_stores_data(browser, live_server, path, name, must_see):
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(live_server + path)
    WebDriverWait(browser, 15).until(ec.presence_of_element_located(("css selector", must_see)))
    no_server_error(browser)
    assert css(browser, must_see)[0].is_displayed()
    shoot(browser, name)


def test_search_to_article_to_actor_to_dyad(browser, live_server):
    from selenium.webdriver.common.by import By

    # search: type words, submit, see the hit with its snippet
    browser.get(live_server + "/")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("Osterweiterung")
    box.submit()
    titles = css(browser, "a.title")
    assert [t.text for t in titles] == ["Putin in Peking"]
    assert "Osterweiterung" in css(browser, "div.snippet mark")[0].text
    assert "q=Osterweiterung" in browser.current_url and "from=" not in browser.current_url

    # article: entities, quotes, speakers and event triggers are marked in the text
    titles[0].click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Putin in Peking"
    text = browser.find_element(By.ID, "article-text")
    persons = [e.text for e in text.find_elements(By.CSS_SELECTOR, "span.ent-PER")]
    assert any("Putin" in p for p in persons)
    assert text.find_elements(By.CSS_SELECTOR, "span.quote")
    assert text.find_elements(By.CSS_SELECTOR, "span.trigger")
    assert text.find_elements(By.CSS_SELECTOR, "sup.evtag")
    assert len(css(browser, "#events-table tbody tr")) >= 1
    shoot(browser, "flow-1-article")

    # a mark links to its actor
    link = next(a for a in text.find_elements(By.TAG_NAME, "a") if "Putin" in a.text)
    link.click()
    assert "Putin" in browser.find_element(By.TAG_NAME, "h1").text
    assert css(browser, "#timeline-chart svg rect.bar")
    shoot(browser, "flow-2-actor")

    # the actor's counterparts lead to a dyad with its timeline and evidence
    dyads = css(browser, "#counterparts-table a.dyadlink")
    assert dyads, "the actor has counterparts in events"
    dyads[0].click()
    assert "→" in browser.find_element(By.TAG_NAME, "h1").text
    assert css(browser, "#score-chart svg circle.dot")
    assert css(browser, "#dyad-timeline blockquote.evidence-text")[0].text
    shoot(browser, "flow-3-dyad")


def test_events_table_sorts_pages_and_downloads_with_the_same_filters(browser, live_server):
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/events?actor=RUS")
    rows = css(browser, "#events-table tbody tr")
    assert rows and all("RUS" in r.text for r in rows)
    csv_link = browser.find_element(By.ID, "download-csv").get_attribute("href")
    json_link = browser.find_element(By.ID, "download-json").get_attribute("href")
    assert "actor=RUS" in csv_link and "format=csv" in csv_link
    assert "actor=RUS" in json_link and "format=json" in json_link
    header = next(a for a in css(browser, "#events-table th a") if "score" in a.text.lower())
    header.click()
    assert "sort=score" in browser.current_url and "actor=RUS" in browser.current_url
    scores = [float(s.text) for s in css(browser, "#events-table tbody span.score")]
    assert scores == sorted(scores)
    header = next(a for a in css(browser, "#events-table th a") if "score" in a.text.lower())
    assert "▲" in header.text
    header.click()
    scores = [float(s.text) for s in css(browser, "#events-table tbody span.score")]
    assert scores == sorted(scores, reverse=True)


def test_an_actor_id_with_a_colon_opens(browser, live_server, web_db):
    import sqlite3

    with sqlite3.connect(web_db) as conn:
        (actor_id,) = conn.execute(
            "SELECT id FROM actors WHERE id LIKE 'text:%' LIMIT 1"
        ).fetchone()
    browser.get(f"{live_server}/actors/{quote(actor_id, safe='')}")
    no_server_error(browser)
    assert css(browser, "h1")[0].text


def test_events_table_pages_keep_the_filters(browser, live_server):
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/events?sort=score")
    first = [r.text for r in css(browser, "#events-table tbody tr")]
    assert "page 1 of" in browser.find_element(By.CSS_SELECTOR, "div.pager").text
    browser.find_element(By.CSS_SELECTOR, "div.pager a[rel=next]").click()
    assert "page=2" in browser.current_url and "sort=score" in browser.current_url
    second = [r.text for r in css(browser, "#events-table tbody tr")]
    assert second and second != first
    assert "page 2 of" in browser.find_element(By.CSS_SELECTOR, "div.pager").text
    shoot(browser, "events-page-2")
