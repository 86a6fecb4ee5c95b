"""Write stage: `records.jsonl` and `errors.jsonl` in the output folder, replaced by id, never duplicated.

A run writes its lines to temporary files beside the outputs and only at the end merges them with what
the folder already held: an old line whose id (or, for errors, whose source) the run produced again is
dropped, every other old line is kept, and the result replaces the file atomically. A run that dies
half way leaves the previous outputs untouched.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

RECORDS = "records.jsonl"
ERRORS = "errors.jsonl"
_ID_KEY = '"id": "'


def id_of_line(line: str) -> str | None:
    """The id of a record line read off it without parsing it: the first `"id": "` of a JSON line is a key (a
    quote inside a string is escaped), the record's own `id` in vnie's records (its second key). Callers that
    did not write the line themselves trust it only when it leads to a stored copy with this line's hash."""
    start = line.find(_ID_KEY)
    if start < 0:
        return None
    start += len(_ID_KEY)
    end = line.find('"', start)
    return line[start:end] if end > 0 else None


class JsonlMerge:
    """Collect this run's lines for one JSON Lines file, then merge them into it by key."""

    def __init__(self, path: Path, key: str) -> None:
        self.path = path
        self.key = key
        remove_orphans(path)
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
        # A lone surrogate that slipped through is written as its `\\udcxx` escape rather than failing the run.
        self.fh = self.tmp.open("w", encoding="utf-8", errors="backslashreplace")
        self.keys: set[str] = set()

    def add(self, obj: dict, line: str | None = None) -> None:
        self.keys.add(str(obj[self.key]))
        self.fh.write((line if line is not None else json.dumps(obj, ensure_ascii=False)) + "\n")

    def forget(self, keys: Iterable[str]) -> None:
        """Drop old lines with these keys even if this run wrote none for them (e.g. errors now fixed)."""
        self.keys.update(keys)

    def commit(self, finish: Callable[[Path], object] | None = None) -> None:
        """Merge this run's lines into the file. `finish`, if given, is called with the merged file's path
        (it may rewrite that file) before the merged file atomically replaces the old one."""
        self.fh.close()
        merged = self.path.with_name(f".{self.path.name}.{os.getpid()}.merge")
        with merged.open("w", encoding="utf-8") as out:
            if self.path.exists():
                with self.path.open(encoding="utf-8") as old:
                    for line in old:
                        if not line.strip():
                            continue
                        try:
                            key = str(json.loads(line).get(self.key))
                        except ValueError:
                            continue
                        if key not in self.keys:
                            out.write(line if line.endswith("\n") else line + "\n")
            with self.tmp.open(encoding="utf-8") as new:
                for line in new:
                    out.write(line)
        if finish is not None:
            finish(merged)
        os.replace(merged, self.path)
        self.tmp.unlink(missing_ok=True)

    def abort(self) -> None:
        self.fh.close()
        self.tmp.unlink(missing_ok=True)


def remove_orphans(path: Path) -> None:
    """Delete the temporary files that a run killed outright (`kill -9`) left beside `path`; the files of a
    run that is still going (its process is alive) are left alone."""
    # `.records.jsonl.PID.part`, `.records.jsonl.PID.merge`, and a rewrite of the latter in place,
    # `..records.jsonl.PID.merge.PID.stories`
    for orphan in [*path.parent.glob(f".{path.name}.*"), *path.parent.glob(f"..{path.name}.*")]:
        pid = orphan.name.lstrip(".")[len(path.name) + 1:].split(".")[0]
        if not pid.isdigit() or not orphan.name.endswith((".part", ".merge", ".stories")):
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            orphan.unlink(missing_ok=True)
        except PermissionError:
            pass


def iter_records(path: Path) -> Iterable[dict]:
    """The records of a `records.jsonl`, one dict at a time."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
