"""Canonical URLs, bounded decompression, and stories of duplicate and near-duplicate articles."""

from __future__ import annotations

import gzip
import json
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.errors import Skip
from pipeline.fetching.client import Inflater, inflate_file, retry_after
from pipeline.fetching.sources import in_window, iso_date, parse_feed, parse_sitemap
from pipeline.fetching.urls import canonical, looks_like_article, looks_like_listing
from pipeline.run.dedup import assign_stories, minhash, similarity, stories

BASE = "http://127.0.0.1:8000"


@pytest.mark.parametrize("a, b", [
    (f"{BASE}/tin-tuc/a-b-c-d.html?utm_source=facebook&utm_medium=social", f"{BASE}/tin-tuc/a-b-c-d.html"),
    (f"{BASE}/tin-tuc/a-b-c-d.html#binh-luan", f"{BASE}/tin-tuc/a-b-c-d.html"),
    ("HTTP://Baocongthuong.VN:80/tin-tuc/x-y-z-w.html", "http://baocongthuong.vn/tin-tuc/x-y-z-w.html"),
    ("https://baocongthuong.vn/chuyen-muc/khuyen-cong/", "https://baocongthuong.vn/chuyen-muc/khuyen-cong"),
    ("https://a.vn/xem.php?id=5&fbclid=abc&b=2", "https://a.vn/xem.php?b=2&id=5"),
])
def test_the_same_page_under_two_urls_has_one_canonical_form(a, b):
    assert canonical(a) == canonical(b)


def test_query_parameters_that_name_a_page_are_kept():
    assert canonical("https://a.vn/xem.php?id=5") != canonical("https://a.vn/xem.php?id=6")


@pytest.mark.parametrize("url", ["ftp://a.vn/x.html", "mailto:toa-soan@a.vn", "javascript:void(0)", "file:///etc/passwd"])
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(Skip):
        canonical(url)


def test_article_urls_are_told_from_sections():
    assert looks_like_article("https://a.vn/tin-tuc/so-cong-thuong-nghe-an-tong-ket.html")
    assert looks_like_article("https://a.vn/kinh-te/20240512083000123.htm")
    assert not looks_like_article("https://a.vn/chuyen-muc/khuyen-cong.html")
    assert not looks_like_article("https://a.vn/")
    for url in ("https://a.vn/", "https://a.vn/chuyen-muc/khuyen-cong.html", "https://a.vn/tag/dien-gio",
                "https://a.vn/kinh-te/page/2"):
        assert looks_like_listing(url), url
    assert not looks_like_listing("https://a.vn/tin-tuc/so-cong-thuong-nghe-an-tong-ket.html")


def test_a_gzip_bomb_stops_at_the_cap_without_inflating_it_all():
    bomb = zlib.compressobj(9, zlib.DEFLATED, 31)
    payload = bomb.compress(b"<p>" + b"a" * (50 * 1024 * 1024)) + bomb.flush()
    assert len(payload) < 200_000
    inflater = Inflater("gzip", 1_000_000)
    with pytest.raises(Skip) as caught:
        for i in range(0, len(payload), 16384):
            inflater.feed(payload[i:i + 16384])
    assert caught.value.reason == "too_large"
    assert inflater.size <= 1_000_001


def test_gzip_and_deflate_bodies_inflate():
    text = "Sở Công Thương tỉnh Nghệ An".encode() * 100
    for encoding, data in (("gzip", gzip.compress(text)), ("deflate", zlib.compress(text)),
                           ("deflate", zlib.compress(text)[2:-4]), ("", text)):
        inflater = Inflater(encoding, 10_000)
        inflater.feed(data)
        assert inflater.finish() == text
    assert inflate_file(gzip.compress(text), 10_000) == text
    assert inflate_file(text, 10_000) == text


def test_retry_after_reads_seconds_and_dates():
    assert retry_after("3") == 3.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after("soon") is None and retry_after(None) is None


def test_sitemaps_give_pages_with_dates_and_indexes_give_sitemaps():
    news = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>https://a.vn/tin-tuc/hoi-cho-cong-thuong-2024.html</loc>
  <news:news><news:publication><news:name>A</news:name><news:language>vi</news:language></news:publication>
  <news:publication_date>2024-05-12T08:30:00+07:00</news:publication_date><news:title>T</news:title></news:news></url>
 <url><loc>https://a.vn/tin-tuc/khanh-thanh-nha-may.html?utm_source=x</loc><lastmod>2023-01-02</lastmod></url>
</urlset>"""
    listing = parse_sitemap(news, "https://a.vn/sitemap.xml")
    assert listing.pages == [("https://a.vn/tin-tuc/hoi-cho-cong-thuong-2024.html", "2024-05-12"),
                             ("https://a.vn/tin-tuc/khanh-thanh-nha-may.html", "2023-01-02")]
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <sitemap><loc>/sitemap-news.xml.gz</loc><lastmod>2024-06-01</lastmod></sitemap></sitemapindex>"""
    assert parse_sitemap(index, "https://a.vn/sitemap.xml").sitemaps == [("https://a.vn/sitemap-news.xml.gz", "2024-06-01")]
    with pytest.raises(Skip):
        parse_sitemap(b"<html><body>not a sitemap</body></html>", "https://a.vn/")


def test_feeds_give_links_with_dates():
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>Khuyến công</title>
<item><title>Hội chợ</title><link>https://a.vn/tin-tuc/hoi-cho-cong-thuong-2024.html</link>
<pubDate>Sun, 12 May 2024 08:30:00 +0700</pubDate></item></channel></rss>""".encode()
    assert parse_feed(rss, "https://a.vn/rss.xml").pages == [("https://a.vn/tin-tuc/hoi-cho-cong-thuong-2024.html", "2024-05-12")]


def test_date_windows():
    assert iso_date("2024-05-12T23:30:00-05:00") == "2024-05-13"
    assert in_window(None, "2024-01-01", None)
    assert in_window("2024-01-01", "2024-01-01", "2024-01-01")
    assert not in_window("2023-12-31", "2024-01-01", None)
    assert not in_window("2025-01-01", None, "2024-12-31")


ARTICLE = (
    "Ngày 12/5, Sở Công Thương tỉnh Nghệ An tổ chức hội nghị tổng kết công tác khuyến công năm 2023. "
    "Năm qua, toàn tỉnh đã hỗ trợ 35 cơ sở công nghiệp nông thôn với tổng kinh phí hơn 4,5 tỷ đồng. "
    "Ông Nguyễn Văn Hùng, Giám đốc Sở Công Thương cho biết các đề án tập trung vào máy móc chế biến nông sản. "
    "Nhiều sản phẩm công nghiệp nông thôn tiêu biểu đã được bình chọn cấp khu vực và cấp quốc gia. "
    "Năm 2024, Trung tâm Khuyến công dự kiến triển khai 20 đề án với kinh phí khoảng 6 tỷ đồng. "
    "Các đại biểu đề nghị tăng cường liên kết giữa doanh nghiệp và hợp tác xã trong tiêu thụ sản phẩm."
)
OTHER = (
    "Chiều 3/9, tại Ninh Thuận, Tập đoàn Trung Nam khánh thành nhà máy điện mặt trời công suất 450 MW. "
    "Dự án có tổng vốn đầu tư khoảng 11.000 tỷ đồng, trải rộng trên diện tích 600 ha tại huyện Thuận Bắc. "
    "Phó Chủ tịch UBND tỉnh phát biểu chúc mừng và đề nghị chủ đầu tư bảo đảm an toàn vận hành lưới điện."
)


def test_a_repost_with_its_own_dateline_and_credit_is_the_same_story():
    repost = "(Báo Nghệ An) - " + ARTICLE.replace(" tổng kinh phí", " kinh phí").rsplit(". ", 1)[0] + ". Theo Báo Nghệ An."
    assert similarity(minhash(ARTICLE), minhash(repost)) >= 0.5
    assert similarity(minhash(ARTICLE), minhash(OTHER)) < 0.2
    grouped = stories([("b", repost, "2024-05-13"), ("a", ARTICLE, "2024-05-12"), ("c", OTHER, "2024-09-03"),
                       ("d", ARTICLE.upper(), "2024-05-14")])
    assert grouped["b"] == grouped["a"] == grouped["d"] == ["a", "b", "d"]
    assert grouped["c"] == ["c"]


@settings(max_examples=20, deadline=None)
@given(st.permutations(["a", "b", "c", "d"]))
def test_stories_do_not_depend_on_input_order(order):
    texts = {"a": ARTICLE, "b": "(TTXVN) " + ARTICLE, "c": OTHER, "d": ARTICLE + " Theo Báo Công Thương."}
    grouped = stories([(rid, texts[rid], "2024") for rid in order])
    assert grouped["a"] == grouped["b"] == grouped["d"] == ["a", "b", "d"] and grouped["c"] == ["c"]


def test_assign_stories_rewrites_records_in_place(tmp_path):
    path = tmp_path / "records.jsonl"
    lines = [{"id": "b2", "published": "2024-05-13", "text": "(Báo Nghệ An) - " + ARTICLE, "story_id": "b2", "duplicates": []},
             {"id": "a1", "published": "2024-05-12", "text": ARTICLE, "story_id": "a1", "duplicates": []},
             {"id": "c3", "published": None, "text": OTHER, "story_id": "c3", "duplicates": []}]
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    assert assign_stories(path) == (2, 1)
    got = {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    assert got["b2"]["story_id"] == "a1" and got["b2"]["duplicates"] == ["a1"]
    assert got["a1"]["story_id"] == "a1" and got["a1"]["duplicates"] == ["b2"]
    assert got["c3"]["story_id"] == "c3" and got["c3"]["duplicates"] == []
    before = path.read_bytes()
    assign_stories(path)
    assert path.read_bytes() == before


def _story_fields(path):
    return {r["id"]: (r["story_id"], r["duplicates"]) for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def test_stories_cache_hashes_only_new_or_changed_texts_and_finds_the_same_stories(tmp_path, monkeypatch):
    import random

    from pipeline.run import dedup

    words = (ARTICLE + " " + OTHER).split()
    others = [" ".join(random.Random(i).sample(words, len(words))) for i in range(5)]  # other stories: shingles differ
    texts = [ARTICLE, OTHER, "(Báo Nghệ An) - " + ARTICLE, *others]
    records = [{"id": f"r{i}", "published": f"2024-05-{10 + i}", "text": t, "story_id": f"r{i}", "duplicates": []}
               for i, t in enumerate(texts)]
    path = tmp_path / "records.jsonl"

    def write(items):
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")

    hashed: list[str] = []
    real = dedup.minhash
    monkeypatch.setattr(dedup, "minhash", lambda text: hashed.append(text) or real(text))
    write(records)
    assign_stories(path)
    assert len(hashed) == len(records) and (tmp_path / dedup.CACHE).exists()
    first = path.read_bytes()
    hashed.clear()
    assert assign_stories(path) == (len(records) - 1, 1) and path.read_bytes() == first and hashed == []
    # a new repost, a record whose facts changed but not its text, one whose text changed, one removed
    now = [json.loads(line) for line in first.decode("utf-8").splitlines()]
    now[3]["figures"] = [{"text": "5 tỷ đồng"}]
    now[4]["text"] = ARTICLE + " Theo Báo Công Thương."
    del now[5]
    now.append({"id": "a0", "published": "2024-01-01", "text": "HÀ NỘI - " + ARTICLE, "story_id": "a0", "duplicates": []})
    write(now)
    assign_stories(path)
    assert sorted(hashed) == sorted([now[4]["text"], now[-1]["text"]])
    expected = stories([(r["id"], r["text"], r["published"]) for r in now])
    got = _story_fields(path)
    assert got == {rid: (story[0], [r for r in story if r != rid]) for rid, story in expected.items()}
    assert got["r0"][0] == "a0" and set(got["a0"][1]) == {"r0", "r2", "r4"}
    # the cache is only a cache: damaged, it is made again and the stories stay the same
    (tmp_path / dedup.CACHE).write_bytes(b"not a database" * 100)
    hashed.clear()
    before = path.read_bytes()
    assign_stories(path)
    assert path.read_bytes() == before and len(hashed) == len(now)


def test_fingerprints_made_with_the_records_give_the_same_stories_without_parsing_a_line(tmp_path, monkeypatch):
    from pipeline.run import dedup

    texts = [ARTICLE, OTHER, "(Báo Nghệ An) - " + ARTICLE, ARTICLE.upper()]
    lines = [json.dumps({"id": f"r{i}", "published": None if i == 3 else f"2024-05-{10 + i}", "text": t,
                         "story_id": f"r{i}", "duplicates": []}, ensure_ascii=False) for i, t in enumerate(texts)]
    plain, made = tmp_path / "plain" / "records.jsonl", tmp_path / "made" / "records.jsonl"
    for path in (plain, made):
        path.parent.mkdir()
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    assert assign_stories(plain) == (2, 2)
    known = {json.loads(line)["id"]: dedup.fingerprint(json.loads(line)["text"], json.loads(line)["published"], line)
             for line in lines}
    parsed: list[str] = []
    real = dedup.json.loads
    monkeypatch.setattr(dedup.json, "loads", lambda s, *a, **k: parsed.append(s) or real(s, *a, **k))
    assert assign_stories(made, known) == (2, 2)
    assert made.read_bytes() == plain.read_bytes()
    # only the records whose story fields change (r0 has copies, r2 and r3 are copies) are parsed, to be rewritten
    assert sorted(real(s)["id"] for s in parsed) == ["r0", "r2", "r3"]
    fp = dedup.Fingerprint.unpack(known["r3"])
    assert fp is not None and fp.order_key == "9999" and fp.text_hash == dedup.text_hash(texts[3])
    assert (fp.signature == dedup.minhash(texts[3])).all() and dedup.Fingerprint.unpack(fp.signature.tobytes()) is None
    # a line changed since its fingerprint was made is parsed and hashed again
    changed = [lines[0], lines[1].replace(OTHER[:20], "Khác hẳn: " + OTHER[:20])]
    made.write_text("".join(line + "\n" for line in changed), encoding="utf-8")
    (made.parent / dedup.CACHE).unlink()
    parsed.clear()
    assign_stories(made, {"r0": known["r0"], "r1": known["r1"]})
    assert [real(s)["id"] for s in parsed] == ["r1"]
