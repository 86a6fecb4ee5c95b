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
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.language.textnorm import fold
from pipeline.run.output import id_of_line

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
    return _digest(_words(text))


def _digest(words: list[str]) -> str:
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:32]


_NO_DATE = "9999"  # the order key of a record without a publication date: after every dated one


def shingles(text: str) -> set[str]:
    return _shingles(_words(text))


def _shingles(words: list[str]) -> set[str]:
    if len(words) < 3:
        return {" ".join(words)}
    return {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}


def minhash(text: str) -> np.ndarray:
    """`PERMUTATIONS` minimum hash values of the text's shingles (32-bit each).

    Each shingle is hashed once (64-bit BLAKE2b); the permutations are multiply-shift hashes of it,
    `((h XOR mask) * odd multiplier) mod 2**64`, top 32 bits.
    """
    return _minhash(_shingles(_words(text)))


def _minhash(shingled: set[str]) -> np.ndarray:
    values = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big") for s in shingled),
        dtype=np.uint64,
    )
    mixed = ((values[:, None] ^ _MASKS) * _MULTIPLIERS) >> np.uint64(32)
    return mixed.min(axis=0).astype(np.uint32)


_SIGNATURE_BYTES = PERMUTATIONS * 4


@dataclass(frozen=True)
class Fingerprint:
    """What the stories pass needs of one record, computed by the process that made the record (a pool
    worker), so the pass after the run neither parses nor folds a record that came from this run:
    its MinHash `signature`, the hash of its text (`text_digest`) and of its line as written (`line_hash`),
    its `text_hash` digest and its order key."""

    signature: np.ndarray
    text_digest: bytes
    line_hash: bytes
    text_hash: str
    order_key: str

    def pack(self) -> bytes:
        return (self.signature.tobytes() + self.text_digest + self.line_hash + bytes.fromhex(self.text_hash)
                + self.order_key.encode("utf-8"))

    @classmethod
    def unpack(cls, data: bytes) -> Fingerprint | None:
        """The fingerprint packed in `data`; None when `data` is a bare signature (see `signature_of`)."""
        if len(data) <= _SIGNATURE_BYTES:
            return None
        at = _SIGNATURE_BYTES
        return cls(np.frombuffer(data[:at], dtype=np.uint32), data[at:at + 16], data[at + 16:at + 32],
                   data[at + 32:at + 48].hex(), data[at + 48:].decode("utf-8"))


def fingerprint(text: str, published: str | None, line: str) -> bytes:
    """The packed `Fingerprint` of a record with this text and publication date written as `line`."""
    words = _words(text)
    return Fingerprint(_minhash(_shingles(words)), _hash(text), _hash(line), _digest(words), published or _NO_DATE).pack()


def signature_of(data: bytes) -> np.ndarray:
    """The MinHash signature in a packed fingerprint or a bare signature."""
    return np.frombuffer(data[:_SIGNATURE_BYTES], dtype=np.uint32)


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


_SCHEMA = ("CREATE TABLE IF NOT EXISTS records (n INTEGER PRIMARY KEY, digest TEXT NOT NULL, signature BLOB NOT NULL);"
           "CREATE TABLE IF NOT EXISTS bands (key INTEGER NOT NULL, n INTEGER NOT NULL);")
_INDEXES = ("CREATE INDEX IF NOT EXISTS records_digest ON records(digest);"
            "CREATE INDEX IF NOT EXISTS bands_key ON bands(key, n);")


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
        db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;" + _SCHEMA)
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
            signature = signature_of(known[rid]) if known and rid in known else minhash(text)
            n = len(ids)
            ids.append(rid)
            order.append(key)
            records.append((n, text_hash(text), signature.tobytes()))
            bands += [(k, n) for k in band_keys(signature).tolist()]
            if len(records) >= 1000:
                flush()
        flush()
        db.executescript(_INDEXES)
        return _grouped(db, ids, order, np.arange(len(ids), dtype=np.int64))
    finally:
        db.close()


def _grouped(db: sqlite3.Connection, ids: list[str], order: list[str], numbers: np.ndarray) -> dict[str, list[str]]:
    """The stories of the records in `db` (`records` and `bands` with their indexes): record `numbers[i]`
    there is `ids[i]` here. Only text hashes and band keys held by more than one record reach Python."""
    position = np.full(int(numbers.max(initial=-1)) + 1, -1, dtype=np.int64)
    position[numbers] = np.arange(len(numbers))
    groups = _Groups(len(ids))
    by_id = sorted(range(len(ids)), key=ids.__getitem__)
    rank = np.empty(len(ids), dtype=np.int64)
    rank[by_id] = np.arange(len(ids))  # union–find roots are the smallest ids

    def at(n: int) -> int:
        return int(rank[position[n]])

    def runs(column: str, table: str) -> Iterator[list[int]]:
        """Record numbers sharing a value, for each value held by more than one."""
        last: object = None
        run: list[int] = []
        for value, n in db.execute(f"SELECT {column}, n FROM {table} WHERE {column} IN "
                                   f"(SELECT {column} FROM {table} GROUP BY {column} HAVING count(*) > 1) ORDER BY {column}"):
            if value != last:
                if len(run) > 1:
                    yield run
                last, run = value, []
            run.append(n)
        if len(run) > 1:
            yield run

    for run in runs("digest", "records"):
        for n in run[1:]:
            groups.union(at(run[0]), at(n))
    for run in runs("key", "bands"):
        signatures = {n: np.frombuffer(blob, dtype=np.uint32) for n, blob in db.execute(
            f"SELECT n, signature FROM records WHERE n IN ({','.join('?' * len(run))})", run)}
        run.sort(key=at)
        for k, a in enumerate(run):
            for b in run[:k]:
                if (groups.find(at(a)) != groups.find(at(b)) and _same_band(signatures[a], signatures[b])
                        and similarity(signatures[b], signatures[a]) >= THRESHOLD):
                    groups.union(at(a), at(b))
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ids)):
        members[groups.find(int(rank[i]))].append(i)
    result = {}
    for group in members.values():
        ordered = [ids[i] for i in sorted(group, key=lambda i: (order[i], ids[i]))]
        for i in group:
            result[ids[i]] = ordered
    return result


CACHE = ".stories.db"
# What the cached signatures and band keys depend on: another value empties the cache.
_CACHE_KEY = f"minhash blake2b-8 multiply-shift {PERMUTATIONS} bands {BANDS} seed 20240512 digest sha256-32 v1"


def _hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


_CACHE_SCHEMA = ("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                 "CREATE TABLE IF NOT EXISTS records (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, text_hash BLOB NOT NULL, "
                 "order_key TEXT NOT NULL, digest TEXT NOT NULL, signature BLOB NOT NULL, line_hash BLOB, story TEXT);"
                 "CREATE TABLE IF NOT EXISTS bands (key INTEGER NOT NULL, n INTEGER NOT NULL);"
                 "CREATE INDEX IF NOT EXISTS bands_n ON bands(n);" + _INDEXES)


def _open_cache(path: Path) -> sqlite3.Connection:
    """The stories cache: per record id (`records`), the hash of its text, its order key, its `text_hash`
    digest, its MinHash signature and band keys (`bands`), and the hash and story of its line as last written.
    A cache made for other MinHash settings, or damaged, is emptied: it is only a cache."""
    for attempt in range(2):
        try:
            db = sqlite3.connect(path, timeout=600, isolation_level=None)
            db.executescript("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;" + _CACHE_SCHEMA)
            found = db.execute("SELECT value FROM meta WHERE key = 'cache'").fetchone()
            if found is None or found[0] != _CACHE_KEY:
                db.executescript("DROP TABLE records; DROP TABLE bands; DROP TABLE meta;" + _CACHE_SCHEMA)
                db.execute("INSERT INTO meta VALUES ('cache', ?)", (_CACHE_KEY,))
            return db
        except sqlite3.DatabaseError:
            if attempt:
                raise
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    raise AssertionError("unreachable")


def _story_text(story: list[str]) -> str:
    return "\n".join(story)


def assign_stories(path: Path, known: dict[str, bytes] | None = None, cache: Path | None = None) -> tuple[int, int]:
    """Set `story_id` and `duplicates` on every record of a records file; return (stories, copies).

    Two streaming passes over the file (signatures first, then the rewrite through a temporary file and
    `os.replace`); a record whose story fields do not change is written back byte for byte.

    The signatures and band keys persist in a SQLite cache beside the file (`cache`, by default `CACHE` in its
    folder), so a run hashes and buckets only the records that are new or whose text changed: a line equal to
    the one last written (same hash) is neither parsed nor hashed again, a record whose text is unchanged keeps
    its signature. Records no longer in the file leave the cache. The stories are those `stories` finds.
    """
    if not path.exists():
        return 0, 0
    db = _open_cache(cache or path.parent / CACHE)
    try:
        db.execute("BEGIN IMMEDIATE")  # two runs into one folder take their turns
        try:
            result = _assign(path, db, known)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return result
    finally:
        db.close()


def _assign(path: Path, db: sqlite3.Connection, known: dict[str, bytes] | None) -> tuple[int, int]:
    ids: list[str] = []
    order: list[str] = []
    numbers: list[int] = []
    same_line = bytearray()  # 1 where the line is the one the cache last wrote
    position: dict[str, int] = {}
    lookup = "SELECT n, line_hash, text_hash, order_key FROM records WHERE id = ?"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            line = line.rstrip("\n")
            line_hash = _hash(line)
            guess = id_of_line(line)
            row = db.execute(lookup, (guess,)).fetchone() if guess is not None else None
            made = Fingerprint.unpack(known[guess]) if known and guess is not None and guess in known else None
            if row is not None and row[1] == line_hash:
                rid, n, key, same = str(guess), row[0], row[3], 1
            else:
                same = 0
                if made is not None and made.line_hash == line_hash:  # made in this run: nothing to parse
                    rid, text, key, text_digest = str(guess), None, made.order_key, made.text_digest
                else:
                    made = None
                    record = json.loads(line)
                    rid, text, key = record["id"], record["text"], record.get("published") or _NO_DATE
                    if rid != guess:
                        row = db.execute(lookup, (rid,)).fetchone()
                    text_digest = _hash(text)
                if row is not None and row[2] == text_digest:
                    n = row[0]
                    if row[3] != key:
                        db.execute("UPDATE records SET order_key = ? WHERE n = ?", (key, n))
                else:
                    if made is not None:
                        signature, digest = made.signature, made.text_hash
                    else:
                        assert text is not None
                        signature = signature_of(known[rid]) if known and rid in known else minhash(text)
                        digest = text_hash(text)
                    values = (digest, signature.tobytes(), text_digest, key)
                    if row is not None:
                        n = row[0]
                        db.execute("UPDATE records SET digest = ?, signature = ?, text_hash = ?, order_key = ? WHERE n = ?",
                                   (*values, n))
                        db.execute("DELETE FROM bands WHERE n = ?", (n,))
                    else:
                        n = db.execute("INSERT INTO records (digest, signature, text_hash, order_key, id) VALUES (?, ?, ?, ?, ?)",
                                       (*values, rid)).lastrowid
                    db.executemany("INSERT INTO bands VALUES (?, ?)", [(k, n) for k in band_keys(signature).tolist()])
            if rid in position:  # the same id twice: both lines are written again with the first one's story
                same_line[position[rid]] = 0
                continue
            position[rid] = len(ids)
            ids.append(rid)
            order.append(key)
            numbers.append(n)
            same_line.append(same)
    db.execute("CREATE TEMP TABLE present (n INTEGER PRIMARY KEY)")
    db.executemany("INSERT INTO present VALUES (?)", ((n,) for n in numbers))
    gone = [n for (n,) in db.execute("SELECT n FROM records WHERE n NOT IN (SELECT n FROM present)")]
    for n in gone:
        db.execute("DELETE FROM bands WHERE n = ?", (n,))
        db.execute("DELETE FROM records WHERE n = ?", (n,))
    db.execute("DROP TABLE temp.present")
    grouped = _grouped(db, ids, order, np.array(numbers, dtype=np.int64))
    del order
    copies = 0
    tmp = path.with_name(f".{path.name}.{os.getpid()}.stories")
    with path.open(encoding="utf-8") as fh, tmp.open("w", encoding="utf-8") as out:
        for line in fh:
            if not line.strip():
                continue
            line = line.rstrip("\n")
            guess = id_of_line(line)
            i = position.get(guess, -1) if guess is not None else -1
            if i >= 0 and same_line[i]:
                story = grouped[ids[i]]
                copies += story[0] != ids[i]
                kept = db.execute("SELECT story FROM records WHERE n = ?", (numbers[i],)).fetchone()
                if kept is not None and kept[0] == _story_text(story):
                    out.write(line + "\n")
                    continue
            if guess is not None and i >= 0 and len(grouped[guess]) == 1 and f'"story_id": "{guess}", "duplicates": []' in line:
                # a story of its own, as the record was written (a quote inside a JSON string is escaped, so
                # this text is the record's own two keys): the line is what a rewrite would give, byte for byte
                rid, story, written = str(guess), grouped[guess], line
            else:
                record = json.loads(line)
                rid, story = record["id"], grouped[record["id"]]
                record["story_id"] = story[0]
                record["duplicates"] = [other for other in story if other != rid]
                written = json.dumps(record, ensure_ascii=False)
            if not (i >= 0 and same_line[i]):
                copies += story[0] != rid
            out.write(written + "\n")
            db.execute("UPDATE records SET line_hash = ?, story = ? WHERE id = ?",
                       (_hash(written), _story_text(story), rid))
    os.replace(tmp, path)
    return len({story[0] for story in grouped.values()}), copies
