"""`FixtureSite`: simulated news hosts on 127.0.0.1 for crawler tests, standard library only.

    with FixtureSite(hosts=2, crawl_delay=0.2) as site:
        crawl([site.url(0, "/")])
        assert {r.path for r in site.requests(host=0)} >= set(site.article_paths(0))

Each host is a `ThreadingHTTPServer` on an ephemeral port, serving HTTP/1.1 with keep-alive, in a
daemon thread. Every request is recorded in `site.log` (`Request(t, host, method, path, status,
headers)`) before its body is sent, so aborted transfers are recorded too. What each host serves is
in `routes.py`.
"""

from __future__ import annotations

import hashlib
import socket
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from . import routes
from .routes import Call, Headers, Response


@dataclass(frozen=True)
class Request:
    """One request as the site saw it. `path` is the request target as sent (query string included);
    `t` is `time.monotonic()` when it arrived; `status` is what was answered (304, 429, …)."""

    t: float
    host: int
    method: str
    path: str
    status: int
    headers: Headers = field(repr=False)


class FixtureSite:
    """`hosts` simulated news hosts; see the module docstring and `routes.py`.

    crawl_delay: seconds written as `Crawl-delay` in the robots.txt of hosts 0 and 1 (none when None).
    slow_seconds: how long `/slow.html` on host 0 waits before answering.
    extra_pages: number of `/bai/<k>.html` articles on each host from index 2 on.
    """

    def __init__(
        self, hosts: int = 2, crawl_delay: float | None = None, slow_seconds: float = 3.0, extra_pages: int = 0
    ):
        if hosts < 1:
            raise ValueError("hosts must be at least 1")
        if extra_pages < 0:
            raise ValueError("extra_pages must not be negative")
        self.hosts = hosts
        self.crawl_delay = crawl_delay
        self.slow_seconds = slow_seconds
        self.extra_pages = extra_pages
        self._lock = threading.Lock()
        self._log: list[Request] = []
        self._counts: Counter[tuple[int, str]] = Counter()
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self._routes: list[routes.Host] = []
        self._stopping = threading.Event()

    # -------------------------------------------------------------------------------- lifecycle
    def start(self) -> FixtureSite:
        if self._servers:
            raise RuntimeError("the site is already started")
        self._stopping.clear()
        try:
            for index in range(self.hosts):
                self._servers.append(_Server(self, index))
            self._routes = [routes.build(self, index) for index in range(self.hosts)]
            for server in self._servers:
                thread = threading.Thread(
                    target=server.serve_forever,
                    kwargs={"poll_interval": 0.05},
                    name=f"fixturesite-{server.index}",
                    daemon=True,
                )
                thread.start()
                self._threads.append(thread)
        except BaseException:
            self.close()
            raise
        return self

    def close(self) -> None:
        """Stop every host, drop open connections and wake sleeping handlers."""
        self._stopping.set()
        for server in self._servers[: len(self._threads)]:  # only a serving server can be shut down
            server.shutdown()
        for server in self._servers:
            server.server_close()
            server.drop_connections()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers, self._threads = [], []

    def __enter__(self) -> FixtureSite:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.close()

    # -------------------------------------------------------------------------------- addresses
    def base(self, i: int) -> str:
        """`http://127.0.0.1:PORT` of host i."""
        if not self._servers:
            raise RuntimeError("the site is not started")
        return f"http://127.0.0.1:{self._servers[i].server_address[1]}"

    def url(self, i: int, path: str) -> str:
        return self.base(i) + (path if path.startswith("/") else "/" + path)

    def article_paths(self, i: int) -> list[str]:
        """The article routes of host i that a crawler should end up fetching (error routes excluded)."""
        return routes.article_paths(self, i)

    # -------------------------------------------------------------------------------- the log
    @property
    def log(self) -> list[Request]:
        """A snapshot of every request so far, in the order they were answered."""
        with self._lock:
            return list(self._log)

    def requests(self, host: int | None = None, path: str | None = None) -> list[Request]:
        """Requests in arrival order, optionally of one host and one path (matched with or without the query)."""
        found = [
            r
            for r in self.log
            if (host is None or r.host == host) and (path is None or r.path == path or urlsplit(r.path).path == path)
        ]
        return sorted(found, key=lambda r: r.t)

    def reset(self) -> None:
        """Forget the log and the per-route counters (flaky and busy fail again)."""
        with self._lock:
            self._log.clear()
            self._counts.clear()

    # -------------------------------------------------------------------------------- used by the handler
    def _count(self, host: int, path: str) -> int:
        with self._lock:
            self._counts[host, path] += 1
            return self._counts[host, path]

    def _record(self, request: Request) -> None:
        with self._lock:
            self._log.append(request)

    def _respond(self, call: Call) -> Response:
        route = self._routes[call.host].get(call.path)
        if route is None:
            return routes.not_found()
        return route(call)

    def _sleep(self, seconds: float) -> None:
        self._stopping.wait(seconds)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, site: FixtureSite, index: int):
        self.site = site
        self.index = index
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    def process_request(self, request, client_address):
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request):
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FixtureSite/1.0"
    sys_version = ""
    timeout = 30  # idle keep-alive connections are closed after this
    server: _Server

    def log_message(self, format, *args):  # noqa: A002 - silence the default stderr logging
        pass

    def do_GET(self):
        self._answer()

    def do_HEAD(self):
        self._answer()

    def do_POST(self):
        self._answer(allowed=False)

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_POST

    def _answer(self, allowed: bool = True) -> None:
        arrived = time.monotonic()
        site, host = self.server.site, self.server.index
        headers = Headers(self.headers.items())
        target = urlsplit(self.path)
        path = target.path or "/"
        call = Call(host, self.command, path, target.query, headers, site._count(host, path))
        try:
            response = site._respond(call) if allowed else routes.not_allowed()
        except Exception:
            traceback.print_exc()
            response = Response(500, b"fixture site error\n", "text/plain; charset=utf-8")
        if response.delay:
            site._sleep(response.delay)
        status, extra, body = self._finish(response, headers)
        site._record(Request(arrived, host, self.command, self.path, status, headers))
        try:
            self.send_response(status)
            if response.content_type and status != 304:
                self.send_header("Content-Type", response.content_type)
            for name, value in (*response.headers, *extra):
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD" and status != 304:
                self.wfile.write(body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True

    def _finish(self, response: Response, headers: Headers) -> tuple[int, list[tuple[str, str]], bytes]:
        """Status, extra headers and body after conditional GET: ETag and Last-Modified, 304 when fresh."""
        if response.modified is None or response.status != 200:
            return response.status, [], response.body
        etag = '"' + hashlib.sha1(response.body).hexdigest()[:20] + '"'
        last_modified = format_datetime(_utc(response.modified), usegmt=True)
        extra = [("ETag", etag), ("Last-Modified", last_modified), ("Cache-Control", "max-age=60")]
        if _not_modified(headers, etag, response.modified):
            return 304, extra, b""
        return 200, extra, response.body


def _utc(epoch: float) -> datetime:
    return datetime.fromtimestamp(int(epoch), tz=timezone.utc)


def _not_modified(headers: Headers, etag: str, modified: float) -> bool:
    """RFC 9110 §13.2.2: If-None-Match decides when present; else If-Modified-Since not older than the page."""
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or etag in tags
    if_modified_since = headers.get("If-Modified-Since")
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        return int(modified) <= since
    return False
