"""Where URLs come from: the command line, URL files, RSS/Atom feeds, sitemaps, robots.txt, a page's links.

Parsers only: bytes in, `(url, date)` pairs out. Feeds are read with feedparser; sitemaps (indexes, url
sets, Google News sitemaps, gzipped or not) with lxml, namespace-blind and without resolving entities.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from pipeline.errors import SettingsError, Skip
from pipeline.fetching.urls import canonical


@dataclass(frozen=True)
class Sources:
    """What a fetch starts from. `discover`: treat `urls` as homepages and read their robots.txt sitemaps."""

    urls: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    crawl: tuple[str, ...] = ()
    warcs: tuple[Path, ...] = ()
    discover: bool = False

    def empty(self) -> bool:
        return not (self.urls or self.feeds or self.sitemaps or self.crawl or self.warcs)


@dataclass(frozen=True)
class Listing:
    """The links a feed or sitemap gave: pages to fetch and (for a sitemap index) more sitemaps."""

    pages: list[tuple[str, str | None]] = field(default_factory=list)
    sitemaps: list[tuple[str, str | None]] = field(default_factory=list)


def read_url_file(path: str) -> list[str]:
    """The URLs of a file, one per line; blank lines and `#` comments ignored."""
    try:
        # Bytes that are not UTF-8 become U+FFFD: such a line is then refused as a `bad_url`, not the whole file.
        lines = Path(path).read_bytes().decode("utf-8", "replace").splitlines()
    except OSError as exc:
        raise SettingsError(f"cannot read URL file {path}: {exc.strerror}") from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def iso_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from a sitemap/feed date string or a `time.struct_time`, else None."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text[:10] if len(text) >= 10 and text[4] == "-" and text[7] == "-" else None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc)
    return parsed.date().isoformat()


def in_window(day: str | None, since: str | None, until: str | None) -> bool:
    """True when `day` is unknown or within [since, until] (inclusive ISO dates)."""
    if not day:
        return True
    return (not since or day >= since) and (not until or day <= until[:10])


def _absolute(href: str, base: str) -> str | None:
    try:
        return canonical(href, base=base)
    except Skip:
        return None


def parse_feed(body: bytes, base: str) -> Listing:
    """The article links of an RSS or Atom feed with their dates."""
    import feedparser

    feed = feedparser.parse(body)
    if feed.bozo and not feed.entries:
        raise Skip("bad_feed", f"not an RSS or Atom feed: {feed.get('bozo_exception', '')}"[:300])
    pages = []
    for entry in feed.entries:
        link = entry.get("link")
        if not link:
            continue
        url = _absolute(link, base)
        if url:
            when = entry.get("published_parsed") or entry.get("updated_parsed")
            pages.append((url, iso_date(when)))
    return Listing(pages=pages)


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def parse_sitemap(body: bytes, base: str) -> Listing:
    """The pages (url set, news sitemap) or child sitemaps (sitemap index) of a sitemap."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body.lstrip(), parser)
    except etree.XMLSyntaxError as exc:
        raise Skip("bad_sitemap", str(exc)[:300]) from None
    if root is None:
        raise Skip("bad_sitemap", "empty or not XML")
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise Skip("bad_sitemap", f"root element <{kind}>, not <urlset> or <sitemapindex>")
    found: list[tuple[str, str | None]] = []
    for item in root:
        if _local(item.tag) not in ("url", "sitemap"):
            continue
        loc, when = None, None
        for child in item.iter():
            name = _local(child.tag)
            text = (child.text or "").strip()
            if name == "loc" and loc is None and child.getparent() is item:
                loc = text
            elif name in ("publication_date", "lastmod") and text:
                when = iso_date(text) if name == "publication_date" or when is None else when
        url = _absolute(loc, base) if loc else None
        if url:
            found.append((url, when))
    return Listing(sitemaps=found) if kind == "sitemapindex" else Listing(pages=found)


def page_links(body: bytes, base: str) -> list[str]:
    """Every http(s) link of an HTML page, canonical, in page order, without repeats."""
    try:
        tree = lxml_html.fromstring(body)
    except (etree.ParserError, ValueError):
        return []
    seen: dict[str, None] = {}
    for anchor in tree.iter("a"):
        href = anchor.get("href")
        if href and not href.startswith(("javascript:", "mailto:", "tel:", "#")):
            url = _absolute(href, base)
            if url:
                seen.setdefault(url, None)
    return list(seen)


def unique(urls: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(urls))
