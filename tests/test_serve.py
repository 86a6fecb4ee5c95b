"""The fact store in Datasette, end to end: a store built from the shipped corpus, Datasette started the way
`vnie serve` starts it (on 127.0.0.1, a free port), its JSON API, and a real headless Chromium typing a search
without diacritics into the search form.

Needs `datasette` and `playwright` (Python) and Debian's Chromium (`.ci/setup-chromium.sh`). In CI (`CI` set) a
missing one fails the tests; elsewhere they are skipped.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from pipeline.db import DB_NAME, serve
from pipeline.db.schema import columns
from pipeline.run.runner import run
from pipeline.settings import Settings

CHROMIUM = os.environ.get("VNIE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOST = "127.0.0.1"
NAME = "Nguyễn Văn Hòa"
TITLE = "Phó Chủ tịch UBND tỉnh Hậu giang"
# No proxy, even if the environment names one: every request goes to 127.0.0.1.
HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def require(ok: bool, message: str) -> None:
    """Fail in CI, skip elsewhere, when something the tests need is missing."""
    if ok:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI must have it: run .ci/setup-chromium.sh and install the serve extras)")
    pytest.skip(message)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def get(base: str, path: str, **params) -> bytes:
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    with HTTP.open(url, timeout=30) as response:
        return response.read()


def get_json(base: str, path: str, **params):
    return json.loads(get(base, path, **params))


@pytest.fixture(scope="module")
def store(tmp_path_factory, monkeypatch_session_cwd) -> Path:
    """A fact store of the shipped corpus and the test articles."""
    out = tmp_path_factory.mktemp("serve-store")
    run(["corpus", "tests/data/articles"], out, Settings(progress=False))
    return out / DB_NAME


@pytest.fixture(scope="module")
def server(store, tmp_path_factory):
    """Datasette serving the store on 127.0.0.1; yields its base URL and is stopped at the end."""
    require(importlib.util.find_spec("datasette") is not None, f"datasette is not installed ({serve.REQUIREMENT})")
    folder = tmp_path_factory.mktemp("serve-config")
    metadata_path, plugins_dir = serve.write_config(store, folder)
    port = free_port()
    argv = serve.command(store, HOST, port, metadata_path, plugins_dir)
    log = (folder / "datasette.log").open("wb")
    process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(f"datasette exited with {process.returncode}:\n{(folder / 'datasette.log').read_text()}")
            try:
                get(base, "/-/versions.json")
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"datasette did not answer in 30 s:\n{(folder / 'datasette.log').read_text()}")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_command_binds_loopback_only(store, tmp_path):
    argv = serve.command(store, metadata_path=tmp_path / "metadata.json")
    assert argv[argv.index("--host") + 1] == "127.0.0.1"
    assert "0.0.0.0" not in argv
    assert argv[argv.index("--plugins-dir") + 1] == str(tmp_path / "plugins")


def test_officials_table(server):
    rows = get_json(server, "/vnie/officials.json", _shape="array", _size="max")
    assert {"name": NAME, "title": TITLE} in [{"name": r["name"], "title": r["title"]} for r in rows]


def test_search_query_without_diacritics(server):
    rows = get_json(server, "/vnie/search.json", _shape="array", q="nguyen van hoa")
    first = rows[0]
    assert first["kind"] == "official"
    assert first["summary"] == f"{NAME} · {TITLE}"
    assert f"«{NAME}»" in first["sentence"]
    assert first["title"].startswith("Hậu Giang kỳ vọng")
    assert {"published", "site", "url", "article_id", "ref"} <= set(first)
    assert get_json(server, "/vnie/search.json", _shape="array", q="") == []


def test_table_search_box(server):
    for query in ("nguyen van hoa", NAME):
        rows = get_json(server, "/vnie/officials.json", _shape="array", _search=query)
        assert NAME in [r["name"] for r in rows], query
    titles = [r["title"] for r in get_json(server, "/vnie/articles.json", _shape="array", _search="dung quat")]
    assert any("Dung Quất" in t for t in titles)


def test_facets(server):
    data = get_json(server, "/vnie/figures.json", _facet="counted", _size="1")
    facets = data["facet_results"]
    assert {"unit", "figure_year", "province_2025", "per", "qualifier", "counted"} <= set(facets)
    units = {r["value"] for r in facets["unit"]["results"]}
    assert {"VND", "USD", "MW"} <= units
    officials = get_json(server, "/vnie/officials.json", _size="1")["facet_results"]
    assert {"province_2025", "province", "role"} <= set(officials)


def test_descriptions(server):
    meta = get_json(server, "/-/metadata.json")
    officials = meta["databases"]["vnie"]["tables"]["officials"]
    assert officials["columns"] == {name: text for name, _, text in columns("officials")}
    assert meta["databases"]["vnie"]["tables"]["fts_data"]["hidden"] is True
    page = get(server, "/vnie/officials").decode("utf-8")
    assert "Province of the post after the 2025 merger." in page
    assert 'name="_search"' in page
    assert "fts_data" not in get(server, "/vnie").decode("utf-8")


def test_canned_queries(server):
    params = {"who": {"organization": "ubnd tinh hau giang", "role": "", "year": ""}, "totals": {"unit": "MW"}}
    for name in serve.QUERIES:
        get_json(server, f"/vnie/{name}.json", _shape="array", **params.get(name, {}))
    holders = get_json(server, "/vnie/who.json", _shape="array", **params["who"])
    assert NAME in [r["name"] for r in holders]
    money = get_json(server, "/vnie/largest_amounts.json", _shape="array")
    assert money and {r["unit"] for r in money} <= {"VND", "USD"}
    for unit in ("VND", "USD"):
        values = [r["value"] for r in money if r["unit"] == unit]
        assert values == sorted(values, reverse=True)
    of_org = get_json(server, "/vnie/officials_of_organization.json", _shape="array", organization="ubnd tinh hau giang")
    assert [r["name"] for r in of_org] == [NAME]
    by_province = get_json(server, "/vnie/figures_by_province_year.json", _shape="array", unit="MW")
    assert by_province and all(r["unit"] == "MW" and r["figures"] >= 1 for r in by_province)
    months = get_json(server, "/vnie/events_by_month.json", _shape="array")
    assert months and all(r["events"] >= 1 for r in months)


def test_fact_links_to_its_article(server):
    rows = get_json(server, "/vnie/search.json", _shape="array", q="nguyen van hoa")
    article_id, ref = rows[0]["article_id"], rows[0]["ref"]
    page = get(server, "/vnie/officials/" + ref.replace(":", "~3A")).decode("utf-8")
    assert f'href="/vnie/articles/{article_id}"' in page
    results = get(server, "/vnie/search", q="nguyen van hoa").decode("utf-8")
    assert f"<mark>{NAME}</mark>" in results


def test_browser_search_form(server, tmp_path):
    require(os.access(CHROMIUM, os.X_OK), f"no Chromium at {CHROMIUM}")
    require(importlib.util.find_spec("playwright") is not None, "playwright (Python) is not installed")
    from playwright.sync_api import sync_playwright

    outside: list[str] = []

    def loopback_only(route):
        if urllib.parse.urlsplit(route.request.url).hostname == HOST:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900}, locale="vi-VN")
        try:
            browser.set_default_timeout(15_000)
            page = browser.new_page()
            page.route("**/*", loopback_only)
            page.goto(f"{server}/vnie/search")
            page.fill("form.sql input[name=q]", "nguyen van hoa")
            with page.expect_navigation():
                page.click("form.sql input[type=submit]")
            page.wait_for_selector("table.rows-and-columns td.col-summary")
            screenshot = tmp_path / "serve-search.png"
            page.screenshot(path=str(screenshot), full_page=True)
            text = page.inner_text("body")
            assert "q=nguyen+van+hoa" in page.url
            assert NAME in text
            assert TITLE in text
            assert page.inner_text("table.rows-and-columns mark") == NAME
            assert screenshot.stat().st_size > 10_000

            with page.expect_navigation():
                page.click("table.rows-and-columns td.col-article_id a >> nth=0")
            assert "Hậu Giang kỳ vọng nâng cao chương trình hợp tác" in page.inner_text("body")

            page.goto(f"{server}/vnie/who")  # `vnie who` in the browser: the organisation typed without diacritics
            page.fill("form.sql input[name=organization]", "ubnd tinh hau giang")
            with page.expect_navigation():
                page.click("form.sql input[type=submit]")
            page.wait_for_selector("table.rows-and-columns td.col-name")
            assert page.inner_text("table.rows-and-columns td.col-name >> nth=0") == NAME
            assert "Phó Chủ tịch" in page.inner_text("table.rows-and-columns td.col-role >> nth=0")
        finally:
            browser.close()
    assert outside == []
