"""The typed records passed between stages.

    read    → RawDocument | Rejected          (reading/, fetching/)
    page    → Article                         (page/)
    process → Outcome                          (run/process.py: page, language and facts of one input)

The extracted fact record itself is `record.Record`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypedDict

DocumentKind = Literal["html", "dump", "text"]
OutcomeStatus = Literal["written", "rejected", "failed"]


class DocumentMeta(TypedDict, total=False):
    """What an input says of itself: a corpus entry's fields, a WARC capture's date, a fetched page's charset."""

    id: object
    title: str
    published: str
    author: str
    sitename: str
    charset: str
    fetched_at: str
    listed_date: str


@dataclass(frozen=True)
class RawDocument:
    """One input before any parsing.

    kind: `html` (a web page), `dump` (a plain-text page dump with boilerplate) or `text` (clean text,
    from a JSON Lines corpus). data: the bytes of a file, or the text of a corpus entry.
    """

    key: str
    kind: DocumentKind
    data: bytes | str
    path: str | None = None
    url: str | None = None
    line: int | None = None
    meta: DocumentMeta = field(default_factory=lambda: DocumentMeta())


@dataclass(frozen=True)
class Rejected:
    """An input that could not be read, with the reason written to `errors.jsonl`."""

    key: str
    reason: str
    detail: str
    path: str | None = None
    url: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Article:
    """A page's main text and what the page says of itself."""

    doc: RawDocument
    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    sitename: str | None = None
    warnings: list[str] = field(default_factory=list)
    caption_start: int | None = None  # photo captions fill text[caption_start:], one a line, after the body
    extractor: str | None = None  # which extractor gave the text: trafilatura, trafilatura-recall, density, json-ld, app-json, dump, text
    title_from: str | None = None  # og:title, json-ld:headline, h1, title, dump, corpus
    published_from: str | None = None  # meta:<name>, json-ld:datePublished, time, dateline, corpus


@dataclass(frozen=True)
class Outcome:
    """What became of one input: `status` is `written`, `rejected` or `failed`."""

    key: str
    status: OutcomeStatus
    record_json: str | None = None
    facts: tuple[int, int, int, int] = (0, 0, 0, 0)
    reason: str | None = None
    detail: str | None = None
    warnings: tuple[str, ...] = ()
    path: str | None = None
    url: str | None = None
    line: int | None = None
    seconds: tuple[float, float, float] = (0.0, 0.0, 0.0)  # page, language, extract
    chars: int = 0
    signature: bytes | None = None  # the stories pass's `dedup.Fingerprint` of the record, packed (computed where the text is)
