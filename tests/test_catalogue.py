"""The catalogue of sources: the shipped file is complete (every entry says where its URL was found, every kind
is one the header, the code and the README document), a bad catalogue is refused with its line, `vnie sources`
lists it, and `vnie fetch --source NAME|KIND` fetches catalogued feeds, sitemaps and listing pages, here of the
fixture site on 127.0.0.1 (never the real sites)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.errors import SettingsError
from pipeline.fetching.catalogue import COLUMNS, KINDS, load_catalogue, select, to_sources
from pipeline.fetching.store import CorpusStore
from tests.fixturesite import FixtureSite
from tests.fixturesite.articles import ARTICLES

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "pipeline" / "fetching" / "catalogue.tsv"
HEADER = "\t".join(COLUMNS)
# the kinds issue 15 asked for beyond the papers: the ministry's portal, its agencies, provincial Departments
NEW_KINDS = ("ministry", "agency", "provincial_doit")
# repository:path[@commit] (a public repository's file) or a page's URL
FOUND_IN = re.compile(r"^(?:[\w.-]+/[\w.-]+:[^\s@]+(?:@[0-9a-f]{40})?(?:\s.*)?|https?://\S+.*)$")


def test_every_shipped_entry_says_where_its_url_was_found():
    entries = load_catalogue()
    assert len(entries) >= 38
    assert len({e.name for e in entries}) == len(entries)
    assert len({e.url for e in entries}) == len(entries), "one entry per URL"
    for entry in entries:
        assert FOUND_IN.match(entry.found_in), entry
        assert entry.kind in KINDS and entry.publisher and entry.section
    assert {"ministry_press", "government", "national_paper", "provincial_paper", *NEW_KINDS} <= {e.kind for e in entries}
    assert {"feed", "sitemap", "listing"} <= {e.type for e in entries}


def test_the_new_kinds_are_official_listings_each_with_its_own_provenance():
    entries = load_catalogue()
    for kind in NEW_KINDS:
        of_kind = [e for e in entries if e.kind == kind]
        assert of_kind, kind
        for entry in of_kind:
            assert entry.type == "listing" and entry.note, entry
            assert entry.host.endswith(".gov.vn") or entry.host == "moit.gov.vn", entry
            # a found_in names a file at a commit, or is the stored page itself: never a bare repository
            assert "@" in entry.found_in.split()[0] or entry.found_in.split()[0] == entry.url, entry
    # the ministry's own sites only: its portal and its subdomains (the power-sector transparency pages)
    assert {e.host for e in entries if e.kind == "ministry"} == {"moit.gov.vn", "minhbach.moit.gov.vn"}
    assert {"dms.gov.vn", "idea.gov.vn", "arit.gov.vn", "eav.gov.vn"} <= {e.host for e in entries if e.kind == "agency"}


def test_the_energy_agency_and_the_ministrys_power_pages_are_listed_with_the_file_they_came_from():
    """Issue 15's energy agency (Cục Điện lực, eav.gov.vn) and the ministry's power-sector pages: both copied from one
    public seed file, named with its commit, and listings (crawled), not articles."""
    by_name = {e.name: e for e in load_catalogue()}
    eav, power = by_name["eav-tin-tuc-su-kien"], by_name["moit-nganh-dien"]
    assert (eav.kind, eav.type, eav.host) == ("agency", "listing", "eav.gov.vn")
    assert (power.kind, power.type, power.host) == ("ministry", "listing", "minhbach.moit.gov.vn")
    seed = "lth91/luot247-vision:supabase/migrations/20260421022023_electricity_news_schema.sql@"
    assert eav.found_in.startswith(seed) and power.found_in.startswith(seed)
    assert "Cục Điện lực" in eav.found_in and "Cục Điện lực" in eav.publisher


def test_the_provincial_market_surveillance_listing_is_the_stored_page_itself():
    """A provincial market-surveillance department on the domestic-market agency's site: a page of its activity list,
    cited as the stored page whose own address it is, chosen with the agency by the `dms` prefix and crawled."""
    entries = load_catalogue()
    entry = {e.name: e for e in entries}["dms-binhdinh-hoat-dong"]
    assert (entry.kind, entry.type, entry.host) == ("agency", "listing", "binhdinh.dms.gov.vn")
    assert entry.found_in.split()[0] == entry.url and "cur=6" in entry.url
    chosen = select(entries, ["dms"])
    assert [e.name for e in chosen] == ["dms-tin-tuc-su-kien", "dms-chinh-sach", "dms-binhdinh-hoat-dong"]
    assert to_sources(chosen)[2][-1] == entry.url


def test_the_header_says_which_kinds_are_still_missing_and_selecting_one_says_so():
    """A kind the code knows but no entry has is named as not listed in the file's header, and asking for it is refused
    with a message rather than fetching nothing."""
    text = SHIPPED.read_text(encoding="utf-8")
    header = " ".join(line.lstrip("# ") for line in text.splitlines() if line.startswith("#"))
    entries = load_catalogue()
    empty = [kind for kind in KINDS if not any(e.kind == kind for e in entries)]
    assert empty == ["promotion_centre"]
    not_listed = header.split("still not listed", 1)[1]
    assert "industrial-promotion centres" in not_listed and "khuyencong.gov.vn" in not_listed
    for missing in ("other provinces' Departments", "trade-promotion", "competition and consumer-protection"):
        assert missing in not_listed, missing
    for kind in empty:
        with pytest.raises(SettingsError, match=f"no source of kind {kind} in the catalogue yet"):
            select(entries, [kind])


def _comment_kinds(text: str) -> list[str]:
    comment = " ".join(line.lstrip("# ") for line in text.splitlines() if line.startswith("#"))
    return re.findall(r"[a-z_]+", comment.split("kind:", 1)[1].split("type:", 1)[0])


def test_every_kind_is_the_documented_list():
    """The kinds the code accepts are the ones the catalogue's header and the README's sources section name."""
    assert _comment_kinds(SHIPPED.read_text(encoding="utf-8")) == list(KINDS)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Where the news is", 1)[1].split("\n### ", 1)[0]
    documented = section.split("kind (", 1)[1].split(")", 1)[0]
    assert re.findall(r"`([a-z_]+)`", documented) == list(KINDS)
    assert f"It now holds {len(load_catalogue())} entries" in " ".join(section.split())


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
    for kind in NEW_KINDS:
        chosen = select(entries, [kind])
        assert chosen and {e.kind for e in chosen} == {kind}
        assert to_sources(chosen) == ([], [], [e.url for e in chosen]), "listings are crawled"
    assert [e.name for e in select(entries, ["moit"])] == ["moit-hoat-dong", "moit-tin-tuc", "moit-nganh-dien"]
    assert [e.name for e in select(entries, ["eav"])] == ["eav-tin-tuc-su-kien"]
    with pytest.raises(SettingsError, match="no source of kind promotion_centre in the catalogue yet"):
        select(entries, ["promotion_centre"])
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


def test_vnie_fetch_source_kind_crawls_the_catalogued_listings(tmp_path, capsys):
    """Listing entries of the new kinds, chosen by kind, are crawled from their page over same-site links; an entry
    of a kind not asked for is never requested."""
    with FixtureSite(hosts=3, crawl_delay=0.1) as site:
        catalogue = _write(
            tmp_path,
            f"fixture-bo\tministry\tBộ Công Thương (thử)\tKhuyến công\tlisting\t{site.url(0, '/chuyen-muc/khuyen-cong.html')}\t"
            "vnie/tests:tests/fixturesite/routes.py\tinvented test site",
            f"fixture-so\tprovincial_doit\tSở Công Thương (thử)\tThương mại\tlisting\t"
            f"{site.url(1, '/chuyen-muc/thuong-mai.html')}\tvnie/tests:tests/fixturesite/routes.py\tinvented test site",
            f"fixture-trung-tam\tpromotion_centre\tTrung tâm Khuyến công (thử)\tNăng lượng\tlisting\t"
            f"{site.url(0, '/chuyen-muc/nang-luong.html')}\tvnie/tests:tests/fixturesite/routes.py\tinvented test site",
            f"fixture-cuc\tagency\tCục (thử)\tTin tức\tlisting\t{site.url(2, '/')}\tvnie/tests:x.py\t")
        store = tmp_path / "corpus"
        args = ["fetch", "--source", "ministry", "--source", "provincial_doit", "--source", "promotion_centre",
                "--catalogue", str(catalogue), "--store", str(store), "--delay", "0.1", "--max-pages", "40", "--quiet"]
        assert main(args) == 0
        capsys.readouterr()
        assert {"/chuyen-muc/khuyen-cong.html", "/chuyen-muc/nang-luong.html"} <= {r.path for r in site.requests(0)}
        assert "/chuyen-muc/thuong-mai.html" in {r.path for r in site.requests(1)}
        assert not site.requests(2), "the agency was not asked for"
        with CorpusStore(store) as opened:
            fetched = {d.url for d in opened.documents()}
        listed = [a.route for a in ARTICLES if a.host == 0 and a.kind == "article" and a.section in ("khuyen-cong", "nang-luong")]
        listed += [a.route for a in ARTICLES if a.host == 1 and a.kind == "article" and a.section == "thuong-mai"]
        assert listed and {site.url(0 if r in site.article_paths(0) else 1, r) for r in listed} <= fetched
        assert main(["fetch", "--source", "agency", "--catalogue", str(catalogue), "--store", str(tmp_path / "other"),
                     "--delay", "0.1", "--max-pages", "3", "--quiet"]) == 0
        assert "/" in {r.path for r in site.requests(2)}, "asked for now, the agency's listing is read"
        assert main(["fetch", "--source", "government", "--catalogue", str(catalogue), "--store", str(store)]) == 1
        assert "no source of kind government in the catalogue yet" in capsys.readouterr().err


def test_a_listing_whose_url_looks_like_an_article_is_crawled_not_stored_as_an_article(tmp_path):
    """A catalogued listing (or a `--crawl` start page) is a listing whatever its URL looks like: page 20 of a
    ministry's list, `/tin-tuc/danh-muc/hoat-dong-khuyen-cong-quoc-gia_10/?page=20`, is shaped like an article."""
    from pipeline.fetching.urls import looks_like_article

    with FixtureSite(hosts=1, crawl_delay=0.1) as site:
        start = next(a for a in ARTICLES if a.host == 0 and a.kind == "article" and looks_like_article(site.url(0, a.route)))
        catalogue = _write(tmp_path, f"fixture-trang\tministry\tBộ (thử)\tTin\tlisting\t{site.url(0, start.route)}\t"
                           "vnie/tests:tests/fixturesite/routes.py\tinvented test site")
        store = tmp_path / "corpus"
        assert main(["fetch", "--source", "fixture-trang", "--catalogue", str(catalogue), "--store", str(store),
                     "--delay", "0.1", "--max-pages", "6", "--quiet"]) == 0
        assert start.route in {r.path for r in site.requests(0)}
        with CorpusStore(store) as opened:
            fetched = {d.url for d in opened.documents()}
        assert site.url(0, start.route) not in fetched, "the start page is read for its links, not extracted"
        assert fetched, "the articles it links to are fetched"


def test_vnie_fetch_source_crawls_the_new_entries_by_name_and_by_kind(tmp_path, capsys):
    """The shipped energy-agency and ministry rows, moved onto the fixture site on 127.0.0.1 (same name, kind, publisher,
    section; only the URL changed): `--source agency` crawls the agency's listing and not the ministry's, `--source eav`
    (a name prefix) the same, and `--source ministry` then the ministry's."""
    shipped = {e.name: e for e in load_catalogue()}
    with FixtureSite(hosts=2, crawl_delay=0.1) as site:
        section = {0: "nang-luong", 1: "thuong-mai"}
        where = {"eav-tin-tuc-su-kien": site.url(1, f"/chuyen-muc/{section[1]}.html"),
                 "moit-nganh-dien": site.url(0, f"/chuyen-muc/{section[0]}.html")}
        rows = ["\t".join([name, e.kind, e.publisher, e.section, e.type, where[name], e.found_in, e.note])
                for name, e in shipped.items() if name in where]
        catalogue = _write(tmp_path, *rows)
        for n, (source, asked, left) in enumerate([("agency", 1, 0), ("eav", 1, 0), ("ministry", 0, 1)]):
            store = tmp_path / f"corpus-{n}"
            site.reset()
            assert main(["fetch", "--source", source, "--catalogue", str(catalogue), "--store", str(store),
                         "--delay", "0.1", "--max-pages", "12", "--quiet"]) == 0
            capsys.readouterr()
            assert f"/chuyen-muc/{section[asked]}.html" in {r.path for r in site.requests(asked)}, source
            assert not site.requests(left), f"{source}: the other entry was not asked for"
            with CorpusStore(store) as opened:
                fetched = {d.url for d in opened.documents()}
            listed = [a.route for a in ARTICLES if a.host == asked and a.kind == "article" and a.section == section[asked]]
            assert listed and {site.url(asked, r) for r in listed} <= fetched, source
