"""Fetch throughput against the local fixture site: N hosts, a per-host delay, pages per second.

    python benchmarks/fetch_rate.py [--hosts 8] [--pages 20] [--delay 1.0] [--concurrency 8]

Starts `tests.fixturesite.FixtureSite` with `hosts` benchmark hosts (plus the two fixture papers, not
fetched), fetches every host's sitemap into a throwaway store, and prints pages/s next to the limit the
settings allow (hosts / delay). Prints one JSON line as well, for comparing runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.fetching.crawl import fetch  # noqa: E402
from pipeline.fetching.policy import FetchPolicy  # noqa: E402
from pipeline.fetching.sources import Sources  # noqa: E402
from pipeline.fetching.store import CorpusStore  # noqa: E402
from tests.fixturesite import FixtureSite  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--pages", type=int, default=20, help="article pages per host")
    parser.add_argument("--delay", type=float, default=1.0)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    with FixtureSite(hosts=2 + args.hosts, extra_pages=args.pages) as site, tempfile.TemporaryDirectory() as tmp:
        hosts = range(2, 2 + args.hosts)
        sources = Sources(sitemaps=tuple(site.url(i, "/sitemap.xml") for i in hosts))
        policy = FetchPolicy(delay=args.delay, concurrency=args.concurrency)
        with CorpusStore(Path(tmp) / "store") as store:
            started = time.monotonic()
            summary = fetch(sources, store, policy)
            elapsed = time.monotonic() - started
        requests = [r for r in site.log if r.host in hosts]
    first, last = min(r.t for r in requests), max(r.t for r in requests)
    result = {
        "hosts": args.hosts, "delay": args.delay, "concurrency": args.concurrency, "pages": summary.fetched,
        "requests": len(requests), "seconds": round(elapsed, 2),
        "pages_per_s": round(summary.fetched / elapsed, 2),
        # each host's last request is followed by its delay too: n requests take at least n / limit seconds
        "requests_per_s": round(len(requests) / (last - first + args.delay), 2),
        "limit_requests_per_s": round(args.hosts / args.delay, 2),
    }
    print(f"{summary.line()}")
    print(f"{result['pages']} pages in {elapsed:.1f} s: {result['pages_per_s']} pages/s; "
          f"{result['requests']} requests (robots.txt and sitemaps too): {result['requests_per_s']} requests/s; "
          f"the limit is {result['limit_requests_per_s']}/s ({args.hosts} hosts, {args.delay:g} s apart)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
