"""Duplicates and stories: the same press release reposted by several papers counts once.

After a run, `assign_stories` groups the records of the output folder. Two records are one story when
their texts are the same once case, diacritics and spacing are folded, or when the estimated Jaccard
similarity of their word 3-shingle sets is at least `THRESHOLD` (MinHash with `PERMUTATIONS` hash
functions; candidate pairs come from `BANDS` locality-sensitive bands, so no pair comparison over the
whole corpus). A repost with its own dateline, a dropped sentence and a credit line stays above the
threshold; two different articles on the same topic share few 3-shingles and stay apart.
Each story's `story_id` is the id of its earliest record (publication date, then id); every record lists
the other ids of its story in `duplicates`. Grouping is transitive and independent of input order.
Memory: `PERMUTATIONS` 32-bit values per record, never the texts.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable
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
    """Union–find over record ids; the root is the smallest id of a group."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.setdefault(root, root) != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def stories(items: Iterable[tuple[str, str, str]], known: dict[str, bytes] | None = None) -> dict[str, list[str]]:
    """Record id → the ids of its story, earliest first; `items` are (id, text, order key) tuples.

    known: MinHash signatures already computed (by the workers that had the text), by record id.
    """
    compact = []  # texts are read once, as they stream by, and never kept
    for rid, text, key in items:
        signature = np.frombuffer(known[rid], dtype=np.uint32) if known and rid in known else minhash(text)
        compact.append((rid, key, text_hash(text), signature))
    compact.sort(key=lambda item: item[0])
    ids: list[str] = []
    order: dict[str, str] = {}
    signatures: list[np.ndarray] = []
    groups = _Groups()
    by_hash: dict[str, str] = {}
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    for rid, key, digest, signature in compact:
        index = len(ids)
        ids.append(rid)
        order[rid] = key
        groups.find(rid)
        if digest in by_hash:
            groups.union(rid, by_hash[digest])
        by_hash.setdefault(digest, rid)
        signatures.append(signature)
        for band in range(BANDS):
            bucket = buckets[(band, signature[band * _ROWS:(band + 1) * _ROWS].tobytes())]
            for other in bucket:
                if groups.find(ids[other]) != groups.find(rid) and similarity(signatures[other], signature) >= THRESHOLD:
                    groups.union(rid, ids[other])
            bucket.append(index)
    members: dict[str, list[str]] = defaultdict(list)
    for rid in ids:
        members[groups.find(rid)].append(rid)
    result = {}
    for group in members.values():
        ordered = sorted(group, key=lambda r: (order[r], r))
        for rid in group:
            result[rid] = ordered
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
