"""The catalogue of sources: the shipped file is complete (every entry says where its URL was found), a bad
catalogue is refused with its line, `vnie sources` lists it, and `vnie fetch --source NAME` fetches a
catalogued feed and sitemap, here of the fixture site on 127.0.0.1 (never the real sites)."""

from __future__ import annotations

import json
import re

import pytest

from pipeline.cli import main
from pipeline.errors import SettingsError
from pipeline.fetching.catalogue import COLUMNS, KINDS, load_catalogue, select, to_sources
from pipeline.fetching.store import CorpusStore
from tests.fixturesite import FixtureSite

HEADER = "\t".join(COLUMNS)
# repository:path[@commit] (a public repository's file) or a page's URL
FOUND_IN = re.compile(r"^(?:[\w.-]+/[\w.-]+:[^\s@]+(?:@[0-9a-f]{40})?(?:\s.*)?|https?://\S+.*)$")


def test_every_shipped_entry_says_where_its_url_was_found():
    entries = load_catalogue()
    assert len(entries) >= 20
    assert len({e.name for e in entries}) == len(entries)
    assert len({e.url for e in entries}) == len(entries), "one entry per URL"
    for entry in entries:
        assert FOUND_IN.match(entry.found_in), entry
        assert entry.kind in KINDS and entry.publisher and entry.section
    assert {"ministry_press", "government", "national_paper", "provincial_paper"} <= {e.kind for e in entries}
    assert {"feed", "sitemap"} <= {e.type for e in entries}


def _write(tmp_path, *rows: str):
    path = tmp_path / "catalogue.tsv"
    path.write_text("# a test catalogue\n" + HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


GOOD = "a-feed\tnational_paper\tBáo A\tKinh tế\tfeed\thttps://a.example/rss.xml\towner/repo:feeds.py\t"


@pytest.mark.parametrize("row, message", [
    ("b\tnational_paper\tB\tKinh tế\tfeed\thttps://b.example/rss.xml\t\t", "no found_in"),
    ("b\tnational_paper\tB\tKinh tế\tfeed\tftp://b.example/rss.xml\towner/repo:x.py\t", "not an http(s) URL"),
    ("b\tblog\tB\tKinh tế\tfeed\thttps://b.example/rss.xml\towner/repo:x.py\t", "unknown kind"),
    ("b\tnational_paper\tB\tKinh tế\tpodcast\thttps://b.example/rss.xml\towner/repo:x.py\t", "unknown type"),
    (GOOD, "repeated name a-feed"),
    ("b\tnational_paper\tB\tKinh tế\tfeed", "columns"),
])
def test_a_bad_catalogue_is_refused_with_its_line(tmp_path, row, message):
    path = _write(tmp_path, GOOD, row)
    with pytest.raises(SettingsError, match=re.escape(message)) as info:
        load_catalogue(path)
    assert f"{path}:4:" in str(info.value)


def test_sources_are_chosen_by_name_prefix_or_kind():
    entries = load_catalogue()
    assert [e.name for e in select(entries, ["congthuong"])] == ["congthuong-thi-truong", "congthuong-nang-luong",
                                                                 "congthuong-dia-phuong", "congthuong-sitemap"]
    assert [e.name for e in select(entries, ["vtv-kinh-te", "vtv"])] == ["vtv-kinh-te", "vtv-thi-truong"]
    assert {e.kind for e in select(entries, ["national_paper"])} == {"national_paper"}
    with pytest.raises(SettingsError, match="no source 'congthuongg'.*did you mean congthuong"):
        select(entries, ["congthuongg"])
    feeds, sitemaps, listings = to_sources(select(entries, ["congthuong"]))
    assert feeds == ["https://congthuong.vn/rss/thi-truong.rss", "https://congthuong.vn/rss/nang-luong.rss",
                     "https://congthuong.vn/rss/dia-phuong.rss"]
    assert sitemaps == ["https://congthuong.vn/sitemap.xml"] and not listings


def test_vnie_sources_lists_the_catalogue_with_provenance(capsys):
    assert main(["sources"]) == 0
    printed = capsys.readouterr().out
    for entry in load_catalogue():
        assert entry.url in printed and f"found in {entry.found_in}" in printed
    assert main(["sources", "baochinhphu", "--json"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["host"] == "baochinhphu.vn"
    assert main(["sources", "no-such-paper"]) == 1
    assert "no source 'no-such-paper'" in capsys.readouterr().err


def test_vnie_fetch_source_fetches_a_catalogued_feed_and_sitemap(tmp_path, capsys):
    with FixtureSite(hosts=2, crawl_delay=0.1) as site:
        catalogue = _write(
            tmp_path,
            f"fixture-rss\tnational_paper\tCông nghiệp và Đời sống\tTin tức\tfeed\t{site.url(0, '/rss.xml')}\t"
            "vnie/tests:tests/fixturesite/routes.py\tinvented test site",
            f"fixture-sitemap\tprovincial_doit\tĐồng Bằng Online\tTin tức\tsitemap\t{site.url(1, '/sitemap.xml')}\t"
            "vnie/tests:tests/fixturesite/routes.py\tinvented test site",
            f"other\tnational_paper\tOther\tTin tức\tfeed\t{site.url(0, '/atom.xml')}\tvnie/tests:x.py\t")
        store = tmp_path / "corpus"
        args = ["fetch", "--source", "fixture", "--catalogue", str(catalogue), "--store", str(store),
                "--delay", "0.1", "--quiet"]
        assert main(args) == 0
        printed = capsys.readouterr().out
        requested = {r.path for r in site.requests()}
        assert "/rss.xml" in requested and "/sitemap.xml" in requested
        assert "/atom.xml" not in requested, "only the sources asked for"
        assert "2 feeds/sitemaps/listings read" in printed
        with CorpusStore(store) as opened:
            pages = list(opened.documents())
        fetched = {d.url for d in pages}
        assert fetched and {site.url(1, p) for p in site.article_paths(1)} <= fetched
        assert main(["fetch", "--source", "nothing", "--catalogue", str(catalogue), "--store", str(store)]) == 1
        assert "no source 'nothing'" in capsys.readouterr().err
