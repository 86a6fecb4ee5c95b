"""Duplicates and stories: the same press release reposted by several papers counts once.

After a run, `assign_stories` groups the records of the output folder. Two records are one story when
their texts are the same once case, diacritics and spacing are folded, or when the estimated Jaccard
similarity of their word 3-shingle sets is at least `THRESHOLD` (MinHash with `PERMUTATIONS` hash
functions; candidate pairs come from `BANDS` locality-sensitive bands, so no pair comparison over the
whole corpus). A repost with its own dateline, a dropped sentence and a credit line stays above the
threshold; two different articles on the same topic share few 3-shingles and stay apart.
Each story's `story_id` is the id of its earliest record (publication date, then id); every record lists
the other ids of its story in `duplicates`. Grouping is transitive and independent of input order.
Memory: an id, an order key and a number per record; signatures and buckets wait in a temporary SQLite\ndatabase, never the texts.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from pipeline.language.textnorm import fold

THRESHOLD = 0.5
PERMUTATIONS = 64
BANDS = 16
_ROWS = PERMUTATIONS // BANDS
_rng = np.random.default_rng(20240512)
_MASKS = _rng.integers(0, 1 << 63, PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_MULTIPLIERS = _rng.integers(0, 1 << 63, PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text).lower())


def text_hash(text: str) -> str:
    """SHA-256 of the folded words: equal for texts that differ only in case, diacritics or spacing."""
    return hashlib.sha256(" ".join(_words(text)).encode("utf-8")).hexdigest()[:32]


def shingles(text: str) -> set[str]:
    words = _words(text)
    if len(words) < 3:
        return {" ".join(words)}
    return {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}


def minhash(text: str) -> np.ndarray:
    """`PERMUTATIONS` minimum hash values of the text's shingles (32-bit each).

    Each shingle is hashed once (64-bit BLAKE2b); the permutations are multiply-shift hashes of it,
    `((h XOR mask) * odd multiplier) mod 2**64`, top 32 bits.
    """
    values = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big") for s in shingles(text)),
        dtype=np.uint64,
    )
    mixed = ((values[:, None] ^ _MASKS) * _MULTIPLIERS) >> np.uint64(32)
    return mixed.min(axis=0).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


class _Groups:
    """Union–find over record numbers (numbers follow the order of ids, so the root is the smallest id)."""

    def __init__(self, size: int) -> None:
        self.parent = np.arange(size, dtype=np.int64)

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = int(parent[root])
        while parent[x] != root:
            parent[x], x = root, int(parent[x])
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5], dtype=np.uint64)
_BAND_SALT = np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93)


def band_keys(signature: np.ndarray) -> np.ndarray:
    """One 64-bit key per band of a signature (signed, as SQLite stores integers). Equal bands give equal
    keys; the rare unequal bands with equal keys are told apart by comparing the bands themselves."""
    rows = signature.astype(np.uint64).reshape(BANDS, _ROWS)
    with np.errstate(over="ignore"):
        mixed = (rows * _MIX[:_ROWS]).sum(axis=1, dtype=np.uint64) ^ _BAND_SALT
    return mixed.view(np.int64)


def _same_band(a: np.ndarray, b: np.ndarray) -> bool:
    return bool((a.reshape(BANDS, _ROWS) == b.reshape(BANDS, _ROWS)).all(axis=1).any())


def stories(items: Iterable[tuple[str, str, str]], known: dict[str, bytes] | None = None) -> dict[str, list[str]]:
    """Record id → the ids of its story, earliest first; `items` are (id, text, order key) tuples.

    known: MinHash signatures already computed (by the workers that had the text), by record id.
    Signatures, text hashes and band keys go into a temporary SQLite database (on disk past its page
    cache), so memory holds per record only its id, order key and a number, never its text, signature or
    buckets. Two records are joined when their text hashes are equal, or when they share a band and their
    signatures agree on at least `THRESHOLD` of the values; the groups are the connected components of
    those pairs, so they do not depend on the order in which pairs are compared.
    """
    db = sqlite3.connect("")  # a private temporary database
    try:
        db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;"
                         "CREATE TABLE records (n INTEGER PRIMARY KEY, digest TEXT, signature BLOB);"
                         "CREATE TABLE bands (key INTEGER, n INTEGER);")
        ids: list[str] = []
        order: list[str] = []
        records: list[tuple[int, str, bytes]] = []
        bands: list[tuple[int, int]] = []

        def flush() -> None:
            db.executemany("INSERT INTO records VALUES (?, ?, ?)", records)
            db.executemany("INSERT INTO bands VALUES (?, ?)", bands)
            records.clear()
            bands.clear()

        for rid, text, key in items:  # texts are read once, as they stream by, and never kept
            signature = np.frombuffer(known[rid], dtype=np.uint32) if known and rid in known else minhash(text)
            n = len(ids)
            ids.append(rid)
            order.append(key)
            records.append((n, text_hash(text), signature.tobytes()))
            bands += [(k, n) for k in band_keys(signature).tolist()]
            if len(records) >= 1000:
                flush()
        flush()
        groups = _Groups(len(ids))
        by_id = sorted(range(len(ids)), key=ids.__getitem__)
        rank = np.empty(len(ids), dtype=np.int64)
        rank[by_id] = np.arange(len(ids))  # union–find roots are the smallest ids

        def join(a: int, b: int) -> None:
            groups.union(int(rank[a]), int(rank[b]))

        def runs(sql: str) -> Iterator[list[int]]:
            """Record numbers sharing a value, for each value held by more than one."""
            last: object = None
            run: list[int] = []
            for value, n in db.execute(sql):
                if value != last:
                    if len(run) > 1:
                        yield run
                    last, run = value, []
                run.append(n)
            if len(run) > 1:
                yield run

        for run in runs("SELECT digest, n FROM records ORDER BY digest"):
            for n in run[1:]:
                join(run[0], n)
        for run in runs("SELECT key, n FROM bands ORDER BY key"):
            signatures = {n: np.frombuffer(blob, dtype=np.uint32) for n, blob in db.execute(
                f"SELECT n, signature FROM records WHERE n IN ({','.join('?' * len(run))})", run)}
            run.sort(key=lambda n: rank[n])
            for k, a in enumerate(run):
                for b in run[:k]:
                    if (groups.find(int(rank[a])) != groups.find(int(rank[b])) and _same_band(signatures[a], signatures[b])
                            and similarity(signatures[b], signatures[a]) >= THRESHOLD):
                        join(a, b)
    finally:
        db.close()
    members: dict[int, list[int]] = defaultdict(list)
    for n in range(len(ids)):
        members[groups.find(int(rank[n]))].append(n)
    result = {}
    for group in members.values():
        ordered = [ids[n] for n in sorted(group, key=lambda n: (order[n], ids[n]))]
        for n in group:
            result[ids[n]] = ordered
    return result


def assign_stories(path: Path, known: dict[str, bytes] | None = None) -> tuple[int, int]:
    """Set `story_id` and `duplicates` on every record of a records file; return (stories, copies).

    Two streaming passes over the file (signatures first, then the rewrite through a temporary file and
    `os.replace`); a record whose story fields do not change is written back byte for byte.
    """
    if not path.exists():
        return 0, 0

    def items() -> Iterable[tuple[str, str, str]]:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    record = json.loads(line)
                    yield record["id"], record["text"], record.get("published") or "9999"

    grouped = stories(items(), known)
    copies = 0
    tmp = path.with_name(f".{path.name}.{os.getpid()}.stories")
    with path.open(encoding="utf-8") as fh, tmp.open("w", encoding="utf-8") as out:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            story = grouped[record["id"]]
            record["story_id"] = story[0]
            record["duplicates"] = [rid for rid in story if rid != record["id"]]
            copies += story[0] != record["id"]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return len({story[0] for story in grouped.values()}), copies
