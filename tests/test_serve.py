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


def chromium(pw, tmp_path: Path):
    """Debian's Chromium, headless, in a fresh profile under tmp_path, at 1280×900 with a Vietnamese locale."""
    return pw.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS,
        viewport={"width": 1280, "height": 900}, locale="vi-VN")


def only(allowed, outside: list[str]):
    """A Playwright route handler: a request whose URL `allowed` accepts goes through; any other is aborted
    and its URL noted in `outside` (so a test can assert the page asked nothing of the outside world)."""
    def handle(route):
        if allowed(route.request.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()
    return handle


def loopback(url: str) -> bool:
    return urllib.parse.urlsplit(url).hostname == HOST


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

    with sync_playwright() as pw:
        browser = chromium(pw, tmp_path)
        try:
            browser.set_default_timeout(15_000)
            page = browser.new_page()
            page.route("**/*", only(loopback, outside))
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


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_writes_are_refused_cleanly(server, method):
    import urllib.error

    for path in ("/vnie/search", "/vnie/officials", "/-/permissions", "/vnie/-/query"):
        request = urllib.request.Request(server + path, data=b"sql=delete+from+articles&q=x", method=method,
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            HTTP.open(request, timeout=30)
        assert refused.value.code == 405, (path, refused.value.code)
        assert b"read-only" in refused.value.read()
    assert json.loads(get(server, "/vnie/articles.json", _shape="array", _size="1")), "GET still works"


def test_sigterm_stops_datasette_and_removes_its_folder(store, tmp_path):
    import signal
    import sys

    require(importlib.util.find_spec("datasette") is not None, f"datasette is not installed ({serve.REQUIREMENT})")
    port = free_port()
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp)}
    log = (tmp_path / "serve.log").open("wb")
    vnie = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", str(store), "--port", str(port)],
                            env=env, stdout=log, stderr=subprocess.STDOUT, cwd=Path(__file__).resolve().parent.parent)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                get(f"http://{HOST}:{port}", "/-/versions.json")
                break
            except OSError:
                assert vnie.poll() is None, (tmp_path / "serve.log").read_text()
                assert time.monotonic() < deadline, "vnie serve did not answer in 30 s"
                time.sleep(0.2)
        assert [p.name for p in temp.iterdir() if p.name.startswith("vnie-serve-")], "the config folder is in TMPDIR"
        vnie.send_signal(signal.SIGTERM)
        assert vnie.wait(timeout=20) != 0
        deadline = time.monotonic() + 10
        while True:  # the port is free again: nothing serves it any more
            with socket.socket() as probe:
                if probe.connect_ex((HOST, port)) != 0:
                    break
            assert time.monotonic() < deadline, "Datasette still serves the port after SIGTERM to vnie serve"
            time.sleep(0.2)
        assert not [p for p in temp.iterdir() if p.name.startswith("vnie-serve-")], "the temporary folder is left"
    finally:
        if vnie.poll() is None:
            vnie.kill()
            vnie.wait()
        log.close()


def test_kill_9_of_vnie_serve_takes_datasette_with_it(store, tmp_path):
    import signal
    import sys

    require(importlib.util.find_spec("datasette") is not None, f"datasette is not installed ({serve.REQUIREMENT})")
    port = free_port()
    vnie = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", str(store), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=Path(__file__).resolve().parent.parent)
    deadline = time.monotonic() + 30
    while True:
        try:
            get(f"http://{HOST}:{port}", "/-/versions.json")
            break
        except OSError:
            assert time.monotonic() < deadline
            time.sleep(0.2)
    os.kill(vnie.pid, signal.SIGKILL)
    vnie.wait()
    deadline = time.monotonic() + 10
    while True:
        with socket.socket() as probe:
            if probe.connect_ex((HOST, port)) != 0:
                break
        assert time.monotonic() < deadline, "Datasette outlived a killed vnie serve"
        time.sleep(0.2)


def test_what_a_person_sees(server, tmp_path):
    """Screenshots of the home page, a table with facets and the search page, and what they show."""
    require(os.access(CHROMIUM, os.X_OK), f"no Chromium at {CHROMIUM}")
    require(importlib.util.find_spec("playwright") is not None, "playwright (Python) is not installed")
    from playwright.sync_api import sync_playwright

    shots = Path(os.environ.get("VNIE_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = chromium(pw, tmp_path)
        try:
            browser.set_default_timeout(15_000)
            page = browser.new_page()
            page.route("**/*", only(loopback, []))

            page.goto(f"{server}/")  # the home page: the tables people look at first, none behind "..."
            page.screenshot(path=str(shots / "home.png"), full_page=True)
            listed = page.locator("ul.vnie-tables li strong").all_inner_texts()
            assert listed[:5] == ["articles", "officials", "people", "figures", "events"]
            assert set(listed) == set(serve.ORDER)
            assert "..." not in page.inner_text("body")

            page.goto(f"{server}/vnie/figures?unit=VND")  # a table with facets
            page.screenshot(path=str(shots / "figures.png"))
            assert page.locator(".facet-info").first.bounding_box()["y"] < 900, "facets on the first screen"
            assert page.locator("table.rows-and-columns").bounding_box()["y"] < 900, "rows on the first screen"
            assert not page.locator("dl.column-descriptions").is_visible(), "descriptions folded"
            page.click("details.vnie-columns summary")
            assert page.locator("dl.column-descriptions").is_visible()
            values = page.locator("table.rows-and-columns td.col-value").all_inner_texts()
            assert values and all(v.endswith("đồng") for v in values), values[:3]
            assert not any("e+" in v or v.endswith(".0") for v in values)
            qualifiers = set(page.locator("table.rows-and-columns td.col-qualifier").all_inner_texts()) - {"", "\xa0"}
            assert qualifiers and not qualifiers & {"more_than", "about", "nearly", "estimated", "up_to"}
            labels = page.locator("table.rows-and-columns td.col-article_id a").all_inner_texts()
            assert labels and not any(label.startswith("None") for label in labels)

            page.goto(f"{server}/vnie/search?q=nguyen+van+hoa")  # the search page
            page.wait_for_selector("table.rows-and-columns td.col-summary")
            page.screenshot(path=str(shots / "search.png"))
            assert page.title().startswith("Search facts and articles")
            assert "select" not in page.title().lower()
            assert NAME in page.inner_text("table.rows-and-columns")
            for name, query in serve.QUERIES.items():
                page.goto(f"{server}/vnie/{name}")
                assert page.title().startswith(query["title"]), name
        finally:
            browser.close()
    for name in ("home.png", "figures.png", "search.png"):
        assert (shots / name).stat().st_size > 10_000


CODES = {"more_than", "about", "nearly", "under", "at_most", "at_least", "estimated", "up_to"}


def test_qualifier_facet_and_filter_read_in_vietnamese(server, tmp_path):
    """In Chromium: the qualifier facet lists hơn, khoảng, ...; picking one filters by the stored code and
    the page says the word, not the code."""
    facet = get_json(server, "/vnie/figures.json", _size="1")["facet_results"]["qualifier"]
    assert {r["label"] for r in facet["results"]} >= {"hơn", "khoảng"} and not {r["label"] for r in facet["results"]} & CODES
    assert {r["value"] for r in facet["results"]} >= {"more_than", "about"}, "the JSON keeps the codes as values"
    require(os.access(CHROMIUM, os.X_OK), f"no Chromium at {CHROMIUM}")
    require(importlib.util.find_spec("playwright") is not None, "playwright (Python) is not installed")
    from playwright.sync_api import sync_playwright

    shots = Path(os.environ.get("VNIE_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = chromium(pw, tmp_path)
        try:
            browser.set_default_timeout(15_000)
            page = browser.new_page()
            page.route("**/*", only(loopback, []))
            page.goto(f"{server}/vnie/figures")
            items = page.locator("#facet-qualifier li a").all_inner_texts()
            assert "hơn" in items and "khoảng" in items, items
            assert not set(items) & CODES
            page.click("#facet-qualifier li a:text-is('hơn')")
            page.wait_for_url("**qualifier=more_than**")
            page.screenshot(path=str(shots / "figures-qualifier.png"))
            heading = page.inner_text("h3")
            assert 'qualifier = "hơn"' in heading and "more_than" not in heading, heading
            assert "more_than" not in page.title() and "hơn" in page.title()
            assert page.inner_text("#facet-qualifier .facet-info-name strong").split() == ["qualifier", "1"]
            assert "hơn" in page.inner_text("#facet-qualifier")
            assert page.locator(".filter-row .vnie-label").first.inner_text().strip() == "hơn"
            cells = set(page.locator("table.rows-and-columns td.col-qualifier").all_inner_texts())
            assert cells == {"hơn"}, "the filter keeps the rows of the stored code, shown in Vietnamese"
        finally:
            browser.close()
    assert (shots / "figures-qualifier.png").stat().st_size > 10_000


def test_an_untitled_article_is_labelled_by_its_first_line(tmp_path):
    """Datasette in-process over a store whose article has no title: cells name it by its first line."""
    import asyncio

    from datasette.app import Datasette

    from pipeline import process_text
    from pipeline.db.sync import sync_lines

    text = ("Sở Công Thương tỉnh Nghệ An tổng kết khuyến công\n\n"
            "Năm 2024, tỉnh hỗ trợ hơn 560 tỷ đồng cho các cơ sở công nghiệp nông thôn, với nhà máy 1.200 MW.")
    record = process_text(text, source="untitled-1").model_copy(update={"title": None})  # as a JSON Lines corpus can give
    assert record.figures
    db_path = tmp_path / "vnie.db"
    sync_lines(db_path, [record.to_json()])
    metadata_path, plugins_dir = serve.write_config(db_path, tmp_path / "config")
    datasette = Datasette([str(db_path)], metadata=json.loads(metadata_path.read_text(encoding="utf-8")),
                          plugins_dir=str(plugins_dir))

    async def page(path: str) -> str:
        response = await datasette.client.get(path)
        assert response.status_code == 200, path
        return response.text

    figures = asyncio.run(page("/vnie/figures"))
    assert ">Sở Công Thương tỉnh Nghệ An tổng kết khuyến công</a>" in figures and ">None<" not in figures
    assert "560 tỷ đồng" in figures and "1.200 MW" in figures and ">560000000000.0<" not in figures
    assert ">hơn<" in figures  # the qualifier in Vietnamese
    articles = asyncio.run(page("/vnie/articles"))
    assert "<em>Sở Công Thương tỉnh Nghệ An tổng kết khuyến công</em>" in articles
