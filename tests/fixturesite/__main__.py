"""Start the fixture site for a manual demo and print the host URLs; Ctrl-C stops it.

python -m tests.fixturesite [--hosts N] [--crawl-delay S] [--slow-seconds S] [--extra-pages N]
"""

from __future__ import annotations

import argparse
import threading

from .server import FixtureSite


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.fixturesite", description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=2)
    parser.add_argument("--crawl-delay", type=float, default=None)
    parser.add_argument("--slow-seconds", type=float, default=3.0)
    parser.add_argument("--extra-pages", type=int, default=0)
    args = parser.parse_args()
    with FixtureSite(args.hosts, args.crawl_delay, args.slow_seconds, args.extra_pages) as site:
        for i in range(site.hosts):
            print(f"host {i}: {site.base(i)}/  ({len(site.article_paths(i))} article pages)")
        print("Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
        print(f"\n{len(site.log)} requests served.")


if __name__ == "__main__":
    main()
