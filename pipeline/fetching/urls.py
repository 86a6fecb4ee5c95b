"""URLs: one canonical form per page, so the same article under two URLs is fetched once.

courlan removes tracking parameters (`utm_*`, `fbclid`, …), sorts the query, lower-cases the scheme and
host and drops default ports; vnie also drops the fragment and a trailing slash (except the root's).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan

from pipeline.errors import Skip

_SECTION = re.compile(r"/(chuyen-muc|chuyen-de|danh-muc|category|categories|tag|tags|topic|tim-kiem|search|page|trang)(/|\.|$)", re.I)
_ARTICLE_SLUG = re.compile(r"(?:[\w%]+-){3,}[\w%]+|\d{5,}")


def canonical(url: str, base: str | None = None) -> str:
    """The canonical form of `url` (resolved against `base`); `Skip("bad_url")` for anything not http(s)."""
    try:
        raw = urljoin(base, url.strip()) if base else url.strip()
        parts = urlsplit(raw)
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number or out of range
    except ValueError as exc:  # `http://[::1`, `http://host:99999`
        raise Skip("bad_url", f"{exc}: {url.strip()[:200]}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise Skip("bad_scheme", f"only http and https are fetched: {raw[:200]}")
    if not hostname:
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


def _addresses(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """The addresses of a host: itself when it is an address literal, else what the resolver says (none
    when it cannot say: the request will fail on its own)."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    found = []
    for info in infos:
        try:
            found.append(ipaddress.ip_address(str(info[4][0]).split("%")[0]))
        except ValueError:
            continue
    return found


def _inner(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Loopback or private (10/8, 172.16/12, 192.168/16, fc00::/7): this machine or its own network."""
    return address.is_loopback or address.is_private


def _never(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Link-local (169.254/16 and fe80::/10, where cloud metadata services answer), unspecified, multicast
    or reserved: never fetched through a redirect."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_link_local or address.is_unspecified or address.is_multicast or address.is_reserved


def refused_redirect(source: str, target: str) -> str | None:
    """Why a redirect from `source` to `target` must not be followed, or None.

    A redirect to a link-local, unspecified, multicast or reserved address is always refused; one to a
    loopback or private address is refused unless `source` itself is on such an address (a site on this
    machine or network may redirect within it; a site on the internet may not send vnie there)."""
    target_host = urlsplit(target).hostname or ""
    source_host = urlsplit(source).hostname or ""
    if target_host == source_host:
        return None
    targets = _addresses(target_host)
    for address in targets:
        if _never(address):
            return f"redirect to {target_host} ({address}): a link-local or reserved address"
    if any(_inner(a) for a in targets) and not any(_inner(a) for a in _addresses(source_host)):
        return f"redirect from {source_host} to {target_host}, a private or loopback address"
    return None
