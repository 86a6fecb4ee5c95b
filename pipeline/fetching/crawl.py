"""The fetch: sources in, pages into the corpus store, with manners, retries, resume and a summary.

`fetch(sources, store, policy)` seeds the scheduler from the sources, runs `policy.concurrency` worker
threads over it, and returns a `FetchSummary`: every URL asked for ends as exactly one of fetched,
not modified, skipped (by reason), failed (by reason) or duplicate (by reason). Each job goes through
the same gate: robots.txt of its host (fetched first, once), then one request; redirects, retries and
the links found in feeds, sitemaps and crawled pages become new jobs in the scheduler, so every request
to a host waits for that host's delay.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.errors import FetchFailed, Skip
from pipeline.fetching.client import Client, Response, inflate_file
from pipeline.fetching.policy import FetchPolicy
from pipeline.fetching.robots import RobotsCache
from pipeline.fetching.scheduler import Job, Scheduler
from pipeline.fetching.sources import Listing, Sources, in_window, page_links, parse_feed, parse_sitemap
from pipeline.fetching.store import CorpusStore, content_hash
from pipeline.fetching.urls import (
    canonical,
    host_of,
    looks_like_article,
    looks_like_listing,
    refused_redirect,
    same_site,
)
from pipeline.fetching.warcfiles import WarcOut, read_warc

PAGE_KINDS = ("page", "crawl")


@dataclass
class FetchSummary:
    fetched: int = 0
    not_modified: int = 0
    skipped: Counter = field(default_factory=Counter)
    failed: Counter = field(default_factory=Counter)
    duplicates: Counter = field(default_factory=Counter)
    retries: int = 0
    listings: int = 0
    requests: int = 0
    elapsed: float = 0.0
    pages: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    def line(self) -> str:
        def by(counter: Counter) -> str:
            return f"{sum(counter.values())}" + (f" ({', '.join(f'{k} {v}' for k, v in sorted(counter.items()))})" if counter else "")

        return (f"fetched {self.fetched}, not modified {self.not_modified}, skipped {by(self.skipped)}, "
                f"failed {by(self.failed)}, duplicates {by(self.duplicates)}")


class Crawler:
    """One fetch run over a store; `run(sources)` blocks until every job is done (or Ctrl-C)."""

    def __init__(self, store: CorpusStore, policy: FetchPolicy, warc_out: Path | None = None,
                 on_event: Callable[[str, str], None] | None = None) -> None:
        self.store = store
        self.policy = policy
        self.scheduler = Scheduler(policy.delay)
        self.robots = RobotsCache(policy.user_agent)
        self.summary = FetchSummary()
        self.lock = threading.Lock()
        self.seen: dict[str, str] = {}
        self.finished: set[str] = set()
        self.crawl_budget = 0
        self.warc = WarcOut(warc_out) if warc_out else None
        self.on_event = on_event
        self.client: Client | None = None

    # -- queueing -----------------------------------------------------------------------------------

    def enqueue(self, raw: str, kind: str = "page", found_via: str = "seed", listed: str | None = None,
                base: str | None = None, start: bool = False) -> None:
        """Queue a URL once per run (by canonical form); dated entries outside since/until are skipped."""
        try:
            url = canonical(raw, base=base)
        except Skip as skip:
            self._count_skip(raw, skip)
            return
        with self.lock:
            first = self.seen.get(url)
            if first is not None:
                if first != raw.strip() and kind in PAGE_KINDS:
                    self.summary.duplicates["same_url"] += 1
                return
            if kind == "crawl":
                if self.crawl_budget >= self.policy.max_pages:
                    return
                self.crawl_budget += 1
            self.seen[url] = raw.strip()
        if kind in PAGE_KINDS:
            # Seeds and feed entries are articles; sitemap entries unless they are a homepage or a section;
            # crawled pages only when their URL is shaped like an article's; a crawl's start page (`--crawl`,
            # a catalogued listing) is a listing whatever its URL looks like (`/tin-tuc/hoat-dong?page=2`).
            if kind == "crawl":
                role = "article" if looks_like_article(url) and not start else "listing"
            else:
                role = "listing" if found_via == "sitemap" and looks_like_listing(url) else "article"
            self.store.add(url, host_of(url), found_via, listed, role)
            if not in_window(listed, self.policy.since, self.policy.until):
                self._finish_skip(Job(url, kind, found_via, listed), Skip("outside_dates", f"dated {listed}"))
                return
        self.scheduler.put(Job(url, kind, found_via, listed))
        self._event("queued", url)

    def _count_skip(self, url: str, skip: Skip) -> None:
        with self.lock:
            self.summary.skipped[skip.reason] += 1
            self.summary.errors.append(_error(url, "rejected", skip.reason, skip.detail))

    # -- the worker loop ----------------------------------------------------------------------------

    def _worker(self) -> None:
        while True:
            job = self.scheduler.take()
            if job is None:
                return
            requested = False
            try:
                requested = self._handle(job)
            except Exception as exc:  # a bug: the job fails, the crawl goes on
                last = traceback.extract_tb(exc.__traceback__)[-1]
                self._finish_fail(job, FetchFailed("error", f"{type(exc).__name__}: {exc} ({Path(last.filename).name}:{last.lineno})"))
            finally:
                self.scheduler.done(job, requested)

    def _handle(self, job: Job) -> bool:
        """Run one job; return whether a request was sent to its host."""
        assert self.client is not None
        if self.policy.robots and not self.robots.known(job.host):
            rules = self.robots.load(job.host, self.client)
            with self.lock:
                self.summary.requests += 1
            if rules.crawl_delay:
                self.scheduler.set_delay(job.host, rules.crawl_delay)
            self.scheduler.put(job, front=True)
            return True
        if self.policy.robots:
            rules = self.robots.get(job.host)
            if rules.unreachable:
                self._finish_skip(job, Skip("robots_unreachable", rules.unreachable))
                return False
            if job.kind != "discover" and not rules.allows(self.robots.agent, job.url):
                self._finish_skip(job, Skip("robots", f"robots.txt of {job.host} disallows it"))
                return False
        if job.kind == "discover":
            maps = self.robots.get(job.host).sitemaps if self.policy.robots else []
            for sitemap in maps or [f"{job.host}/sitemap.xml"]:
                self.enqueue(sitemap, "sitemap", "sitemap")
            return False
        headers = self._conditional(job)
        if job.kind in PAGE_KINDS:
            self.store.attempted(job.url)
        self._event("request", job.url)
        with self.lock:
            self.summary.requests += 1
        try:
            response = self.client.get(job.url, want="html" if job.kind in PAGE_KINDS else "xml", headers=headers)
        except Skip as skip:
            self._finish_skip(job, skip)
        except FetchFailed as failure:
            self._retry_or_fail(job, failure)
        else:
            try:
                self._answered(job, response)
            except Skip as skip:  # a listing over the size cap, a sitemap that is not one, a refused redirect
                self._finish_skip(job, skip)
        return True

    def _conditional(self, job: Job) -> dict:
        if job.kind not in PAGE_KINDS or not self.policy.refetch:
            return {}
        state = self.store.state(job.url)
        if state is None or state.status != "fetched":
            return {}
        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        return headers

    def _retry_or_fail(self, job: Job, failure: FetchFailed) -> None:
        attempt = job.attempt + 1
        if failure.retryable and attempt < self.policy.max_attempts:
            wait = self.policy.backoff * 2 ** (attempt - 1)
            if failure.retry_after is not None:
                if failure.retry_after > self.policy.max_retry_after:
                    self._finish_fail(job, FetchFailed(failure.reason, f"Retry-After {failure.retry_after:g} s is too long"))
                    return
                wait = max(wait, failure.retry_after)
            with self.lock:
                self.summary.retries += 1
            self._event("retry", job.url)
            self.scheduler.put(replace(job, attempt=attempt), not_before=time.monotonic() + wait)
            return
        if failure.retryable:
            failure = FetchFailed(failure.reason, f"{failure.detail} (gave up after {attempt} attempts)")
        self._finish_fail(job, failure)

    def _answered(self, job: Job, response: Response) -> None:
        if response.location is not None:
            self._redirect(job, response)
        elif response.status == 304:
            self.store.not_modified(job.url, response.fetched_at)
            self._finish(job, "not_modified")
        elif job.kind in ("feed", "sitemap"):
            self._listing(job, response)
        else:
            self._page(job, response)

    def _redirect(self, job: Job, response: Response) -> None:
        try:
            target = canonical(response.location or "", base=job.url)
        except Skip as skip:
            self._finish_skip(job, skip)
            return
        refused = refused_redirect(job.url, target)
        if refused:
            self._finish_skip(job, Skip("private_address", refused))
            return
        chain = job.hops + (job.url,)
        if target in chain:
            self._finish_fail(job, FetchFailed("redirect_loop", " → ".join(chain + (target,))))
            return
        if len(chain) > self.policy.max_redirects:
            self._finish_fail(job, FetchFailed("too_many_redirects", f"more than {self.policy.max_redirects} redirects"))
            return
        if job.kind in PAGE_KINDS:
            self.store.mark(job.url, "redirected", http_status=response.status, final_url=target)
            self.store.add(target, host_of(target), job.found_via, job.listed_date)
        with self.lock:
            already = target in self.finished
            self.seen.setdefault(target, target)
        if already:
            self._finish(job, "duplicate", reason="same_page", detail=f"redirects to {target}, already fetched")
            return
        self.scheduler.put(Job(target, job.kind, job.found_via, job.listed_date, job.origin, chain))

    def _listing(self, job: Job, response: Response) -> None:
        body = inflate_file(response.body, self.policy.max_bytes)
        head = body.lstrip()[:400].lower()
        parsed: Listing = parse_sitemap(body, job.url) if job.kind == "sitemap" and b"<rss" not in head and b"<feed" not in head \
            else parse_feed(body, job.url)
        for url, day in parsed.sitemaps:
            if in_window(day, self.policy.since, None):
                self.enqueue(url, "sitemap", "sitemap", day)
        for url, day in parsed.pages:
            self.enqueue(url, "page", job.kind, day)
        self._finish(job, "listing")

    def _page(self, job: Job, response: Response) -> None:
        if job.kind == "crawl":
            links = [link for link in page_links(response.body, job.url) if same_site(link, job.url)]
            for link in sorted(links, key=lambda u: not looks_like_article(u)):  # articles first: the budget is for them
                self.enqueue(link, "crawl", "crawl")
        digest = content_hash(response.body)
        state = self.store.state(job.url)
        if state is not None and state.status == "fetched" and state.content_hash == digest:
            self.store.not_modified(job.url, response.fetched_at)  # the server sent it again, unchanged
            self._finish(job, "not_modified")
            return
        holder = self.store.holder_of(digest, job.url)
        if holder is not None:
            self.store.mark(job.url, "duplicate", "same_content", f"same bytes as {holder}", response.status,
                            duplicate_of=holder, checked_at=response.fetched_at)
            self._finish(job, "duplicate", reason="same_content", detail=f"same bytes as {holder}")
            return
        self.store.save_page(job.url, response.body, response.headers, response.status, job.url, response.fetched_at,
                             response.charset, response.content_type)
        if self.warc is not None:
            self.warc.write(job.url, response.status, response.headers, response.body, response.fetched_at)
        self._finish(job, "fetched")

    # -- endings ------------------------------------------------------------------------------------

    def _finish(self, job: Job, how: str, reason: str = "", detail: str = "") -> None:
        for hop in job.hops:
            self.store.mark(hop, "redirected", final_url=job.url)
        with self.lock:
            self.finished.add(job.url)
            if how == "fetched":
                self.summary.fetched += 1
            elif how == "not_modified":
                self.summary.not_modified += 1
            elif how == "duplicate":
                self.summary.duplicates[reason] += 1
            elif how == "listing":
                self.summary.listings += 1
            if how in ("fetched", "not_modified") and self._is_article(job):
                self.summary.pages.append(job.url)
        self._event(how, job.url)

    def _is_article(self, job: Job) -> bool:
        state = self.store.state(job.url)
        return state is not None and state.role == "article"

    def _finish_skip(self, job: Job, skip: Skip) -> None:
        self._finish_bad(job, "skipped", "rejected", skip.reason, skip.detail)

    def _finish_fail(self, job: Job, failure: FetchFailed) -> None:
        self._finish_bad(job, "failed", "error", failure.reason, failure.detail)

    def _finish_bad(self, job: Job, status: str, level: str, reason: str, detail: str) -> None:
        """A skip or a failure: recorded on the URL first asked for, counted, and kept for the error log."""
        url = job.origin or job.url
        if job.kind in PAGE_KINDS:
            for hop in {url, job.url}:
                self.store.mark(hop, status, reason, detail)
        with self.lock:
            self.finished.add(job.url)
            (self.summary.skipped if status == "skipped" else self.summary.failed)[reason] += 1
            self.summary.errors.append(_error(url, level, reason, detail))
        self._event(status, job.url)

    def _event(self, what: str, url: str) -> None:
        if self.on_event is not None:
            self.on_event(what, url)

    # -- running ------------------------------------------------------------------------------------

    def import_warc(self, path: Path) -> None:
        """Put the HTML responses of a WARC file into the store, with their capture dates."""
        for item in read_warc(path, self.policy.max_bytes):
            if isinstance(item, Skip):
                self._count_skip(str(path), item)
                continue
            try:
                url = canonical(item.url)
            except Skip as skip:
                self._count_skip(item.url, skip)
                continue
            self.store.add(url, host_of(url), "warc")
            state = self.store.state(url)
            job = Job(url, "page", "warc")
            if state is not None and state.status == "fetched" and state.content_hash == content_hash(item.body):
                self._finish(job, "not_modified")
                continue
            captured = item.captured_at.replace("Z", "+00:00") if item.captured_at else ""
            head = Response(url, 200, item.headers)
            self.store.save_page(url, item.body, item.headers, 200, url, captured, head.charset,
                                 head.content_type or "text/html")
            self._finish(job, "fetched")

    def run(self, sources: Sources) -> FetchSummary:
        started = time.monotonic()
        for path in sources.warcs:
            self.import_warc(Path(path))
        for url in sources.urls:
            self.enqueue(url, "discover" if sources.discover else "page")
        for url in sources.feeds:
            self.enqueue(url, "feed", "feed")
        for url in sources.sitemaps:
            self.enqueue(url, "sitemap", "sitemap")
        for url in sources.crawl:
            self.enqueue(url, "crawl", "crawl", start=True)
        with Client(self.policy) as client:
            self.client = client
            threads = [threading.Thread(target=self._worker, name=f"vnie-fetch-{i}", daemon=True)
                       for i in range(max(1, self.policy.concurrency))]
            for thread in threads:
                thread.start()
            try:
                for thread in threads:
                    while thread.is_alive():
                        thread.join(0.2)
            except KeyboardInterrupt:
                self.scheduler.close()
                for thread in threads:
                    thread.join(self.policy.read_timeout + 1)
                raise
            finally:
                if self.warc is not None:
                    self.warc.close()
        self.summary.elapsed = time.monotonic() - started
        self.summary.pages.sort()
        return self.summary


def _error(url: str, level: str, reason: str, detail: str) -> dict:
    return {"key": url, "source": url, "line": None, "level": level, "reason": reason, "detail": detail}


def fetch(sources: Sources, store: CorpusStore, policy: FetchPolicy = FetchPolicy(), warc_out: Path | None = None,
          on_event: Callable[[str, str], None] | None = None) -> FetchSummary:
    """Fetch everything the sources name into `store`; see the module docstring."""
    return Crawler(store, policy, warc_out, on_event).run(sources)
