"""URLs: one canonical form per page, so the same article under two URLs is fetched once.

courlan removes tracking parameters (`utm_*`, `fbclid`, …), sorts the query, lower-cases the scheme and
host and drops default ports; vnie also drops the fragment and a trailing slash (except the root's).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan

from pipeline.errors import Skip

_SECTION = re.compile(r"/(chuyen-muc|chuyen-de|danh-muc|category|categories|tag|tags|topic|tim-kiem|search|page|trang)(/|\.|$)", re.I)
_ARTICLE_SLUG = re.compile(r"(?:[\w%]+-){3,}[\w%]+|\d{5,}")


def canonical(url: str, base: str | None = None) -> str:
    """The canonical form of `url` (resolved against `base`); `Skip("bad_url")` for anything not http(s)."""
    raw = urljoin(base, url.strip()) if base else url.strip()
    parts = urlsplit(raw)
    if parts.scheme.lower() not in ("http", "https"):
        raise Skip("bad_scheme", f"only http and https are fetched: {raw[:200]}")
    if not parts.hostname:
        raise Skip("bad_url", f"no host in {raw[:200]}")
    try:
        normal = courlan.normalize_url(raw, strict=False, trailing_slash=False)
    except (ValueError, AttributeError) as exc:
        raise Skip("bad_url", f"{exc}: {raw[:200]}") from None
    parts = urlsplit(normal)
    path = parts.path or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def host_of(url: str) -> str:
    """`scheme://host[:port]`: the unit of politeness (one robots.txt, one delay)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def same_site(a: str, b: str) -> bool:
    return urlsplit(a).netloc == urlsplit(b).netloc


def looks_like_article(url: str) -> bool:
    """True for URLs shaped like a news article (a long slug or a numeric id), not a section or the homepage."""
    path = urlsplit(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1]
    last = re.sub(r"\.(s?html?|php|aspx?)$", "", last, flags=re.I)
    return bool(last) and bool(_ARTICLE_SLUG.search(last)) and not courlan.is_not_crawlable(url)


def looks_like_listing(url: str) -> bool:
    """True for a homepage, a section, tag, search or page-N URL: pages that list articles, not articles."""
    path = urlsplit(url).path
    return path in ("", "/") or bool(_SECTION.search(path)) or courlan.is_navigation_page(url)
