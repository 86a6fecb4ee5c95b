"""The corpus store: one SQLite file (WAL) with every URL's fetch state and every fetched page, compressed.

Tables:
- `urls`: one row per canonical URL: how it was found (`seed`, `feed`, `sitemap`, `crawl`, `warc`), the
  date its feed or sitemap gave, `status` (`queued`, `fetched`, `redirected`, `duplicate`, `skipped`,
  `failed`), the reason and detail of a skip or failure, attempts, HTTP status, final URL, ETag,
  Last-Modified, content type, charset, content hash, fetch time and last check time, `duplicate_of`.
- `pages`: the raw (decompressed) bytes of each fetched page, zlib-compressed, and its response headers.
Each page is written in its own transaction, so a run killed at any point keeps every page it finished
and a re-run sends conditional requests for them instead of fetching them again.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.documents import DocumentMeta, RawDocument

STORE_NAME = "fetched.sqlite"
STORE_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY,
    host TEXT NOT NULL,
    found_via TEXT NOT NULL,
    listed_date TEXT,
    role TEXT NOT NULL DEFAULT 'article',
    status TEXT NOT NULL DEFAULT 'queued',
    reason TEXT,
    detail TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    http_status INTEGER,
    final_url TEXT,
    etag TEXT,
    last_modified TEXT,
    content_type TEXT,
    charset TEXT,
    content_hash TEXT,
    fetched_at TEXT,
    checked_at TEXT,
    duplicate_of TEXT
);
CREATE INDEX IF NOT EXISTS urls_status ON urls(status);
CREATE INDEX IF NOT EXISTS urls_hash ON urls(content_hash);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY REFERENCES urls(url),
    body BLOB NOT NULL,
    headers TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class UrlState:
    url: str
    status: str
    attempts: int
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    final_url: str | None
    role: str


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def store_path(location: str | Path) -> Path:
    """A store file, or the store inside a corpus folder."""
    path = Path(location)
    return path / STORE_NAME if path.is_dir() or not path.suffix else path


class CorpusStore:
    """The fetch state and raw pages of a corpus; safe to share between the crawler's threads."""

    def __init__(self, location: str | Path) -> None:
        self.path = store_path(location)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self.lock = threading.Lock()
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('store_version', ?)", (STORE_VERSION,))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, url: str, host: str, found_via: str, listed_date: str | None = None, role: str = "article") -> None:
        """Remember a URL (a no-op if it is known; a known URL keeps its state)."""
        with self.lock:
            self.db.execute(
                "INSERT INTO urls (url, host, found_via, listed_date, role) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET listed_date = COALESCE(urls.listed_date, excluded.listed_date)",
                (url, host, found_via, listed_date, role),
            )

    def state(self, url: str) -> UrlState | None:
        with self.lock:
            row = self.db.execute(
                "SELECT url, status, attempts, etag, last_modified, content_hash, final_url, role FROM urls WHERE url = ?", (url,)
            ).fetchone()
        return UrlState(*row) if row else None

    def attempted(self, url: str) -> None:
        with self.lock:
            self.db.execute("UPDATE urls SET attempts = attempts + 1 WHERE url = ?", (url,))

    def mark(self, url: str, status: str, reason: str | None = None, detail: str | None = None,
             http_status: int | None = None, final_url: str | None = None, duplicate_of: str | None = None,
             checked_at: str | None = None) -> None:
        """Set a URL's status without touching its stored page (a skip, a failure, a redirect, a duplicate)."""
        with self.lock:
            self.db.execute(
                "UPDATE urls SET status = ?, reason = ?, detail = ?, http_status = COALESCE(?, http_status), "
                "final_url = COALESCE(?, final_url), duplicate_of = ?, checked_at = COALESCE(?, checked_at) WHERE url = ?",
                (status, reason, detail, http_status, final_url, duplicate_of, checked_at, url),
            )

    def not_modified(self, url: str, checked_at: str) -> None:
        with self.lock:
            self.db.execute("UPDATE urls SET checked_at = ?, http_status = 304 WHERE url = ?", (checked_at, url))

    def holder_of(self, digest: str, url: str) -> str | None:
        """Another URL whose stored page has exactly these bytes, if any."""
        with self.lock:
            row = self.db.execute(
                "SELECT url FROM urls WHERE content_hash = ? AND status = 'fetched' AND url != ? ORDER BY url LIMIT 1",
                (digest, url),
            ).fetchone()
        return row[0] if row else None

    def save_page(self, url: str, body: bytes, headers: dict, http_status: int, final_url: str, fetched_at: str,
                  charset: str | None, content_type: str | None) -> None:
        """Store a fetched page and its state in one transaction."""
        digest = content_hash(body)
        packed = zlib.compress(body, 6)
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.execute(
                    "UPDATE urls SET status = 'fetched', reason = NULL, detail = NULL, http_status = ?, final_url = ?, "
                    "etag = ?, last_modified = ?, content_type = ?, charset = ?, content_hash = ?, fetched_at = ?, "
                    "checked_at = ?, duplicate_of = NULL WHERE url = ?",
                    (http_status, final_url, headers.get("etag"), headers.get("last-modified"), content_type, charset,
                     digest, fetched_at, fetched_at, url),
                )
                self.db.execute(
                    "INSERT INTO pages (url, body, headers) VALUES (?, ?, ?) "
                    "ON CONFLICT(url) DO UPDATE SET body = excluded.body, headers = excluded.headers",
                    (url, packed, json.dumps(headers, ensure_ascii=False, sort_keys=True)),
                )
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def counts(self) -> dict[str, int]:
        with self.lock:
            return dict(self.db.execute("SELECT status, COUNT(*) FROM urls GROUP BY status").fetchall())

    def rows(self, status: str | None = None) -> list[dict]:
        """URL rows as dicts (for reports and tests), in URL order."""
        query = "SELECT * FROM urls" + (" WHERE status = ?" if status else "") + " ORDER BY url"
        with self.lock:
            cursor = self.db.execute(query, (status,) if status else ())
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, row, strict=False)) for row in cursor.fetchall()]

    def body(self, url: str) -> bytes | None:
        with self.lock:
            row = self.db.execute("SELECT body FROM pages WHERE url = ?", (url,)).fetchone()
        return zlib.decompress(row[0]) if row else None

    def documents(self, urls: list[str] | None = None) -> Iterator[RawDocument]:
        """The stored article pages (all, or these URLs) as raw documents, one at a time, in URL order."""
        where = "u.status = 'fetched' AND u.role = 'article'"
        if urls is not None:
            where += " AND u.url IN (SELECT value FROM json_each(?))"
        query = (f"SELECT u.url, u.charset, u.fetched_at, u.listed_date, p.body FROM urls u JOIN pages p ON p.url = u.url "
                 f"WHERE {where} ORDER BY u.url")
        reader = sqlite3.connect(self.path, timeout=30)
        try:
            cursor = reader.execute(query, (json.dumps(urls),) if urls is not None else ())
            for url, charset, fetched_at, listed, packed in cursor:
                meta = DocumentMeta()
                if charset:
                    meta["charset"] = charset
                if fetched_at:
                    meta["fetched_at"] = fetched_at
                if listed:
                    meta["listed_date"] = listed
                yield RawDocument(url, "html", zlib.decompress(packed), path=None, url=url, meta=meta)
        finally:
            reader.close()


def stored_documents(location: str | Path, urls: list[str] | None = None) -> Iterator[RawDocument]:
    """`CorpusStore.documents` for a store that is opened for the reading and closed after it."""
    with CorpusStore(location) as store:
        yield from store.documents(urls)


def stored_count(path: str | Path) -> int:
    """How many article pages `documents()` gives for the store file at `path` (for a progress bar), read
    without opening the store for writing."""
    reader = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, timeout=30)
    try:
        return reader.execute("SELECT count(*) FROM urls u JOIN pages p ON p.url = u.url "
                              "WHERE u.status = 'fetched' AND u.role = 'article'").fetchone()[0]
    finally:
        reader.close()
