"""The fact store at scale: build a store of N articles (300,000 by default) and time what a user waits for.

    python benchmarks/store_scale.py --work /tmp/vnie-scale                  # 30k, 100k, 300k checkpoints
    python benchmarks/store_scale.py --work /tmp/vnie-scale --steps 10000,30000 --source out/records.jsonl

The store is built from the records of a `vnie run` over the bench corpus (`../shared/bench/vi-news-2956.jsonl.gz`,
made first when `--source` is not given), replicated under new ids without extracting again. Copy 0 is the
records as they are; in copy c ≥ 1 every second lowercase word of a text outside the facts' own spans is replaced
by another lowercase word of the corpus of the same length (chosen by a hash of copy and position), so offsets stay
true, the vocabulary stays Vietnamese, and copies do not collapse into one story (their word 3-shingles
differ); ids, `story_id` and `duplicates` are rewritten per copy.

Measured, and printed and written as JSON (`--json`):
- sync: seconds per 1,000 articles for every batch (`--batch`) synced into the growing store (upsert and
  the `people` merge that every sync ends with), with the store's size;
- at every checkpoint (`--steps`): `search` latency in process (median and p95 over 100 queries made from
  the records: names with and without diacritics, organisations, event and topic words; half with filters),
  `vnie search` as a whole command (5 runs), `people` rebuild, the Datasette search page (`vnie serve`'s
  command on 127.0.0.1, 20 requests), `export` to JSON Lines, and `load` into PostgreSQL (when a DSN is
  given: into a schema of its own, dropped afterwards);
- the stories pass over the whole records file once (`stories`), which fills the stories cache as the runs
  that made the folder would have;
- and at every checkpoint, `vnie run` of 3,000 new articles (`--run-articles`; the bench articles again
  under new ids, so reposts of stored ones) into a copy of that folder (records file, store, stories cache):
  its wall time, seconds per stage, the main process's peak memory, and the stories found.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.db import people  # noqa: E402
from pipeline.db.schema import connect  # noqa: E402
from pipeline.db.search import Query, search  # noqa: E402
from pipeline.db.sync import sync_lines  # noqa: E402
from pipeline.language.textnorm import fold  # noqa: E402

BENCH = ROOT.parent / "shared" / "bench" / "vi-news-2956.jsonl.gz"
_WORD = re.compile(r"(?<!\w)[^\W\d_]{2,}(?!\w)")


def _spans(value: object) -> Iterator[tuple[int, int]]:
    """Every (start, end) pair held anywhere in a record's facts."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield value["start"], value["end"]
        for item in value.values():
            yield from _spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from _spans(item)


class Replicator:
    """Copies of source records under new ids, with texts changed so the copies are other stories."""

    def __init__(self, records: list[dict]) -> None:
        self.records = records
        by_length: dict[int, set[str]] = defaultdict(set)
        for record in records:
            for word in _WORD.findall(record["text"]):
                if word.islower():
                    by_length[len(word)].add(word)
        self.vocabulary = {n: sorted(words) for n, words in by_length.items()}

    def _text(self, record: dict, copy: int) -> str:
        text = record["text"]
        protected = sorted(_spans([record.get(k) for k in ("officials", "figures", "events", "dates")]))
        out, last, cursor, n = [], 0, 0, 0
        for match in _WORD.finditer(text):
            if not match.group().islower():
                continue  # names and other capitalised words stay
            n += 1
            if n % 2:
                continue
            start, end = match.span()
            while cursor < len(protected) and protected[cursor][1] <= start:
                cursor += 1
            if any(s < end and start < e for s, e in protected[cursor:cursor + 8]):
                continue
            words = self.vocabulary[end - start]
            seed = int.from_bytes(hashlib.blake2b(f"{copy}:{n}".encode(), digest_size=4).digest(), "big")
            out.append(text[last:start])
            out.append(words[seed % len(words)])
            last = end
        out.append(text[last:])
        return "".join(out)

    def copy(self, record: dict, copy: int, line: int) -> dict:
        if copy == 0:
            return record

        def new_id(rid: str) -> str:
            return hashlib.sha256(f"{rid}:{copy}".encode()).hexdigest()[:16]

        result = dict(record)
        result["id"] = new_id(record["id"])
        result["story_id"] = new_id(record["story_id"])
        result["duplicates"] = [new_id(rid) for rid in record.get("duplicates") or []]
        result["source"] = {**(record.get("source") or {}), "line": line}
        result["text"] = self._text(record, copy)
        return result

    def lines(self, start: int, count: int) -> Iterator[str]:
        """Record lines number `start` to `start + count - 1` of the replicated store."""
        size = len(self.records)
        for number in range(start, start + count):
            record = self.copy(self.records[number % size], number // size, number + 1)
            yield json.dumps(record, ensure_ascii=False)


def queries(records: list[dict], count: int = 100, seed: int = 16) -> list[Query]:
    """Realistic searches: half plain (names with and without diacritics, organisations, event and topic
    words), half with filters (kind, province, unit and minimum, dates)."""
    rng = random.Random(seed)
    names = sorted({o["name"] for r in records for o in r["officials"] if o.get("name")})
    orgs = sorted({o["organization"] for r in records for o in r["officials"] if o.get("organization")})
    provinces = sorted({o["province"] for r in records for o in r["officials"] if o.get("province")})
    events = sorted({e["name"] for r in records for e in r["events"] if e.get("name")})
    topics = ["khuyến công", "điện mặt trời", "xuất khẩu", "hội chợ", "công nghiệp hỗ trợ", "giá xăng",
              "thương mại điện tử", "làng nghề", "khu công nghiệp", "năng lượng tái tạo"]
    plain: list[Query] = []
    for i in range(count // 2):
        kind = i % 5
        if kind == 0:
            plain.append(Query(text=rng.choice(names)))
        elif kind == 1:
            plain.append(Query(text=fold(rng.choice(names)).lower()))
        elif kind == 2:
            plain.append(Query(text=" ".join(rng.choice(orgs).split()[:4])))
        elif kind == 3:
            plain.append(Query(text=" ".join(rng.choice(events).split()[:3])))
        else:
            plain.append(Query(text=rng.choice(topics)))
    filtered: list[Query] = []
    for i in range(count - len(plain)):
        kind = i % 5
        if kind == 0:
            filtered.append(Query(text=fold(rng.choice(names)).lower(), kind="official"))
        elif kind == 1:
            filtered.append(Query(text=rng.choice(topics), province=rng.choice(provinces)))
        elif kind == 2:
            filtered.append(Query(text=rng.choice(["đầu tư", "sản lượng", "diện tích", "vốn"]), kind="figure",
                                  unit=rng.choice(["VND", "ha", "MW", "%"]), min=rng.choice([1.0, 100.0, 1e9])))
        elif kind == 3:
            filtered.append(Query(text=" ".join(rng.choice(events).split()[:2]), kind="event", since="2017"))
        else:
            filtered.append(Query(text=rng.choice(topics), article_province=rng.choice(provinces), since="2016-01"))
    return plain + filtered


def _summary(seconds: list[float]) -> dict:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": round(statistics.median(ordered) * 1000, 1), "p95_ms": round(p95 * 1000, 1),
            "max_ms": round(ordered[-1] * 1000, 1), "n": len(ordered)}


def time_search(db_path: Path, qs: list[Query]) -> dict:
    db = connect(db_path, create=False)  # as `vnie search` opens it
    search(db, qs[0])  # the page cache and the functions, once, as a long-running process has them
    result = {}
    for label, part in (("plain", [q for q in qs if not _filtered(q)]), ("filtered", [q for q in qs if _filtered(q)])):
        seconds, hits = [], 0
        for q in part:
            started = time.perf_counter()
            hits += len(search(db, q))
            seconds.append(time.perf_counter() - started)
        result[label] = {**_summary(seconds), "hits": hits}
    db.close()
    return result


def _filtered(q: Query) -> bool:
    return any(getattr(q, f) is not None for f in ("kind", "unit", "min", "province", "article_province", "since"))


def time_cli_search(db_path: Path, runs: int = 5) -> dict:
    seconds = []
    for text in ["nguyen van", "khuyến công", "hội chợ", "điện mặt trời", "Bộ Công Thương"][:runs]:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "search", text, "--db", str(db_path)], check=True,
                       stdout=subprocess.DEVNULL)
        seconds.append(time.perf_counter() - started)
    return _summary(seconds)


def time_people(db_path: Path) -> float:
    db = connect(db_path, create=False)
    started = time.perf_counter()
    people.rebuild(db)  # its own transaction
    seconds = time.perf_counter() - started
    db.close()
    return round(seconds, 2)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def time_datasette(db_path: Path, words: list[str]) -> dict | None:
    import importlib.util

    if importlib.util.find_spec("datasette") is None:
        return None
    from pipeline.db.serve import command, write_config

    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="vnie-scale-serve-") as folder:
        metadata_path, plugins = write_config(db_path, folder)
        proc = subprocess.Popen(command(db_path, "127.0.0.1", port, metadata_path, plugins),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(f"{base}/-/versions.json", timeout=5).read()
                    break
                except OSError:
                    if time.monotonic() > deadline or proc.poll() is not None:
                        return {"error": "Datasette did not start"}
                    time.sleep(0.3)
            seconds, failed = [], []
            for word in words:
                url = f"{base}/vnie/search?" + urllib.parse.urlencode({"q": word})
                started = time.perf_counter()
                try:
                    urllib.request.urlopen(url, timeout=120).read()
                except urllib.error.HTTPError as exc:  # Datasette stops a query past its time limit (400)
                    failed.append(f"{word}: HTTP {exc.code}")
                seconds.append(time.perf_counter() - started)
            return {**_summary(seconds), "failed": failed}
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def time_export(db_path: Path, work: Path) -> dict:
    from pipeline.db.export import export

    folder = work / "export"
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    counts = export(db_path, folder, "jsonl")
    seconds = time.perf_counter() - started
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    shutil.rmtree(folder, ignore_errors=True)
    return {"seconds": round(seconds, 1), "rows": sum(counts.values()), "mb": round(size / 1e6, 1)}


def time_postgres(db_path: Path, dsn: str) -> dict:
    import psycopg

    from pipeline.db.postgres import load

    schema = f"vnie_scale_{os.getpid()}"
    with psycopg.connect(dsn, autocommit=True) as pg:
        pg.execute(f"CREATE SCHEMA {schema}")
    try:
        target = psycopg.conninfo.make_conninfo(dsn, options=f"-c search_path={schema}")
        started = time.perf_counter()
        summary = load(db_path, target)
        first = time.perf_counter() - started
        started = time.perf_counter()
        load(db_path, target)
        again = time.perf_counter() - started
        return {"first_seconds": round(first, 1), "again_seconds": round(again, 1), "schema": summary.schema}
    finally:
        with psycopg.connect(dsn, autocommit=True) as pg:
            pg.execute(f"DROP SCHEMA {schema} CASCADE")


def warm_stories(work: Path) -> dict:
    """The stories pass over the store's records file once, so that its cache (`dedup.CACHE`) holds every
    record's signature, as after the `vnie run`s that made the folder."""
    from pipeline.run.dedup import assign_stories

    started = time.perf_counter()
    stories, copies = assign_stories(work / "records.jsonl")
    return {"seconds": round(time.perf_counter() - started, 1), "stories": stories, "copies": copies}


def run_into_store(work: Path, articles: int = 3000) -> dict:
    """`vnie run` of new articles into a copy of the store's folder (records file, store, stories cache):
    wall time, seconds per stage, the main process's peak memory, stories."""
    from pipeline.run.dedup import CACHE

    folder = work / "run"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for name in ("records.jsonl", "vnie.db", CACHE):
        if (work / name).exists():
            shutil.copyfile(work / name, folder / name)
    try:
        return _run(folder, articles)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(work: Path, articles: int) -> dict:
    corpus = work / f"new-{articles}.jsonl"
    with gzip.open(BENCH, "rt", encoding="utf-8") as fh:
        bench = fh.readlines()
    with corpus.open("w", encoding="utf-8") as out:
        for number in range(articles):  # the bench articles again past its 2,956: reposts, under new ids
            record = json.loads(bench[number % len(bench)])
            record["id"] = f"scale-new-{number}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    stats = work / "run-stats.json"
    args = [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(work), "--quiet", "--stats", str(stats)]
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(proc.stderr.read().decode("utf-8", "replace")[-500:] if proc.stderr else "vnie run failed")
    result = json.loads(stats.read_text(encoding="utf-8"))
    return {"articles": articles, "wall_seconds": round(wall, 1), "seconds": result["seconds"],
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "stories": result.get("stories")}


def source_records(path: Path | None, work: Path) -> Path:
    if path is not None:
        return path
    out = work / "source"
    if not (out / "records.jsonl").exists():
        subprocess.run([sys.executable, "-m", "pipeline", "run", str(BENCH), "-o", str(out), "--workers", "2", "--quiet"],
                       check=True)
    return out / "records.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, required=True, help="folder for the store (several GB at 300,000)")
    parser.add_argument("--source", type=Path, help="records of a vnie run over the bench corpus")
    parser.add_argument("--steps", default="30000,100000,300000", help="checkpoints (store sizes)")
    parser.add_argument("--batch", type=int, default=10000, help="articles per sync")
    parser.add_argument("--dsn", help="PostgreSQL DSN (or a file holding one) for the load time")
    parser.add_argument("--no-run", action="store_true", help="skip the run of new articles into the store")
    parser.add_argument("--run-articles", type=int, default=3000, help="new articles in that run")
    parser.add_argument("--resume", action="store_true", help="go on with the store and records already in --work")
    parser.add_argument("--only", default="search,cli,people,datasette,export,postgres,stories,run",
                        help="measurements at each checkpoint, of: search,cli,people,datasette,export,postgres,"
                             "stories (the stories pass once, which fills its cache),run")
    parser.add_argument("--json", type=Path, help="results file (default benchmarks/results/store-scale-....json)")
    args = parser.parse_args(argv)
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    steps = sorted(int(s) for s in args.steps.split(","))
    dsn = args.dsn
    if dsn and Path(dsn).exists():
        dsn = Path(dsn).read_text(encoding="utf-8").strip()
    records = [json.loads(line) for line in source_records(args.source, work).open(encoding="utf-8") if line.strip()]
    replicas = Replicator(records)
    qs = queries(records)
    db_path, records_path = work / "vnie.db", work / "records.jsonl"
    size = 0
    if args.resume and records_path.exists():
        with records_path.open(encoding="utf-8") as fh:
            size = sum(1 for _ in fh)
    else:
        for path in (db_path, records_path):
            path.unlink(missing_ok=True)
    result: dict = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "source_records": len(records), "batch": args.batch,
                    "load_at_start": os.getloadavg(), "sync": [], "checkpoints": []}
    out_path = args.json or ROOT / "benchmarks" / "results" / f"store-scale-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with records_path.open("a", encoding="utf-8") as records_file:
        for step in steps:
            while size < step:
                count = min(args.batch, step - size)
                lines = list(replicas.lines(size, count))
                for line in lines:
                    records_file.write(line + "\n")
                started = time.perf_counter()
                changed, _ = sync_lines(db_path, lines)
                seconds = time.perf_counter() - started
                size += count
                row = {"store_articles": size, "synced": changed, "seconds": round(seconds, 1),
                       "seconds_per_1000": round(seconds / count * 1000, 2), "load": round(os.getloadavg()[0], 1)}
                result["sync"].append(row)
                print(json.dumps(row), flush=True)
            records_file.flush()
            point = {"store_articles": size, "db_mb": round(db_path.stat().st_size / 1e6), "load": os.getloadavg()}
            only = set(args.only.split(","))
            measures = [("search", "search", lambda: time_search(db_path, qs)),
                        ("cli", "cli_search", lambda: time_cli_search(db_path)),
                        ("people", "people_seconds", lambda: time_people(db_path)),
                        ("datasette", "datasette_search_page", lambda: time_datasette(db_path, [q.text for q in qs[:20]])),
                        ("export", "export_jsonl", lambda: time_export(db_path, work)),
                        ("postgres", "postgres_load", lambda: time_postgres(db_path, dsn) if dsn else None),
                        ("stories", "stories_pass", lambda: warm_stories(work)),
                        ("run", "run_into_store", lambda: None if args.no_run else run_into_store(work, args.run_articles))]
            for name, key, measure in measures:
                if name in only:
                    point[key] = measure()
                    print(json.dumps({key: point[key]}, ensure_ascii=False), flush=True)
            result["checkpoints"].append(point)
            print(json.dumps(point, ensure_ascii=False), flush=True)
            out_path.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    result["load_at_end"] = os.getloadavg()
    out_path.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"results: {out_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
