"""Read stage: paths in, a stream of raw documents (or rejections) out.

A path is a file, a directory (walked recursively, in sorted order), a JSON Lines corpus (read line by
line, never held whole in memory), a WARC file (its HTML responses, with their URLs and capture dates)
or a corpus store that `vnie fetch` filled (`*.sqlite`: its fetched article pages, one at a time). Nothing here parses HTML or judges text; it only
finds inputs, reads their bytes within the size cap and names each one with a stable source key.

A file's name, from which its record id is made (`record.record_id`), depends only on the input given and
the file's place under it, never on the working folder: a file found in a folder given on the command
line is named by that folder's own name and its path under it (`vnie run corpus/` names
`corpus/seeds/000.txt` so whether it runs from the repository, from `corpus/` as `vnie run .`, or from
anywhere as `vnie run /abs/corpus`); a file given directly is named by its file name. Two different
files that would get one name in a run (`vnie run a/x.html b/x.html`) are told apart by their absolute
paths. A JSON Lines entry is named by its `url`, else its file's name and its `id`, else its line.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.documents import DocumentMeta, RawDocument, Rejected
from pipeline.language.textnorm import clean_surrogates
from pipeline.settings import Settings

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
DUMP_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
STORE_SUFFIXES = (".sqlite",)
# Files beside a corpus store or a fact store that are part of it, never inputs of their own.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".db", ".part", ".merge")


def input_name(found: Path, root: str | Path) -> str:
    """The stable name of a file `found` under the input `root` given on the command line (the same path
    when a file was given): `ROOTNAME/relative/path` for a file in a folder, the file's name for a file
    given directly. POSIX slashes; bad bytes in a name as `\\xNN` escapes (see `printable`)."""
    root_path = Path(os.path.abspath(root))
    found_path = Path(os.path.abspath(found))
    if found_path == root_path:
        return printable(found_path.name or found_path.as_posix())
    try:
        rel = found_path.relative_to(root_path).as_posix()
    except ValueError:  # not under the root (cannot happen for walked files): the absolute path
        return printable(found_path.as_posix())
    return printable(f"{root_path.name}/{rel}" if root_path.name else rel)


def printable(name: str) -> str:
    """A file name from the operating system as text that can be written as UTF-8 (bad bytes as `\\xNN`)."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def kind_of(name: str) -> str | None:
    low = name.lower()
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    if low.endswith(STORE_SUFFIXES):
        return "store"
    if low.endswith(HTML_SUFFIXES):
        return "html"
    if low.endswith(DUMP_SUFFIXES):
        return "dump"
    return None


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every input file under the given paths, directories walked in sorted order (see `iter_inputs`)."""
    for item in iter_inputs(paths):
        if isinstance(item, Path):
            yield item


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path | Rejected]:
    """Every input file under the given paths, or why one cannot be read (see `iter_named`)."""
    for item in iter_named(paths):
        yield item if isinstance(item, Rejected) else item[0]


def iter_named(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | Rejected]:
    """Every input file under the given paths with its stable name (`input_name`), or why one cannot be read.

    Directories are walked in sorted order, following links to folders but never into a folder already
    walked (a symbolic-link loop is rejected as `unreadable`). Hidden files and a store's SQLite side files
    are passed over; any other file of a kind vnie does not read (or a FIFO, socket or device, which could
    block or never end) is rejected as `unsupported_type`, a link
    that leads nowhere as `unreadable` and a path that does not exist as `not_found`; a file given twice
    (by two paths or two spellings) is read once. Two different files that would have the same name are
    told apart: the later one is named by its absolute path.
    """
    seen: set[str] = set()
    names: set[str] = set()

    def once(path: Path) -> bool:
        real = os.path.realpath(path)
        if real in seen:
            return False
        seen.add(real)
        return True

    def named(found: Path, root: str | Path) -> tuple[Path, str]:
        name = input_name(found, root)
        if name in names:
            name = printable(Path(os.path.abspath(found)).as_posix())
        names.add(name)
        return found, name

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            walked: set[str] = set()
            for root, dirs, files in os.walk(path, followlinks=True):
                real = os.path.realpath(root)
                if real in walked:
                    shown = input_name(Path(root), path)
                    yield Rejected(shown, "unreadable", "a symbolic-link loop: this folder was already read", path=shown)
                    dirs[:] = []
                    continue
                walked.add(real)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.endswith(SIDE_SUFFIXES):
                        continue
                    found = Path(root) / name
                    if not found.exists():
                        shown = input_name(found, path)
                        yield Rejected(shown, "unreadable", "a symbolic link that leads nowhere (or to itself)", path=shown)
                    elif not found.is_file():
                        shown = input_name(found, path)
                        yield Rejected(shown, "unsupported_type", "not a regular file (a FIFO, socket or device)", path=shown)
                    elif once(found):
                        yield named(found, path)
        elif path.exists():
            if not path.is_file():
                shown = input_name(path, path)
                yield Rejected(shown, "unsupported_type", "not a regular file (a FIFO, socket or device)", path=shown)
            elif once(path):
                yield named(path, path)
        elif path.is_symlink():
            shown = input_name(path, path)
            yield Rejected(shown, "unreadable", "a symbolic link that leads nowhere (or to itself)", path=shown)
        else:
            shown = printable(str(raw))
            yield Rejected(shown, "not_found", f"no such file or directory: {shown}", path=shown)


def _read_bytes(path: Path, cap: int) -> bytes:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        data = fh.read(cap + 1)
    return data


def read_file(path: Path, settings: Settings, name: str | None = None) -> Iterator[RawDocument | Rejected]:
    """The documents in one file: one for a page, one per line for a JSON Lines corpus.

    name: the file's stable name (`iter_named`); its file name when not given."""
    shown = name or input_name(path, path)
    kind = kind_of(path.name)
    if kind is None:
        yield Rejected(shown, "unsupported_type", f"not .html, .txt, .jsonl, .warc or .sqlite: {path.name}", path=shown)
        return
    if kind == "jsonl":
        yield from read_jsonl(path, settings, name=shown)
        return
    if kind == "warc":
        yield from read_warc_file(path, settings, name=shown)
        return
    if kind == "store":
        from pipeline.fetching.store import stored_documents

        yield from stored_documents(path)
        return
    try:
        data = _read_bytes(path, settings.max_bytes)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Rejected(shown, "unreadable", str(exc), path=shown)
        return
    if len(data) > settings.max_bytes:
        size = path.stat().st_size
        packed = path.name.lower().endswith(".gz")
        what = f"more than {settings.max_bytes} bytes once decompressed ({size} on disk)" if packed else \
            f"{size} bytes, more than the {settings.max_bytes}-byte cap"
        yield Rejected(shown, "too_large", what, path=shown)
        return
    yield RawDocument(key=shown, kind="html" if kind == "html" else "dump", data=data, path=shown)


def read_jsonl(path: Path, settings: Settings, start: int = 0, end: int | None = None,
               name: str | None = None) -> Iterator[RawDocument | Rejected]:
    """Stream a JSON Lines corpus: `{"text"|"html": ..., "id"?, "url"?, "title"?, "published"?}` per line.

    start, end: only physical lines [start, end) (0-based), for a partition of the corpus.
    name: the file's stable name (`iter_named`); its file name when not given.
    """
    shown = name or input_name(path, path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as raw:
            stream = io.BufferedReader(raw) if not isinstance(raw, io.BufferedReader) else raw
            lines = itertools.islice(bounded_lines(stream, settings.max_bytes), start, end)
            entries = 0
            for number, (size, line) in enumerate(lines, start=start + 1):
                entries += 1
                if line is None:
                    yield Rejected(f"{shown}#{number}", "too_large", f"line of {size} bytes, more than the "
                                   f"{settings.max_bytes}-byte cap", path=shown, line=number)
                    continue
                if not line.strip():
                    entries -= 1
                    continue
                yield jsonl_entry(shown, number, line, settings)
            if not entries and start == 0:
                yield Rejected(shown, "empty", "no entries in this JSON Lines file", path=shown)
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield Rejected(f"{shown}#error", "unreadable", str(exc), path=shown)


def bounded_lines(stream: io.BufferedIOBase, cap: int) -> Iterator[tuple[int, bytes | None]]:
    """The physical lines of a binary stream as `(size, line)`, never holding more than `cap` bytes of one:
    a longer line is read past in 1 MB steps and given as `(size, None)`."""
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        if len(line) <= cap:
            yield len(line), line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield size, None


def jsonl_entry(shown: str, number: int, line: bytes, settings: Settings,
                anonymous: str | None = None) -> RawDocument | Rejected:
    """One JSON Lines entry as a document keyed by its `url`, else `shown#id`, else `anonymous` when given
    (standard input: the hash of the line), else `shown#line number`."""
    if len(line) > settings.max_bytes:
        return Rejected(f"{shown}#{number}", "too_large", f"line of {len(line)} bytes", path=shown, line=number)
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return Rejected(f"{shown}#{number}", "bad_json", str(exc), path=shown, line=number)
    except RecursionError:
        return Rejected(f"{shown}#{number}", "bad_json", "nested too deeply", path=shown, line=number)
    if not isinstance(obj, dict):
        return Rejected(f"{shown}#{number}", "bad_json", "a line is not a JSON object", path=shown, line=number)
    obj = {k: clean_surrogates(v) if isinstance(v, str) else v for k, v in obj.items()}
    entry_id = obj.get("id")
    if entry_id is not None and not isinstance(entry_id, (str, int)):
        entry_id = json.dumps(entry_id, ensure_ascii=False, sort_keys=True)[:200]
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    key = url or (f"{shown}#{entry_id}" if entry_id is not None else anonymous or f"{shown}#{number}")
    meta = DocumentMeta()
    if obj.get("title") is not None:
        meta["title"] = str(obj["title"])
    if obj.get("published") is not None:
        meta["published"] = str(obj["published"])
    if obj.get("author") is not None:
        meta["author"] = str(obj["author"])
    if obj.get("sitename") is not None:
        meta["sitename"] = str(obj["sitename"])
    if entry_id is not None:
        meta["id"] = entry_id
    if isinstance(obj.get("html"), str):
        return RawDocument(key, "html", obj["html"].encode("utf-8"), path=shown, url=url, line=number, meta=meta)
    if isinstance(obj.get("text"), str):
        return RawDocument(key, "text", obj["text"], path=shown, url=url, line=number, meta=meta)
    return Rejected(key, "no_text", "the entry has neither `text` nor `html`", path=shown, url=url, line=number)


def read_warc_file(path: Path, settings: Settings, name: str | None = None) -> Iterator[RawDocument | Rejected]:
    """The HTML responses of a WARC file as pages keyed by their canonical URLs (`fetching.urls.canonical`, as
    the corpus store keys them), with the capture date in `meta`."""
    from pipeline.errors import Skip
    from pipeline.fetching.urls import canonical
    from pipeline.fetching.warcfiles import read_warc

    shown = name or input_name(path, path)
    found = 0
    for item in read_warc(path, settings.max_bytes):
        found += 1
        if isinstance(item, Skip):
            yield Rejected(f"{shown}#{item.reason}", item.reason, item.detail, path=shown)
            continue
        meta = DocumentMeta(fetched_at=item.captured_at) if item.captured_at else DocumentMeta()
        charset = item.headers.get("content-type", "").lower().partition("charset=")[2].strip(" \"'")
        if charset:
            meta["charset"] = charset
        try:  # keyed as `vnie fetch` keys the same capture: by its canonical URL
            url = canonical(item.url)
        except Skip:
            url = item.url
        yield RawDocument(url, "html", item.body, path=shown, url=url, meta=meta)
    if not found:
        yield Rejected(shown, "empty", "no HTML response in this WARC file (or not a WARC file)", path=shown)


def count_lines(path: Path) -> int:
    """The lines of a (gzipped) text file, counted by newlines in 1 MB reads, never holding the file."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    count, last = 0, b"\n"
    with opener(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")


def count_documents(paths: Iterable[str | Path]) -> int:
    """About how many documents (and rejections) `read_inputs(paths)` gives, read cheaply for a progress bar:
    one per page file or rejected path, one per line of a JSON Lines corpus, one per article page of a corpus
    store, one per HTML response of a WARC file (its record headers read through, bodies skipped); at least
    one each. (The run does not wait for this: see `progress.count_in_background`.)"""
    import sqlite3

    from pipeline.fetching.store import stored_count

    total = 0
    for item in iter_inputs(paths):
        if isinstance(item, Rejected):
            total += 1
            continue
        kind = kind_of(item.name)
        if kind == "warc":
            from pipeline.fetching.warcfiles import count_html_responses

            total += max(1, count_html_responses(item))
            continue
        if kind == "store":
            try:
                total += max(1, stored_count(item))
            except sqlite3.Error:
                total += 1  # not a store: one rejection
            continue
        total += max(1, count_lines(item)) if kind == "jsonl" else 1
    return total


def read_inputs(paths: Iterable[str | Path], settings: Settings) -> Iterator[RawDocument | Rejected]:
    """All documents under the given paths, streamed; a path that cannot be read is a `Rejected`."""
    for item in iter_named(paths):
        if isinstance(item, Rejected):
            yield item
        else:
            path, name = item
            yield from guarded(path, read_file(path, settings, name), name)


def guarded(path: Path, items: Iterator[RawDocument | Rejected], name: str | None = None) -> Iterator[RawDocument | Rejected]:
    """The documents of one file; if reading it raises, the file ends with a `Rejected`: `unreadable` for a
    damaged file (not a SQLite database, a broken archive), `error` (a bug) for anything else."""
    import sqlite3

    shown = name or input_name(path, path)
    try:
        yield from items
    except (OSError, EOFError, ValueError, sqlite3.DatabaseError, zlib.error) as exc:
        yield Rejected(f"{shown}#unreadable", "unreadable", f"{type(exc).__name__}: {exc}"[:300], path=shown)
    except Exception as exc:
        yield Rejected(f"{shown}#error", "error", f"{type(exc).__name__}: {exc}"[:300], path=shown)
