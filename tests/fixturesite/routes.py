"""What each simulated host serves: a table from path (query string ignored) to a function of the request.

Host 0, the main paper: homepage, robots.txt (Disallow /private/, optional Crawl-delay, Sitemap), RSS and
Atom feeds, a sitemap index with a gzipped Google News sitemap and a plain one, category pages, the
articles of `articles.py` (ETag, Last-Modified, 304), and the traps: /private/noi-bo.html, /missing.html
(404), /flaky.html (500 twice), /busy.html (429 once), /slow.html, /loop-a ⇄ /loop-b (302), /bomb.html
(gzip bomb), /report.pdf, /image.png.
Host 1, a second paper: homepage, robots.txt, sitemap.xml, rss.xml, two articles and a syndicated copy
of one of host 0's.
Hosts 2 and up, for benchmarks: robots.txt, a homepage and sitemap.xml listing `extra_pages`
generated articles `/bai/<k>.html`.
Every host also serves the category pages its menus link to and /static/style.css, /static/app.js.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from . import generated
from .articles import ARTICLES, SYNDICATED_FROM, Article, by_key
from .templates import CATEGORIES, CATEGORY_NAMES, OUTLETS, Context, render

if TYPE_CHECKING:
    from .server import FixtureSite

PAGES = Path(__file__).resolve().parent / "pages"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


class Headers(dict):
    """A dict of header names to values whose lookups ignore case (`h["user-agent"]`, `"ETag" in h`)."""

    def __init__(self, items=()):
        super().__init__((self._key(k), v) for k, v in items)

    @staticmethod
    def _key(name: str) -> str:
        return "-".join(part.capitalize() for part in name.split("-"))

    def __getitem__(self, name: str) -> str:
        return super().__getitem__(self._key(name))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and super().__contains__(self._key(name))

    def get(self, name: str, default=None):
        return super().get(self._key(name), default)


@dataclass(frozen=True)
class Call:
    """What a route sees of a request: the path without query, and how many times (1, 2, …) this host
    has been asked for that path since the start or the last `reset()`."""

    host: int
    method: str
    path: str
    query: str
    headers: Headers
    count: int


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0  # seconds to wait before answering
    modified: float | None = None  # epoch seconds: makes the response conditional (ETag, Last-Modified, 304)


Route = Callable[[Call], Response]
Host = dict[str, Route]


def build(site: FixtureSite, index: int) -> Host:
    """The route table of host `index` (called once every host has its port)."""
    if index == 0:
        return _host0(site)
    if index == 1:
        return _host1(site)
    return _bench_host(site, index)


def article_paths(site: FixtureSite, index: int) -> list[str]:
    if index >= 2:
        return [f"/bai/{k}.html" for k in range(site.extra_pages)]
    return [a.route for a in _articles(index)]


def not_found() -> Response:
    return Response(404, _small_page("Không tìm thấy trang", "Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ."))


def not_allowed() -> Response:
    return Response(
        405, _small_page("Phương thức không được hỗ trợ", "Chỉ hỗ trợ GET và HEAD."), headers=(("Allow", "GET, HEAD"),)
    )


# ------------------------------------------------------------------------------------------------ hosts
def _host0(site: FixtureSite) -> Host:
    base = site.base(0)
    routes: Host = {
        "/": _fixed(_html(_homepage0(site))),
        "/robots.txt": _fixed(_text(_robots(base, site.crawl_delay, "/sitemap_index.xml", disallow="/private/"))),
        "/rss.xml": _fixed(_rss(base, [a for a in _all(0) if a.feed == "rss"], OUTLETS["a"].name, tracked="rss")),
        "/atom.xml": _fixed(_atom(base, [a for a in _all(0) if a.feed == "atom"], OUTLETS["a"].name)),
        "/sitemap_index.xml": _fixed(_xml(_sitemap_index(base, ["/sitemap-news.xml.gz", "/sitemap-pages.xml"]))),
        "/sitemap-news.xml.gz": _fixed(
            Response(200, gzip.compress(_news_sitemap(base, _articles(0)), mtime=0), "application/x-gzip")
        ),
        "/sitemap-pages.xml": _fixed(_xml(_pages_sitemap(base, _articles(0)))),
        "/missing.html": lambda call: not_found(),
        "/loop-a": _fixed(_redirect("/loop-b")),
        "/loop-b": _fixed(_redirect(base + "/loop-a")),
        "/bomb.html": _bomb,
        "/report.pdf": _fixed(Response(200, generated.PDF, "application/pdf")),
        "/image.png": _fixed(Response(200, generated.PNG, "image/png")),
    }
    for article in _all(0):
        routes[article.route] = _article_route(site, article)
    routes.update(_common(0))
    return routes


def _host1(site: FixtureSite) -> Host:
    base = site.base(1)
    routes: Host = {
        "/": _fixed(_html(_homepage1(site))),
        "/robots.txt": _fixed(_text(_robots(base, site.crawl_delay, "/sitemap.xml"))),
        "/sitemap.xml": _fixed(_xml(_urlset(base, [(a.route, a.published) for a in _articles(1)]))),
        "/rss.xml": _fixed(_rss(base, _articles(1), OUTLETS["c"].name)),
    }
    for article in _all(1):
        routes[article.route] = _article_route(site, article)
    routes.update(_common(1))
    return routes


def _bench_host(site: FixtureSite, index: int) -> Host:
    base = site.base(index)
    n = site.extra_pages
    name = f"{OUTLETS['bench'].name} {index}"
    links = "\n".join(f'<li><a href="/bai/{k}.html">{escape(_bench(index, k).title)}</a></li>' for k in range(n))
    homepage = _document(name, f'<h1>{escape(name)}</h1>\n<ul class="latest">\n{links}\n</ul>', OUTLETS["bench"])
    routes: Host = {
        "/": _fixed(_html(homepage)),
        "/robots.txt": _fixed(_text(_robots(base, None, "/sitemap.xml"))),
        "/sitemap.xml": _fixed(_xml(_urlset(base, [(f"/bai/{k}.html", _bench(index, k).published) for k in range(n)]))),
    }

    def bench_page(call: Call) -> Response:
        return _bench_response(index, n, call.path)

    for k in range(n):
        routes[f"/bai/{k}.html"] = bench_page
    routes.update(_common(index))
    return routes


def _common(index: int) -> Host:
    routes: Host = {
        "/static/style.css": _fixed(Response(200, generated.CSS, "text/css; charset=utf-8")),
        "/static/app.js": _fixed(Response(200, generated.JS, "application/javascript; charset=utf-8")),
    }
    for slug, _name in CATEGORIES:
        routes[f"/chuyen-muc/{slug}.html"] = _fixed(_html(_category_page(index, slug)))
    return routes


# ------------------------------------------------------------------------------------------------ articles
def _all(host: int) -> list[Article]:
    return [a for a in ARTICLES if a.host == host]


def _articles(host: int) -> list[Article]:
    """The host's ordinary articles (what `article_paths` lists)."""
    return [a for a in ARTICLES if a.host == host and a.kind == "article"]


@functools.cache
def _page_bytes(key: str) -> bytes:
    return (PAGES / f"{key}.html").read_bytes()


def _modified(article: Article) -> float:
    return datetime.fromisoformat(article.published).timestamp()


def _article_route(site: FixtureSite, article: Article) -> Route:
    page = Response(
        200, _page_bytes(article.key), f"text/html; charset={article.header_charset}", modified=_modified(article)
    )
    error = _small_page("Lỗi máy chủ", "Hệ thống đang bận, vui lòng thử lại sau.")

    def serve(call: Call) -> Response:
        if article.kind == "flaky" and call.count <= 2:
            return Response(500, error)
        if article.kind == "busy" and call.count == 1:
            return Response(429, error, headers=(("Retry-After", "1"),))
        if article.kind == "slow":
            return Response(page.status, page.body, page.content_type, delay=site.slow_seconds, modified=page.modified)
        return page

    return serve


def _bomb(call: Call) -> Response:
    return Response(200, generated.bomb(), "text/html; charset=utf-8", headers=(("Content-Encoding", "gzip"),))


@functools.lru_cache(maxsize=4096)
def _bench(host: int, k: int) -> Article:
    return generated.bench_article(host, k)


@functools.lru_cache(maxsize=4096)
def _bench_response(host: int, n: int, path: str) -> Response:
    k = int(path.removeprefix("/bai/").removesuffix(".html"))
    article = _bench(host, k)
    neighbours = [(k + step) % n for step in (1, 2, 3, 5, 8, 13, 21)]
    context = Context(
        related_hrefs=tuple(f"/bai/{j}.html" for j in neighbours[:3]),
        most_read=tuple((f"/bai/{j}.html", _bench(host, j).title) for j in neighbours[3:]),
        site_name=f"{OUTLETS['bench'].name} {host}",
    )
    return Response(200, render(article, context).encode(), modified=_modified(article))


# ------------------------------------------------------------------------------------------------ pages
def _homepage0(site: FixtureSite) -> str:
    base = site.base(0)
    articles = _articles(0)
    latest = []
    for i, a in enumerate(articles):
        href = base + a.route if i == 0 else a.route.lstrip("/") if i == 1 else a.route  # absolute, relative, rooted
        latest.append(f'<li><a href="{href}">{escape(a.title)}</a> <span class="time">{_ddmmyyyy(a)}</span></li>')
    tracked = [
        (articles[2].route + "?utm_source=facebook&utm_medium=social", articles[2].title),
        (articles[4].route + "?utm_source=facebook&utm_medium=social&utm_campaign=tin-nong", articles[4].title),
        (articles[6].route + "?utm_source=zalo&utm_medium=social", articles[6].title),
        (articles[7].route + "#binh-luan", articles[7].title + " (bình luận)"),
    ]
    most_read = [f'<li><a href="{href}">{escape(title)}</a></li>' for href, title in tracked]
    special = [by_key("flaky"), by_key("busy"), by_key("slow")]
    special_links = [f'<li><a href="{a.route}">{escape(a.title)}</a></li>' for a in special]
    other_hosts = []
    if site.hosts > 1:
        syndicated = by_key("syndicated")
        other_hosts += [
            f'<li><a href="{site.base(1)}/">{escape(OUTLETS["c"].name)}</a></li>',
            f'<li><a href="{site.base(1)}{syndicated.route}">{escape(syndicated.title)}</a></li>',
        ]
    other_hosts += [f'<li><a href="{site.base(j)}/">{OUTLETS["bench"].name} {j}</a></li>' for j in range(2, site.hosts)]
    other_hosts.append(
        '<li><a href="https://www.facebook.com/congnghiepdoisong.example" rel="nofollow">Facebook</a></li>'
    )
    body = f"""<h1 class="logo"><a href="/"><img src="/image.png" alt="{escape(OUTLETS["a"].name)}"></a></h1>
<section class="latest"><h2>Tin mới</h2>
<ul>
{chr(10).join(latest)}
</ul></section>
<section class="most-read"><h2>Đọc nhiều</h2>
<ul>
{chr(10).join(most_read)}
</ul></section>
<section class="special"><h2>Tiêu điểm</h2>
<ul>
{chr(10).join(special_links)}
</ul></section>
<section class="services"><h2>Tiện ích</h2>
<ul>
<li><a href="/chuyen-muc/khuyen-cong.html">Chuyên mục Khuyến công</a></li>
<li><a href="/private/noi-bo.html">Bản nháp nội bộ</a></li>
<li><a href="/missing.html">Bài viết đã gỡ</a></li>
<li><a href="/loop-a">Chuyên trang sự kiện</a></li>
<li><a href="/bomb.html">Số đặc biệt</a></li>
<li><a href="/report.pdf">Tải Báo cáo thường niên 2024 (PDF)</a></li>
<li><a href="/rss.xml">RSS</a> · <a href="/atom.xml">Atom</a></li>
</ul></section>
<section class="partners"><h2>Liên kết</h2>
<ul>
{chr(10).join(other_hosts)}
</ul></section>"""
    feeds = '<link rel="alternate" type="application/rss+xml" href="/rss.xml">\n'
    feeds += '<link rel="alternate" type="application/atom+xml" href="/atom.xml">'
    return _document(f"{OUTLETS['a'].name} - Tin tức công thương, khuyến công", body, OUTLETS["a"], feeds)


def _homepage1(site: FixtureSite) -> str:
    items = [
        f'<li><a href="{a.route}">{escape(a.title)}</a> <span class="time">{_ddmmyyyy(a)}</span></li>'
        for a in _articles(1)
    ]
    original = by_key(SYNDICATED_FROM)
    body = f"""<h1 class="brand"><a href="/">{escape(OUTLETS["c"].name.upper())}</a></h1>
<section class="latest"><h2>Tin mới nhất</h2>
<ul>
{chr(10).join(items)}
</ul></section>
<section class="partners"><h2>Báo bạn</h2>
<ul>
<li><a href="{site.base(0)}/">{escape(OUTLETS["a"].name)}</a></li>
<li><a href="{site.base(0)}{original.route}">{escape(original.title)}</a></li>
</ul></section>"""
    return _document(f"{OUTLETS['c'].name} - Tin tức Đồng bằng sông Cửu Long", body, OUTLETS["c"])


def _category_page(host: int, slug: str) -> str:
    outlet = OUTLETS["a" if host == 0 else "c" if host == 1 else "bench"]
    articles = [a for a in _articles(host) if a.section == slug] if host < 2 else []
    items = [
        f'<li><a href="{a.route}">{escape(a.title)}</a><p class="sapo">{escape(a.sapo.split(" - ", 1)[-1][:160])}…</p></li>'
        for a in articles
    ]
    if not items:
        items = ['<li class="empty">Chưa có bài viết trong chuyên mục này.</li>']
    name = CATEGORY_NAMES[slug]
    body = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> › {escape(name)}</div>
<h1 class="category-title">{escape(name)}</h1>
<ul class="list-news">
{chr(10).join(items)}
</ul>"""
    return _document(f"{name} | {outlet.name}", body, outlet)


def _document(title: str, body: str, outlet, head_extra: str = "") -> str:
    nav = "".join(f'<li><a href="/chuyen-muc/{slug}.html">{escape(name)}</a></li>' for slug, name in CATEGORIES)
    masthead = "\n".join(f"<p>{escape(line)}</p>" for line in outlet.masthead)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{escape(title)}</title>
<link rel="stylesheet" href="/static/style.css">
{head_extra}
</head>
<body>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li>{nav}</ul></nav>
<main>
{body}
</main>
<footer>
{masthead}
</footer>
</body>
</html>
"""


def _small_page(title: str, message: str) -> bytes:
    return f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body><h1>{title}</h1><p>{message}</p><p><a href="/">Về trang chủ</a></p></body></html>\n'.encode()


def _redirect(location: str) -> Response:
    return Response(
        302,
        _small_page("Đã chuyển", f'Trang đã chuyển tới <a href="{location}">đây</a>.'),
        headers=(("Location", location),),
    )


# ------------------------------------------------------------------------------------------------ robots, feeds, sitemaps
def _robots(base: str, crawl_delay: float | None, sitemap: str, disallow: str = "") -> str:
    lines = ["User-agent: *", f"Disallow: {disallow}" if disallow else "Allow: /"]
    if crawl_delay is not None:
        lines.append(f"Crawl-delay: {crawl_delay:g}")
    lines += ["", f"Sitemap: {base}{sitemap}", ""]
    return "\n".join(lines)


def _rss(base: str, articles: list[Article], name: str, tracked: str | None = None) -> Response:
    items = []
    for i, a in enumerate(articles):
        link = base + a.route + (f"?utm_source={tracked}" if tracked and i == 1 else "")
        items.append(
            f"""  <item>
    <title>{escape(a.title)}</title>
    <link>{escape(link)}</link>
    <guid isPermaLink="false">{escape(a.key)}</guid>
    <description>{escape(a.sapo)}</description>
    <pubDate>{format_datetime(datetime.fromisoformat(a.published))}</pubDate>
  </item>"""
        )
    newest = max(datetime.fromisoformat(a.published) for a in articles)
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>{escape(name)}</title>
  <link>{base}/</link>
  <description>Tin tức công thương, khuyến công</description>
  <language>vi</language>
  <lastBuildDate>{format_datetime(newest)}</lastBuildDate>
{chr(10).join(items)}
</channel>
</rss>
"""
    return Response(200, body.encode(), "application/rss+xml; charset=utf-8")


def _atom(base: str, articles: list[Article], name: str) -> Response:
    entries = []
    for a in articles:
        published = datetime.fromisoformat(a.published)
        entries.append(
            f"""  <entry>
    <title>{escape(a.title)}</title>
    <link rel="alternate" type="text/html" href="{base}{a.route}"/>
    <id>tag:congnghiepdoisong.example,{a.date}:{a.key}</id>
    <published>{published.isoformat()}</published>
    <updated>{published.isoformat()}</updated>
    <author><name>{escape(a.author)}</name></author>
    <summary>{escape(a.sapo)}</summary>
  </entry>"""
        )
    newest = max(datetime.fromisoformat(a.published) for a in articles)
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>{escape(name)}</title>
  <id>{base}/atom.xml</id>
  <link rel="self" href="{base}/atom.xml"/>
  <link rel="alternate" href="{base}/"/>
  <updated>{newest.isoformat()}</updated>
{chr(10).join(entries)}
</feed>
"""
    return Response(200, body.encode(), "application/atom+xml; charset=utf-8")


def _sitemap_index(base: str, paths: list[str]) -> str:
    entries = "\n".join(f"  <sitemap><loc>{base}{p}</loc><lastmod>2026-04-08</lastmod></sitemap>" for p in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{SITEMAP_NS}">\n{entries}\n</sitemapindex>\n'


def _news_sitemap(base: str, articles: list[Article]) -> bytes:
    entries = "\n".join(
        f"""  <url>
    <loc>{base}{a.route}</loc>
    <news:news>
      <news:publication><news:name>{escape(OUTLETS[a.layout].name)}</news:name><news:language>vi</news:language></news:publication>
      <news:publication_date>{a.published}</news:publication_date>
      <news:title>{escape(a.title)}</news:title>
    </news:news>
  </url>"""
        for a in articles
    )
    text = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}" xmlns:news="{NEWS_NS}">\n{entries}\n</urlset>\n'
    return text.encode()


def _pages_sitemap(base: str, articles: list[Article]) -> str:
    newest = max(articles, key=lambda a: a.published).published
    pages = [("/", newest), ("/chuyen-muc/khuyen-cong.html", newest), ("/chuyen-muc/nang-luong.html", newest)]
    pages += [(a.route, a.published) for a in articles[:2]]
    return _urlset(base, pages)


def _urlset(base: str, pages: list[tuple[str, str]]) -> str:
    entries = "\n".join(f"  <url><loc>{base}{path}</loc><lastmod>{lastmod}</lastmod></url>" for path, lastmod in pages)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n{entries}\n</urlset>\n'


# ------------------------------------------------------------------------------------------------ helpers
def _fixed(response: Response) -> Route:
    return lambda call: response


def _html(text: str) -> Response:
    return Response(200, text.encode())


def _text(text: str) -> Response:
    return Response(200, text.encode(), "text/plain; charset=utf-8")


def _xml(text: str) -> Response:
    return Response(200, text.encode(), "application/xml; charset=utf-8")


def _ddmmyyyy(article: Article) -> str:
    return datetime.fromisoformat(article.published).strftime("%d/%m/%Y")
