"""The `vnie` command: parse arguments, build settings once, call the library, report in one line on error."""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import NoReturn

from pipeline import __version__
from pipeline.errors import SettingsError, VnieError
from pipeline.settings import Settings

log = logging.getLogger(__name__)
MAX_LIMIT = 1_000_000
# Exit statuses: 0 done (every input written or rejected with a documented reason), 1 an error (one line on
# standard error), 2 a usage error, 3 done but some input failed with `error` (a bug: see errors.jsonl),
# 130 interrupted.
EXIT_FAILED_INPUTS = 3

EPILOG = """examples:
  vnie run corpus/ -o extracted/                 every page under corpus/ into extracted/records.jsonl
  vnie fetch --feed https://example.vn/rss.xml --sitemap https://example.vn/sitemap.xml
                                                 fetch politely into corpus/fetched.sqlite
  vnie run --feed https://example.vn/rss.xml -o extracted/   fetch, then extract, in one go
  curl -s https://example.vn/tin.html | vnie run -           one page (or a JSON Lines corpus) from standard input
  vnie -v run corpus/ -o extracted/                say what is being done; -q: only errors
  vnie fetch cc-news.warc.gz                     import the HTML responses of a WARC file
  vnie run ../shared/bench/vi-news-2956.jsonl.gz -o /tmp/out --workers 2
  vnie show 1a2b3c --html -o article.html        one record with its facts highlighted
  vnie fetch --source congthuong                 fetch the catalogued feeds of a source (`vnie sources` lists them)
  vnie report -o report.html                     charts of the corpus in one page, readable offline
  vnie export --format dataset -o dataset/       articles and facts by year, with a dataset card
  vnie page saved-page.html                      what the page stage keeps and removes of one page, and why
  vnie schema                                    the JSON Schema of a record
"""


def _number(kind: type, least: float, what: str):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not {what}: {text!r}") from None
        if value < least:
            raise argparse.ArgumentTypeError(f"must be {least:g} or more: {value}")
        return value

    return parse


_positive = _number(int, 1, "a whole number")


def _limit(text: str) -> int:
    value = _positive(text)
    if value > MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"at most {MAX_LIMIT}: {value}")
    return value
_seconds = _number(float, 0, "a number of seconds")


def _iso_date(text: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _add_fetch_args(parser: argparse.ArgumentParser) -> None:
    from pipeline.fetching.policy import FetchPolicy

    d = FetchPolicy()
    group = parser.add_argument_group("fetching (sources, manners, limits)")
    group.add_argument("--urls", metavar="FILE", action="append", default=[], help="a file of URLs, one per line")
    group.add_argument("--feed", metavar="URL", action="append", default=[], help="an RSS or Atom feed (repeatable)")
    group.add_argument("--sitemap", metavar="URL", action="append", default=[],
                       help="a sitemap, sitemap index, gzipped or news sitemap (repeatable)")
    group.add_argument("--discover", action="store_true",
                       help="treat URL arguments as homepages: fetch the sitemaps their robots.txt lists (else /sitemap.xml)")
    group.add_argument("--source", metavar="NAME", action="append", default=[],
                       help="the feeds, sitemaps and listing pages of a catalogued source: a name, a name prefix "
                            "(congthuong) or a kind (national_paper); repeatable; `vnie sources` lists them")
    group.add_argument("--catalogue", metavar="FILE", help="a catalogue of sources instead of the shipped one (TSV)")
    group.add_argument("--crawl", metavar="URL", action="append", default=[],
                       help="crawl this site from URL, following same-site links (repeatable)")
    group.add_argument("--max-pages", type=_positive, default=d.max_pages, metavar="N",
                       help=f"pages a --crawl may fetch (default {d.max_pages})")
    group.add_argument("--since", type=_iso_date, metavar="DATE", help="skip feed/sitemap entries dated before DATE")
    group.add_argument("--until", type=_iso_date, metavar="DATE", help="skip feed/sitemap entries dated after DATE")
    group.add_argument("--store", default="corpus", metavar="PATH",
                       help="corpus store: a .sqlite file or a folder for fetched.sqlite (default corpus/)")
    group.add_argument("--delay", type=_seconds, default=d.delay, metavar="S",
                       help=f"seconds between requests to one host, raised to its Crawl-delay (default {d.delay:g})")
    group.add_argument("--concurrency", type=_positive, default=d.concurrency, metavar="N",
                       help=f"requests in flight over all hosts (default {d.concurrency})")
    group.add_argument("--user-agent", default=d.user_agent, metavar="UA", help="User-Agent header (default names vnie)")
    group.add_argument("--ignore-robots", action="store_true", help="do not read or obey robots.txt")
    group.add_argument("--timeout", type=_seconds, default=d.read_timeout, metavar="S",
                       help=f"read timeout per request (default {d.read_timeout:g}; connect {d.connect_timeout:g})")
    group.add_argument("--attempts", type=_positive, default=d.max_attempts, metavar="N",
                       help=f"tries per URL on timeouts, connection errors, 429 and 5xx (default {d.max_attempts})")
    group.add_argument("--backoff", type=_seconds, default=d.backoff, metavar="S",
                       help=f"first retry wait, doubled each time; Retry-After wins if longer (default {d.backoff:g})")
    group.add_argument("--max-download", type=_positive, default=d.max_download, metavar="N",
                       help=f"bytes on the wire per page (default {d.max_download})")
    group.add_argument("--warc-out", metavar="FILE", help="also append every fetched page to this WARC file (.warc.gz)")


def _fetch_policy(args: argparse.Namespace):
    from pipeline.fetching.policy import FetchPolicy

    if args.since and args.until and args.since > args.until:
        raise SettingsError(f"--since {args.since} is after --until {args.until}")
    return FetchPolicy(
        user_agent=args.user_agent, delay=args.delay, concurrency=args.concurrency, read_timeout=args.timeout,
        max_attempts=args.attempts, backoff=args.backoff, max_download=args.max_download, max_bytes=args.max_bytes,
        robots=not args.ignore_robots, since=args.since, until=args.until, max_pages=args.max_pages,
    )


def _fetch_sources(args: argparse.Namespace, targets: list[str], read_warcs: bool = False):
    """Split positional arguments into URLs, WARC files and local paths; build the fetch `Sources`.

    read_warcs: WARC files are local paths to read (`vnie run`), not captures to import into the store.
    """
    from pipeline.fetching.sources import Sources, read_url_file
    from pipeline.fetching.warcfiles import is_warc

    urls, warcs, paths = [], [], []
    for target in targets:
        if target.lower().startswith(("http://", "https://")):
            urls.append(target)
        elif "://" in target:
            raise SettingsError(f"only http and https URLs can be fetched: {target}")
        elif not Path(target).exists() and not read_warcs:
            raise SettingsError(f"no such file or directory: {target}")
        elif is_warc(target) and not read_warcs:
            warcs.append(Path(target))
        else:
            paths.append(target)
    for name in args.urls:
        urls.extend(read_url_file(name))
    feeds, sitemaps, crawl = list(args.feed), list(args.sitemap), list(args.crawl)
    if args.source:
        from pipeline.fetching.catalogue import load_catalogue, select, to_sources

        more = to_sources(select(load_catalogue(args.catalogue), args.source))
        feeds, sitemaps, crawl = feeds + more[0], sitemaps + more[1], crawl + more[2]
    sources = Sources(tuple(urls), tuple(feeds), tuple(sitemaps), tuple(crawl), tuple(warcs), args.discover)
    return sources, paths


def _do_fetch(args: argparse.Namespace, sources):
    from pipeline.fetching.crawl import fetch
    from pipeline.fetching.store import CorpusStore
    from pipeline.progress import Progress, choose_mode

    policy = _fetch_policy(args)
    counts = {"queued": 0, "fetched": 0, "failed": 0}
    with CorpusStore(args.store) as store, Progress("pages", mode=choose_mode(args.quiet)) as progress:
        def event(what: str, url: str) -> None:
            if what in ("request", "retry"):
                return
            if what == "queued":
                counts["queued"] += 1
                progress.set_total(counts["queued"])
            else:
                counts["fetched"] += what in ("fetched", "not_modified")
                counts["failed"] += what == "failed"
                progress.note(**counts)
                progress.advance()
            log.debug("%s %s", what, url)

        summary = fetch(sources, store, policy, Path(args.warc_out) if args.warc_out else None, event)
        store_path = store.path
    print(summary.line())
    rate = summary.fetched / summary.elapsed if summary.elapsed else 0.0
    print(f"{summary.requests} requests, {summary.retries} retries, {summary.listings} feeds/sitemaps/listings read, "
          f"{rate:.1f} pages/s; store {store_path}")
    return summary


def _fetch(args: argparse.Namespace) -> int:
    sources, paths = _fetch_sources(args, args.targets)
    if paths:
        raise SettingsError(f"not a URL or a WARC file: {paths[0]} (use `vnie run` for local pages)")
    if sources.empty():
        raise SettingsError("nothing to fetch: give URLs, --urls, --feed, --sitemap, --crawl or WARC files")
    _do_fetch(args, sources)
    return 0


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line: `vnie search: error: argument --min: not a number: 'abc'`."""

    def error(self, message: str) -> NoReturn:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _float(text: str) -> float:
    try:
        return float(text.replace(",", ".") if text.count(",") == 1 and "." not in text else text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def _when(text: str) -> str:
    from pipeline.db.search import SearchError, date_bound

    try:
        return date_bound(text)
    except SearchError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _topic(text: str) -> str:
    from pipeline.facts.topics import check_topic

    try:
        return check_topic(text)
    except SettingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_topic_args(parser: argparse.ArgumentParser, what: str, rejected: bool = False) -> None:
    """`--topic CODE` and `--relevant-only`, the topic-relevance filters of run, search, totals and export;
    `rejected`: say that the others are counted as rejected (`vnie run`)."""
    parser.add_argument("--topic", type=_topic, metavar="CODE",
                        help=f"only {what} with this topic (energy, industrial_zones, khuyen_cong, rural_industry, "
                             "trade_promotion, fairs, exports_imports, domestic_market, market_management, ecommerce, "
                             "manufacturing, mining, industrial_investment, administration)"
                             + ("; the others are not written, and counted as rejected: off_topic" if rejected else ""))
    parser.add_argument("--relevant-only", action="store_true",
                        help=f"only {what} the topic model marks relevant to industry and trade"
                             + ("; the others are not written, and counted as rejected: not_relevant" if rejected else ""))


def default_db() -> str:
    """The fact store commands read when --db is not given: $VNIE_DB, else extracted/vnie.db."""
    return os.environ.get("VNIE_DB") or "extracted/vnie.db"


def _add_db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=None, metavar="PATH",
                        help="fact store (default $VNIE_DB, else extracted/vnie.db)")


def _search(args: argparse.Namespace) -> int:
    import json

    from pipeline.db.schema import connect
    from pipeline.db.search import Query, search

    if args.since and args.until and args.since > args.until:
        raise SettingsError(f"--since {args.since} is after --until {args.until}")
    query = Query(" ".join(args.query), args.kind, args.unit, args.min, args.max, args.province, args.article_province,
                  args.person, args.since, args.until, args.site, args.limit, args.with_copies, args.topic, args.relevant_only)
    if not query.text.strip() and not any((args.kind, args.unit, args.min is not None, args.max is not None, args.province,
                                           args.article_province, args.person, args.since, args.until, args.site,
                                           args.topic, args.relevant_only)):
        raise SettingsError("give words to search for, or at least one filter")
    db = connect(args.db, create=False)
    try:
        hits = search(db, query)
    finally:
        db.close()
    if not hits:
        print("no match", file=sys.stderr)
        return 1
    if args.json:
        for hit in hits:
            print(json.dumps(hit.to_dict(), ensure_ascii=False))
        return 0
    for hit in hits:
        loose = {"near": "  (words near each other)", "words": "  (words apart)"}.get(hit.match, "") if query.text.strip() else ""
        print(f"{hit.kind:<8} {hit.summary}{loose}")
        print(f"         “{hit.marked()}”")
        where = " · ".join(x for x in (hit.published[:10] if hit.published else None, hit.site, hit.url) if x)
        print(f"         {hit.title or '(no title)'}" + (f" — {where}" if where else "") + f" [{hit.article_id}]")
    return 0


def _people(args: argparse.Namespace) -> int:
    import json

    from pipeline.db.people import find_people
    from pipeline.db.schema import connect

    db = connect(args.db, create=False)
    try:
        found = find_people(db, " ".join(args.name))
    finally:
        db.close()
    if args.json:
        for person in found:
            print(json.dumps(person, ensure_ascii=False))
        return 0
    if not found:
        print("no such person", file=sys.stderr)
        return 1
    for person in found:
        span = f"{person['first_seen'] or '?'} – {person['last_seen'] or '?'}"
        print(f"{person['name']}  ({person['n_articles']} articles, {span}) [{person['id']}]")
        for post in person["positions"]:
            seen = f"{(post['first_seen'] or '?')[:10]} – {(post['last_seen'] or '?')[:10]}"
            print(f"  {seen}  {post['title']}" + (f"  [{post['province']}]" if post["province"] else "")
                  + f"  ({post['n_articles']} articles)")
    return 0


def _who(args: argparse.Namespace) -> int:
    import json

    from pipeline.db.answers import who
    from pipeline.db.schema import connect

    db = connect(args.db, create=False)
    try:
        holders = who(db, " ".join(args.organisation), args.role, args.year)
    finally:
        db.close()
    if not holders:
        print("no match", file=sys.stderr)
        return 1
    for holder in holders:
        if args.json:
            print(json.dumps(holder.to_dict(), ensure_ascii=False))
        else:
            seen = f"{(holder.first_seen or '?')[:10]} – {(holder.last_seen or '?')[:10]}"
            print(f"{seen}  {holder.name} · {holder.title}  ({len(holder.articles)} articles) [{holder.person_id}]")
    return 0


def _totals(args: argparse.Namespace) -> int:
    import json

    from pipeline.db.answers import totals
    from pipeline.db.schema import connect

    by = [b.strip() for b in args.by.split(",") if b.strip()] if args.by else []
    db = connect(args.db, create=False)
    try:
        found = totals(db, args.unit, by, args.province, args.since, args.until, args.with_rates, args.with_repeats,
                       args.with_copies, args.relevant_only, args.topic)
    finally:
        db.close()
    if not found:
        print("no match", file=sys.stderr)
        return 1
    for total in found:
        if args.json:
            print(json.dumps(total.to_dict(), ensure_ascii=False))
        else:
            keys = "  ".join(f"{'(none)' if v is None else v}" for v in total.keys.values())
            amount = f"{total.total:,.3f}".rstrip("0").rstrip(".")
            print(f"{keys + '  ' if keys else ''}{amount} {total.unit}  ({total.figures} figures)")
    return 0


def _export(args: argparse.Namespace) -> int:
    from pipeline.db.export import export

    if args.format == "dataset":
        from pipeline.db.dataset import export_dataset

        if args.all_articles and args.relevant_only:
            raise SettingsError("--all-articles and --relevant-only contradict each other")
        summary = export_dataset(args.db, args.out, args.all_articles, not args.without_text, args.with_copies, args.topic)
        print(f"articles {summary.articles} (" + ", ".join(f"{y} {n}" for y, n in sorted(summary.splits.items())) + "), "
              + ", ".join(f"{k} {v}" for k, v in summary.facts.items()))
        print(f"wrote {Path(args.out) / 'data' / '*.jsonl'} and the dataset card {Path(args.out) / 'README.md'}")
        return 0
    from pipeline.progress import Progress, choose_mode

    with Progress("rows", mode=choose_mode(args.quiet)) as progress:
        shown = {"table": ""}

        def step(table: str) -> None:
            if table != shown["table"]:
                progress.note(table=table)
                shown["table"] = table
            progress.advance()

        counts = export(args.db, args.out, args.format, args.with_copies, args.relevant_only, args.topic, step)
    print(", ".join(f"{table} {n}" for table, n in counts.items()))
    if args.format == "spacy":
        print(f"wrote spaCy DocBin files to {args.out}/; train: python -m spacy train {args.out}/config.cfg "
              f"--paths.train {args.out}/train.spacy --paths.dev {args.out}/dev.spacy")
    else:
        print(f"wrote {args.format} to {args.out}/ with columns.md and record.schema.json")
    return 0


def _report(args: argparse.Namespace) -> int:
    from pipeline.report import ReportOptions, write_report

    data = write_report(args.db, args.out, ReportOptions(relevant_only=args.relevant_only, title=args.title))
    print(f"wrote {args.out}: {data.articles} articles, {len(data.per_month_site)} sites, {len(data.events)} events")
    return 0


def _sources(args: argparse.Namespace) -> int:
    import json

    from pipeline.fetching.catalogue import load_catalogue, select

    entries = load_catalogue(args.catalogue)
    if args.names:
        entries = select(entries, args.names)
    for entry in entries:
        if args.json:
            print(json.dumps(entry.to_dict(), ensure_ascii=False))
        else:
            print(f"{entry.name:<24} {entry.kind:<15} {entry.type:<7} {entry.url}")
            print(f"{'':<24} {entry.publisher} · {entry.section}; found in {entry.found_in}")
    return 0


def _load(args: argparse.Namespace) -> int:
    from pipeline.db.postgres import describe, load, redact

    if not args.dsn.startswith(("postgresql://", "postgres://")):
        raise SettingsError(f"not a PostgreSQL URL: {redact(args.dsn, args.dsn)!r} (postgresql://user@host/db)")
    from pipeline.progress import Progress, choose_mode

    with Progress("rows", mode=choose_mode(args.quiet)) as progress:
        staged: dict[str, int] = {}

        def step(table: str, rows: int) -> None:
            progress.note(table=table)
            progress.advance(rows - staged.get(table, 0))
            staged[table] = rows

        summary = load(args.db, args.dsn, step)
    print(describe(summary))
    return 0


def _serve(args: argparse.Namespace) -> int:
    from pipeline.db.serve import serve

    if not Path(args.db).exists():
        raise SettingsError(f"no database at {args.db} (run `vnie run` first, or give --db)")
    print(f"serving {args.db} at http://{args.host}:{args.port}/ (search: http://{args.host}:{args.port}/vnie/search); Ctrl-C stops")
    return serve(args.db, host=args.host, port=args.port)


def _bench(args: argparse.Namespace) -> int:
    import json

    from pipeline.bench import bench, report

    result = bench(Path(args.corpus), args.limit, args.workers, reference=not args.no_reference, compare=not args.no_compare)
    print(report(result))
    out = Path(args.json or f"benchmarks/results/bench-{result['when'].replace(':', '')}-n{args.limit or 'all'}-w{args.workers}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vnie", description="Vietnamese news in, fact records out (officials, figures, events, dates).",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"vnie {__version__}")
    _add_verbosity(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract records from pages, page dumps, JSON Lines corpora, WARC files and URLs",
                         description="Read every .html/.htm(.gz), .txt, .jsonl(.gz), .warc(.gz) and corpus store (.sqlite) "
                                     "input under PATH (and a page or a JSON Lines corpus on standard input for -), fetch any URL, feed, sitemap or crawl given (into the store, then "
                                     "extract the pages fetched), write DIR/records.jsonl (replaced by id on re-runs, each "
                                     "record with its story_id and duplicates) and DIR/errors.jsonl (one line per rejected, "
                                     "skipped or failed input), and print a summary.")
    run.add_argument("paths", nargs="*", metavar="PATH|URL|-",
                     help="files, directories (walked recursively), URLs, or - for standard input (a page or JSON Lines)")
    run.add_argument("-o", "--out", default="extracted", metavar="DIR", help="output folder (default: extracted)")
    run.add_argument("--workers", type=_positive, default=1, metavar="N",
                     help="processes (default 1; at most the number of cores unless --force-workers)")
    run.add_argument("--force-workers", action="store_true", help="use --workers N even when N is more than the cores")
    run.add_argument("--doc-timeout", type=_seconds, default=Settings.doc_timeout, metavar="S",
                     help=f"seconds one document may take; a slower one is rejected as `timeout` and the run goes on "
                          f"(default {Settings.doc_timeout:g}; 0 for no limit)")
    run.add_argument("--max-bytes", type=_positive, default=Settings.max_bytes, metavar="N",
                     help=f"reject inputs larger than this (default {Settings.max_bytes})")
    run.add_argument("--stdin-format", choices=("html", "text", "jsonl"), metavar="html|text|jsonl",
                     help="what `-` (standard input) holds, instead of sniffing it: an HTML page, a plain-text page, "
                          "or a JSON Lines corpus")
    run.add_argument("--dask", metavar="ADDRESS",
                     help="run the per-article stages on a Dask cluster: a scheduler address (tcp://host:8786) or "
                          "local:N for a local cluster of N worker processes")
    run.add_argument("--stats", metavar="FILE", help="also write the summary as JSON (counts, facts, seconds per stage, CPU seconds of the main process and the workers)")
    _add_topic_args(run, "articles", rejected=True)
    _add_fetch_args(run)

    fetch = sub.add_parser("fetch", help="fetch pages from URLs, feeds, sitemaps, a crawl or WARC files into the corpus store",
                           description="Fetch politely (robots.txt, per-host delay, retries with backoff) into the corpus "
                                       "store (SQLite: every URL's state and the raw page). Re-runs send conditional "
                                       "requests and skip unchanged pages. Prints fetched, not modified, skipped and "
                                       "failed by reason, and duplicates.")
    fetch.add_argument("targets", nargs="*", metavar="URL|WARC", help="page URLs (homepages with --discover) or WARC files")
    fetch.add_argument("--max-bytes", type=_positive, default=Settings.max_bytes, metavar="N",
                       help=f"bytes per page after decompression (default {Settings.max_bytes})")
    _add_fetch_args(fetch)

    show = sub.add_parser("show", help="show one record, as text or as HTML with facts highlighted",
                          description="One record from the fact store (--db, $VNIE_DB or extracted/vnie.db), or from "
                                      "a records file with --records: its facts with readable values (560 tỷ đồng, "
                                      "hơn), or with --html its text with every fact highlighted by displaCy.")
    show.add_argument("record_id", metavar="RECORD_ID", help="a record id or its first characters")
    _add_db_arg(show)
    show.add_argument("--records", default=None, metavar="FILE",
                      help="read the record from this records file instead of the store")
    show.add_argument("--html", action="store_true", help="render HTML with displaCy")
    show.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")

    diff = sub.add_parser("diff", help="the facts gained and lost between two records files",
                          description="Pair the records of OLD and NEW by id and print, per record, the officials, "
                                      "figures, events and dates lost (-) or gained (+), then a total line. Exit 0 when "
                                      "the facts are the same, 1 when they differ.")
    diff.add_argument("old", metavar="OLD", help="a records.jsonl")
    diff.add_argument("new", metavar="NEW", help="a records.jsonl")

    search = sub.add_parser("search", help="search facts and articles, with or without diacritics",
                            description="Search officials, figures, events and articles in the fact store. Words match "
                                        "with or without diacritics (nguyen van hoa = Nguyễn Văn Hòa; đ = d); matches "
                                        "with the diacritics as typed come first. FTS5 syntax (\"phrase\", OR, NOT, "
                                        "prefix*) is accepted. The words next to each other in the fact itself rank first, "
                                        "then as a phrase in the sentence, then near each other, then scattered. "
                                        "Copies of a story are shown once. No match exits 1.")
    search.add_argument("query", nargs="*", metavar="WORDS", help="words to find (optional with filters)")
    _add_db_arg(search)
    search.add_argument("--kind", choices=("official", "figure", "event", "article"), help="only this kind of hit")
    search.add_argument("--unit", metavar="UNIT", help="figures in this unit (MW, GW, ha, VND, đồng, dong, tỷ đồng, "
                                                       "trieu USD, %%, count, ...)")
    search.add_argument("--min", type=_float, metavar="N", help="figures at least N (in --unit)")
    search.add_argument("--max", type=_float, metavar="N", help="figures at most N (in --unit)")
    search.add_argument("--province", metavar="NAME",
                        help="facts placed in a province by the fact itself (an official's post, a figure's or event's "
                             "own place), as written or after the 2025 merger (Kiên Giang, An Giang)")
    search.add_argument("--article-province", metavar="NAME",
                        help="facts of articles that name the province anywhere")
    search.add_argument("--person", metavar="NAME", help="officials with this name (diacritics optional)")
    search.add_argument("--since", type=_when, metavar="DATE",
                        help="on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD): the article's date, an event's own date, "
                             "the period a figure refers to")
    search.add_argument("--until", type=_when, metavar="DATE", help="on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    search.add_argument("--site", metavar="HOST", help="articles of this site (baocongthuong.vn)")
    search.add_argument("--limit", type=_limit, default=20, metavar="N", help="hits to show (default 20)")
    search.add_argument("--with-copies", action="store_true", help="also show copies of a story from other papers")
    _add_topic_args(search, "facts and articles of articles")
    search.add_argument("--json", action="store_true", help="one JSON object per hit")

    people = sub.add_parser("people", help="who held which post when: officials merged across articles",
                            description="People whose name contains NAME (diacritics optional), each with the "
                                        "positions seen, first and last date and number of articles. The merge rule "
                                        "is in the README (same name, and compatible posts: organisation, province, "
                                        "national post; an assignment, a stray namesake stays apart).")
    people.add_argument("name", nargs="+", metavar="NAME")
    _add_db_arg(people)
    people.add_argument("--json", action="store_true", help="one JSON object per person")

    who_parser = sub.add_parser("who", help="who held posts in an organisation, newest first",
                                description="Officials of ORGANISATION (diacritics optional; `tỉnh`, `TP` optional: "
                                            "so cong thuong kien giang), one line per person and post with first and "
                                            "last date seen, newest first. No match exits 1.")
    who_parser.add_argument("organisation", nargs="+", metavar="ORGANISATION")
    who_parser.add_argument("--role", metavar="ROLE", help="only this office (Giám đốc; not Phó Giám đốc)")
    who_parser.add_argument("--year", type=_positive, metavar="YYYY", help="only posts seen in this year")
    _add_db_arg(who_parser)
    who_parser.add_argument("--json", action="store_true", help="one JSON object per line")

    totals_parser = sub.add_parser("totals", help="sums of figures in a unit by province, year or site",
                                   description="Number and sum of the figures in UNIT, grouped by the figure's own "
                                               "province (province, province_2025), the year it refers to (else its "
                                               "article's), site or unit. Rates (per ngày, per kg) and repeated "
                                               "mentions are left out unless asked for; copies of a story too.")
    totals_parser.add_argument("--unit", required=True, metavar="UNIT", help="MW, GW, ha, đồng, tỷ đồng, USD, ...")
    totals_parser.add_argument("--by", default="province,year", metavar="KEYS",
                               help="comma-separated: province, province_2025, year, site, unit (default province,year)")
    totals_parser.add_argument("--province", metavar="NAME", help="only figures placed in this province")
    totals_parser.add_argument("--since", type=_when, metavar="YYYY", help="years from")
    totals_parser.add_argument("--until", type=_when, metavar="YYYY", help="years up to")
    totals_parser.add_argument("--with-rates", action="store_true", help="also rates (đồng/ngày, đồng/kg)")
    totals_parser.add_argument("--with-repeats", action="store_true", help="also repeated mentions of one fact")
    totals_parser.add_argument("--with-copies", action="store_true", help="also copies of a story")
    _add_topic_args(totals_parser, "figures of articles")
    _add_db_arg(totals_parser)
    totals_parser.add_argument("--json", action="store_true", help="one JSON object per group")

    export = sub.add_parser("export", help="write every table as JSON Lines, CSV or Parquet (by year), with column docs; or spaCy DocBin",
                            description="Write articles, sources, officials, figures, events, dates, people, positions, "
                                        "article_provinces and article_topics to DIR: one file per table (Parquet: one dataset per "
                                        "table, partitioned by year), types kept (numbers, dates), with columns.md and "
                                        "the records' JSON Schema beside them. Copies of a story are left out. --format dataset "
                                        "writes the articles with their facts as JSON Lines split by year, with a "
                                        "dataset card (README.md) the dataset hubs read. --format spacy writes the articles "
                                        "as spaCy Docs (DocBin), their facts as span groups and entities, with a "
                                        "`spacy train` config.")
    export.add_argument("--format", choices=("jsonl", "csv", "parquet", "dataset", "spacy"), default="jsonl",
                        help="default jsonl; dataset: the articles with their facts as JSON Lines split by year, "
                             "with a dataset card (README.md) for the dataset hubs; spacy: DocBin files "
                             "train.spacy/dev.spacy and a spacy train config.cfg")
    export.add_argument("-o", "--out", required=True, metavar="DIR", help="output folder")
    _add_db_arg(export)
    export.add_argument("--with-copies", action="store_true", help="keep articles that copy an earlier story")
    export.add_argument("--all-articles", action="store_true",
                        help="dataset: keep articles marked not relevant too (when the store has topic relevance)")
    export.add_argument("--without-text", action="store_true", help="dataset: leave the article texts out")
    _add_topic_args(export, "articles (and their facts; the dataset keeps relevant ones by default)")

    report = sub.add_parser("report", help="one self-contained HTML page of charts of the corpus, readable offline",
                            description="Draw the fact store: articles per month by site (and by topic when the "
                                        "store has topics), MW, VND and hectare figures by year and by province "
                                        "(counted once, as `vnie totals` counts), the most cited officials, an events "
                                        "calendar and how many articles gave each kind of fact. One HTML file with "
                                        "plotly.js inside it: no network needed to read it.")
    report.add_argument("-o", "--out", default="report.html", metavar="FILE", help="output page (default report.html)")
    _add_db_arg(report)
    report.add_argument("--relevant-only", action="store_true",
                        help="only articles marked relevant (needs topic relevance in the store)")
    report.add_argument("--title", default="vnie corpus report", help="page title")

    sources = sub.add_parser("sources", help="the catalogue of news sources, with where each URL was found",
                             description="List the catalogued feeds, sitemaps and listing pages of Vietnamese "
                                         "industry-and-trade news (the ministry's press, the Government's portal, "
                                         "national papers' economy sections), each with where its URL was found in "
                                         "public material. `vnie fetch --source NAME` fetches from them.")
    sources.add_argument("names", nargs="*", metavar="NAME", help="only these: names, name prefixes or kinds")
    sources.add_argument("--catalogue", metavar="FILE", help="another catalogue file (TSV) instead of the shipped one")
    sources.add_argument("--json", action="store_true", help="one JSON object per source")

    load = sub.add_parser("load", help="create or migrate the schema in PostgreSQL and upsert everything, idempotently",
                          description="Load the fact store into PostgreSQL: create or migrate the tables, then upsert "
                                      "every row by id (a second load changes nothing; a load after new articles adds "
                                      "only those). Prints inserted, updated, unchanged and deleted rows per table.")
    load.add_argument("dsn", metavar="postgresql://...", help="PostgreSQL connection URL")
    _add_db_arg(load)

    serve = sub.add_parser("serve", help="browse and search the fact store in Datasette",
                           description="Open the fact store in Datasette with table and column descriptions, facets, "
                                       "full-text search and canned queries. Binds 127.0.0.1 unless --host says otherwise.")
    _add_db_arg(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=_positive, default=8001, help="port (default 8001)")

    bench = sub.add_parser("bench", help="measure the pipeline against plain underthesea on a JSON Lines corpus",
                           description="Run the whole pipeline over a corpus (JSONL in, records and store out) in a child "
                                       "process, then plain underthesea word_tokenize + pos_tag on every sentence of the "
                                       "same texts; print articles/s, characters/s, seconds per stage, peak memory, "
                                       "facts, the ratio, and any difference between vnie's words and tags and "
                                       "underthesea's. Results also go to a JSON file.")
    bench.add_argument("corpus", nargs="?", default="../shared/bench/vi-news-2956.jsonl.gz", metavar="CORPUS",
                       help="a .jsonl(.gz) corpus (default ../shared/bench/vi-news-2956.jsonl.gz)")
    bench.add_argument("--limit", type=_positive, metavar="N", help="only the first N articles")
    bench.add_argument("--workers", type=_positive, default=1, metavar="N", help="pipeline processes (default 1)")
    bench.add_argument("--json", metavar="FILE", help="results file (default benchmarks/results/bench-....json)")
    bench.add_argument("--no-reference", action="store_true", help="skip the underthesea reference")
    bench.add_argument("--no-compare", action="store_true", help="skip comparing words and tags with underthesea")

    page = sub.add_parser("page", help="show what the page stage keeps and removes of one page, and why",
                          description="Read one page (an .html/.htm file, a page dump, or a URL fetched once) and show "
                                      "the text kept, the photo captions, every block and line removed with its reason, "
                                      "the extractor that gave the text (trafilatura, trafilatura-recall, "
                                      "trafilatura-baseline, density, json-ld, app-json), and the title and publication date with "
                                      "where each came from. A rejected page shows its reason.")
    page.add_argument("target", metavar="FILE|URL")
    page.add_argument("--json", action="store_true", help="print the view as JSON")
    page.add_argument("--max-bytes", type=_positive, default=Settings.max_bytes, metavar="N",
                      help=f"refuse larger pages (default {Settings.max_bytes})")

    sub.add_parser("schema", help="print the JSON Schema of a record")

    doctor = sub.add_parser("doctor", help="check the installation: models, lexicons, store, disk, PostgreSQL, Chromium",
                            description="Check that vnie can work here, one line per check with what to do: underthesea's "
                                        "tokenizer and tagger load offline, the lexicons load, the fact store (when there "
                                        "is one) has this vnie's schema version and passes PRAGMA integrity_check, there "
                                        "is free disk space, and, when asked, PostgreSQL answers and Chromium is found. "
                                        "Exit status 1 when any check fails.")
    _add_db_arg(doctor)
    doctor.add_argument("-o", "--out", default="extracted", metavar="DIR", help="output folder whose disk to check")
    doctor.add_argument("--pg", metavar="URL", help="also check that PostgreSQL answers at this postgresql:// URL")
    doctor.add_argument("--chromium", nargs="?", const=True, default=None, metavar="PATH",
                        help="also check that Chromium is found (on PATH, or at PATH)")
    for command in sub.choices.values():
        _add_verbosity(command, top=False)
    return parser


def _add_verbosity(parser: argparse.ArgumentParser, top: bool) -> None:
    """-v/-vv/-q, before or after the command's name (`vnie -v run` and `vnie run -v` alike)."""
    group = parser.add_argument_group("messages")
    group.add_argument("-v", "--verbose", action="count", default=0 if top else argparse.SUPPRESS,
                       help="say what is being done (-vv: debugging detail)")
    group.add_argument("-q", "--quiet", action="store_true", default=False if top else argparse.SUPPRESS,
                       help="no progress, no notes: only errors on standard error (results still go to standard output)")


def _run(args: argparse.Namespace) -> int:
    import itertools

    from pipeline.progress import Progress, choose_mode, count_in_background
    from pipeline.reading.inputs import count_documents
    from pipeline.run.runner import run

    workers = args.workers
    cores = os.cpu_count() or 1
    if workers > cores and not args.force_workers:
        log.warning("--workers %d is more than the %d cores here: using %d (--force-workers to insist)", workers, cores, cores)
        workers = cores
    settings = Settings(max_bytes=args.max_bytes, workers=workers, progress=not args.quiet, doc_timeout=args.doc_timeout,
                        relevant_only=args.relevant_only, topic=args.topic)
    started = time.perf_counter()
    stdin = "-" in args.paths
    sources, paths = _fetch_sources(args, [p for p in args.paths if p != "-"], read_warcs=True)
    if args.stdin_format and not stdin:
        raise SettingsError("--stdin-format is for standard input: give - among the inputs (curl ... | vnie run -)")
    if not paths and sources.empty() and not stdin:
        raise SettingsError("nothing to read: give files, folders, -, URLs, --feed, --sitemap or --crawl")
    if paths and sources.empty() and not stdin and not any(Path(p).exists() or Path(p).is_symlink() for p in paths):
        raise SettingsError(f"no such file or directory: {paths[0]}" + (f" (nor {len(paths) - 1} others)" if len(paths) > 1 else ""))
    if stdin and sys.stdin.isatty():
        raise SettingsError("`vnie run -` reads standard input, which is a terminal here: pipe a page or a corpus in "
                            "(curl -s URL | vnie run -)")
    documents: Iterable = ()
    fetch_errors: list = []
    fetched_pages = 0
    if not sources.empty():
        from pipeline.fetching.store import stored_documents

        fetched = _do_fetch(args, sources)
        documents = stored_documents(args.store, fetched.pages)
        fetch_errors = fetched.errors
        fetched_pages = len(fetched.pages)
    if stdin:
        from pipeline.reading.stdin import read_stdin

        documents = itertools.chain(documents, read_stdin(sys.stdin.buffer, settings, args.stdin_format))
    log.info("reading %s", ", ".join(args.paths) or "the pages fetched")
    with Progress("documents", mode=choose_mode(args.quiet), unit="docs") as progress:
        if not stdin:
            count_in_background(progress, lambda: count_documents(paths) + fetched_pages)
        phases = {"stories": "grouping the records into stories", "store": "bringing the fact store up to date"}
        summary = run(paths, args.out, settings, progress.callback(), documents, fetch_errors, dask=args.dask,
                      on_phase=lambda name: progress.phase(phases.get(name, name)))
    elapsed = time.perf_counter() - started
    if args.stats:
        import json
        import resource

        stats = {**summary.to_dict(), "wall_seconds": round(elapsed, 3), "workers": settings.workers,
                 "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                 "peak_rss_workers_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}
        Path(args.stats).write_text(json.dumps(stats, indent=2), encoding="utf-8")
    from pipeline.run.summary import summary_lines

    for line in summary_lines(summary, Path(args.out), elapsed, default_db()):
        print(line)
    if summary.failed:
        log.error("%d input(s) failed with an error (a bug): see %s, lines with level \"error\"",
                  sum(summary.failed.values()), Path(args.out) / "errors.jsonl")
        return EXIT_FAILED_INPUTS
    return 0


def _show(args: argparse.Namespace) -> int:
    from pipeline.show import find_record, from_store, render_html, render_text

    record = find_record(Path(args.records), args.record_id) if args.records else from_store(args.db, args.record_id)
    text = render_html(record) if args.html else render_text(record)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output}")
    else:
        print(text)
    return 0


def _doctor(args: argparse.Namespace) -> int:
    from pipeline.doctor import doctor

    checks = doctor(Path(args.db), Path(args.out), args.pg, args.chromium)
    for check in checks:
        print(check.line())
    failed = [c.name for c in checks if c.status == "fail"]
    print(f"{len(checks)} checks: {len(checks) - len(failed)} passed" + (f", failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


def _page(args: argparse.Namespace) -> int:
    from pipeline.page.explain import load, render, view

    settings = Settings(max_bytes=args.max_bytes, progress=False)
    shown = view(load(args.target, settings), settings)
    print(shown.to_json() if args.json else render(shown))
    return 0


def _diff(args: argparse.Namespace) -> int:
    from pipeline.diff import fact_diff, totals

    for path in (args.old, args.new):
        if not Path(path).is_file():
            raise SettingsError(f"no records file at {path}")
    diffs = fact_diff(Path(args.old), Path(args.new))
    for d in diffs:
        print("\n".join(d.lines()))
    print(totals(diffs))
    return 1 if diffs else 0


def _schema(args: argparse.Namespace) -> int:
    from pipeline.record import schema_text

    sys.stdout.write(schema_text())
    return 0


def main(argv: list[str] | None = None) -> int:
    from pipeline import logs

    args = build_parser().parse_args(argv)
    logs.setup(-1 if args.quiet else args.verbose)
    if getattr(args, "db", False) is None:
        args.db = default_db()  # read when the command runs, so VNIE_DB set in the shell counts
    handler = {"run": _run, "fetch": _fetch, "search": _search, "people": _people, "who": _who, "totals": _totals,
               "export": _export, "report": _report, "sources": _sources, "load": _load, "serve": _serve, "bench": _bench,
               "show": _show, "diff": _diff, "page": _page, "schema": _schema, "doctor": _doctor}[args.command]
    try:
        return handler(args)
    except VnieError as exc:
        log.error("%s", exc)
        return 1
    except KeyboardInterrupt:
        print("vnie: interrupted; earlier outputs are untouched", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `vnie search ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a path that is a file where a folder is wanted, a full disk, no permission
        where = f": {exc.filename}" if exc.filename else ""
        log.error("%s%s", exc.strerror or exc, where)
        return 1
    except sqlite3.DatabaseError as exc:  # a store that is not a SQLite database, or a damaged one
        db = getattr(args, "db", None) or "the store"
        log.error("cannot read %s: %s (is it a vnie store? `vnie doctor --db %s` checks it)", db, exc, db)
        return 1
    except Exception as exc:  # a bug: one line naming it, the traceback only when asked for
        if os.environ.get("VNIE_DEBUG"):
            raise
        import traceback

        last = traceback.extract_tb(exc.__traceback__)[-1]
        print(f"vnie: internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]} "
              f"({Path(last.filename).name}:{last.lineno}; VNIE_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 1
