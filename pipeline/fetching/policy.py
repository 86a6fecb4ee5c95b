"""The one settings object of a fetch: manners, limits and what to fetch, built once by the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline import __version__

DEFAULT_USER_AGENT = f"vnie/{__version__} (+https://github.com/vnie/vnie; Vietnamese news research crawler)"


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how far a fetch goes.

    delay: least seconds between two requests to one host (raised to the host's robots.txt Crawl-delay).
    concurrency: requests in flight at once, over all hosts (one at a time per host).
    connect_timeout / read_timeout: seconds; a body that takes longer than `total_timeout` is dropped.
    max_attempts: tries per URL for timeouts, connection errors, 429 and 5xx, with exponential backoff
    from `backoff` seconds (a `Retry-After` header wins when it asks for longer, up to `max_retry_after`).
    max_download: bytes on the wire; max_bytes: bytes after decompression (a gzip bomb stops there).
    since / until: ISO dates; feed and sitemap entries dated outside them are skipped.
    max_pages: pages a `--crawl` may fetch.
    """

    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 1.0
    concurrency: int = 8
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0
    max_attempts: int = 4
    backoff: float = 1.0
    max_retry_after: float = 600.0
    max_redirects: int = 5
    max_download: int = 10_000_000
    max_bytes: int = 5_000_000
    robots: bool = True
    since: str | None = None
    until: str | None = None
    max_pages: int = 100
    refetch: bool = True
