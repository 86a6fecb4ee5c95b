"""The fetching stage against a real fixture site on 127.0.0.1 (tests/fixturesite), several simulated hosts.

One polite fetch of the whole site is shared by most tests: what was fetched, skipped and why, retried,
how far apart the requests to one host were (from the server's own log), the records made from the
fetched pages (against the same pages read as files), and a re-run with conditional requests.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.fetching.crawl import fetch
from pipeline.fetching.policy import FetchPolicy
from pipeline.fetching.sources import Sources
from pipeline.fetching.store import CorpusStore
from pipeline.run.runner import run
from pipeline.settings import Settings
from tests.conftest import ROOT, read_jsonl
from tests.fixturesite import FixtureSite

PAGES = Path(__file__).resolve().parent / "fixturesite" / "pages"
CRAWL_DELAY = 0.3
SLOW = 2.5
POLICY = FetchPolicy(delay=0.1, concurrency=4, read_timeout=1.0, connect_timeout=2.0, max_attempts=3, backoff=0.2,
                     max_download=2_000_000, max_bytes=3_000_000)
ERROR_ROUTES = ["/missing.html", "/flaky.html", "/busy.html", "/slow.html", "/loop-a", "/bomb.html", "/report.pdf",
                "/image.png", "/private/noi-bo.html"]


@pytest.fixture(scope="module")
def site():
    with FixtureSite(hosts=2, crawl_delay=CRAWL_DELAY, slow_seconds=SLOW) as fixture:
        yield fixture


def _sources(site: FixtureSite) -> Sources:
    first_article = site.url(0, site.article_paths(0)[0])
    return Sources(
        urls=tuple(site.url(0, path) for path in ERROR_ROUTES) + (first_article + "?utm_source=zalo&utm_campaign=x",
                                                                   first_article + "#binh-luan"),
        feeds=(site.url(0, "/rss.xml"), site.url(0, "/atom.xml"), site.url(1, "/rss.xml")),
        sitemaps=(site.url(0, "/sitemap_index.xml"), site.url(1, "/sitemap.xml")),
    )


@pytest.fixture(scope="module")
def crawl(site, tmp_path_factory):
    """One fetch of the whole fixture site into a fresh store, then a run over what it fetched."""
    site.reset()
    folder = tmp_path_factory.mktemp("fetch")
    store = CorpusStore(folder / "corpus")
    warc = folder / "fetched.warc.gz"
    summary = fetch(_sources(site), store, POLICY, warc_out=warc)
    time.sleep(SLOW + 0.2)  # the site logs /slow.html when it answers, after the crawler has given up on it
    log = list(site.log)
    out = folder / "out"
    run_summary = run([], out, Settings(progress=False), documents=store.documents(summary.pages), fetch_errors=summary.errors)
    yield {"store": store, "summary": summary, "log": log, "out": out, "warc": warc, "run": run_summary, "folder": folder}
    store.close()


def _article_urls(site: FixtureSite) -> set[str]:
    return {site.url(i, path) for i in (0, 1) for path in site.article_paths(i)} - {site.url(0, "/private/noi-bo.html")}


def test_every_article_is_fetched_once_and_stored(site, crawl):
    rows = {row["url"]: row for row in crawl["store"].rows()}
    for url in _article_urls(site):
        assert rows[url]["status"] == "fetched", (url, rows[url]["reason"], rows[url]["detail"])
        assert crawl["store"].body(url)
    assert set(crawl["summary"].pages) >= _article_urls(site)
    for path in site.article_paths(0) + site.article_paths(1):
        gets = [r for r in crawl["log"] if r.path.split("?")[0] == path and r.method == "GET"]
        assert len(gets) == 1, (path, len(gets))


def test_skips_and_failures_have_their_reasons(site, crawl):
    rows = {row["url"]: row for row in crawl["store"].rows()}
    expect = {"/missing.html": ("failed", "http_404"), "/slow.html": ("failed", "timeout"),
              "/loop-a": ("failed", "redirect_loop"), "/bomb.html": ("skipped", "too_large"),
              "/report.pdf": ("skipped", "not_html"), "/image.png": ("skipped", "not_html"),
              "/private/noi-bo.html": ("skipped", "robots"), "/flaky.html": ("fetched", None),
              "/busy.html": ("fetched", None)}
    for path, (status, reason) in expect.items():
        row = rows[site.url(0, path)]
        assert (row["status"], row["reason"]) == (status, reason), (path, row["detail"])
    summary = crawl["summary"]
    assert summary.failed["http_404"] == 1 and summary.failed["timeout"] == 1 and summary.failed["redirect_loop"] == 1
    assert summary.skipped["robots"] == 1 and summary.skipped["not_html"] == 2 and summary.skipped["too_large"] == 1
    assert summary.duplicates["same_url"] >= 2
    errors = {line["key"]: line for line in read_jsonl(crawl["out"] / "errors.jsonl")}
    assert errors[site.url(0, "/missing.html")]["reason"] == "http_404"
    assert errors[site.url(0, "/private/noi-bo.html")]["level"] == "rejected"


def _gets(log, host, path):
    return [r for r in log if r.host == host and r.path.split("?")[0] == path]


def test_retries_follow_backoff_and_retry_after(site, crawl):
    log = crawl["log"]
    flaky = _gets(log, 0, "/flaky.html")
    assert [r.status for r in flaky] == [500, 500, 200]
    busy = _gets(log, 0, "/busy.html")
    assert [r.status for r in busy] == [429, 200]
    assert busy[1].t - busy[0].t >= 1.0, "Retry-After: 1 was honoured"
    assert len(_gets(log, 0, "/slow.html")) == POLICY.max_attempts, "a timeout is retried up to the cap"
    assert len(_gets(log, 0, "/missing.html")) == 1, "a 404 is not retried"
    assert len(_gets(log, 0, "/private/noi-bo.html")) == 0, "robots.txt is obeyed"
    assert crawl["summary"].retries >= 2 + 1 + 2


def test_requests_to_one_host_keep_the_crawl_delay_and_hosts_run_at_once(site, crawl):
    log = crawl["log"]
    for host, least in ((0, CRAWL_DELAY), (1, POLICY.delay)):
        times = sorted(r.t for r in log if r.host == host)
        gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
        assert gaps and min(gaps) >= least - 0.01, (host, min(gaps))
    assert len([r for r in log if r.path == "/robots.txt" and r.host == 0]) == 1, "robots.txt is read once per host"
    first0, last0 = min(r.t for r in log if r.host == 0), max(r.t for r in log if r.host == 0)
    assert any(first0 < r.t < last0 for r in log if r.host == 1), "the second host is fetched while the first rests"
    assert all("vnie" in r.headers.get("User-Agent", "") for r in log)


def test_records_from_fetched_pages_match_the_same_pages_read_as_files(site, crawl, tmp_path):
    fetched = {r["source"]["url"]: r for r in read_jsonl(crawl["out"] / "records.jsonl")}
    store: CorpusStore = crawl["store"]
    compared = 0
    for url, record in sorted(fetched.items()):
        body = store.body(url)
        if "lying" in url or "cp1258" in url:
            continue  # those pages get their charset from the HTTP header, which a file does not have
        name = tmp_path / f"{compared}.html"
        name.write_bytes(body)
        out = tmp_path / f"out{compared}"
        run([str(name)], out, Settings(progress=False))
        (from_file,) = read_jsonl(out / "records.jsonl")
        for field in ("title", "published", "text", "officials", "figures", "events", "dates"):
            assert from_file[field] == record[field], (url, field)
        compared += 1
    assert compared >= 8


def test_charsets_from_headers_and_lying_headers_decode(site, crawl):
    records = {r["source"]["url"]: r for r in read_jsonl(crawl["out"] / "records.jsonl")}
    for path in ("/cp1258.html", "/lying.html"):
        text = records[site.url(0, path)]["text"]
        assert "Công Thương" in text or "công thương" in text.lower(), path
        assert "Ã" not in text and "\ufffd" not in text


def test_the_syndicated_copy_on_another_host_is_one_story(site, crawl):
    records = read_jsonl(crawl["out"] / "records.jsonl")
    copies = [r for r in records if r["story_id"] != r["id"]]
    assert crawl["run"].copies == len(copies) >= 1
    for copy in copies:
        original = next(r for r in records if r["id"] == copy["story_id"])
        assert original["source"]["url"].startswith(site.base(0)) != copy["source"]["url"].startswith(site.base(0))
        assert copy["id"] in original["duplicates"]
    assert len({r["story_id"] for r in records}) == len(records) - len(copies)


def test_no_boilerplate_names_from_related_news(site, crawl):
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    records = {r["source"]["url"]: r for r in read_jsonl(crawl["out"] / "records.jsonl")}
    checked = 0
    for path, gold in expected.items():
        for host in (0, 1):
            record = records.get(site.url(host, path))
            if record is None:
                continue
            names = {o["name"] for o in record["officials"]}
            for name in gold.get("boilerplate_names", []):
                assert name not in names and name not in record["text"], (path, name)
            checked += 1
    assert checked >= 10


def test_a_rerun_sends_conditional_requests_and_skips_unchanged_pages(site, crawl):
    site.reset()
    again = fetch(_sources(site), crawl["store"], POLICY)
    assert again.fetched == 0, "pages without validators came back unchanged: not modified either"
    assert again.not_modified >= len(_article_urls(site))
    conditional = [r for r in site.log if r.path.startswith("/tin-tuc/")]
    assert conditional and all("If-None-Match" in r.headers or "If-Modified-Since" in r.headers for r in conditional)
    assert all(r.status == 304 for r in conditional)
    counts = crawl["store"].counts()
    assert counts["fetched"] == len(crawl["store"].rows("fetched"))


def test_the_warc_written_reads_back_into_the_same_records(crawl, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    with crawl["warc"].open("rb") as fh:
        uris = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert len(uris) == len(set(uris)) >= 12
    out = tmp_path / "from-warc"
    run([str(crawl["warc"])], out, Settings(progress=False))
    fetched = {r["id"]: r for r in read_jsonl(crawl["out"] / "records.jsonl")}
    from_warc = {r["id"]: r for r in read_jsonl(out / "records.jsonl")}
    assert set(fetched) <= set(from_warc), "the WARC holds every fetched article (and the listing pages too)"
    for rid, same in fetched.items():
        record = from_warc[rid]
        assert (record["text"], record["officials"], record["figures"]) == (same["text"], same["officials"], same["figures"])
        assert record["source"]["fetched_at"][:16] == same["source"]["fetched_at"][:16]
    imported = CorpusStore(tmp_path / "imported")
    summary = fetch(Sources(warcs=(crawl["warc"],)), imported, POLICY)
    assert summary.fetched == len(uris) and summary.failed == {}
    again = fetch(Sources(warcs=(crawl["warc"],)), imported, POLICY)
    assert again.fetched == 0 and again.not_modified == len(uris)
    imported.close()


def test_since_and_until_filter_on_listed_dates(site, tmp_path):
    site.reset()
    with CorpusStore(tmp_path / "c") as store:
        everything = fetch(Sources(sitemaps=(site.url(0, "/sitemap_index.xml"),)), store, POLICY)
    dated = sorted(r["listed_date"] for r in CorpusStore(tmp_path / "c").rows() if r["listed_date"])
    assert len(dated) >= 6
    middle = dated[len(dated) // 2]
    with CorpusStore(tmp_path / "d") as store:
        later = fetch(Sources(sitemaps=(site.url(0, "/sitemap_index.xml"),)), store,
                      FetchPolicy(**{**POLICY.__dict__, "since": middle}))
        kept = {r["url"] for r in store.rows("fetched")}
        skipped = store.rows("skipped")
    assert later.skipped["outside_dates"] == len([d for d in dated if d < middle]) > 0
    assert all(r["listed_date"] >= middle for r in CorpusStore(tmp_path / "d").rows("fetched") if r["listed_date"])
    assert len(kept) + len([r for r in skipped if r["reason"] == "outside_dates"]) == everything.fetched


def test_discover_reads_the_sitemaps_named_in_robots_txt(site, tmp_path):
    site.reset()
    with CorpusStore(tmp_path / "c") as store:
        summary = fetch(Sources(urls=(site.base(0) + "/",), discover=True), store, POLICY)
        fetched = {r["url"] for r in store.rows("fetched")}
    assert {site.url(0, p) for p in site.article_paths(0) if not p.startswith("/private/")} <= fetched
    assert summary.listings >= 2  # the index and the gzipped news sitemap


def test_a_bounded_crawl_stays_on_the_site_and_within_its_budget(site, tmp_path):
    site.reset()
    with CorpusStore(tmp_path / "c") as store:
        summary = fetch(Sources(crawl=(site.base(0) + "/",)), store, FetchPolicy(**{**POLICY.__dict__, "max_pages": 10}))
        rows = store.rows()
    assert len(rows) <= 10
    assert all(r["url"].startswith(site.base(0)) for r in rows)
    assert not any(r.path.startswith("/private/") for r in site.log)
    articles = [r for r in rows if r["status"] == "fetched" and r["role"] == "article"]
    assert articles and summary.fetched >= len(articles)
    assert next(r for r in rows if r["url"] == site.base(0) + "/")["role"] == "listing"


def test_kill_9_then_rerun_completes_the_corpus_exactly(site, tmp_path):
    site.reset()
    store_dir = tmp_path / "store"
    args = [sys.executable, "-m", "pipeline", "fetch", "--quiet", "--store", str(store_dir), "--delay", "0.3",
            "--sitemap", site.url(0, "/sitemap_index.xml"), "--sitemap", site.url(1, "/sitemap.xml")]
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len([r for r in site.log if r.path.startswith("/tin-tuc/")]) < 4:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with CorpusStore(store_dir) as store:
        before = {r["url"]: r["content_hash"] for r in store.rows("fetched")}
    assert 0 < len(before) < len(_article_urls(site)), "the run was killed half way"
    site.reset()
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with CorpusStore(store_dir) as store:
        after = {r["url"]: r["content_hash"] for r in store.rows("fetched")}
        pages = store.db.execute("SELECT COUNT(*), COUNT(DISTINCT url) FROM pages").fetchone()
    assert set(after) >= _article_urls(site)
    assert all(after[u] == h for u, h in before.items()), "no page fetched before the kill was lost or changed"
    assert pages[0] == pages[1] == len(after)
    fresh = [r for r in site.log if r.status == 200 and site.url(r.host, r.path.split("?")[0]) in after]
    assert len(fresh) == len(after) - len(before), "the re-run fetched only what the killed run had not"
    assert "fetched" in done.stdout and "not modified" in done.stdout


def test_vnie_run_fetches_and_extracts_in_one_go(site, tmp_path, capsys):
    from pipeline.cli import main

    site.reset()
    listed = tmp_path / "urls.txt"
    paths = site.article_paths(1)
    listed.write_text("# two papers\n" + "\n".join(site.url(1, p) for p in paths) + "\n\n" + site.url(0, "/missing.html") + "\n",
                      encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", "--urls", str(listed), "--store", str(tmp_path / "corpus"), "-o", str(out), "--delay", "0.1", "--quiet"]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert f"fetched {len(paths)}, not modified 0" in printed and "failed 1 (http_404 1)" in printed
    assert f"read {len(paths)}, written {len(paths)}" in printed
    records = read_jsonl(out / "records.jsonl")
    assert {r["source"]["url"] for r in records} == {site.url(1, p) for p in paths}
    assert all(r["source"]["fetched_at"] for r in records)
    errors = read_jsonl(out / "errors.jsonl")
    assert [e["reason"] for e in errors] == ["http_404"]
    assert main(args) == 0, "a re-run"
    assert f"fetched 0, not modified {len(paths)}" in capsys.readouterr().out
    assert sorted(r["id"] for r in read_jsonl(out / "records.jsonl")) == sorted(r["id"] for r in records), "nothing duplicated"
    assert main(["run", str(tmp_path / "corpus"), "-o", str(tmp_path / "offline"), "--quiet"]) == 0
    assert len(read_jsonl(tmp_path / "offline" / "records.jsonl")) == len(paths), "the store re-extracts offline"


@pytest.mark.parametrize("args, message", [
    (["fetch"], "nothing to fetch"),
    (["fetch", "ftp://example.vn/a.html"], "only http and https"),
    (["fetch", "--since", "2024-05-01", "--until", "2024-04-01", "http://127.0.0.1:9/a.html"], "is after --until"),
    (["fetch", "--urls", "/no/such/file.txt"], "cannot read URL file"),
    (["fetch", "README.md"], "not a URL or a WARC file"),
])
def test_fetch_argument_errors_are_one_line(args, message, capsys, monkeypatch_session_cwd):
    from pipeline.cli import main

    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("vnie: error:") and message in err and "\n" not in err


def test_a_bad_date_is_refused_by_the_parser(capsys):
    from pipeline.cli import main

    with pytest.raises(SystemExit):
        main(["fetch", "--since", "2024-13-01", "http://127.0.0.1:9/a.html"])
    assert "not a date" in capsys.readouterr().err


def _fixture_scores(site, records: dict) -> dict[str, float]:
    """Officials (by name) and figures (by the text as written) of the fetched pages of the first paper,
    scored against the fixture site's annotations (`pages/expected.json`)."""
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    gold_people = found_people = hit_people = role_hits = 0
    gold_figures = hit_figures = extra_figures = 0
    for path, gold in expected.items():
        record = records.get(site.url(0, path))
        if record is None or gold.get("kind") != "article":
            continue
        by_name = {o["name"]: o for o in record["officials"]}
        wanted = {o["name"]: o["role"] for o in gold.get("officials", [])}
        gold_people += len(wanted)
        found_people += len(by_name)
        for name, title in wanted.items():
            if name in by_name:
                hit_people += 1
                role_hits += title in (by_name[name]["title"], by_name[name]["role"])
        texts = {f["text"] for f in record["figures"]}
        want_figures = set(gold.get("figures", []))
        gold_figures += len(want_figures)
        hit_figures += sum(any(w in t or t in w for t in texts) for w in want_figures)
        extra_figures += 0 if want_figures else len(texts)
    return {
        "official_recall": hit_people / gold_people,
        "official_precision": hit_people / found_people if found_people else 1.0,
        "official_titles": role_hits / max(hit_people, 1),
        "figure_recall": hit_figures / gold_figures,
    }


# What the extractors reach on the fixture pages (2026-11-30); raise them as the rules improve.
FIXTURE_FLOORS = {"official_recall": 0.94, "official_precision": 0.99, "official_titles": 0.95, "figure_recall": 0.99}


def test_fetched_records_score_against_the_fixture_annotations(site, crawl):
    records = {r["source"]["url"]: r for r in read_jsonl(crawl["out"] / "records.jsonl")}
    scores = _fixture_scores(site, records)
    for measure, floor in FIXTURE_FLOORS.items():
        assert scores[measure] >= floor, (measure, scores)
    print(scores)
