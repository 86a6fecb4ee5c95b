"""robots.txt, fetched once per host per run and obeyed (RFC 9309 as Python's `urllib.robotparser` reads it).

A robots.txt that answers 4xx allows everything; one that cannot be fetched (5xx, timeout, no
connection) disallows the whole host for this run, as the RFC asks. `Crawl-delay` raises the host's
delay; `Sitemap:` lines feed `--discover`.
"""

from __future__ import annotations

import threading
import urllib.robotparser
from dataclasses import dataclass, field

from pipeline.errors import FetchFailed, Skip
from pipeline.fetching.client import Client
from pipeline.fetching.urls import canonical


@dataclass
class HostRules:
    parser: urllib.robotparser.RobotFileParser | None
    unreachable: str | None = None
    sitemaps: list[str] = field(default_factory=list)
    crawl_delay: float | None = None

    def allows(self, agent: str, url: str) -> bool:
        if self.unreachable:
            return False
        return self.parser is None or self.parser.can_fetch(agent, url)


def crawl_delay(lines: list[str], agent: str) -> float | None:
    """The `Crawl-delay` of the group for `agent` (else of `*`), fractions allowed (robotparser drops them)."""
    delays: dict[str, float] = {}
    agents: list[str] = []
    in_rules = False
    for raw in lines:
        field, _, value = raw.split("#", 1)[0].partition(":")
        field, value = field.strip().lower(), value.strip()
        if field == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
        elif field:
            in_rules = True
            if field == "crawl-delay":
                try:
                    seconds = float(value)
                except ValueError:
                    continue
                for name in agents:
                    delays.setdefault(name, seconds)
    mine = next((seconds for name, seconds in delays.items() if name != "*" and name in agent.lower()), None)
    return mine if mine is not None else delays.get("*")


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
                    url = canonical(response.location, base=url)
                    continue
                lines = response.body.decode("utf-8", "replace").splitlines()
                parser = urllib.robotparser.RobotFileParser(url)
                parser.parse(lines)
                rules = HostRules(parser, sitemaps=list(parser.site_maps() or []), crawl_delay=crawl_delay(lines, self.agent))
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
