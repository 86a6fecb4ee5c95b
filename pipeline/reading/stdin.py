"""Standard input as an input (`vnie run -`): one HTML page, one plain-text page, or a JSON Lines corpus.

`curl -s https://example.vn/tin.html | vnie run - -o out/` is the trafilatura habit. What comes in is
sniffed from its first bytes (`sniff`): a `{` opens JSON Lines, a `<` or an HTML tag near the start is a
page, anything else is a plain-text page (read as a `.txt` page dump is). `--stdin-format` overrides it.

The stream is read as it comes: a page up to the size cap (a longer one is rejected as `too_large`
without holding more), a corpus line by line. Ids do not depend on when or how often something is piped:
a page is named by the SHA-256 of its bytes (`<stdin>#sha256:...`), so piping the same page twice
replaces its record instead of adding one, and a different page never replaces it; a corpus entry by its
`url`, else `<stdin>#` and its `id`, else the hash of its line.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from typing import BinaryIO, Literal

from pipeline.documents import RawDocument, Rejected
from pipeline.reading.inputs import bounded_lines, jsonl_entry
from pipeline.settings import Settings

StdinFormat = Literal["html", "text", "jsonl"]
FORMATS: tuple[str, ...] = ("html", "text", "jsonl")
NAME = "<stdin>"
SNIFF_BYTES = 8192
_TAG = re.compile(rb"<(?:!doctype|html|head|body|meta|title|div|p|article|section|main|h1|br|table)\b", re.IGNORECASE)


def sniff(head: bytes) -> StdinFormat:
    """The format of a stream from its first bytes: `jsonl` when it opens with `{`, `html` when it opens with
    `<` or has an HTML tag in its first few kilobytes, else `text`."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n\f")
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<") or _TAG.search(head[:SNIFF_BYTES]):
        return "html"
    return "text"


def content_key(data: bytes) -> str:
    """The source key of something read from standard input: the SHA-256 of its bytes."""
    return f"{NAME}#sha256:{hashlib.sha256(data).hexdigest()[:32]}"


class _Prefixed(io.RawIOBase):
    """A binary stream that gives `head` first, then the rest of `rest` (what sniffing already read)."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head = head
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        # read1: what the pipe has now (at most one read), so entries are worked on as they arrive
        data = getattr(self.rest, "read1", self.rest.read)(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _head(stream: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes of a stream, waiting for a pipe that delivers them in small pieces."""
    parts: list[bytes] = []
    got = 0
    while got < size:
        data = stream.read(size - got)
        if not data:
            break
        parts.append(data)
        got += len(data)
    return b"".join(parts)


def read_stdin(stream: BinaryIO, settings: Settings, fmt: str | None = None) -> Iterator[RawDocument | Rejected]:
    """The documents on a binary stream (standard input): one page, or one per JSON Lines entry.

    fmt: `html`, `text` or `jsonl` to skip sniffing."""
    head = _head(stream, SNIFF_BYTES)
    if not head.strip():
        yield Rejected(NAME, "empty", "nothing on standard input", path=NAME)
        return
    kind = fmt or sniff(head)
    whole = io.BufferedReader(_Prefixed(head, stream), buffer_size=1 << 16)
    if kind == "jsonl":
        entries = 0
        for number, (size, line) in enumerate(bounded_lines(whole, settings.max_bytes), start=1):
            if line is None:
                yield Rejected(f"{NAME}#{number}", "too_large", f"line of {size} bytes, more than the "
                               f"{settings.max_bytes}-byte cap", path=NAME, line=number)
                continue
            if not line.strip():
                continue
            entries += 1
            yield jsonl_entry(NAME, number, line, settings, anonymous=content_key(line.strip()))
        if not entries:
            yield Rejected(NAME, "empty", "no entries in the JSON Lines on standard input", path=NAME)
        return
    data = whole.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        size = len(data)
        while chunk := whole.read(1 << 20):  # read to the end, so the writer is not left blocked, counting
            size += len(chunk)
        yield Rejected(NAME, "too_large", f"{size} bytes, more than the {settings.max_bytes}-byte cap", path=NAME)
        return
    yield RawDocument(content_key(data), "html" if kind == "html" else "dump", data, path=NAME)
