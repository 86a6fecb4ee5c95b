"""WARC files: read the HTML responses of one (CC-NEWS style) and write what a fetch got as one.

Reading yields `(url, capture date, HTTP headers, body)` for every `response` record whose payload is
HTML, with the body de-chunked and decompressed by warcio; writing appends one gzipped `response`
record per fetched page, with its headers and a `WARC-Target-URI`, so the file can be archived or
read back by any WARC tool (and by vnie).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.errors import Skip

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Capture:
    url: str
    captured_at: str | None
    headers: dict
    body: bytes
    offset: int


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, max_bytes: int) -> Iterator[Capture | Skip]:
    """The HTML responses of a WARC file, in file order; a record over `max_bytes` comes as a `Skip`."""
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if kind and kind not in _HTML:
                    continue
                stream = record.content_stream()
                body = stream.read(max_bytes + 1)
                offset = records.get_record_offset()
                if len(body) > max_bytes:
                    yield Skip("too_large", f"{url}: WARC record over {max_bytes} bytes")
                    continue
                headers = {k.lower(): v for k, v in record.http_headers.headers}
                yield Capture(url, record.rec_headers.get_header("WARC-Date"), headers, body, offset)
    except ArchiveLoadFailed as exc:
        yield Skip("bad_warc", f"{path.name}: {exc}"[:300])


def count_html_responses(path: Path) -> int:
    """How many captures (or `Skip`s) `read_warc` gives, for a progress bar: the HTML response records,
    counted from their headers without reading their bodies into memory."""
    count = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                count += not kind or kind in _HTML
    except ArchiveLoadFailed:
        count += 1
    return count


class WarcOut:
    """Append fetched pages to a gzipped WARC file; safe to call from several threads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fh: BinaryIO = path.open("ab")
        self.writer = WARCWriter(self.fh, gzip=True)
        self.lock = threading.Lock()

    def write(self, url: str, status: int, headers: dict, body: bytes, fetched_at: str) -> None:
        kept = [(k, v) for k, v in headers.items() if k not in ("content-encoding", "content-length", "transfer-encoding")]
        kept.append(("content-length", str(len(body))))
        http = StatusAndHeaders(f"{status} OK", kept, protocol="HTTP/1.1")
        record = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                warc_headers_dict={"WARC-Date": fetched_at.replace("+00:00", "Z")})
        with self.lock:
            self.writer.write_record(record)
            self.fh.flush()

    def close(self) -> None:
        self.fh.close()
