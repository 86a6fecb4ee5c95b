"""robots.txt, fetched once per host per run and obeyed (RFC 9309, read by protego).

protego implements what `urllib.robotparser` does not: `*` and `$` in paths (`Disallow: /*.pdf$`,
`/search*`), the longest matching rule winning whatever the order of `Allow` and `Disallow`, and a
fractional `Crawl-delay`. A robots.txt that answers 4xx allows everything; one that cannot be fetched (5xx,
timeout, no connection) disallows the whole host for this run, as the RFC asks. `Crawl-delay` raises the
host's delay; `Sitemap:` lines feed `--discover`. A robots.txt is read up to 500 KiB, as the RFC allows.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from protego import Protego

from pipeline.errors import FetchFailed, Skip
from pipeline.fetching.client import Client
from pipeline.fetching.urls import canonical, refused_redirect

MAX_ROBOTS_BYTES = 500 * 1024


@dataclass
class HostRules:
    parser: Protego | None
    unreachable: str | None = None
    sitemaps: list[str] = field(default_factory=list)
    crawl_delay: float | None = None

    def allows(self, agent: str, url: str) -> bool:
        if self.unreachable:
            return False
        return self.parser is None or bool(self.parser.can_fetch(url, agent))


def parse_robots(text: str, agent: str) -> HostRules:
    """The rules of one robots.txt for `agent` (the product token, `vnie`)."""
    parser = Protego.parse(text)
    delay = parser.crawl_delay(agent)
    return HostRules(parser, sitemaps=list(parser.sitemaps), crawl_delay=float(delay) if delay else None)


class RobotsCache:
    """robots.txt rules by host (`scheme://host:port`)."""

    def __init__(self, agent: str) -> None:
        self.agent = agent.split("/")[0]
        self.rules: dict[str, HostRules] = {}
        self.lock = threading.Lock()

    def known(self, host: str) -> bool:
        with self.lock:
            return host in self.rules

    def get(self, host: str) -> HostRules:
        with self.lock:
            return self.rules[host]

    def load(self, host: str, client: Client) -> HostRules:
        """Fetch and parse `host/robots.txt` (following up to 5 redirects); one request per hop."""
        url = f"{host}/robots.txt"
        rules = HostRules(None)
        try:
            for _ in range(5):
                response = client.get(url, want="text")
                if response.location:
                    target = canonical(response.location, base=url)
                    if refused_redirect(url, target):  # never to 169.254.169.254: as if there were no robots.txt
                        break
                    url = target
                    continue
                rules = parse_robots(response.body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace"), self.agent)
                break
        except FetchFailed as exc:
            status = exc.reason.removeprefix("http_")
            if not (status.isdigit() and 400 <= int(status) < 500):
                rules = HostRules(None, unreachable=f"robots.txt {exc.reason}")
        except Skip:
            pass
        with self.lock:
            self.rules[host] = rules
        return rules
