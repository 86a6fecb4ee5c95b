"""One HTTP request, within limits: timeouts, size caps before and after decompression, HTML only.

`Client.get(url)` sends one GET (no redirects followed: the crawler schedules them) and returns a
`Response`, or raises `Skip` (a page vnie does not want: not HTML, too large) or `FetchFailed` (timeouts,
connection errors, 4xx/5xx; `retryable` for timeouts, connection errors, 429 and 5xx, with the server's
`Retry-After`). Bodies are read in chunks and inflated here with a bounded `zlib` window, so a gzip bomb
stops at `max_bytes` instead of filling memory.

`total_timeout` bounds the whole request, headers included: every read from a socket is given at most
the time left (`_DeadlineBackend`), so a server that sends its headers one byte a second times out too.
"""

from __future__ import annotations

import email.utils
import threading
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone

import httpcore
import httpx

from pipeline.errors import FetchFailed, Skip
from pipeline.fetching.policy import FetchPolicy

HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = ("xml", "rss", "atom", "gzip", "octet-stream", "text/plain")
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Response:
    """What a server answered: `status` 200, 304 or a redirect (then `location` is set)."""

    url: str
    status: int
    headers: dict = field(default_factory=dict)
    body: bytes = b""
    location: str | None = None
    fetched_at: str = ""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'").lower()
        return None


class Inflater:
    """Decode a `Content-Encoding` (gzip, deflate or none) chunk by chunk, refusing more than `cap` bytes."""

    def __init__(self, encoding: str, cap: int) -> None:
        self.encoding = encoding.strip().lower()
        self.cap = cap
        self.parts: list[bytes] = []
        self.size = 0
        if self.encoding in ("gzip", "x-gzip"):
            self.z: zlib._Decompress | None = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.encoding == "deflate":
            self.z = zlib.decompressobj()
        elif self.encoding in ("", "identity"):
            self.z = None
        else:
            raise Skip("unsupported_encoding", f"Content-Encoding {encoding}")
        self._first = True

    def feed(self, data: bytes) -> None:
        if self.z is None:
            self._keep(data)
            return
        if self._first and self.encoding == "deflate" and data and (data[0] & 0x0F) != 8:
            self.z = zlib.decompressobj(-zlib.MAX_WBITS)  # a raw deflate stream, as some servers send
        self._first = False
        try:
            while data:
                out = self.z.decompress(data, self.cap - self.size + 1)
                self._keep(out)
                data = self.z.unconsumed_tail
        except zlib.error as exc:
            raise Skip("bad_encoding", f"{self.encoding} stream is corrupt: {exc}") from None

    def _keep(self, out: bytes) -> None:
        self.size += len(out)
        if self.size > self.cap:
            raise Skip("too_large", f"more than {self.cap} bytes after decompression")
        self.parts.append(out)

    def finish(self) -> bytes:
        if self.z is not None:
            self._keep(self.z.flush())
        return b"".join(self.parts)


def inflate_file(data: bytes, cap: int) -> bytes:
    """A gzip file's content (a `.xml.gz` sitemap), within `cap` bytes; other bytes unchanged."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    inflater = Inflater("gzip", cap)
    inflater.feed(data)
    return inflater.finish()


def retry_after(value: str | None) -> float | None:
    """Seconds from a `Retry-After` header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


_deadline = threading.local()


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose reads and writes never wait past the calling thread's request deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    @staticmethod
    def _left(timeout: float | None) -> float | None:
        until = getattr(_deadline, "until", None)
        if until is None:
            return timeout
        left = until - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the request took longer than its total timeout")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, self._left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, self._left(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):  # type: ignore[no-untyped-def]
        return _DeadlineStream(self.inner.start_tls(ssl_context, server_hostname, self._left(timeout)))

    def get_extra_info(self, info: str):  # type: ignore[no-untyped-def]
        return self.inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's own socket backend, with every stream it opens bounded by the request deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # type: ignore[no-untyped-def]
        return _DeadlineStream(self.inner.connect_tcp(host, port, _DeadlineStream._left(timeout), local_address,
                                                      socket_options))

    def connect_unix_socket(self, path, timeout=None, socket_options=None):  # type: ignore[no-untyped-def]
        return _DeadlineStream(self.inner.connect_unix_socket(path, _DeadlineStream._left(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def _bounded_transport(**options) -> httpx.HTTPTransport:  # type: ignore[no-untyped-def]
    transport = httpx.HTTPTransport(**options)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is not None:  # httpcore 1.x; elsewhere only the body is bounded (below)
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    return transport


class Client:
    """A pooled HTTP client with vnie's User-Agent, timeouts and limits; use as a context manager."""

    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        limits = httpx.Limits(max_connections=max(4, policy.concurrency * 2), max_keepalive_connections=policy.concurrency)
        self.http = httpx.Client(
            timeout=httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout),
            follow_redirects=False,
            headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate",
                     "Accept-Language": "vi, en;q=0.5"},
            transport=_bounded_transport(limits=limits, trust_env=False),
            trust_env=False,
        )

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.http.close()

    def get(self, url: str, want: str = "html", headers: dict | None = None) -> Response:
        """GET `url`; `want` is `html` (pages), `xml` (feeds, sitemaps) or `text` (robots.txt)."""
        accept = {"html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
                  "xml": "application/rss+xml,application/atom+xml,application/xml,text/xml;q=0.9,*/*;q=0.5",
                  "text": "text/plain,*/*;q=0.5"}[want]
        started = time.monotonic()
        _deadline.until = started + self.policy.total_timeout
        try:
            with self.http.stream("GET", url, headers={"Accept": accept, **(headers or {})}) as r:
                head = {k.lower(): v for k, v in r.headers.items()}
                if r.status_code in REDIRECTS:
                    return Response(url, r.status_code, head, location=head.get("location"), fetched_at=now_iso())
                if r.status_code == 304:
                    return Response(url, 304, head, fetched_at=now_iso())
                if r.status_code >= 400 or r.status_code < 200:
                    retryable = r.status_code == 429 or r.status_code >= 500
                    raise FetchFailed(f"http_{r.status_code}", f"{r.status_code} {r.reason_phrase}", retryable,
                                      retry_after(head.get("retry-after")))
                kind = head.get("content-type", "").split(";")[0].strip().lower()
                if want == "html" and kind and kind not in HTML_TYPES:
                    raise Skip("not_html", f"Content-Type {kind}")
                length = head.get("content-length", "")
                if length.isdigit() and int(length) > self.policy.max_download:
                    raise Skip("too_large", f"Content-Length {length} over the {self.policy.max_download}-byte cap")
                inflater = Inflater(head.get("content-encoding", ""), self.policy.max_bytes)
                for chunk in r.iter_raw():
                    if r.num_bytes_downloaded > self.policy.max_download:
                        raise Skip("too_large", f"more than {self.policy.max_download} bytes downloaded")
                    if time.monotonic() - started > self.policy.total_timeout:
                        raise FetchFailed("timeout", f"body not read in {self.policy.total_timeout:g} s", True)
                    inflater.feed(chunk)
                body = inflater.finish()
        except httpx.TimeoutException as exc:
            raise FetchFailed("timeout", f"{type(exc).__name__} after {time.monotonic() - started:.1f} s", True) from None
        except httpx.TransportError as exc:
            raise FetchFailed("connection_error", f"{type(exc).__name__}: {exc}"[:300], True) from None
        except httpx.InvalidURL as exc:
            raise Skip("bad_url", str(exc)) from None
        finally:
            _deadline.until = None
        if want == "html" and not kind and not body.lstrip()[:1] == b"<":
            raise Skip("not_html", "no Content-Type and the body is not markup")
        return Response(url, r.status_code, head, body, fetched_at=now_iso())
