"""Politeness: which job may run now, so that many hosts are fetched at once and no host is hammered.

Jobs wait in one queue per host. `take()` hands a worker the next job of a host that is idle and whose
delay has passed (the policy's delay, raised to the host's `Crawl-delay`), or waits; `done(job)` frees
the host and starts its delay from that moment. A job may be put back with `not_before` (a retry after
backoff or `Retry-After`). `take()` returns None when no job is queued, deferred or running.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from pipeline.fetching.urls import host_of


@dataclass
class Job:
    """One URL to request: `kind` is `page`, `feed`, `sitemap`, `crawl`, `discover` or `robots`.

    origin: the URL first asked for (a redirect's chain starts there); hops: the URLs already visited in it.
    """

    url: str
    kind: str = "page"
    found_via: str = "seed"
    listed_date: str | None = None
    origin: str | None = None
    hops: tuple[str, ...] = ()
    attempt: int = 0
    host: str = field(init=False)

    def __post_init__(self) -> None:
        self.host = host_of(self.url)
        if self.origin is None:
            self.origin = self.url


class Scheduler:
    """Per-host queues with a delay after each request, shared by the crawler's worker threads."""

    def __init__(self, delay: float) -> None:
        self.default_delay = delay
        self.cv = threading.Condition()
        self.queues: dict[str, deque[Job]] = {}
        self.ready_at: dict[str, float] = {}
        self.delays: dict[str, float] = {}
        self.busy: set[str] = set()
        self.deferred: list[tuple[float, int, Job]] = []
        self.seq = itertools.count()
        self.pending = 0
        self.closed = False

    def set_delay(self, host: str, seconds: float) -> None:
        with self.cv:
            self.delays[host] = max(self.default_delay, seconds)

    def put(self, job: Job, not_before: float = 0.0, front: bool = False) -> None:
        with self.cv:
            self.pending += 1
            if not_before > time.monotonic():
                heapq.heappush(self.deferred, (not_before, next(self.seq), job))
            else:
                queue = self.queues.setdefault(job.host, deque())
                queue.appendleft(job) if front else queue.append(job)
            self.cv.notify_all()

    def close(self) -> None:
        """Stop handing out jobs (an interrupted run)."""
        with self.cv:
            self.closed = True
            self.cv.notify_all()

    def take(self) -> Job | None:
        with self.cv:
            while True:
                if self.closed or self.pending == 0:
                    return None
                now = time.monotonic()
                while self.deferred and self.deferred[0][0] <= now:
                    _, _, job = heapq.heappop(self.deferred)
                    self.queues.setdefault(job.host, deque()).append(job)
                wake = self.deferred[0][0] if self.deferred else now + 60
                for host, queue in self.queues.items():
                    if not queue or host in self.busy:
                        continue
                    at = self.ready_at.get(host, 0.0)
                    if at <= now:
                        self.busy.add(host)
                        return queue.popleft()
                    wake = min(wake, at)
                self.cv.wait(max(0.001, wake - now))

    def done(self, job: Job, requested: bool = True) -> None:
        """The job finished (its follow-ups already put); the host rests for its delay if it was asked."""
        with self.cv:
            self.busy.discard(job.host)
            if requested:
                self.ready_at[job.host] = time.monotonic() + self.delays.get(job.host, self.default_delay)
            self.pending -= 1
            self.cv.notify_all()
