"""Check every route of the fixture site over real HTTP, and the pages with trafilatura when it is installed.

    python -m tests.fixturesite.check_site

Prints one line per failed check and a summary; exits 1 when anything failed. Not a pytest module.
"""

from __future__ import annotations

import gzip
import http.client
import json
import re
import time
import unicodedata
import urllib.error
import urllib.request
import urllib.robotparser
import xml.etree.ElementTree as ET
import zlib
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .generated import BOMB_INFLATED_BYTES
from .server import FixtureSite

PAGES = Path(__file__).resolve().parent / "pages"
SLOW = 0.6
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
    "atom": "http://www.w3.org/2005/Atom",
}


class Checks:
    def __init__(self) -> None:
        self.passed = 0
        self.failed: list[str] = []

    def __call__(self, condition: object, what: str) -> bool:
        if condition:
            self.passed += 1
        else:
            self.failed.append(what)
            print("FAIL", what)
        return bool(condition)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])


def get(url: str, headers: dict | None = None, method: str = "GET", timeout: float = 10, follow: bool = True):
    """(status, headers, body) for a request; HTTP errors are answers too."""
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def links_of(base: str, html: bytes) -> list[str]:
    parser = _Links()
    parser.feed(html.decode("utf-8", "replace"))
    return [urljoin(base, href) for href in parser.links]


def path_of(url: str | None) -> str:
    return urlsplit(url or "").path


def check_host0(site: FixtureSite, ok: Checks) -> None:
    base = site.base(0)
    articles = site.article_paths(0)
    ok(len(articles) == 12, f"host 0 has 12 article paths, not {len(articles)}")

    status, headers, body = get(base + "/robots.txt")
    ok(status == 200 and headers.get_content_type() == "text/plain", "robots.txt 200 text/plain")
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(body.decode().splitlines())
    ok(not robots.can_fetch("vnie", base + "/private/noi-bo.html"), "robots disallows /private/")
    ok(all(robots.can_fetch("vnie", base + p) for p in articles), "robots allows every article")
    ok(robots.crawl_delay("vnie") == 1, f"Crawl-delay 1 in robots.txt, got {robots.crawl_delay('vnie')}")
    ok(robots.site_maps() == [base + "/sitemap_index.xml"], "robots.txt names the sitemap index")

    status, _, home = get(base + "/")
    targets = links_of(base + "/", home)
    paths = {path_of(u) for u in targets if u.startswith(base)}
    ok(status == 200, "homepage 200")
    ok(set(articles) <= paths, f"homepage links every article: missing {set(articles) - paths}")
    for route in [
        "/private/noi-bo.html",
        "/missing.html",
        "/flaky.html",
        "/busy.html",
        "/slow.html",
        "/loop-a",
        "/bomb.html",
        "/report.pdf",
        "/chuyen-muc/khuyen-cong.html",
    ]:
        ok(route in paths, f"homepage links {route}")
    ok(any("utm_source=facebook&utm_medium=social" in u for u in targets), "homepage has a utm-tracked link")
    ok(any(u.endswith("#binh-luan") for u in targets), "homepage has a #binh-luan link")
    ok(any(u.startswith(site.base(1)) for u in targets), "homepage links host 1")
    ok(b'src="/image.png"' in home, "homepage shows /image.png")

    for path in articles + ["/private/noi-bo.html"]:
        check_article(base, path, ok)

    status, headers, body = get(base + "/cp1258.html")
    ok(headers.get("Content-Type") == "text/html; charset=windows-1258", "cp1258.html Content-Type windows-1258")
    ok(b"charset" not in body.lower(), "cp1258.html has no meta charset")
    try:
        body.decode("utf-8")
        ok(False, "cp1258.html is not UTF-8")
    except UnicodeDecodeError:
        pass
    text = unicodedata.normalize("NFC", body.decode("cp1258"))
    ok(
        "Thanh Hóa: Đối thoại tháo gỡ khó khăn" in text and "ông Mai Xuân Trường" in text,
        "cp1258.html decodes in cp1258",
    )

    status, headers, body = get(base + "/lying.html")
    ok(headers.get("Content-Type") == "text/html; charset=iso-8859-1", "lying.html header claims iso-8859-1")
    ok("Đắk Lắk khánh thành" in body.decode("utf-8"), "lying.html is really UTF-8")
    ok(b"charset=iso-8859-1" in body, "lying.html meta also lies")

    ok(get(base + "/missing.html")[0] == 404, "missing.html 404")
    ok(get(base + "/no/such/page")[0] == 404, "unknown path 404")
    ok(get(base + "/", method="POST")[0] == 405, "POST 405")

    codes = [get(base + "/flaky.html")[0] for _ in range(4)]
    ok(codes == [500, 500, 200, 200], f"flaky 500, 500, 200, 200: got {codes}")
    status, headers, _ = get(base + "/busy.html")
    ok(status == 429 and headers.get("Retry-After") == "1", f"busy 429 with Retry-After 1: got {status}")
    ok(get(base + "/busy.html")[0] == 200, "busy 200 the second time")
    site.reset()
    ok(site.log == [], "reset() clears the log")
    ok(get(base + "/flaky.html")[0] == 500 and get(base + "/busy.html?x=1")[0] == 429, "reset() re-arms flaky and busy")

    started = time.monotonic()
    status, _, body = get(base + "/slow.html")
    elapsed = time.monotonic() - started
    ok(
        status == 200 and "Phú Yên".encode() in body and SLOW <= elapsed < SLOW + 1,
        f"slow.html waits {SLOW}s: {elapsed:.2f}s",
    )
    try:
        get(base + "/slow.html", timeout=SLOW / 3)
        ok(False, "a short client timeout fires on slow.html")
    except (TimeoutError, urllib.error.URLError):
        pass
    time.sleep(SLOW)  # let the abandoned request finish before the log is checked

    status, headers, _ = get(base + "/loop-a", follow=False)
    ok(status == 302 and headers["Location"] == "/loop-b", "loop-a 302 to /loop-b")
    status, headers, _ = get(base + "/loop-b", follow=False)
    ok(status == 302 and headers["Location"] == base + "/loop-a", "loop-b 302 to loop-a (absolute)")
    ok(get(base + "/loop-a")[0] == 302, "urllib gives up on the redirect loop")

    check_bomb(base, ok)

    status, headers, body = get(base + "/report.pdf")
    ok(status == 200 and headers.get_content_type() == "application/pdf", "report.pdf application/pdf")
    ok(body.startswith(b"%PDF-1.4") and body.rstrip().endswith(b"%%EOF"), "report.pdf looks like a PDF")
    status, headers, body = get(base + "/image.png")
    ok(
        status == 200 and headers.get_content_type() == "image/png" and body.startswith(b"\x89PNG\r\n\x1a\n"),
        "image.png",
    )
    ok(get(base + "/static/style.css")[0] == 200, "style.css")

    check_feeds(site, ok)
    check_sitemaps(site, ok)
    check_closed_world(site, 0, ok)


def check_article(base: str, path: str, ok: Checks) -> None:
    status, headers, body = get(base + path)
    if not ok(status == 200, f"{path}: 200, got {status}"):
        return
    ok(int(headers["Content-Length"]) == len(body), f"{path}: Content-Length")
    etag, last_modified = headers.get("ETag"), headers.get("Last-Modified")
    ok(etag and last_modified, f"{path}: ETag and Last-Modified")
    ok(b'lang="vi"' in body and b"article:published_time" in body and b"og:title" in body, f"{path}: meta")
    ok(get(base + path, {"If-None-Match": etag})[0] == 304, f"{path}: If-None-Match 304")
    ok(get(base + path, {"If-None-Match": f'"other", W/{etag}'})[0] == 304, f"{path}: weak If-None-Match list 304")
    ok(get(base + path, {"If-None-Match": '"other"'})[0] == 200, f"{path}: other ETag 200")
    ok(get(base + path, {"If-Modified-Since": last_modified})[0] == 304, f"{path}: If-Modified-Since 304")
    ok(get(base + path, {"If-Modified-Since": "Mon, 01 Jan 2018 00:00:00 GMT"})[0] == 200, f"{path}: older IMS 200")
    ok(get(base + path + "?utm_source=rss&utm_medium=feed")[2] == body, f"{path}: query string ignored")
    status, headers, head = get(base + path, method="HEAD")
    ok(status == 200 and head == b"" and int(headers["Content-Length"]) == len(body), f"{path}: HEAD")


def check_bomb(base: str, ok: Checks) -> None:
    request = urllib.request.Request(base + "/bomb.html", headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=30) as response:
        ok(response.headers.get("Content-Encoding") == "gzip", "bomb Content-Encoding gzip")
        ok(response.headers.get_content_type() == "text/html", "bomb text/html")
        packed = response.read()
    ok(len(packed) < 400_000, f"bomb is small on the wire: {len(packed)} bytes")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    size, data = 0, packed
    while data:
        size += len(inflater.decompress(data, 1 << 22))
        data = inflater.unconsumed_tail
    ok(inflater.eof and size == BOMB_INFLATED_BYTES, f"bomb inflates to {size} bytes")


def check_feeds(site: FixtureSite, ok: Checks) -> None:
    base = site.base(0)
    status, headers, body = get(base + "/rss.xml")
    ok(status == 200 and headers.get_content_type() == "application/rss+xml", "rss.xml application/rss+xml")
    items = ET.fromstring(body).findall("./channel/item")
    rss_links = [i.findtext("link") or "" for i in items]
    ok(len(items) == 8 and all(i.findtext("pubDate") for i in items), "rss: 6 articles + flaky + busy, with pubDate")
    ok(sum("?utm_source=rss" in link for link in rss_links) == 1, "rss: one link has ?utm_source=rss")
    ok({base + "/flaky.html", base + "/busy.html"} <= set(rss_links), "rss lists flaky and busy")
    status, headers, body = get(base + "/atom.xml")
    ok(status == 200 and headers.get_content_type() == "application/atom+xml", "atom.xml application/atom+xml")
    entries = ET.fromstring(body).findall("atom:entry", NS)
    atom_links = [link.get("href", "") for e in entries for link in e.findall("atom:link", NS)]
    ok(
        all(e.findtext("atom:updated", namespaces=NS) and e.findtext("atom:published", namespaces=NS) for e in entries),
        "atom dates",
    )
    fed = {path_of(u) for u in rss_links + atom_links} - {"/flaky.html", "/busy.html"}
    ok(fed == set(site.article_paths(0)) and len(entries) == 6, "rss + atom cover every article once")

    status, _, body = get(site.base(1) + "/rss.xml")
    links = {path_of(i.findtext("link")) for i in ET.fromstring(body).findall("./channel/item")}
    ok(status == 200 and links == set(site.article_paths(1)), "host 1 rss lists its articles")


def check_sitemaps(site: FixtureSite, ok: Checks) -> None:
    base = site.base(0)
    _, _, body = get(base + "/sitemap_index.xml")
    locs = [e.text for e in ET.fromstring(body).findall("sm:sitemap/sm:loc", NS)]
    ok(locs == [base + "/sitemap-news.xml.gz", base + "/sitemap-pages.xml"], f"sitemap index: {locs}")
    status, headers, body = get(base + "/sitemap-news.xml.gz")
    ok(
        status == 200 and headers.get_content_type() == "application/x-gzip" and "Content-Encoding" not in headers,
        "news sitemap is a gzip file",
    )
    urls = ET.fromstring(gzip.decompress(body)).findall("sm:url", NS)
    ok(
        [path_of(u.findtext("sm:loc", namespaces=NS)) for u in urls] == site.article_paths(0),
        "news sitemap lists every article",
    )
    ok(all(u.findtext("news:news/news:publication_date", namespaces=NS) for u in urls), "news:publication_date")
    _, _, body = get(base + "/sitemap-pages.xml")
    pages = {
        path_of(u.findtext("sm:loc", namespaces=NS)): u.findtext("sm:lastmod", namespaces=NS)
        for u in ET.fromstring(body).findall("sm:url", NS)
    }
    ok(
        "/chuyen-muc/khuyen-cong.html" in pages and all(pages.values()),
        "pages sitemap with lastmod and the listing page",
    )
    for path in pages:
        ok(get(base + path)[0] == 200, f"pages sitemap entry {path} is served")

    _, _, body = get(site.base(1) + "/sitemap.xml")
    locs = [path_of(u.text) for u in ET.fromstring(body).findall("sm:url/sm:loc", NS)]
    ok(locs == site.article_paths(1), "host 1 sitemap lists its articles")


def check_closed_world(site: FixtureSite, host: int, ok: Checks) -> None:
    """Every same-host link on the host's pages answers 200, apart from the deliberate traps."""
    traps = {"/missing.html", "/flaky.html", "/busy.html", "/loop-a", "/bomb.html", "/slow.html"}
    base = site.base(host)
    seen, todo = set(), ["/"]
    while todo:
        path = todo.pop()
        if path in seen or path in traps:
            continue
        seen.add(path)
        status, headers, body = get(base + path)
        if not ok(status == 200, f"host {host}: link target {path} answers {status}"):
            continue
        if headers.get_content_type() == "text/html":
            for url in links_of(base + path, body):
                if url.startswith(base):
                    todo.append(path_of(url))
    ok(set(site.article_paths(host)) <= seen, f"host {host}: every article is reachable by links")


def check_host1(site: FixtureSite, ok: Checks) -> None:
    base = site.base(1)
    _, _, body = get(base + "/robots.txt")
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(body.decode().splitlines())
    ok(robots.can_fetch("vnie", base + "/anything") and robots.site_maps() == [base + "/sitemap.xml"], "host 1 robots")
    _, _, home = get(base + "/")
    paths = {path_of(u) for u in links_of(base + "/", home) if u.startswith(base)}
    ok(set(site.article_paths(1)) <= paths, "host 1 homepage links its articles")
    for path in site.article_paths(1):
        check_article(base, path, ok)
    _, _, copy = get(base + site.article_paths(1)[2])
    _, _, original = get(site.base(0) + "/tin-tuc/kien-giang-khai-mac-hoi-cho-thuong-mai-2019.html")
    ok(
        "Theo Báo Công nghiệp và Đời sống" in copy.decode() and "(Đồng Bằng Online) - " in copy.decode(),
        "syndicated copy credit",
    )
    check_closed_world(site, 1, ok)


def check_bench(ok: Checks) -> None:
    with FixtureSite(hosts=4, extra_pages=25) as site:
        for host in (2, 3):
            base = site.base(host)
            _, _, body = get(base + "/robots.txt")
            ok(b"Crawl-delay" not in body and b"Allow: /" in body, f"bench host {host} robots")
            paths = site.article_paths(host)
            ok(paths == [f"/bai/{k}.html" for k in range(25)], f"bench host {host} article paths")
            _, _, sitemap = get(base + "/sitemap.xml")
            ok([path_of(u.text) for u in ET.fromstring(sitemap).findall("sm:url/sm:loc", NS)] == paths, "bench sitemap")
            _, _, home = get(base + "/")
            ok({path_of(u) for u in links_of(base, home)} >= set(paths), "bench homepage links every page")
            bodies = {get(base + p)[2] for p in paths}
            ok(len(bodies) == 25 and all(b'lang="vi"' in b for b in bodies), "bench pages are distinct articles")
            ok(get(base + "/bai/25.html")[0] == 404, "bench page beyond extra_pages is 404")
        ok(get(site.base(2) + "/bai/0.html")[2] != get(site.base(3) + "/bai/0.html")[2], "bench hosts differ")
    with FixtureSite(hosts=1) as site:
        ok(get(site.base(0) + "/")[0] == 200 and site.article_paths(0), "a one-host site works")


def check_log(site: FixtureSite, ok: Checks) -> None:
    site.reset()
    base = site.base(0)
    path = site.article_paths(0)[0]
    connection = http.client.HTTPConnection("127.0.0.1", int(base.rsplit(":", 1)[1]), timeout=5)
    for query in ("", "?utm_source=x"):
        connection.request("GET", path + query, headers={"user-agent": "vnie-check/1.0"})
        response = connection.getresponse()
        response.read()
        ok(response.status == 200 and response.version == 11, "HTTP/1.1 keep-alive request")
    connection.request("GET", "/missing.html")
    connection.getresponse().read()
    connection.request("GET", path, headers={"If-None-Match": response.headers["ETag"]})
    response = connection.getresponse()
    ok(response.status == 304 and response.read() == b"", "304 on a kept-alive connection, no body")
    connection.close()
    log = site.log
    ok([r.status for r in log] == [200, 200, 404, 304], f"log statuses {[r.status for r in log]}")
    ok(len(site.requests(host=0, path=path)) == 3, "requests(path=...) matches with and without query")
    ok(log[1].path == path + "?utm_source=x", "Request.path keeps the query")
    ok(
        log[0].headers["User-Agent"] == "vnie-check/1.0" and log[0].headers.get("user-agent") == "vnie-check/1.0",
        "headers ignore case",
    )
    ok(log[0].t <= log[1].t <= log[2].t and log[0].method == "GET" and log[0].host == 0, "log fields")
    ok(site.requests(host=1) == [], "requests(host=1) empty")


def check_close(ok: Checks) -> None:
    """Leaving the with block is quick even while a slow request is being answered, and frees the port."""
    import threading

    site = FixtureSite(hosts=1, slow_seconds=30).start()
    url = site.url(0, "/slow.html")
    thread = threading.Thread(target=lambda: _quietly(get, url, timeout=60), daemon=True)
    thread.start()
    time.sleep(0.2)
    started = time.monotonic()
    site.close()
    thread.join(timeout=5)
    ok(time.monotonic() - started < 2 and not thread.is_alive(), "close() does not wait for slow requests")


def _quietly(function, *args, **kwargs):
    try:
        return function(*args, **kwargs)
    except Exception:
        return None


def check_pages(ok: Checks) -> None:
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    ok(len(expected) == 19, f"expected.json has 19 pages, not {len(expected)}")
    try:
        import trafilatura
    except ImportError:
        print("trafilatura not installed: page extraction not checked")
        return
    for route, entry in expected.items():
        raw = (PAGES / entry["file"]).read_bytes()
        html = unicodedata.normalize("NFC", raw.decode("cp1258" if entry["file"] == "cp1258.html" else "utf-8"))
        text = trafilatura.extract(html) or ""
        for name in entry["boilerplate_names"]:
            ok(name not in text, f"{route}: boilerplate name {name} extracted")
        for official in entry["officials"]:
            ok(official["name"] in text, f"{route}: official {official['name']} not extracted")
        for junk in (
            "Chia sẻ",
            "Facebook",
            "Zalo",
            "Tin liên quan",
            "Tin cùng chuyên mục",
            "Tin khác",
            "Đọc nhiều",
            "Tổng biên tập",
            "Bản quyền",
            "Copyright",
        ):
            ok(junk not in text, f"{route}: {junk!r} extracted")
        ok(len(text.split()) >= 280, f"{route}: extracted text is the whole body ({len(text.split())} words)")
        ok(re.search(r"\d", entry["published"]), f"{route}: published date")


def main() -> int:
    ok = Checks()
    started = time.monotonic()
    with FixtureSite(hosts=3, crawl_delay=1, slow_seconds=SLOW, extra_pages=3) as site:
        check_host0(site, ok)
        check_host1(site, ok)
        check_log(site, ok)
        flaky = [r.status for r in site.requests(host=0, path="/flaky.html")]
        ok(flaky == [], "flaky untouched after the log check")
        base = site.base(0)
    try:
        urllib.request.urlopen(base + "/", timeout=2)
        ok(False, "the site is down after the with block")
    except (urllib.error.URLError, ConnectionError):
        pass
    check_bench(ok)
    check_close(ok)
    check_pages(ok)
    print(f"{ok.passed} checks passed, {len(ok.failed)} failed in {time.monotonic() - started:.1f} s")
    return 1 if ok.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
